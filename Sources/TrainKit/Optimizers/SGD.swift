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
    try checkLearningRate(learningRate, "SGD")
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

  /// The momentum buffer, the gradient used and the change applied.
  public struct State {
    var step = 0
    var buffer: [Float]?
    var gradient: [Float] = []
    var delta: [Float] = []
  }

  public var name: String { "SGD" }

  /// The rule with these hyper-parameters (see ``SGD``'s `init`).
  /// - Throws: `TrainKitError` for an invalid hyper-parameter.
  public init(
    momentum: Float = Defaults.momentum, dampening: Float = Defaults.dampening,
    weightDecay: Float = Defaults.weightDecay,
    nesterov: Bool = Defaults.nesterov
  ) throws {
    try checkHyperParameter(momentum >= 0, "SGD", "momentum", momentum, "≥ 0")
    try checkHyperParameter(
      dampening.isFinite, "SGD", "dampening", dampening, "a finite number")
    try checkHyperParameter(
      weightDecay >= 0, "SGD", "weight_decay", weightDecay, "≥ 0")
    if nesterov && (momentum <= 0 || dampening != 0) {
      throw TrainKitError(
        "SGD: Nesterov momentum requires a momentum > 0 and zero dampening")
    }
    self.momentum = momentum
    self.dampening = dampening
    self.weightDecay = weightDecay
    self.nesterov = nesterov
  }

  public func update(
    _ parameter: Parameter, gradient: [Float], state: inout State?,
    learningRate lr: Float
  ) {
    let (mu, tau, wd, nesterov) = (momentum, dampening, weightDecay, nesterov)
    var current = state ?? State()
    state = nil
    let n = gradient.count
    let g =
      wd != 0
      ? addingWeightDecay(gradient, parameter.value.scalars, wd) : gradient
    var buffer = mu != 0 ? zeroed(current.buffer ?? [], count: n) : []
    var delta = zeroed(current.delta, count: n)
    (current.buffer, current.delta) = (nil, [])  // keep the arrays unique
    let firstStep = current.step == 0
    var theta = takeValues(of: parameter)
    sgdKernel(
      theta: &theta, buffer: &buffer, delta: &delta, gradient: g,
      learningRate: lr,
      momentum: mu, dampening: tau, nesterov: nesterov, firstStep: firstStep)
    restoreValues(theta, to: parameter)
    current.step += 1
    current.gradient = g
    current.buffer = mu != 0 ? buffer : nil
    current.delta = delta
    state = current
  }

  /// The step count and `"grad"` (g after weight decay), `"momentum_buffer"`
  /// (b, when μ ≠ 0) and `"update"` (the change applied, −γ·g).
  public func snapshot(of parameter: Parameter, state: State)
    -> OptimizerSnapshot
  {
    var quantities = [
      gradientQuantity(state.gradient, like: parameter)
    ]
    if let buffer = state.buffer {
      quantities.append(
        quantity(
          "momentum_buffer", "b", "the momentum buffer", buffer, like: parameter
        ))
    }
    quantities.append(
      quantity(
        "update", "Δθ", "the change applied to the parameter", state.delta,
        like: parameter))
    return OptimizerSnapshot(step: state.step, quantities: quantities)
  }

  public var settings: String {
    "momentum=\(formatHyperParameter(momentum)), "
      + "dampening=\(formatHyperParameter(dampening)), weight_decay=\(formatHyperParameter(weightDecay)), "
      + "nesterov=\(nesterov ? "True" : "False")"
  }
}
