/// One node of the reverse-mode autodiff graph, micrograd-style but at
/// tensor level.
///
/// Every differentiable operation whose inputs carry a node gives its result
/// a new node holding the input nodes (`parents`) and a small `pullback`
/// closure: given the gradient of the final scalar with respect to the result,
/// it returns the gradient with respect to each parent, in order. A leaf node
/// made by `Parameter.tracked` has no parents and remembers its parameter;
/// `backward()` adds the leaf's gradient into `Parameter.gradient`.
///
/// There is no global "gradient mode": a graph exists exactly when some input
/// carries a node, and nodes are born only from `Parameter.tracked`. Evaluation
/// (`ForwardContext.evaluation`) reads `Parameter.value` instead, so nothing is
/// recorded; `Tensor.detached()` drops a node explicitly.
///
/// `@unchecked Sendable` because `Tensor` is `Sendable` and may hold a node.
/// Why that is safe: every stored property is a `let` (`parents` is emptied
/// only by `deinit`, when no other reference exists); the pullbacks capture
/// only plain tensors (values with no node) and shapes; the one mutation a
/// node leads to — adding into its `Parameter.gradient` — happens inside
/// `Tensor.backward()`, which the training loop calls on the thread that built
/// the graph. Sharing one graph between threads that both call `backward()` is
/// a programmer error, as with sharing a `Parameter`.
final class GraphNode: @unchecked Sendable {
  /// The nodes of the inputs this result was computed from.
  ///
  /// A `var` only so that `deinit` can take them apart without recursion.
  private(set) var parents: [GraphNode]
  /// Maps the gradient with respect to this node's value to the gradients
  /// with respect to each parent (same order as `parents`).
  let pullback: (Tensor) -> [Tensor]
  /// The parameter this leaf reads, for leaves made by `Parameter.tracked`.
  let parameter: Parameter?
  /// The shape of the value this node stands for.
  let shape: [Int]

  init(
    parents: [GraphNode], shape: [Int], pullback: @escaping (Tensor) -> [Tensor]
  ) {
    self.parents = parents
    self.pullback = pullback
    self.parameter = nil
    self.shape = shape
  }

  init(leafFor parameter: Parameter, shape: [Int]) {
    self.parents = []
    self.pullback = { _ in [] }
    self.parameter = parameter
    self.shape = shape
  }

  /// Releases a long chain of nodes iteratively: the default release would
  /// recurse once per node and overflow the stack for graphs of tens of
  /// thousands of operations (a loop in a lesson).
  deinit {
    var pending = parents
    parents = []
    while var node = pending.popLast() {
      if isKnownUniquelyReferenced(&node) {
        pending.append(contentsOf: node.parents)
        node.parents = []
      }
    }
  }
}

extension Tensor {
  /// Wraps a freshly computed `value` as the result of an operation on
  /// `inputs`: when no input carries a node the value is returned plain (no
  /// graph, no cost); otherwise it gets a node whose pullback maps the result's
  /// gradient to one gradient per input (same order as `inputs`; each shaped
  /// like its input).
  ///
  /// Pullbacks must capture inputs with `detached()` so that computing a
  /// gradient never records a graph of its own.
  static func recording(
    _ value: Tensor, inputs: [Tensor], pullback: @escaping (Tensor) -> [Tensor]
  ) -> Tensor {
    var tracked: [Int] = []
    for (index, input) in inputs.enumerated() where input.node != nil {
      tracked.append(index)
    }
    guard !tracked.isEmpty else { return value.detached() }
    let parents = tracked.compactMap { inputs[$0].node }
    let node: GraphNode
    if tracked.count == inputs.count {
      node = GraphNode(parents: parents, shape: value.shape, pullback: pullback)
    } else {
      node = GraphNode(parents: parents, shape: value.shape) { gradient in
        let all = pullback(gradient)
        return tracked.map { all[$0] }
      }
    }
    return Tensor(
      uncheckedShape: value.shape, scalars: value.scalars, node: node)
  }

  /// The same values, cut loose from the autodiff graph: gradients do not flow
  /// through the result.
  ///
  /// Like PyTorch's `tensor.detach()`.
  public func detached() -> Tensor {
    Tensor(uncheckedShape: shape, scalars: scalars)
  }

  /// Whether this tensor was computed from a tracked parameter, so that
  /// `backward()` can reach parameters through it.
  public var requiresGradient: Bool { node != nil }

  /// Computes the gradient of this scalar with respect to every tracked
  /// parameter it was computed from, and adds it into each
  /// `Parameter.gradient` (gradients accumulate until `zeroGradient()`).
  ///
  /// Walks the graph once in reverse topological order, each node's
  /// gradient summed over all its uses before it is passed on.
  ///
  ///     let w = Parameter(name: "w", value: Tensor([1, 2]))
  ///     let loss = try (w.tracked * w.tracked).sum()
  ///     try loss.backward()
  ///     print(w.gradient!.scalars)   // Prints "[2.0, 4.0]"
  ///
  /// - Throws: `TrainKitError` when this tensor holds more than one element,
  ///   or does not depend on any tracked parameter.
  /// - Complexity: one pullback per node of the graph.
  public func backward() throws {
    guard count == 1 else {
      throw TrainKitError(
        "backward(): the loss must be a single number, got a tensor of shape \(describeShape(shape)); reduce it first, e.g. with sum() or mean()"
      )
    }
    guard let root = node else {
      throw TrainKitError(
        "backward(): this value does not depend on any tracked parameter, so there is no gradient to compute"
      )
    }
    // Reverse topological order by an iterative depth-first search (no
    // recursion, so deep graphs cannot overflow the stack).
    var order: [GraphNode] = []
    var visited: Set<ObjectIdentifier> = []
    var stack: [(GraphNode, Int)] = [(root, 0)]
    visited.insert(ObjectIdentifier(root))
    while let (current, next) = stack.popLast() {
      if next < current.parents.count {
        stack.append((current, next + 1))
        let parent = current.parents[next]
        if visited.insert(ObjectIdentifier(parent)).inserted {
          stack.append((parent, 0))
        }
      } else {
        order.append(current)
      }
    }
    var gradients: [ObjectIdentifier: Tensor] = [
      ObjectIdentifier(root): Tensor(uncheckedShape: root.shape, scalars: [1])
    ]
    for current in order.reversed() {
      guard
        let gradient = gradients.removeValue(forKey: ObjectIdentifier(current))
      else { continue }
      if let parameter = current.parameter {
        parameter.accumulate(gradient)
        continue
      }
      let parentGradients = current.pullback(gradient)
      for (parent, parentGradient) in zip(current.parents, parentGradients) {
        let key = ObjectIdentifier(parent)
        if let existing = gradients[key] {
          gradients[key] = Tensor(
            uncheckedShape: existing.shape,
            scalars: Elementwise.add(existing.scalars, parentGradient.scalars))
        } else {
          gradients[key] = parentGradient
        }
      }
    }
  }
}
