/// A trainable tensor: a layer's weights or biases, with the gradient that
/// `backward()` accumulates into it.
///
/// A class, because identity is the point: a model and its optimizer refer
/// to the same parameter, and the optimizer keeps its per-parameter state
/// (momentum buffers, moment estimates) keyed by that identity.
public final class Parameter {
  /// The dotted name given by the model, such as `"0.weight"` or `"2.bias"`.
  public let name: String
  /// The current values.
  public var value: Tensor
  /// The gradient of the last loss with respect to `value`, summed over every
  /// `backward()` since the last `zeroGradient()`; `nil` when none.
  public var gradient: Tensor?

  /// Creates a parameter holding `value`, with no gradient yet.
  public init(name: String, value: Tensor) {
    self.name = name
    self.value = value
  }

  /// Forgets the accumulated gradient.
  public func zeroGradient() {
    gradient = nil
  }
}
