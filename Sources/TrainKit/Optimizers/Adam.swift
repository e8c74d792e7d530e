import RealModule

/// Adam, optionally AMSGrad: PyTorch's `torch.optim.Adam`.
///
/// Adam (Kingma & Ba, 2015) steps along a bias-corrected running mean of
/// the gradient, divided by the root of a bias-corrected running mean of its
/// square; AMSGrad (Reddi, Kale & Kumar, 2018) divides by the largest such
/// mean seen so far.
///
/// With learning rate γ (`lr`), betas (β₁, β₂), ε (`eps`) and L2 weight
/// decay λ, with m, v and v_max starting at 0, step t = 1, 2, … does:
///
///     if λ ≠ 0:  g ← g + λ·θ
///     m ← β₁·m + (1 − β₁)·g
///     v ← β₂·v + (1 − β₂)·g²
///     m̂ ← m / (1 − β₁ᵗ)
///     if amsgrad:
///         v_max ← max(v_max, v)
///         v̂ ← v_max / (1 − β₂ᵗ)
///     else:
///         v̂ ← v / (1 − β₂ᵗ)
///     θ ← θ − γ · m̂ / (√v̂ + ε)
///
///     let adam = try Adam(learningRate: 0.01)
///     print(adam)   // Prints "Adam(lr=0.01, betas=(0.9, 0.999), eps=1e-08, weight_decay=0, amsgrad=False)"
///
/// PyTorch's defaults: `lr=0.001`, `betas=(0.9, 0.999)`, `eps=1e-08`,
/// `weight_decay=0`, `amsgrad=False`. m, v and v_max are PyTorch's
/// `exp_avg`, `exp_avg_sq` and `max_exp_avg_sq`. For weight decay that is
/// not scaled by v̂, use `AdamW`.
public final class Adam: InspectableOptimizer, CustomStringConvertible {
  private var rule: AdamRule

  /// γ, PyTorch's `lr`.
  public var learningRate: Float {
    get { rule.learningRate }
    set { rule.learningRate = newValue }
  }
  /// (β₁, β₂), PyTorch's `betas`: the decay of the running means of g and g².
  public var betas: (Float, Float) { (rule.beta1, rule.beta2) }
  /// ε, PyTorch's `eps`, added to the denominator.
  public var epsilon: Float { rule.epsilon }
  /// λ, PyTorch's `weight_decay` (L2 penalty added to the gradient).
  public var weightDecay: Float { rule.weightDecay }
  /// PyTorch's `amsgrad`: divide by the largest v seen so far.
  public var amsgrad: Bool { rule.amsgrad }

  /// PyTorch's defaults, the ones `init` uses and the language shows.
  public enum Defaults {
    public static let learningRate: Float = 1e-3
    public static let betas: (Float, Float) = (0.9, 0.999)
    public static let epsilon: Float = 1e-8
    public static let weightDecay: Float = 0
    public static let amsgrad = false
  }

  /// Creates an Adam optimizer.
  /// - Parameters:
  ///   - learningRate: γ (`lr`), at least 0.
  ///   - betas: (β₁, β₂), each in [0, 1).
  ///   - epsilon: ε (`eps`), at least 0.
  ///   - weightDecay: λ (`weight_decay`), at least 0; added to the gradient.
  ///   - amsgrad: use the AMSGrad variant.
  /// - Throws: `TrainKitError` for an invalid hyper-parameter.
  public init(
    learningRate: Float = Defaults.learningRate,
    betas: (Float, Float) = Defaults.betas,
    epsilon: Float = Defaults.epsilon,
    weightDecay: Float = Defaults.weightDecay, amsgrad: Bool = Defaults.amsgrad
  ) throws {
    rule = try AdamRule(
      name: "Adam", learningRate: learningRate, betas: betas, epsilon: epsilon,
      weightDecay: weightDecay, decoupled: false, amsgrad: amsgrad)
  }

  /// One Adam step for every parameter that has a gradient.
  /// - Throws: `TrainKitError` when a gradient's shape differs from its
  ///   parameter's, or the learning rate is negative.
  public func step(_ parameters: [Parameter]) throws {
    try rule.step(parameters)
  }

  /// The step count t and `"grad"` (g), `"exp_avg"` (m), `"exp_avg_sq"`
  /// (v), `"max_exp_avg_sq"` (v_max, with AMSGrad), `"m_hat"` (m̂),
  /// `"v_hat"` (v̂) and `"update"` (the change applied).
  public func snapshot(of parameter: Parameter) -> OptimizerSnapshot? {
    rule.snapshot(of: parameter)
  }

  /// Forgets every moment estimate and step count.
  public func reset() { rule.reset() }

  /// PyTorch-style: `Adam(lr=0.001, betas=(0.9, 0.999), eps=1e-08, weight_decay=0, amsgrad=False)`.
  public var description: String { rule.description }
}

