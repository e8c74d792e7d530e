/// What a forward pass needs to know besides its input, passed explicitly
/// (there is no hidden global or thread-local "training mode").
///
///     var context = ForwardContext.training(using: SeededGenerator(seed: 1))
///     let logits = try model(x, context: &context)      // dropout on, graph recorded
///     let predictions = try model(x)                     // evaluation: no dropout, no graph
///
/// - `isTraining` switches dropout on (training) or makes it the identity
///   (evaluation).
/// - `recordsGradients` makes layers read their parameters with
///   `Parameter.tracked`, so the output carries an autodiff graph; when false
///   they read `Parameter.value` and nothing is recorded (the no-gradient
///   mode, cheaper for evaluation).
/// - `rng` draws dropout masks, so the same seed gives the same masks.
/// - `updatesRunningStatistics` lets batch normalization fold a training
///   batch's statistics into its running estimates (true in training; false
///   for a look at the gradients that must leave the model unchanged).
public struct ForwardContext: Sendable {
  /// Whether layers behave as in training (dropout active, batch
  /// normalization with the batch's statistics).
  public var isTraining: Bool
  /// Whether parameters are read as graph leaves, so `backward()` can reach them.
  public var recordsGradients: Bool
  /// The generator for dropout masks.
  public var rng: SeededGenerator
  /// Whether a training forward pass updates batch normalization's running
  /// statistics.
  public var updatesRunningStatistics: Bool

  /// Creates a context from its parts; running statistics are updated in
  /// training unless `updatesRunningStatistics` says otherwise.
  public init(
    isTraining: Bool, recordsGradients: Bool, rng: SeededGenerator,
    updatesRunningStatistics: Bool? = nil
  ) {
    self.isTraining = isTraining
    self.recordsGradients = recordsGradients
    self.rng = rng
    self.updatesRunningStatistics = updatesRunningStatistics ?? isTraining
  }

  /// Training: dropout on, gradients recorded, masks drawn from `rng`.
  public static func training(using rng: SeededGenerator) -> ForwardContext {
    ForwardContext(isTraining: true, recordsGradients: true, rng: rng)
  }

  /// Evaluation: dropout off, no graph recorded.
  public static var evaluation: ForwardContext {
    ForwardContext(
      isTraining: false, recordsGradients: false, rng: SeededGenerator(seed: 0))
  }

  /// The parameter as a layer should read it: a graph leaf when recording
  /// gradients, its plain value otherwise.
  public func value(of parameter: Parameter) -> Tensor {
    recordsGradients ? parameter.tracked : parameter.value
  }
}

/// A function of a tensor with trainable parameters: the building block of
/// models.
///
/// Layers are values that hold their `Parameter`s (which are shared
/// references, so a copy of a layer trains the same weights). Containers
/// (`Sequential`, `Residual`) prefix their children's parameter names when
/// they are built, giving dotted names such as `0.weight` or
/// `1.body.0.bias`: build each layer into one container only.
public protocol Layer: CustomStringConvertible {
  /// Applies the layer to a batch.
  /// - Throws: `TrainKitError` when the input's shape does not fit the layer.
  func callAsFunction(_ input: Tensor, context: inout ForwardContext) throws
    -> Tensor
  /// Every trainable parameter, in a fixed order, each with its dotted name.
  var parameters: [Parameter] { get }
  /// State saved and restored with the parameters but not trained
  /// (batch normalization's running statistics), in a fixed order.
  var buffers: [Buffer] { get }
  /// An independent copy: new parameters with the same names and values
  /// (training the copy leaves this layer unchanged).
  ///
  /// Gradients are not copied.
  func copied() -> Self
  /// The layers this one contains, each with the name it prefixes their
  /// parameters' names with (`Sequential`: `"0"`, `"1"`, …; `Residual`:
  /// `"body"`).
  var sublayers: [(name: String, layer: any Layer)] { get }
}

extension Layer {
  /// None: most layers hold no state besides their parameters.
  public var buffers: [Buffer] { [] }

  /// None: most layers contain no other layer.
  public var sublayers: [(name: String, layer: any Layer)] { [] }

  /// Applies the layer in evaluation mode (no dropout, no graph).
  /// - Throws: `TrainKitError` when the input's shape does not fit the layer.
  public func callAsFunction(_ input: Tensor) throws -> Tensor {
    var context = ForwardContext.evaluation
    return try self(input, context: &context)
  }

  /// The L2 norm of each parameter, in order, keyed by dotted name.
  public var weightNorms: [(name: String, norm: Float)] {
    parameters.map { ($0.name, Float(squaredNorm($0.value).squareRoot())) }
  }

  /// The number of trainable scalars.
  public var parameterCount: Int { parameters.reduce(0) { $0 + $1.count } }

  /// Forgets every parameter's accumulated gradient.
  public func zeroGradients() {
    for parameter in parameters { parameter.zeroGradient() }
  }
}

/// Prefixes the names of `layer`'s parameters with `prefix` and a dot.
func prefixNames(of layer: any Layer, with prefix: String) {
  for parameter in layer.parameters {
    parameter.name = prefix + "." + parameter.name
  }
  for buffer in layer.buffers {
    buffer.name = prefix + "." + buffer.name
  }
}
