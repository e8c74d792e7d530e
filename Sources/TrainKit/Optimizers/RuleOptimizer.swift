/// What one optimizer step does to one parameter: the part that differs
/// between optimizers.
///
/// An optimizer is its rule plus ``RuleOptimizer``, the machinery every
/// optimizer shares (the learning rate, per-parameter state, gradient
/// checks, snapshots, reset, the description), as in tinygrad; Adam and
/// AdamW are one rule with a flag, as in PyTorch. Adding an optimizer is
/// writing a rule.
public protocol UpdateRule {
  /// What the rule keeps per parameter between steps (moments, buffers,
  /// the step count), and what its snapshot shows.
  associatedtype State
  /// PyTorch's class name, for messages and the description: `"Adam"`.
  var name: String { get }
  /// One step of `parameter`.
  ///
  /// - Parameters:
  ///   - parameter: The parameter; its values are updated in place.
  ///   - gradient: Its gradient's scalars (the shape is already checked).
  ///   - state: Its state, nil before its first step; the rule sets it.
  ///   - learningRate: γ for this step (a schedule's rate, or the
  ///     optimizer's own), already checked to be ≥ 0.
  func update(
    _ parameter: Parameter, gradient: [Float], state: inout State?,
    learningRate: Float)
  /// The quantities of `parameter`'s state after its last step.
  func snapshot(of parameter: Parameter, state: State) -> OptimizerSnapshot
  /// The hyper-parameters after `lr`, PyTorch-style:
  /// `momentum=0.9, dampening=0, weight_decay=0, nesterov=False`.
  var settings: String { get }
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
  private var states = ParameterStateTable<Rule.State>()

  /// An optimizer with `rule` and the learning rate γ.
  /// - Throws: `TrainKitError` when the learning rate is negative or not
  ///   finite.
  public convenience init(rule: Rule, learningRate: Float) throws {
    try checkLearningRate(learningRate, rule.name)
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
    states.removeReleased()
    for (parameter, gradient) in try parametersWithGradients(
      parameters, optimizer: rule.name)
    {
      var state = states.take(parameter)
      rule.update(
        parameter, gradient: gradient, state: &state,
        learningRate: learningRate)
      states[parameter] = state
    }
  }

  /// The rule's quantities for `parameter` after its last update, or nil
  /// before its first.
  public func snapshot(of parameter: Parameter) -> OptimizerSnapshot? {
    states[parameter].map { rule.snapshot(of: parameter, state: $0) }
  }

  /// Forgets every parameter's state.
  public func reset() { states.removeAll() }

  /// A new optimizer with this rule and learning rate and no state.
  public func fresh() -> any Optimizer {
    RuleOptimizer(checked: rule, learningRate: learningRate)
  }

  /// PyTorch-style: `SGD(lr=0.1, momentum=0.9, dampening=0, weight_decay=0, nesterov=False)`.
  public var description: String {
    "\(rule.name)(lr=\(formatHyperParameter(learningRate)), \(rule.settings))"
  }
}
