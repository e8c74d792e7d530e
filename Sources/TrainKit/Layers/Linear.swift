/// A fully connected layer: y = x·W + b, for a batch x of shape
/// `[batch, inputs]`, with W of shape `[inputs, outputs]` and b of shape
/// `[outputs]` (d2l's from-scratch layout; PyTorch stores Wᵀ).
///
///     var rng = SeededGenerator(seed: 0)
///     let layer = try Linear(inputs: 64, outputs: 256, using: &rng)
///     print(layer.parameterCount)   // Prints "16640"
///
/// Parameters are named `weight` and `bias` (prefixed by containers).
public struct Linear: Layer {
  /// The weights, `[inputs, outputs]`.
  public let weight: Parameter
  /// The biases, `[outputs]`, or `nil` for a layer without bias.
  public let bias: Parameter?

  /// The number of input features.
  public var inputs: Int { weight.value.shape[0] }
  /// The number of outputs.
  public var outputs: Int { weight.value.shape[1] }

  /// Creates a layer with freshly initialized weights.
  /// - Parameters:
  ///   - inputs: the number of input features, at least 1.
  ///   - outputs: the number of outputs, at least 1.
  ///   - bias: whether the layer adds a bias.
  ///   - initializer: how to draw the weights; the default matches PyTorch
  ///     (see `Initializer.pytorchDefault`).
  ///   - rng: the generator the weights (then the biases) are drawn from.
  /// - Throws: `TrainKitError` when a size is less than 1.
  public init(
    inputs: Int, outputs: Int, bias: Bool = true,
    initializer: Initializer = .pytorchDefault,
    using rng: inout SeededGenerator
  ) throws {
    guard inputs >= 1, outputs >= 1 else {
      throw TrainKitError(
        "Linear: inputs and outputs must be at least 1, got \(inputs) and \(outputs)"
      )
    }
    let (w, b) = try initializer.make(
      fanIn: inputs, fanOut: outputs, using: &rng)
    weight = Parameter(name: "weight", value: w)
    self.bias = bias ? Parameter(name: "bias", value: b) : nil
  }

  /// Creates a layer with the given weights `[inputs, outputs]` and bias
  /// `[outputs]`.
  /// - Throws: `TrainKitError` when the shapes do not fit together.
  public init(weight: Tensor, bias: Tensor?) throws {
    guard weight.rank == 2, weight.shape[0] >= 1, weight.shape[1] >= 1 else {
      throw TrainKitError(
        "Linear: the weight must be a matrix [inputs, outputs], got shape \(describeShape(weight.shape))"
      )
    }
    if let bias, bias.shape != [weight.shape[1]] {
      throw TrainKitError.shapeMismatch(
        "Linear(weight:bias:)", weight.shape, bias.shape)
    }
    self.weight = Parameter(name: "weight", value: weight)
    self.bias = bias.map { Parameter(name: "bias", value: $0) }
  }

  /// Creates a layer from existing parameters, keeping their names.
  init(weight: Parameter, bias: Parameter?) {
    self.weight = weight
    self.bias = bias
  }

  /// An independent copy with the same weights and names.
  public func copied() -> Linear {
    Linear(weight: weight.copied(), bias: bias?.copied())
  }

  /// x·W + b.
  /// - Throws: `TrainKitError` unless `input` has shape `[batch, inputs]`.
  public func callAsFunction(_ input: Tensor, context: inout ForwardContext)
    throws -> Tensor
  {
    guard input.rank == 2, input.shape[1] == inputs else {
      throw TrainKitError(
        "\(description): expected input of shape [batch, \(inputs)], got \(describeShape(input.shape))"
      )
    }
    guard let bias else { return try input.matmul(context.value(of: weight)) }
    return try input.matmul(
      context.value(of: weight), addingRow: context.value(of: bias))
  }

  /// The parameters: `weight`, then `bias`.
  public var parameters: [Parameter] { bias.map { [weight, $0] } ?? [weight] }

  /// `Linear(64 → 256)`.
  public var description: String {
    "Linear(\(inputs) → \(outputs)\(bias == nil ? ", no bias" : ""))"
  }
}
