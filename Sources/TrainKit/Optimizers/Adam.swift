import Localization
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
/// `exp_avg`, `exp_avg_sq` and `max_exp_avg_sq`.
///
/// With `decoupled: true` it is AdamW, PyTorch's `torch.optim.AdamW`
/// (Loshchilov & Hutter, 2019): the parameter shrinks by γ·λ·θ directly
/// (θ ← θ − γ·λ·θ first) instead of through the gradient, so the decay is
/// not divided by √v̂; its default λ is 0.01:
///
///     let adamW = try Adam(decoupled: true, learningRate: 0.01)
///     print(adamW)  // Prints "AdamW(lr=0.01, betas=(0.9, 0.999), eps=1e-08, weight_decay=0.01, amsgrad=False)"
public typealias Adam = RuleOptimizer<AdamRule>

extension RuleOptimizer where Rule == AdamRule {
  /// PyTorch's defaults, the ones `init` uses and the language shows.
  public typealias Defaults = AdamRule.Defaults

  /// Creates an Adam optimizer, or an AdamW one when `decoupled`.
  /// - Parameters:
  ///   - decoupled: AdamW: weight decay shrinks θ directly.
  ///   - learningRate: γ (`lr`), at least 0.
  ///   - betas: (β₁, β₂), each in [0, 1).
  ///   - epsilon: ε (`eps`), at least 0.
  ///   - weightDecay: λ (`weight_decay`), at least 0; added to the gradient,
  ///     or decoupled. Nil: `Defaults.weightDecay` (0), or
  ///     `Defaults.decoupledWeightDecay` (0.01) for AdamW.
  ///   - amsgrad: use the AMSGrad variant.
  /// - Throws: `TrainKitError` for an invalid hyper-parameter.
  public convenience init(
    decoupled: Bool = false,
    learningRate: Float = Defaults.learningRate,
    betas: (Float, Float) = Defaults.betas,
    epsilon: Float = Defaults.epsilon,
    weightDecay: Float? = nil, amsgrad: Bool = Defaults.amsgrad
  ) throws {
    try self.init(
      rule: AdamRule(
        beta1: betas.0, beta2: betas.1, epsilon: epsilon,
        weightDecay: weightDecay
          ?? (decoupled ? Defaults.decoupledWeightDecay : Defaults.weightDecay),
        decoupled: decoupled, amsgrad: amsgrad),
      learningRate: learningRate)
  }
}

/// Adam's update rule, with L2 or decoupled (AdamW) weight decay (see
/// ``Adam``).
public struct AdamRule: UpdateRule {
  /// β₁, the decay of the running mean of g (PyTorch's `betas[0]`).
  public let beta1: Float
  /// β₂, the decay of the running mean of g² (PyTorch's `betas[1]`).
  public let beta2: Float
  /// ε, PyTorch's `eps`, added to the denominator.
  public let epsilon: Float
  /// λ, PyTorch's `weight_decay`: an L2 penalty added to the gradient, or
  /// with `decoupled` the shrink factor per unit of γ.
  public let weightDecay: Float
  /// AdamW: weight decay shrinks θ directly instead of through g.
  public let decoupled: Bool
  /// PyTorch's `amsgrad`: divide by the largest v seen so far.
  public let amsgrad: Bool

  /// PyTorch's defaults, the ones `init` uses and the language shows.
  public enum Defaults {
    public static let learningRate: Float = 1e-3
    public static let betas: (Float, Float) = (0.9, 0.999)
    public static let epsilon: Float = 1e-8
    /// Adam's λ.
    public static let weightDecay: Float = 0
    /// AdamW's λ.
    public static let decoupledWeightDecay: Float = 0.01
    public static let amsgrad = false
  }

  /// The moments (v_max only with AMSGrad, empty otherwise), and θ before
  /// and after the last step.
  public struct State {
    var m: [Float]
    var v: [Float]
    var vMax: [Float]
    /// θ before and after the last step (references, not copies): Δθ is
    /// formed from them only when a snapshot asks.
    var before: [Float] = []
    var after: [Float] = []
  }

  /// `"Adam"`, or `"AdamW"` with decoupled weight decay.
  public var name: String { decoupled ? "AdamW" : "Adam" }

  /// (β₁, β₂), PyTorch's `betas`.
  public var betas: (Float, Float) { (beta1, beta2) }

  public var hyperParameters: [HyperParameter] {
    [
      .numbers(
        "betas",
        [
          (Message("beta1 (betas[0])"), beta1),
          (Message("beta2 (betas[1])"), beta2),
        ], .belowOne),
      .epsilon(epsilon), .weightDecay(weightDecay), .flag("amsgrad", amsgrad),
    ]
  }

  /// 1 − β₁ᵗ and 1 − β₂ᵗ, computed in Double as PyTorch does in Python.
  private func biasCorrections(step: Int) -> (Double, Double) {
    (1 - Double.pow(Double(beta1), step), 1 - Double.pow(Double(beta2), step))
  }

  /// λ for the gradient with L2 weight decay; nil for AdamW, which
  /// shrinks θ itself.
  public var gradientWeightDecay: Float? { decoupled ? nil : weightDecay }

  public func initialState(count n: Int) -> State {
    State(m: zeros(n), v: zeros(n), vMax: amsgrad ? zeros(n) : [])
  }

  public func update(
    _ parameter: Parameter, gradient g: [Float], state: inout State,
    step: Int, learningRate lr: Float
  ) {
    let wd = weightDecay
    let shrink: Float = wd != 0 && decoupled ? 1 - lr * wd : 1
    let (correction1, correction2) = biasCorrections(step: step)
    let stepSize = Float(Double(lr) / correction1)
    let correction2Root = Float(correction2.squareRoot())
    let spare = state.before
    // Keep the spare array unique: the kernel writes the new θ into it.
    (state.before, state.after) = ([], [])
    let theta = parameter.value.scalars
    let updated = adamKernel(
      theta: theta, m: &state.m, v: &state.v, vMax: &state.vMax, gradient: g,
      shrink: shrink, stepSize: stepSize, correction2Root: correction2Root,
      beta1: beta1, beta2: beta2, epsilon: epsilon, amsgrad: amsgrad,
      reusing: consume spare)
    parameter.value.scalars = updated
    (state.before, state.after) = (theta, updated)
  }

  /// `"exp_avg"` (m), `"exp_avg_sq"` (v), `"max_exp_avg_sq"` (v_max, with
  /// AMSGrad), `"m_hat"` (m̂), `"v_hat"` (v̂) and `"update"` (the change
  /// applied).
  public func quantities(of parameter: Parameter, state: State, step: Int)
    -> [OptimizerQuantity]
  {
    let (correction1, correction2) = biasCorrections(step: step)
    let mHat = state.m.map { Float(Double($0) / correction1) }
    let vHat = (amsgrad ? state.vMax : state.v).map {
      Float(Double($0) / correction2)
    }
    var quantities = [
      quantity(
        "exp_avg", "m", "the running mean of g", state.m, like: parameter),
      quantity(
        "exp_avg_sq", "v", "the running mean of g²", state.v, like: parameter),
    ]
    if amsgrad {
      quantities.append(
        quantity(
          "max_exp_avg_sq", "v_max", "the largest v so far", state.vMax,
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
    return quantities
  }
}
