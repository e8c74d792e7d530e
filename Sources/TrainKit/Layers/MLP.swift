extension Sequential {
  /// A multilayer perceptron: `Linear` layers between the given sizes, each
  /// hidden one followed, if asked, by batch normalization, then by the
  /// activation and, if asked, dropout.
  ///
  ///     var rng = SeededGenerator(seed: 7)
  ///     let model = try Sequential.mlp([64, 256, 256, 10], dropout: [0.2, 0.5], using: &rng)
  ///     // Linear(64 → 256), ReLU, Dropout(p=0.2), Linear(256 → 256), ReLU,
  ///     // Dropout(p=0.5), Linear(256 → 10)
  ///
  /// - Parameters:
  ///   - sizes: input size, hidden sizes…, output size (at least two).
  ///   - activation: applied after every hidden layer.
  ///   - dropout: no rates, one rate for every hidden layer, or one rate per
  ///     hidden layer (0 leaves that layer without dropout).
  ///   - bias: whether the `Linear` layers have biases.
  ///   - batchNorm: a `BatchNorm` between each hidden `Linear` and its
  ///     activation (Ioffe & Szegedy's placement).
  ///   - initializer: for every `Linear`.
  ///   - rng: the generator the weights are drawn from, layer by layer.
  /// - Returns: the layers in a `Sequential`, named `0.weight`, `0.bias`, ….
  /// - Throws: `TrainKitError` for fewer than two sizes, a size below 1, a
  ///   rate outside [0, 1] or the wrong number of rates.
  public static func mlp(
    _ sizes: [Int], activation: Activation.Kind = .relu, dropout: [Float] = [],
    bias: Bool = true, batchNorm: Bool = false,
    initializer: Initializer = .pytorchDefault,
    using rng: inout SeededGenerator
  ) throws -> Sequential {
    guard sizes.count >= 2 else {
      throw TrainKitError(
        "mlp: needs at least an input and an output size, got \(sizes)")
    }
    let hidden = sizes.count - 2
    let rates: [Float]
    switch dropout.count {
    case 0: rates = [Float](repeating: 0, count: hidden)
    case 1: rates = [Float](repeating: dropout[0], count: hidden)
    case hidden: rates = dropout
    default:
      throw TrainKitError(
        "mlp: \(dropout.count) dropout rates for \(hidden) hidden layers; give one rate, or one per hidden layer"
      )
    }
    var layers: [any Layer] = []
    for index in 0..<(sizes.count - 1) {
      layers.append(
        try Linear(
          inputs: sizes[index], outputs: sizes[index + 1], bias: bias,
          initializer: initializer, using: &rng))
      if index < hidden {
        if batchNorm {
          layers.append(try BatchNorm(features: sizes[index + 1]))
        }
        layers.append(Activation(activation))
        if rates[index] > 0 || !(rates[index] >= 0) {
          layers.append(try Dropout(probability: rates[index]))
        }
      }
    }
    return Sequential(layers)
  }

  /// A residual MLP: `Linear(inputs → width)`, the activation, `blocks`
  /// residual blocks and `Linear(width → outputs)`.
  ///
  /// Each block computes x + act(Linear(width → width)(x)). With
  /// `batchNorm`, a `BatchNorm` follows every `Linear` but the last
  /// (x + act(BN(Linear(x))) in the blocks).
  ///
  /// Parameters are named `0.weight`, `2.body.0.weight`, …, `\(blocks +
  /// 2).weight` (without batch normalization).
  /// - Throws: `TrainKitError` for a size below 1 or a negative block count.
  public static func residualMLP(
    inputs: Int, width: Int, blocks: Int, outputs: Int,
    activation: Activation.Kind = .relu, batchNorm: Bool = false,
    initializer: Initializer = .pytorchDefault, using rng: inout SeededGenerator
  ) throws -> Sequential {
    guard blocks >= 0 else {
      throw TrainKitError(
        "residualMLP: the number of blocks must be at least 0, got \(blocks)")
    }
    let norm: () throws -> [any Layer] = {
      batchNorm ? [try BatchNorm(features: width)] : []
    }
    var layers: [any Layer] =
      [
        try Linear(
          inputs: inputs, outputs: width, initializer: initializer, using: &rng)
      ] + (try norm()) + [Activation(activation)]
    for _ in 0..<blocks {
      let body = Sequential(
        [
          try Linear(
            inputs: width, outputs: width, initializer: initializer,
            using: &rng)
        ] + (try norm()) + [Activation(activation)])
      layers.append(Residual(body))
    }
    layers.append(
      try Linear(
        inputs: width, outputs: outputs, initializer: initializer, using: &rng))
    return Sequential(layers)
  }
}
