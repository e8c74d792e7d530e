/// A trainable tensor: a layer's weights or biases, with the gradient that
/// `backward()` accumulates into it.
///
/// A class, because identity is the point: a model and its optimizer refer
/// to the same parameter, and the optimizer keeps its per-parameter state
/// (momentum buffers, moment estimates) keyed by that identity.
public final class Parameter {
  /// The dotted name given by the model, such as `"0.weight"` or `"2.bias"`.
  ///
  /// A container (`Sequential`, `Residual`) prefixes its children's names with
  /// their position when it is built.
  public internal(set) var name: String
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

extension Parameter {
  /// The current value as a leaf of the autodiff graph: operations on it record
  /// a graph, and `backward()` on a loss computed from it adds the gradient
  /// into `gradient`.
  ///
  /// Each read makes a new leaf; a parameter read twice receives the sum of
  /// both contributions.
  ///
  /// Layers read `ForwardContext.value(of:)`, which is `tracked` when
  /// training and the plain `value` in evaluation.
  public var tracked: Tensor {
    Tensor(
      uncheckedShape: value.shape, scalars: value.scalars,
      node: GraphNode(leafFor: self, shape: value.shape))
  }

  /// A new parameter with the same name and value and no gradient.
  public func copied() -> Parameter {
    Parameter(name: name, value: value.detached())
  }

  /// The number of scalars this parameter holds.
  public var count: Int { value.count }

  /// Adds `gradient` into `self.gradient` (which starts at `nil`).
  ///
  /// A gradient of another shape than the value's (the value was replaced
  /// mid-graph) is ignored rather than trapping.
  func accumulate(_ gradient: Tensor) {
    guard gradient.shape == value.shape else { return }
    if let existing = self.gradient, existing.shape == gradient.shape {
      self.gradient = Tensor(
        uncheckedShape: existing.shape,
        scalars: Elementwise.add(existing.scalars, gradient.scalars))
    } else {
      self.gradient = gradient.detached()
    }
  }
}
