/// An update rule for parameters, with the same semantics, argument names
/// and defaults as PyTorch's `torch.optim`.
///
/// An optimizer is a reference type: it keeps state per parameter (keyed by
/// the parameter's identity) between steps. TrainKit's optimizers are each
/// an ``UpdateRule`` inside a ``RuleOptimizer``, which holds the shared
/// machinery.
public protocol Optimizer: AnyObject {
  /// The base step size: `step(_:)` uses it, and a schedule derives each
  /// epoch's rate from it and passes that to `step(_:learningRate:)`.
  var learningRate: Float { get set }
  /// Updates every parameter that has a gradient, once, with step size
  /// `learningRate` (the optimizer's own is left as it is).
  /// - Throws: `TrainKitError` when a gradient's shape differs from its
  ///   parameter's, or the learning rate is negative.
  func step(_ parameters: [Parameter], learningRate: Float) throws
  /// A new optimizer with the same hyper-parameters and learning rate and
  /// no state, as if just made (each fold of a cross-validation gets one).
  func fresh() -> any Optimizer
  /// A one-line description with the hyper-parameters, such as
  /// `Adam(lr=0.001, betas=(0.9, 0.999), eps=1e-08, weight_decay=0, amsgrad=False)`.
  var description: String { get }
}

extension Optimizer {
  /// Updates every parameter that has a gradient, once, with the
  /// optimizer's own learning rate.
  /// - Throws: `TrainKitError` when a gradient's shape differs from its
  ///   parameter's, or the learning rate is negative.
  public func step(_ parameters: [Parameter]) throws {
    try step(parameters, learningRate: learningRate)
  }
}

/// A learning rate as a function of the epoch (counted from 0).
public protocol LearningRateSchedule: Sendable {
  /// The learning rate to use during `epoch`, given the optimizer's base rate.
  func learningRate(epoch: Int, base: Float) -> Float
  /// A one-line description, such as `step_lr(step_size=10, gamma=0.5)`.
  var description: String { get }
}
