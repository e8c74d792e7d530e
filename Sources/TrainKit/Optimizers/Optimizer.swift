/// An update rule for parameters, with the same semantics, argument names
/// and defaults as PyTorch's `torch.optim`.
///
/// An optimizer is a reference type: it keeps state per parameter (keyed by
/// the parameter's identity) between steps.
public protocol Optimizer: AnyObject {
  /// The step size used by the next `step`. Schedules change it per epoch.
  var learningRate: Float { get set }
  /// Updates every parameter that has a gradient, once.
  /// - Throws: `TrainKitError` when a gradient's shape differs from its
  ///   parameter's.
  func step(_ parameters: [Parameter]) throws
  /// A one-line description with the hyper-parameters, such as
  /// `Adam(lr=0.001, betas=(0.9, 0.999), eps=1e-08, weight_decay=0, amsgrad=False)`.
  var description: String { get }
}

/// A learning rate as a function of the epoch (counted from 0).
public protocol LearningRateSchedule: Sendable {
  /// The learning rate to use during `epoch`, given the optimizer's base rate.
  func learningRate(epoch: Int, base: Float) -> Float
  /// A one-line description, such as `step_lr(step_size=10, gamma=0.5)`.
  var description: String { get }
}