/// Adam with decoupled weight decay: PyTorch's `torch.optim.AdamW`.
///
/// In AdamW (Loshchilov & Hutter, 2019) the parameter shrinks by γ·λ·θ
/// directly instead of through the gradient, so the decay is not divided
/// by √v̂.
///
/// Step t = 1, 2, … does:
///
///     θ ← θ − γ·λ·θ
///     m ← β₁·m + (1 − β₁)·g
///     v ← β₂·v + (1 − β₂)·g²
///     m̂ ← m / (1 − β₁ᵗ)
///     v̂ ← v / (1 − β₂ᵗ)           (v_max / (1 − β₂ᵗ) with AMSGrad)
///     θ ← θ − γ · m̂ / (√v̂ + ε)
///
/// PyTorch's defaults: `lr=0.001`, `betas=(0.9, 0.999)`, `eps=1e-08`,
/// `weight_decay=0.01`, `amsgrad=False`.
public final class AdamW: InspectableOptimizer, CustomStringConvertible {
  private var rule: AdamRule

  /// γ, PyTorch's `lr`.
  public var learningRate: Float {
    get { rule.learningRate }
    set { rule.learningRate = newValue }
  }
  /// (β₁, β₂), PyTorch's `betas`: the decay of the running means of g and g².
  public var betas: (Float, Float) { (rule.beta1, rule.beta2) }
  /// ε, PyTorch's `eps`, added to the denominator.
  public var epsilon: Float { rule.epsilon }
  /// λ, PyTorch's `weight_decay`: the decoupled shrink factor per unit of γ.
  public var weightDecay: Float { rule.weightDecay }
  /// PyTorch's `amsgrad`: divide by the largest v seen so far.
  public var amsgrad: Bool { rule.amsgrad }

  /// PyTorch's defaults, the ones `init` uses and the language shows.
  public enum Defaults {
    public static let learningRate: Float = 1e-3
    public static let betas: (Float, Float) = (0.9, 0.999)
    public static let epsilon: Float = 1e-8
    public static let weightDecay: Float = 0.01
    public static let amsgrad = false
  }

  /// Creates an AdamW optimizer.
  /// - Parameters:
  ///   - learningRate: γ (`lr`), at least 0.
  ///   - betas: (β₁, β₂), each in [0, 1).
  ///   - epsilon: ε (`eps`), at least 0.
  ///   - weightDecay: λ (`weight_decay`), at least 0; decoupled.
  ///   - amsgrad: use the AMSGrad variant.
  /// - Throws: `TrainKitError` for an invalid hyper-parameter.
  public init(
    learningRate: Float = Defaults.learningRate,
    betas: (Float, Float) = Defaults.betas,
    epsilon: Float = Defaults.epsilon,
    weightDecay: Float = Defaults.weightDecay, amsgrad: Bool = Defaults.amsgrad
  ) throws {
    rule = try AdamRule(
      name: "AdamW", learningRate: learningRate, betas: betas, epsilon: epsilon,
      weightDecay: weightDecay, decoupled: true, amsgrad: amsgrad)
  }

  /// One AdamW step for every parameter that has a gradient.
  /// - Throws: `TrainKitError` when a gradient's shape differs from its
  ///   parameter's, or the learning rate is negative.
  public func step(_ parameters: [Parameter]) throws {
    try rule.step(parameters)
  }

  /// The step count t and `"grad"` (g), `"exp_avg"` (m), `"exp_avg_sq"`
  /// (v), `"max_exp_avg_sq"` (v_max, with AMSGrad), `"m_hat"` (m̂),
  /// `"v_hat"` (v̂) and `"update"` (the change applied).
  public func snapshot(of parameter: Parameter) -> OptimizerSnapshot? {
    rule.snapshot(of: parameter)
  }

  /// Forgets every moment estimate and step count.
  public func reset() { rule.reset() }

  /// PyTorch-style: `AdamW(lr=0.001, betas=(0.9, 0.999), eps=1e-08, weight_decay=0.01, amsgrad=False)`.
  public var description: String { rule.description }
}

// MARK: - Implementation details

/// The update rule shared by `Adam` (L2 decay) and `AdamW` (decoupled decay).
struct AdamRule {
  let name: String
  var learningRate: Float
  let beta1: Float
  let beta2: Float
  let epsilon: Float
  let weightDecay: Float
  let decoupled: Bool
  let amsgrad: Bool

  private struct State {
    var step = 0
    var m: [Float]
    var v: [Float]
    var vMax: [Float]?
    var gradient: [Float] = []
    /// θ before and after the last step (references, not copies): Δθ is
    /// formed from them only when a snapshot asks.
    var before: [Float] = []
    var after: [Float] = []
  }
  private var states = ParameterStateTable<State>()

