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
public final class RMSprop: InspectableOptimizer, CustomStringConvertible {
  /// γ, PyTorch's `lr`.
  public var learningRate: Float
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

  private struct State {
    var step = 0
    var squareAverage: [Float]
    var gradientAverage: [Float]?
    var buffer: [Float]?
    var gradient: [Float] = []
    var delta: [Float] = []
  }
  private var states = ParameterStateTable<State>()

  /// PyTorch's defaults, the ones `init` uses and the language shows.
  public enum Defaults {
    public static let learningRate: Float = 0.01
    public static let alpha: Float = 0.99
    public static let epsilon: Float = 1e-8
    public static let weightDecay: Float = 0
    public static let momentum: Float = 0
    public static let centered: Bool = false
  }

  /// Creates an RMSprop optimizer.
  /// - Parameters:
  ///   - learningRate: γ (`lr`), at least 0.
  ///   - alpha: α, in [0, 1].
  ///   - epsilon: ε (`eps`), at least 0.
  ///   - weightDecay: λ (`weight_decay`), at least 0.
  ///   - momentum: μ, at least 0.
  ///   - centered: subtract the squared running mean of the gradient.
  /// - Throws: `TrainKitError` for an invalid hyper-parameter.
  public init(
    learningRate: Float = Defaults.learningRate, alpha: Float = Defaults.alpha,
    epsilon: Float = Defaults.epsilon,
    weightDecay: Float = Defaults.weightDecay,
    momentum: Float = Defaults.momentum, centered: Bool = Defaults.centered
  ) throws {
    try checkHyperParameter(
      learningRate >= 0, "RMSprop", "learning rate (lr)", learningRate, "≥ 0")
    try checkHyperParameter(
      alpha >= 0 && alpha <= 1, "RMSprop", "alpha", alpha, "in [0, 1]")
    try checkHyperParameter(
      epsilon >= 0, "RMSprop", "epsilon (eps)", epsilon, "≥ 0")
    try checkHyperParameter(
      weightDecay >= 0, "RMSprop", "weight_decay", weightDecay, "≥ 0")
    try checkHyperParameter(
      momentum >= 0, "RMSprop", "momentum", momentum, "≥ 0")
    self.learningRate = learningRate
    self.alpha = alpha
    self.epsilon = epsilon
    self.weightDecay = weightDecay
    self.momentum = momentum
    self.centered = centered
  }

  /// One RMSprop step for every parameter that has a gradient.
  /// - Throws: `TrainKitError` when a gradient's shape differs from its
  ///   parameter's, or the learning rate is negative.
  public func step(_ parameters: [Parameter]) throws {
    try checkLearningRate(learningRate, "RMSprop")
    states.removeReleased()
    let (lr, alpha, eps, wd, mu, centered) = (
      learningRate, alpha, epsilon, weightDecay, momentum, centered
    )
    for (parameter, gradient) in try parametersWithGradients(
      parameters, optimizer: "RMSprop")
    {
      let n = gradient.count
      var state =
        states.take(parameter)
        ?? State(
          squareAverage: [Float](repeating: 0, count: n),
          gradientAverage: centered ? [Float](repeating: 0, count: n) : nil,
          buffer: mu > 0 ? [Float](repeating: 0, count: n) : nil)
      state.step += 1
      let g =
        wd != 0
        ? addingWeightDecay(gradient, parameter.value.scalars, wd) : gradient
      var v = state.squareAverage
      var average = state.gradientAverage ?? []
      var buffer = state.buffer ?? []
      var delta = zeroed(state.delta, count: n)
      // Keep the arrays unique while the kernel writes them.
      (state.squareAverage, state.gradientAverage, state.buffer, state.delta) =
        ([], nil, nil, [])
      var theta = takeValues(of: parameter)
      rmspropKernel(
        theta: &theta, squareAverage: &v, gradientAverage: &average,
        buffer: &buffer,
        delta: &delta, gradient: g, learningRate: lr, alpha: alpha,
        epsilon: eps, momentum: mu,
        centered: centered)
      restoreValues(theta, to: parameter)
      state.squareAverage = v
      state.gradientAverage = centered ? average : nil
      state.buffer = mu > 0 ? buffer : nil
      state.delta = delta
      state.gradient = g
      states[parameter] = state
    }
  }

  /// The step count and `"grad"` (g after weight decay), `"square_avg"`
  /// (v), `"grad_avg"` (ḡ, when centered), `"momentum_buffer"` (b, when
  /// μ > 0) and `"update"` (the change applied).
  public func snapshot(of parameter: Parameter) -> OptimizerSnapshot? {
    guard let state = states[parameter] else { return nil }
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

  /// Forgets every running average and momentum buffer.
  public func reset() { states.removeAll() }

  /// PyTorch-style: `RMSprop(lr=0.01, alpha=0.99, eps=1e-08, weight_decay=0, momentum=0, centered=False)`.
  public var description: String {
    "RMSprop(lr=\(formatHyperParameter(learningRate)), alpha=\(formatHyperParameter(alpha)), "
      + "eps=\(formatHyperParameter(epsilon)), weight_decay=\(formatHyperParameter(weightDecay)), "
      + "momentum=\(formatHyperParameter(momentum)), centered=\(centered ? "True" : "False"))"
  }
}
