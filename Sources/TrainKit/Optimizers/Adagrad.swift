/// Adagrad, PyTorch's `torch.optim.Adagrad`.
///
/// In Adagrad (Duchi, Hazan & Singer, 2011) each coordinate's step shrinks
/// with the sum of its squared gradients.
///
/// With learning rate γ (`lr`), learning-rate decay η (`lr_decay`), weight
/// decay λ, initial accumulator value τ and ε (`eps`), the sum s starts at τ
/// and step t = 1, 2, … does:
///
///     γ̃ ← γ / (1 + (t − 1)·η)
///     if λ ≠ 0:  g ← g + λ·θ
///     s ← s + g²
///     θ ← θ − γ̃ · g / (√s + ε)
///
/// PyTorch's defaults: `lr=0.01`, `lr_decay=0`, `weight_decay=0`,
/// `initial_accumulator_value=0`, `eps=1e-10`. The sum is PyTorch's `sum`.
public typealias Adagrad = RuleOptimizer<AdagradRule>

extension RuleOptimizer where Rule == AdagradRule {
  /// PyTorch's defaults, the ones `init` uses and the language shows.
  public typealias Defaults = AdagradRule.Defaults

  /// Creates an Adagrad optimizer.
  /// - Parameters:
  ///   - learningRate: γ (`lr`), at least 0.
  ///   - learningRateDecay: η (`lr_decay`), at least 0.
  ///   - weightDecay: λ (`weight_decay`), at least 0.
  ///   - initialAccumulatorValue: τ, the sum's starting value, at least 0.
  ///   - epsilon: ε (`eps`), at least 0.
  /// - Throws: `TrainKitError` for an invalid hyper-parameter.
  public convenience init(
    learningRate: Float = Defaults.learningRate,
    learningRateDecay: Float = Defaults.learningRateDecay,
    weightDecay: Float = Defaults.weightDecay,
    initialAccumulatorValue: Float = Defaults.initialAccumulatorValue,
    epsilon: Float = Defaults.epsilon
  ) throws {
    try self.init(
      rule: AdagradRule(
        learningRateDecay: learningRateDecay, weightDecay: weightDecay,
        initialAccumulatorValue: initialAccumulatorValue, epsilon: epsilon),
      learningRate: learningRate)
  }
}

/// Adagrad's update rule (see ``Adagrad``).
public struct AdagradRule: UpdateRule {
  /// η, PyTorch's `lr_decay`.
  public let learningRateDecay: Float
  /// λ, PyTorch's `weight_decay` (L2 penalty added to the gradient).
  public let weightDecay: Float
  /// τ, PyTorch's `initial_accumulator_value`.
  public let initialAccumulatorValue: Float
  /// ε, PyTorch's `eps`, added to the denominator.
  public let epsilon: Float

  /// What the rule keeps per parameter.
  public struct State {
    var sum: [Float]
    var delta: [Float]
    var effectiveLearningRate: Float = 0
  }

  /// PyTorch's defaults, the ones `init` uses and the language shows.
  public enum Defaults {
    public static let learningRate: Float = 0.01
    public static let learningRateDecay: Float = 0
    public static let weightDecay: Float = 0
    public static let initialAccumulatorValue: Float = 0
    public static let epsilon: Float = 1e-10
  }

  public var name: String { "Adagrad" }

  public var hyperParameters: [HyperParameter] {
    [
      .number("lr_decay", learningRateDecay, .nonNegative),
      .weightDecay(weightDecay),
      .number(
        "initial_accumulator_value", initialAccumulatorValue, .nonNegative),
      .epsilon(epsilon),
    ]
  }

  public var gradientWeightDecay: Float? { weightDecay }

  public func initialState(count n: Int) -> State {
    State(
      sum: [Float](repeating: initialAccumulatorValue, count: n),
      delta: zeros(n))
  }

  public func update(
    _ parameter: Parameter, gradient g: [Float], state: inout State,
    step: Int, learningRate lr: Float
  ) {
    let rate = lr / (1 + Float(step - 1) * learningRateDecay)
    var theta = takeValues(of: parameter)
    adagradKernel(
      theta: &theta, sum: &state.sum, delta: &state.delta, gradient: g,
      rate: rate, epsilon: epsilon)
    restoreValues(theta, to: parameter)
    state.effectiveLearningRate = rate
  }

  /// `"sum"` (s, the sum of squared gradients), `"lr"` (γ̃, the decayed
  /// rate, a scalar) and `"update"` (the change applied).
  public func quantities(of parameter: Parameter, state: State, step: Int)
    -> [OptimizerQuantity]
  {
    [
      quantity(
        "sum", "s", "the sum of squared gradients", state.sum, like: parameter),
      OptimizerQuantity(
        name: "lr", symbol: "γ̃",
        summary: "the decayed learning rate γ / (1 + (t − 1)·η)",
        value: Tensor(scalar: state.effectiveLearningRate)),
      quantity(
        "update", "Δθ",
        "the change applied to the parameter, −γ̃·g / (√s + ε)", state.delta,
        like: parameter),
    ]
  }
}