  init(
    name: String, learningRate: Float, betas: (Float, Float), epsilon: Float,
    weightDecay: Float, decoupled: Bool, amsgrad: Bool
  ) throws {
    try checkHyperParameter(
      learningRate >= 0, name, "learning rate (lr)", learningRate, "≥ 0")
    try checkHyperParameter(
      betas.0 >= 0 && betas.0 < 1, name, "beta1 (betas[0])", betas.0,
      "in [0, 1)")
    try checkHyperParameter(
      betas.1 >= 0 && betas.1 < 1, name, "beta2 (betas[1])", betas.1,
      "in [0, 1)")
    try checkHyperParameter(epsilon >= 0, name, "epsilon (eps)", epsilon, "≥ 0")
    try checkHyperParameter(
      weightDecay >= 0, name, "weight_decay", weightDecay, "≥ 0")
    self.name = name
    self.learningRate = learningRate
    self.beta1 = betas.0
    self.beta2 = betas.1
    self.epsilon = epsilon
    self.weightDecay = weightDecay
    self.decoupled = decoupled
    self.amsgrad = amsgrad
  }

  /// 1 − β₁ᵗ and 1 − β₂ᵗ, computed in Double as PyTorch does in Python.
  private func biasCorrections(step: Int) -> (Double, Double) {
    (1 - Double.pow(Double(beta1), step), 1 - Double.pow(Double(beta2), step))
  }

  mutating func step(_ parameters: [Parameter]) throws {
    try checkLearningRate(learningRate, name)
    states.removeReleased()
    let (lr, beta1, beta2, eps, wd, decoupled, amsgrad) = (
      learningRate, beta1, beta2, epsilon, weightDecay, decoupled, amsgrad
    )
    for (parameter, gradient) in try parametersWithGradients(
      parameters, optimizer: name)
    {
      let n = gradient.count
      var state =
        states.take(parameter)
        ?? State(
          m: [Float](repeating: 0, count: n),
          v: [Float](repeating: 0, count: n),
          vMax: amsgrad ? [Float](repeating: 0, count: n) : nil)
      state.step += 1
      let g =
        wd != 0 && !decoupled
        ? addingWeightDecay(gradient, parameter.value.scalars, wd) : gradient
      let shrink: Float = wd != 0 && decoupled ? 1 - lr * wd : 1
      let (correction1, correction2) = biasCorrections(step: state.step)
      let stepSize = Float(Double(lr) / correction1)
      let correction2Root = Float(correction2.squareRoot())
      var m = state.m
      var v = state.v
      var vMax = state.vMax ?? []
      let spare = state.before
      // Keep the arrays unique while the kernel writes them.
      (state.m, state.v, state.vMax, state.before, state.after) = (
        [], [], nil, [], []
      )
      let theta = parameter.value.scalars
      let updated = adamKernel(
        theta: theta, m: &m, v: &v, vMax: &vMax, gradient: g,
        shrink: shrink,
        stepSize: stepSize, correction2Root: correction2Root, beta1: beta1,
        beta2: beta2,
        epsilon: eps, amsgrad: amsgrad, reusing: consume spare)
      parameter.value.scalars = updated
      state.m = m
      state.v = v
      state.vMax = amsgrad ? vMax : nil
      (state.before, state.after) = (theta, updated)
      state.gradient = g
      states[parameter] = state
    }
  }

  func snapshot(of parameter: Parameter) -> OptimizerSnapshot? {
    guard let state = states[parameter] else { return nil }
    let (correction1, correction2) = biasCorrections(step: state.step)
    let mHat = state.m.map { Float(Double($0) / correction1) }
    let vHat = (state.vMax ?? state.v).map { Float(Double($0) / correction2) }
    var quantities = [
      quantity(
        "grad", "g",
        decoupled ? "the gradient" : "the gradient, plus λ·θ with weight decay",
        state.gradient, like: parameter),
      quantity(
        "exp_avg", "m", "the running mean of g", state.m, like: parameter),
      quantity(
        "exp_avg_sq", "v", "the running mean of g²", state.v, like: parameter),
    ]
    if let vMax = state.vMax {
      quantities.append(
        quantity(
          "max_exp_avg_sq", "v_max", "the largest v so far", vMax,
          like: parameter))
    }
    quantities += [
      quantity(
        "m_hat", "m̂", "the bias-corrected mean m / (1 − β₁ᵗ)", mHat,
        like: parameter),
      quantity(
        "v_hat", "v̂",
        amsgrad
          ? "the bias-corrected v_max / (1 − β₂ᵗ)"
          : "the bias-corrected v / (1 − β₂ᵗ)",
        vHat, like: parameter),
      quantity(
        "update", "Δθ", "the change applied to the parameter",
        zip(state.after, state.before).map { $0 - $1 },
        like: parameter),
    ]
    return OptimizerSnapshot(step: state.step, quantities: quantities)
  }

  mutating func reset() { states.removeAll() }

  var description: String {
    "\(name)(lr=\(formatHyperParameter(learningRate)), "
      + "betas=(\(formatHyperParameter(beta1)), \(formatHyperParameter(beta2))), "
      + "eps=\(formatHyperParameter(epsilon)), weight_decay=\(formatHyperParameter(weightDecay)), "
      + "amsgrad=\(amsgrad ? "True" : "False"))"
  }
}
