import Testing

@testable import TrainKit

@Suite struct LayerTests {
  @Test func linearForwardAndShapes() throws {
    let layer = try Linear(
      weight: Tensor(rows: [[1, 2, 3], [4, 5, 6]]), bias: Tensor([1, 0, -1]))
    let y = try layer(Tensor(rows: [[1, 1], [0, 2]]))
    #expect(y.shape == [2, 3])
    #expect(y.scalars == [6, 7, 8, 9, 10, 11])
    #expect(layer.description == "Linear(2 → 3)")
    #expect(
      throws: TrainKitError(
        "Linear(2 → 3): expected input of shape [batch, 2], got [2, 3]")
    ) {
      try layer(Tensor.zeros(shape: [2, 3]))
    }
    #expect(
      throws: TrainKitError(
        "Linear(weight:bias:): shapes [2, 3] and [2] do not match")
    ) {
      try Linear(weight: Tensor.zeros(shape: [2, 3]), bias: Tensor([1, 2]))
    }
  }

  @Test func linearDefaultInitMatchesPyTorchBounds() throws {
    var rng = SeededGenerator(seed: 1)
    let layer = try Linear(inputs: 64, outputs: 32, using: &rng)
    let bound: Float = 1 / 8
    #expect(layer.weight.value.shape == [64, 32])
    #expect(layer.weight.value.scalars.allSatisfy { Swift.abs($0) <= bound })
    #expect(layer.bias!.value.scalars.allSatisfy { Swift.abs($0) <= bound })
    #expect(try layer.weight.value.abs().max().item() > 0.9 * bound)
    #expect(layer.parameterCount == 64 * 32 + 32)
    var again = SeededGenerator(seed: 1)
    #expect(
      try Linear(inputs: 64, outputs: 32, using: &again).weight.value
        == layer.weight.value)
  }

  @Test(arguments: [
    (Initializer.xavierUniform, Float((6.0 / 300.0).squareRoot()), true),
    (.kaimingUniform, Float((6.0 / 200.0).squareRoot()), true),
    (.uniform(bound: 0.3), 0.3, true),
    (.xavierNormal, Float((2.0 / 300.0).squareRoot()), false),
    (.kaimingNormal, Float((2.0 / 200.0).squareRoot()), false),
    (.normal(std: 0.01), 0.01, false),
  ])
  func initializerSpread(
    _ initializer: Initializer, _ scale: Float, _ isUniform: Bool
  ) throws {
    var rng = SeededGenerator(seed: 2)
    let layer = try Linear(
      inputs: 200, outputs: 100, initializer: initializer, using: &rng)
    let w = layer.weight.value
    #expect(layer.bias!.value.scalars.allSatisfy { $0 == 0 })
    let std = try (w - w.mean()).pow(2).mean().item().squareRoot()
    // A uniform U(−b, b) has standard deviation b/√3.
    let expected = isUniform ? scale / Float(3).squareRoot() : scale
    #expect(
      Swift.abs(std - expected) < 0.03 * expected,
      "std \(std), expected \(expected)")
    if isUniform { #expect(w.scalars.allSatisfy { Swift.abs($0) <= scale }) }
  }

  @Test func sequentialNamesAndCount() throws {
    var rng = SeededGenerator(seed: 3)
    let model = try Sequential.mlp(
      [4, 8, 8, 3], dropout: [0.2, 0.5], using: &rng)
    #expect(
      model.description
        == "Sequential(Linear(4 → 8), ReLU, Dropout(p=0.2), Linear(8 → 8), ReLU, Dropout(p=0.5), Linear(8 → 3))"
    )
    #expect(
      model.parameters.map(\.name) == [
        "0.weight", "0.bias", "3.weight", "3.bias", "6.weight", "6.bias",
      ])
    #expect(model.parameterCount == 4 * 8 + 8 + 8 * 8 + 8 + 8 * 3 + 3)
    #expect(
      throws: TrainKitError(
        "mlp: 3 dropout rates for 2 hidden layers; give one rate, or one per hidden layer"
      )
    ) {
      try Sequential.mlp([4, 8, 8, 3], dropout: [0.1, 0.2, 0.3], using: &rng)
    }
    #expect(
      throws: TrainKitError(
        "a dropout probability must be between 0 and 1, got 1.5")
    ) {
      try Sequential.mlp([4, 8, 3], dropout: [1.5], using: &rng)
    }
    #expect(
      throws: TrainKitError(
        "layer 0: Linear(4 → 8): expected input of shape [batch, 4], got [2, 5]"
      )
    ) {
      try model(Tensor.zeros(shape: [2, 5]))
    }
  }

  @Test func residualNames() throws {
    var rng = SeededGenerator(seed: 4)
    let model = try Sequential.residualMLP(
      inputs: 2, width: 4, blocks: 2, outputs: 1, using: &rng)
    #expect(
      model.parameters.map(\.name) == [
        "0.weight", "0.bias", "2.body.0.weight", "2.body.0.bias",
        "3.body.0.weight", "3.body.0.bias",
        "4.weight", "4.bias",
      ])
    let bad = Residual(try Linear(inputs: 4, outputs: 3, using: &rng))
    #expect(
      throws: TrainKitError(
        "Residual: the body maps shape [1, 4] to [1, 3]; x + f(x) needs them equal"
      )
    ) {
      try bad(Tensor.zeros(shape: [1, 4]))
    }
  }

  @Test func dropoutIsInvertedAndOffInEvaluation() throws {
    let dropout = try Dropout(probability: 0.25)
    let x = try Tensor.ones(shape: [100, 100])
    #expect(try dropout(x) == x)
    var context = ForwardContext.training(using: SeededGenerator(seed: 6))
    let y = try dropout(x, context: &context)
    let kept = y.scalars.filter { $0 != 0 }
    #expect(kept.allSatisfy { $0 == 1 / 0.75 })
    let fraction = Double(kept.count) / 10_000
    #expect(Swift.abs(fraction - 0.75) < 0.02)
    var same = ForwardContext.training(using: SeededGenerator(seed: 6))
    #expect(try dropout(x, context: &same) == y)
    var all = ForwardContext.training(using: SeededGenerator(seed: 6))
    #expect(
      try Dropout(probability: 1)(x, context: &all).scalars.allSatisfy {
        $0 == 0
      })
  }

  @Test func evaluationRecordsNoGraph() throws {
    var rng = SeededGenerator(seed: 7)
    let model = try Sequential.mlp([3, 5, 2], using: &rng)
    let x = try Tensor.randomNormal(shape: [4, 3], using: &rng)
    #expect(!(try model(x)).requiresGradient)
    var context = ForwardContext.training(using: rng)
    #expect(try model(x, context: &context).requiresGradient)
  }
}

