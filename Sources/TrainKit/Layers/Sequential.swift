/// Layers applied one after another.
///
/// Child `i`'s parameters are named `"\(i).name"`: `0.weight`, `0.bias`,
/// `2.weight`, ….
///
///     var rng = SeededGenerator(seed: 0)
///     let model = try Sequential([
///       Linear(inputs: 2, outputs: 16, using: &rng), Activation(.relu),
///       Linear(inputs: 16, outputs: 2, using: &rng),
///     ])
///     print(model.parameters.map(\.name))
///     // Prints "["0.weight", "0.bias", "2.weight", "2.bias"]"
public struct Sequential: Layer {
  /// The layers, in the order they are applied.
  public let layers: [any Layer]

  /// Chains `layers`, prefixing their parameter names with their index.
  public init(_ layers: [any Layer]) {
    self.layers = layers
    for (name, layer) in sublayers { prefixNames(of: layer, with: name) }
  }

  /// The layers, named by their index.
  public var sublayers: [(name: String, layer: any Layer)] {
    layers.enumerated().map { (String($0.offset), $0.element) }
  }

  /// Applies each layer in turn.
  /// - Throws: `TrainKitError` from the first layer whose input does not fit,
  ///   naming the layer's position.
  public func callAsFunction(_ input: Tensor, context: inout ForwardContext)
    throws -> Tensor
  {
    var x = input
    for (index, layer) in layers.enumerated() {
      do {
        x = try layer(x, context: &context)
      } catch let error as TrainKitError {
        throw TrainKitError("layer \(index): \(error.message)")
      }
    }
    return x
  }

  /// Every layer's parameters, in order.
  public var parameters: [Parameter] { layers.flatMap(\.parameters) }

  /// Every layer's buffers, in order.
  public var buffers: [Buffer] { layers.flatMap(\.buffers) }

  /// Chains `layers` whose parameters are already named.
  init(named layers: [any Layer]) {
    self.layers = layers
  }

  /// An independent copy: every layer copied, names kept.
  public func copied() -> Sequential {
    Sequential(named: layers.map { $0.copied() })
  }

  /// One line per layer: `Sequential(Linear(2 → 16), ReLU, Linear(16 → 2))`.
  public var description: String {
    "Sequential(" + layers.map(\.description).joined(separator: ", ") + ")"
  }
}

/// A residual block (He et al., 2016): y = x + f(x).
///
/// The body must map its input to the same shape. The body's parameters are
/// named `body.…`.
public struct Residual: Layer {
  /// The function f whose output is added to the input.
  public let body: any Layer

  /// Wraps `body` in a skip connection.
  public init(_ body: any Layer) {
    self.body = body
    for (name, layer) in sublayers { prefixNames(of: layer, with: name) }
  }

  /// The body, named `"body"`.
  public var sublayers: [(name: String, layer: any Layer)] { [("body", body)] }

  /// x + f(x).
  /// - Throws: `TrainKitError` when f changes the shape.
  public func callAsFunction(_ input: Tensor, context: inout ForwardContext)
    throws -> Tensor
  {
    let fx = try body(input, context: &context)
    guard fx.shape == input.shape else {
      throw TrainKitError(
        "Residual: the body maps shape \(describeShape(input.shape)) to \(describeShape(fx.shape)); x + f(x) needs them equal"
      )
    }
    return try input + fx
  }

  /// The body's parameters.
  public var parameters: [Parameter] { body.parameters }

  /// The body's buffers.
  public var buffers: [Buffer] { body.buffers }

  /// Wraps a body whose parameters are already named.
  init(named body: any Layer) {
    self.body = body
  }

  /// An independent copy of the block, names kept.
  public func copied() -> Residual {
    Residual(named: body.copied())
  }

  /// `Residual(…)`.
  public var description: String { "Residual(\(body))" }
}
