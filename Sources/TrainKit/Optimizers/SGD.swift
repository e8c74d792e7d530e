/// Stochastic gradient descent, optionally with momentum (heavy ball or
/// Nesterov) and L2 weight decay: PyTorch's `torch.optim.SGD`.
///
/// With learning rate γ (`lr`), momentum μ, dampening τ and weight decay λ,
/// each step does, for every parameter θ with gradient g:
///
///     if λ ≠ 0:  g ← g + λ·θ
///     if μ ≠ 0:
///         b ← g                    on the first step
///         b ← μ·b + (1 − τ)·g      afterwards
///         g ← g + μ·b              with Nesterov momentum
///         g ← b                    without
///     θ ← θ − γ·g
///
///     let sgd = try SGD(learningRate: 0.1, momentum: 0.9)
///     print(sgd)   // Prints "SGD(lr=0.1, momentum=0.9, dampening=0, weight_decay=0, nesterov=False)"
///
/// PyTorch's defaults: `lr=0.001`, `momentum=0`, `dampening=0`,
/// `weight_decay=0`, `nesterov=False`. The momentum buffer is PyTorch's
/// `momentum_buffer`.
public typealias SGD = RuleOptimizer<SGDRule>

extension RuleOptimizer where Rule == SGDRule {
  /// PyTorch's defaults, the ones `init` uses and the language shows.
  public typealias Defaults = SGDRule.Defaults

  /// Creates an SGD optimizer.
  /// - Parameters:
  ///   - learningRate: γ (`lr`), at least 0.
  ///   - momentum: μ, at least 0.
  ///   - dampening: τ, dampening for momentum.
  ///   - weightDecay: λ (`weight_decay`), at least 0.
  ///   - nesterov: use Nesterov momentum; needs μ > 0 and τ = 0.
  /// - Throws: `TrainKitError` for an invalid hyper-parameter.
  public convenience init(
    learningRate: Float = Defaults.learningRate,
    momentum: Float = Defaults.momentum, dampening: Float = Defaults.dampening,
    weightDecay: Float = Defaults.weightDecay,
    nesterov: Bool = Defaults.nesterov
  ) throws {
    try self.init(
      rule: SGDRule(
        momentum: momentum, dampening: dampening, weightDecay: weightDecay,
        nesterov: nesterov),
      learningRate: learningRate)
  }
}

/// SGD's update rule (see ``SGD``).
public struct SGDRule: UpdateRule {
  /// μ, PyTorch's `momentum`.
  public let momentum: Float
  /// τ, PyTorch's `dampening`.
  public let dampening: Float
  /// λ, PyTorch's `weight_decay` (L2 penalty added to the gradient).
  public let weightDecay: Float
  /// PyTorch's `nesterov`.
  public let nesterov: Bool

  /// PyTorch's defaults, the ones `init` uses and the language shows.
  public enum Defaults {
    public static let learningRate: Float = 1e-3
    public static let momentum: Float = 0
    public static let dampening: Float = 0
    public static let weightDecay: Float = 0
    public static let nesterov: Bool = false
  }

  /// The momentum buffer (empty without momentum) and the change applied.
  public struct State {
    var buffer: [Float]
    var delta: [Float]
  }

  public var name: String { "SGD" }

  public var hyperParameters: [HyperParameter] {
    [
      .number("momentum", momentum, .nonNegative),
      .number("dampening", dampening, .finite), .weightDecay(weightDecay),
      .flag("nesterov", nesterov),
    ]
  }

  public func checkCombination() throws {
    if nesterov && (momentum <= 0 || dampening != 0) {
      throw TrainKitError(
        "SGD: Nesterov momentum requires a momentum > 0 and zero dampening")
    }
  }

  public var gradientWeightDecay: Float? { weightDecay }

  public func initialState(count n: Int) -> State {
    State(buffer: momentum != 0 ? zeros(n) : [], delta: zeros(n))
  }

  public func update(
    _ parameter: Parameter, gradient g: [Float], state: inout State,
    step: Int, learningRate lr: Float
  ) {
    var theta = takeValues(of: parameter)
    sgdKernel(
      theta: &theta, buffer: &state.buffer, delta: &state.delta, gradient: g,
      learningRate: lr, momentum: momentum, dampening: dampening,
      nesterov: nesterov, firstStep: step == 1)
    restoreValues(theta, to: parameter)
  }

  /// `"momentum_buffer"` (b, when μ ≠ 0) and `"update"` (the change
  /// applied, −γ·g).
  public func quantities(of parameter: Parameter, state: State, step: Int)
    -> [OptimizerQuantity]
  {
    var quantities: [OptimizerQuantity] = []
    if momentum != 0 {
      quantities.append(
        quantity(
          "momentum_buffer", "b", "the momentum buffer", state.buffer,
          like: parameter))
    }
    quantities.append(
      quantity(
        "update", "Δθ", "the change applied to the parameter", state.delta,
        like: parameter))
    return quantities
  }
}
