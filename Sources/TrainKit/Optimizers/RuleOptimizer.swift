/// What one optimizer step does to one parameter: the part that differs
/// between optimizers.
///
/// An optimizer is its rule plus ``RuleOptimizer``, the machinery every
/// optimizer shares (the learning rate, per-parameter state, gradient
/// checks, snapshots, reset, the description), as in tinygrad; Adam and
/// AdamW are one rule with a flag, as in PyTorch. Adding an optimizer is
/// writing a rule.
public protocol UpdateRule {
  /// What the rule keeps per parameter between steps (moments, buffers),
  /// and what its snapshot shows.
  associatedtype State
  /// PyTorch's class name, for messages and the description: `"Adam"`.
  var name: String { get }
  /// The hyper-parameters after `lr`, in PyTorch's order, each with the
  /// values it may take: ``RuleOptimizer`` checks them and describes the
  /// optimizer with them (`momentum=0.9, dampening=0, …`).
  var hyperParameters: [HyperParameter] { get }
  /// λ of PyTorch's L2 `weight_decay`: ``RuleOptimizer`` adds λ·θ to the
  /// gradient before `update` (nil: the rule decays θ itself, as AdamW).
  var gradientWeightDecay: Float? { get }
  /// The state of a parameter of `count` elements before its first step.
  func initialState(count: Int) -> State
  /// Step `step` (1 for the first) of `parameter`.
  ///
  /// - Parameters:
  ///   - parameter: The parameter; its values are updated in place.
  ///   - gradient: g, with λ·θ added (`gradientWeightDecay`); its shape is
  ///     already checked.
  ///   - state: Its state, which the rule updates.
  ///   - step: t, counted by ``RuleOptimizer``: 1 for the first step.
  ///   - learningRate: γ for this step (a schedule's rate, or the
  ///     optimizer's own), already checked to be ≥ 0.
  func update(
    _ parameter: Parameter, gradient: [Float], state: inout State,
    step: Int, learningRate: Float)
  /// The quantities of `parameter`'s state after step `step`, after the
  /// gradient (which ``RuleOptimizer`` shows first) and ending with
  /// `"update"`, the change applied.
  func quantities(of parameter: Parameter, state: State, step: Int)
    -> [OptimizerQuantity]
  /// Checks what no single hyper-parameter's range says (SGD: Nesterov
  /// needs momentum); by default nothing.
  /// - Throws: `TrainKitError` naming the optimizer.
  func checkCombination() throws
}

extension UpdateRule {
  public func checkCombination() throws {}
}

/// An optimizer made of an update rule and the machinery all optimizers
/// share: `SGD`, `Adam`, … are `RuleOptimizer`s of their rules.
public final class RuleOptimizer<Rule: UpdateRule>: InspectableOptimizer,
  CustomStringConvertible
{
  /// γ, PyTorch's `lr`: the step size of `step(_:)` and a schedule's base.
  public var learningRate: Float
  /// The update rule and its hyper-parameters.
  public let rule: Rule
  private var slots = ParameterStateTable<Slot>()

  /// What the optimizer keeps per parameter: the step count, the gradient
  /// of the last step (after L2 weight decay) and the rule's state.
  private struct Slot {
    var step = 0
    var gradient: [Float] = []
    var state: Rule.State
  }

  /// An optimizer with `rule` and the learning rate γ: the one place an
  /// optimizer's hyper-parameters are checked.
  /// - Throws: `TrainKitError` when the learning rate or one of the rule's
  ///   hyper-parameters is out of its range (the first, in PyTorch's
  ///   order), or their combination is invalid.
  public convenience init(rule: Rule, learningRate: Float) throws {
    try checkLearningRate(learningRate, rule.name)
    for parameter in rule.hyperParameters { try parameter.check(rule.name) }
    try rule.checkCombination()
    self.init(checked: rule, learningRate: learningRate)
  }

  private init(checked rule: Rule, learningRate: Float) {
    self.rule = rule
    self.learningRate = learningRate
  }

  /// One step of every parameter that has a gradient, at `learningRate`.
  /// - Throws: `TrainKitError` when a gradient's shape differs from its
  ///   parameter's (nothing is updated then), or the learning rate is
  ///   negative.
  public func step(_ parameters: [Parameter], learningRate: Float) throws {
    try checkLearningRate(learningRate, rule.name)
    slots.removeReleased()
    for (parameter, gradient) in try parametersWithGradients(
      parameters, optimizer: rule.name)
    {
      var slot =
        slots.take(parameter)
        ?? Slot(state: rule.initialState(count: gradient.count))
      slot.step += 1
      slot.gradient = addingWeightDecay(
        rule.gradientWeightDecay ?? 0, to: gradient, of: parameter)
      rule.update(
        parameter, gradient: slot.gradient, state: &slot.state,
        step: slot.step, learningRate: learningRate)
      slots[parameter] = slot
    }
  }

  /// The step count, `"grad"` (the gradient used, after L2 weight decay)
  /// and the rule's quantities for `parameter` after its last update, or
  /// nil before its first.
  public func snapshot(of parameter: Parameter) -> OptimizerSnapshot? {
    guard let slot = slots[parameter] else { return nil }
    let gradient = quantity(
      "grad", "g",
      rule.gradientWeightDecay == nil
        ? "the gradient" : "the gradient, plus λ·θ with weight decay",
      slot.gradient, like: parameter)
    return OptimizerSnapshot(
      step: slot.step,
      quantities: [gradient]
        + rule.quantities(of: parameter, state: slot.state, step: slot.step))
  }

  /// Forgets every parameter's state.
  public func reset() { slots.removeAll() }

  /// A new optimizer with this rule and learning rate and no state.
  public func fresh() -> any Optimizer {
    RuleOptimizer(checked: rule, learningRate: learningRate)
  }

  /// PyTorch-style: `SGD(lr=0.1, momentum=0.9, dampening=0, weight_decay=0, nesterov=False)`.
  public var description: String {
    let settings = rule.hyperParameters.map(\.setting)
    return "\(rule.name)(lr=\(formatHyperParameter(learningRate)), "
      + settings.joined(separator: ", ") + ")"
  }
}
