/// RMSprop, PyTorch's `torch.optim.RMSprop`.
///
/// RMSprop (Hinton, 2012) divides each step by a running root mean square
/// of recent gradients.
///
/// With learning rate γ (`lr`), smoothing constant α (`alpha`), ε (`eps`),
/// weight decay λ and momentum μ, with v, ḡ and b starting at 0, each step
/// does:
///
///     if λ ≠ 0:  g ← g + λ·θ
///     v ← α·v + (1 − α)·g²
///     ṽ ← v
///     if centered:
///         ḡ ← α·ḡ + (1 − α)·g
///         ṽ ← v − ḡ²
///     if μ > 0:
///         b ← μ·b + g / (√ṽ + ε)
///         θ ← θ − γ·b
///     else:
///         θ ← θ − γ · g / (√ṽ + ε)
///
/// PyTorch's defaults: `lr=0.01`, `alpha=0.99`, `eps=1e-08`,
/// `weight_decay=0`, `momentum=0`, `centered=False`. v, ḡ and b are
/// PyTorch's `square_avg`, `grad_avg` and `momentum_buffer`. One deliberate
/// difference: a centered ṽ that rounding makes slightly negative is taken
/// as 0 instead of giving NaN.
public typealias RMSprop = RuleOptimizer<RMSpropRule>

extension RuleOptimizer where Rule == RMSpropRule {
  /// PyTorch's defaults, the ones `init` uses and the language shows.
  public typealias Defaults = RMSpropRule.Defaults

  /// Creates an RMSprop optimizer.
  /// - Parameters:
  ///   - learningRate: γ (`lr`), at least 0.
  ///   - alpha: α, in [0, 1].
  ///   - epsilon: ε (`eps`), at least 0.
  ///   - weightDecay: λ (`weight_decay`), at least 0.
  ///   - momentum: μ, at least 0.
  ///   - centered: subtract the squared running mean of the gradient.
  /// - Throws: `TrainKitError` for an invalid hyper-parameter.
  public convenience init(
    learningRate: Float = Defaults.learningRate, alpha: Float = Defaults.alpha,
    epsilon: Float = Defaults.epsilon,
    weightDecay: Float = Defaults.weightDecay,
    momentum: Float = Defaults.momentum, centered: Bool = Defaults.centered
  ) throws {
    try checkLearningRate(learningRate, "RMSprop")
    try self.init(
      rule: RMSpropRule(
        alpha: alpha, epsilon: epsilon, weightDecay: weightDecay,
        momentum: momentum, centered: centered), learningRate: learningRate)
  }
}

/// RMSprop's update rule (see ``RMSprop``).
public struct RMSpropRule: UpdateRule {
  /// α, PyTorch's `alpha`: how much of the running average is kept per step.
  public let alpha: Float
  /// ε, PyTorch's `eps`, added to the denominator.
  public let epsilon: Float
  /// λ, PyTorch's `weight_decay` (L2 penalty added to the gradient).
  public let weightDecay: Float
  /// μ, PyTorch's `momentum`.
  public let momentum: Float
  /// PyTorch's `centered`: normalize by an estimate of the gradient's
  /// variance instead of its second moment.
  public let centered: Bool

  /// What the rule keeps per parameter.
  public struct State {
    var step = 0
    var squareAverage: [Float]
    var gradientAverage: [Float]?
    var buffer: [Float]?
    var gradient: [Float] = []
    var delta: [Float] = []
  }

  /// PyTorch's defaults, the ones `init` uses and the language shows.
  public enum Defaults {
    public static let learningRate: Float = 0.01
    public static let alpha: Float = 0.99
    public static let epsilon: Float = 1e-8
    public static let weightDecay: Float = 0
    public static let momentum: Float = 0
    public static let centered: Bool = false
  }

  public var name: String { "RMSprop" }

  /// The rule with these hyper-parameters (see ``RMSprop``'s `init`).
  /// - Throws: `TrainKitError` for an invalid hyper-parameter.
  public init(
    alpha: Float = Defaults.alpha,
    epsilon: Float = Defaults.epsilon,
    weightDecay: Float = Defaults.weightDecay,
    momentum: Float = Defaults.momentum, centered: Bool = Defaults.centered
  ) throws {
    try checkHyperParameter(
      alpha >= 0 && alpha <= 1, "RMSprop", "alpha", alpha, "in [0, 1]")
    try checkHyperParameter(
      epsilon >= 0, "RMSprop", "epsilon (eps)", epsilon, "≥ 0")
    try checkHyperParameter(
      weightDecay >= 0, "RMSprop", "weight_decay", weightDecay, "≥ 0")
    try checkHyperParameter(
      momentum >= 0, "RMSprop", "momentum", momentum, "≥ 0")
    self.alpha = alpha
    self.epsilon = epsilon
    self.weightDecay = weightDecay
    self.momentum = momentum
    self.centered = centered
  }

  public func update(
    _ parameter: Parameter, gradient: [Float], state: inout State?,
    learningRate lr: Float
  ) {
    let (alpha, eps, wd, mu, centered) = (
      alpha, epsilon, weightDecay, momentum, centered
    )
    let n = gradient.count
    var current =
      state
      ?? State(
        squareAverage: [Float](repeating: 0, count: n),
        gradientAverage: centered ? [Float](repeating: 0, count: n) : nil,
        buffer: mu > 0 ? [Float](repeating: 0, count: n) : nil)
    state = nil
    current.step += 1
    let g =
      wd != 0
      ? addingWeightDecay(gradient, parameter.value.scalars, wd) : gradient
    var v = current.squareAverage
    var average = current.gradientAverage ?? []
    var buffer = current.buffer ?? []
    var delta = zeroed(current.delta, count: n)
    // Keep the arrays unique while the kernel writes them.
    (
      current.squareAverage, current.gradientAverage, current.buffer,
      current.delta
    ) =
      ([], nil, nil, [])
    var theta = takeValues(of: parameter)
    rmspropKernel(
      theta: &theta, squareAverage: &v, gradientAverage: &average,
      buffer: &buffer,
      delta: &delta, gradient: g, learningRate: lr, alpha: alpha,
      epsilon: eps, momentum: mu,
      centered: centered)
    restoreValues(theta, to: parameter)
    current.squareAverage = v
    current.gradientAverage = centered ? average : nil
    current.buffer = mu > 0 ? buffer : nil
    current.delta = delta
    current.gradient = g
    state = current
  }

  /// The step count and `"grad"` (g after weight decay), `"square_avg"`
  /// (v), `"grad_avg"` (ḡ, when centered), `"momentum_buffer"` (b, when
  /// μ > 0) and `"update"` (the change applied).
  public func snapshot(of parameter: Parameter, state: State)
    -> OptimizerSnapshot
  {
    var quantities = [
      gradientQuantity(state.gradient, like: parameter),
      quantity(
        "square_avg", "v", "the running average of g²", state.squareAverage,
        like: parameter),
    ]
    if let average = state.gradientAverage {
      quantities.append(
        quantity(
          "grad_avg", "ḡ", "the running average of g", average, like: parameter)
      )
    }
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
    "alpha=\(formatHyperParameter(alpha)), "
      + "eps=\(formatHyperParameter(epsilon)), weight_decay=\(formatHyperParameter(weightDecay)), "
      + "momentum=\(formatHyperParameter(momentum)), centered=\(centered ? "True" : "False")"
  }
}