@Suite struct LayerGradientTests {
  static let activations: [Activation.Kind] = [
    .sigmoid, .tanh, .relu, .leakyRelu(slope: 0.1), .gelu, .identity,
  ]

  @Test(arguments: activations)
  func mlpGradients(_ activation: Activation.Kind) throws {
    // Finite differences are meaningless across the ReLU kink: with this
    // seed no pre-activation lies within ±step of 0 (seed 8 has one that does).
    var rng = SeededGenerator(seed: 12)
    let model = try Sequential.mlp(
      [3, 5, 4, 2], activation: activation, using: &rng)
    let input = Parameter(
      name: "x", value: try Tensor.randomNormal(shape: [6, 3], using: &rng))
    try checkParameterGradients(model.parameters + [input], step: 1e-3) {
      context in
      try model(context.value(of: input), context: &context)
    }
  }

  @Test func dropoutGradients() throws {
    var rng = SeededGenerator(seed: 9)
    let model = try Sequential.mlp(
      [3, 6, 2], activation: .tanh, dropout: [0.5], using: &rng)
    let input = Parameter(
      name: "x", value: try Tensor.randomNormal(shape: [5, 3], using: &rng))
    try checkParameterGradients(model.parameters + [input], step: 1e-3) {
      context in
      try model(context.value(of: input), context: &context)
    }
  }

  @Test func residualGradients() throws {
    var rng = SeededGenerator(seed: 10)
    let model = try Sequential.residualMLP(
      inputs: 3, width: 4, blocks: 2, outputs: 2, activation: .tanh, using: &rng
    )
    let input = Parameter(
      name: "x", value: try Tensor.randomNormal(shape: [5, 3], using: &rng))
    try checkParameterGradients(model.parameters + [input], step: 1e-3) {
      context in
      try model(context.value(of: input), context: &context)
    }
  }

  @Test func linearWithoutBias() throws {
    var rng = SeededGenerator(seed: 11)
    let layer = try Linear(inputs: 3, outputs: 2, bias: false, using: &rng)
    #expect(layer.parameters.map(\.name) == ["weight"])
    let input = Parameter(
      name: "x", value: try Tensor.randomNormal(shape: [4, 3], using: &rng))
    try checkParameterGradients(layer.parameters + [input]) { context in
      try layer(context.value(of: input), context: &context)
    }
  }
}
