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

  /// What the rule keeps per parameter (ḡ only when centered, b only
  /// with momentum; empty otherwise).
  public struct State {
    var squareAverage: [Float]
    var gradientAverage: [Float]
    var buffer: [Float]
    var delta: [Float]
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

  public var hyperParameters: [HyperParameter] {
    [
      .number("alpha", alpha, .unitInterval), .epsilon(epsilon),
      .weightDecay(weightDecay), .number("momentum", momentum, .nonNegative),
      .flag("centered", centered),
    ]
  }

  public var gradientWeightDecay: Float? { weightDecay }

  public func initialState(count n: Int) -> State {
    State(
      squareAverage: zeros(n), gradientAverage: centered ? zeros(n) : [],
      buffer: momentum > 0 ? zeros(n) : [], delta: zeros(n))
  }

  public func update(
    _ parameter: Parameter, gradient g: [Float], state: inout State,
    step: Int, learningRate lr: Float
  ) {
    var theta = takeValues(of: parameter)
    rmspropKernel(
      theta: &theta, squareAverage: &state.squareAverage,
      gradientAverage: &state.gradientAverage, buffer: &state.buffer,
      delta: &state.delta, gradient: g, learningRate: lr, alpha: alpha,
      epsilon: epsilon, momentum: momentum, centered: centered)
    restoreValues(theta, to: parameter)
  }

  /// `"square_avg"` (v), `"grad_avg"` (ḡ, when centered),
  /// `"momentum_buffer"` (b, when μ > 0) and `"update"` (the change
  /// applied).
  public func quantities(of parameter: Parameter, state: State, step: Int)
    -> [OptimizerQuantity]
  {
    var quantities = [
      quantity(
        "square_avg", "v", "the running average of g²", state.squareAverage,
        like: parameter)
    ]
    if centered {
      quantities.append(
        quantity(
          "grad_avg", "ḡ", "the running average of g", state.gradientAverage,
          like: parameter))
    }
    if momentum > 0 {
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
