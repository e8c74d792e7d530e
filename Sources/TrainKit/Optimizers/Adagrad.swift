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
public final class Adagrad: InspectableOptimizer, CustomStringConvertible {
  /// γ, PyTorch's `lr`.
  public var learningRate: Float
  /// η, PyTorch's `lr_decay`.
  public let learningRateDecay: Float
  /// λ, PyTorch's `weight_decay` (L2 penalty added to the gradient).
  public let weightDecay: Float
  /// τ, PyTorch's `initial_accumulator_value`.
  public let initialAccumulatorValue: Float
  /// ε, PyTorch's `eps`, added to the denominator.
  public let epsilon: Float

  private struct State {
    var step = 0
    var sum: [Float]
    var gradient: [Float] = []
    var delta: [Float] = []
    var effectiveLearningRate: Float = 0
  }
  private var states = ParameterStateTable<State>()

  /// PyTorch's defaults, the ones `init` uses and the language shows.
  public enum Defaults {
    public static let learningRate: Float = 0.01
    public static let learningRateDecay: Float = 0
    public static let weightDecay: Float = 0
    public static let initialAccumulatorValue: Float = 0
    public static let epsilon: Float = 1e-10
  }

  /// Creates an Adagrad optimizer.
  /// - Parameters:
  ///   - learningRate: γ (`lr`), at least 0.
  ///   - learningRateDecay: η (`lr_decay`), at least 0.
  ///   - weightDecay: λ (`weight_decay`), at least 0.
  ///   - initialAccumulatorValue: τ, the sum's starting value, at least 0.
  ///   - epsilon: ε (`eps`), at least 0.
  /// - Throws: `TrainKitError` for an invalid hyper-parameter.
  public init(
    learningRate: Float = Defaults.learningRate,
    learningRateDecay: Float = Defaults.learningRateDecay,
    weightDecay: Float = Defaults.weightDecay,
    initialAccumulatorValue: Float = Defaults.initialAccumulatorValue,
    epsilon: Float = Defaults.epsilon
  ) throws {
    try checkHyperParameter(
      learningRate >= 0, "Adagrad", "learning rate (lr)", learningRate, "≥ 0")
    try checkHyperParameter(
      learningRateDecay >= 0, "Adagrad", "lr_decay", learningRateDecay, "≥ 0")
    try checkHyperParameter(
      weightDecay >= 0, "Adagrad", "weight_decay", weightDecay, "≥ 0")
    try checkHyperParameter(
      initialAccumulatorValue >= 0, "Adagrad", "initial_accumulator_value",
      initialAccumulatorValue, "≥ 0")
    try checkHyperParameter(
      epsilon >= 0, "Adagrad", "epsilon (eps)", epsilon, "≥ 0")
    self.learningRate = learningRate
    self.learningRateDecay = learningRateDecay
    self.weightDecay = weightDecay
    self.initialAccumulatorValue = initialAccumulatorValue
    self.epsilon = epsilon
  }

  /// One Adagrad step for every parameter that has a gradient.
  /// - Throws: `TrainKitError` when a gradient's shape differs from its
  ///   parameter's, or the learning rate is negative.
  public func step(_ parameters: [Parameter]) throws {
    try checkLearningRate(learningRate, "Adagrad")
    states.removeReleased()
    let (lr, decay, wd, eps) = (
      learningRate, learningRateDecay, weightDecay, epsilon
    )
    for (parameter, gradient) in try parametersWithGradients(
      parameters, optimizer: "Adagrad")
    {
      let n = gradient.count
      var state =
        states.take(parameter)
        ?? State(sum: [Float](repeating: initialAccumulatorValue, count: n))
      state.step += 1
      let rate = lr / (1 + Float(state.step - 1) * decay)
      let g =
        wd != 0
        ? addingWeightDecay(gradient, parameter.value.scalars, wd) : gradient
      var sum = state.sum
      var delta = zeroed(state.delta, count: n)
      (state.sum, state.delta) = ([], [])  // keep the arrays unique
      var theta = takeValues(of: parameter)
      adagradKernel(
        theta: &theta, sum: &sum, delta: &delta, gradient: g, rate: rate,
        epsilon: eps)
      restoreValues(theta, to: parameter)
      state.sum = sum
      state.delta = delta
      state.gradient = g
      state.effectiveLearningRate = rate
      states[parameter] = state
    }
  }

  /// The step count and `"grad"` (g after weight decay), `"sum"` (s, the
  /// sum of squared gradients), `"lr"` (γ̃, the decayed rate, a scalar) and
  /// `"update"` (the change applied).
  public func snapshot(of parameter: Parameter) -> OptimizerSnapshot? {
    guard let state = states[parameter] else { return nil }
    return OptimizerSnapshot(
      step: state.step,
      quantities: [
        gradientQuantity(state.gradient, like: parameter),
        quantity(
          "sum", "s", "the sum of squared gradients", state.sum, like: parameter
        ),
        OptimizerQuantity(
          name: "lr", symbol: "γ̃",
          summary: "the decayed learning rate γ / (1 + (t − 1)·η)",
          value: Tensor(scalar: state.effectiveLearningRate)),
        quantity(
          "update", "Δθ",
          "the change applied to the parameter, −γ̃·g / (√s + ε)", state.delta,
          like: parameter),
      ])
  }

  /// Forgets every accumulated sum.
  public func reset() { states.removeAll() }

  /// PyTorch-style: `Adagrad(lr=0.01, lr_decay=0, weight_decay=0, initial_accumulator_value=0, eps=1e-10)`.
  public var description: String {
    "Adagrad(lr=\(formatHyperParameter(learningRate)), lr_decay=\(formatHyperParameter(learningRateDecay)), "
      + "weight_decay=\(formatHyperParameter(weightDecay)), "
      + "initial_accumulator_value=\(formatHyperParameter(initialAccumulatorValue)), "
      + "eps=\(formatHyperParameter(epsilon)))"
  }
}
