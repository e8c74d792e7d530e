/// Adadelta, PyTorch's `torch.optim.Adadelta`.
///
/// Adadelta (Zeiler, 2012) scales each step by the ratio of running root
/// mean squares of past updates and past gradients, so it needs almost no
/// learning-rate tuning.
///
/// With learning rate γ (`lr`), decay ρ (`rho`), ε (`eps`) and weight decay
/// λ, with v and u starting at 0, each step does:
///
///     if λ ≠ 0:  g ← g + λ·θ
///     v ← ρ·v + (1 − ρ)·g²
///     Δx ← √(u + ε) / √(v + ε) · g
///     u ← ρ·u + (1 − ρ)·Δx²
///     θ ← θ − γ·Δx
///
/// PyTorch's defaults: `lr=1.0`, `rho=0.9`, `eps=1e-06`, `weight_decay=0`.
/// v and u are PyTorch's `square_avg` and `acc_delta`.
public typealias Adadelta = RuleOptimizer<AdadeltaRule>

extension RuleOptimizer where Rule == AdadeltaRule {
  /// PyTorch's defaults, the ones `init` uses and the language shows.
  public typealias Defaults = AdadeltaRule.Defaults

  /// Creates an Adadelta optimizer.
  /// - Parameters:
  ///   - learningRate: γ (`lr`), at least 0.
  ///   - rho: ρ, in [0, 1].
  ///   - epsilon: ε (`eps`), at least 0.
  ///   - weightDecay: λ (`weight_decay`), at least 0.
  /// - Throws: `TrainKitError` for an invalid hyper-parameter.
  public convenience init(
    learningRate: Float = Defaults.learningRate, rho: Float = Defaults.rho,
    epsilon: Float = Defaults.epsilon,
    weightDecay: Float = Defaults.weightDecay
  ) throws {
    try self.init(
      rule: AdadeltaRule(rho: rho, epsilon: epsilon, weightDecay: weightDecay),
      learningRate: learningRate)
  }
}

/// Adadelta's update rule (see ``Adadelta``).
public struct AdadeltaRule: UpdateRule {
  /// ρ, PyTorch's `rho`: how much of each running average is kept per step.
  public let rho: Float
  /// ε, PyTorch's `eps`, inside both square roots.
  public let epsilon: Float
  /// λ, PyTorch's `weight_decay` (L2 penalty added to the gradient).
  public let weightDecay: Float

  /// What the rule keeps per parameter.
  public struct State {
    var squareAverage: [Float]
    var accumulatedDelta: [Float]
    var update: [Float]
    var delta: [Float]
  }

  /// PyTorch's defaults, the ones `init` uses and the language shows.
  public enum Defaults {
    public static let learningRate: Float = 1.0
    public static let rho: Float = 0.9
    public static let epsilon: Float = 1e-6
    public static let weightDecay: Float = 0
  }

  public var name: String { "Adadelta" }

  public var hyperParameters: [HyperParameter] {
    [
      .number("rho", rho, .unitInterval), .epsilon(epsilon),
      .weightDecay(weightDecay),
    ]
  }

  public var gradientWeightDecay: Float? { weightDecay }

  public func initialState(count n: Int) -> State {
    State(
      squareAverage: zeros(n), accumulatedDelta: zeros(n), update: zeros(n),
      delta: zeros(n))
  }

  public func update(
    _ parameter: Parameter, gradient g: [Float], state: inout State,
    step: Int, learningRate lr: Float
  ) {
    var theta = takeValues(of: parameter)
    adadeltaKernel(
      theta: &theta, squareAverage: &state.squareAverage,
      accumulatedDelta: &state.accumulatedDelta, step: &state.update,
      delta: &state.delta, gradient: g, learningRate: lr, rho: rho,
      epsilon: epsilon)
    restoreValues(theta, to: parameter)
  }

  /// `"square_avg"` (v), `"delta"` (Δx, the step before γ), `"acc_delta"`
  /// (u) and `"update"` (the change applied, −γ·Δx).
  public func quantities(of parameter: Parameter, state: State, step: Int)
    -> [OptimizerQuantity]
  {
    [
      quantity(
        "square_avg", "v", "the running average of g²", state.squareAverage,
        like: parameter),
      quantity(
        "delta", "Δx", "the step √(u + ε) / √(v + ε) · g, before γ",
        state.update, like: parameter),
      quantity(
        "acc_delta", "u", "the running average of Δx²",
        state.accumulatedDelta, like: parameter),
      quantity(
        "update", "Δθ", "the change applied to the parameter, −γ·Δx",
        state.delta, like: parameter),
    ]
  }
}
