import Localization
import RealModule

/// The base learning rate in every epoch: no schedule.
public struct ConstantSchedule: LearningRateSchedule {
  /// Creates a constant schedule.
  public init() {}

  /// Returns `base`.
  public func learningRate(epoch: Int, base: Float) -> Float { base }

  /// `constant()`.
  public var description: String { "constant()" }
}

/// Multiplies the learning rate by γ every `stepSize` epochs: PyTorch's
/// `torch.optim.lr_scheduler.StepLR(step_size, gamma=0.1)`.
///
///     lr(epoch) = base · γ^⌊epoch / step_size⌋
///
///     let schedule = try StepSchedule(stepSize: 2, gamma: 0.5)
///     (0..<5).map { schedule.learningRate(epoch: $0, base: 0.1) }
///     // [0.1, 0.1, 0.05, 0.05, 0.025]
public struct StepSchedule: LearningRateSchedule {
  /// PyTorch's `step_size`: how many epochs each rate lasts.
  public let stepSize: Int
  /// γ, PyTorch's `gamma`: the factor applied every `stepSize` epochs.
  public let gamma: Float

  /// Creates a step schedule.
  /// - Parameters:
  ///   - stepSize: epochs per rate, at least 1.
  ///   - gamma: the decay factor, at least 0 (PyTorch's default is 0.1).
  /// - Throws: `TrainKitError` for a step size below 1 or a negative or
  ///   non-finite γ.
  public init(stepSize: Int, gamma: Float = 0.1) throws {
    guard stepSize >= 1 else {
      throw TrainKitError(
        "step schedule: invalid step_size \(stepSize): it must be at least 1 epoch"
      )
    }
    try checkHyperParameter(
      gamma, in: .nonNegative, Message("step schedule"), "gamma")
    self.stepSize = stepSize
    self.gamma = gamma
  }

  /// `base · γ^⌊epoch / step_size⌋`; epochs before 0 count as 0.
  public func learningRate(epoch: Int, base: Float) -> Float {
    scaled(base, by: gamma, power: max(epoch, 0) / stepSize)
  }

  /// `step_lr(step_size=10, gamma=0.5)`, the lesson language's spelling.
  public var description: String {
    "step_lr(step_size=\(stepSize), gamma=\(formatHyperParameter(gamma)))"
  }
}

/// Multiplies the learning rate by γ every epoch: PyTorch's
/// `torch.optim.lr_scheduler.ExponentialLR(gamma)`.
///
///     lr(epoch) = base · γ^epoch
public struct ExponentialSchedule: LearningRateSchedule {
  /// γ, PyTorch's `gamma`: the factor applied every epoch.
  public let gamma: Float

  /// Creates an exponential schedule.
  /// - Throws: `TrainKitError` for a negative or non-finite γ.
  public init(gamma: Float) throws {
    try checkHyperParameter(
      gamma, in: .nonNegative, Message("exponential schedule"), "gamma")
    self.gamma = gamma
  }

  /// `base · γ^epoch`; epochs before 0 count as 0.
  public func learningRate(epoch: Int, base: Float) -> Float {
    scaled(base, by: gamma, power: max(epoch, 0))
  }

  /// `exponential(gamma=0.95)`.
  public var description: String {
    "exponential(gamma=\(formatHyperParameter(gamma)))"
  }
}

/// Lowers the learning rate from `base` to η_min along half a cosine over
/// T_max epochs: the closed form of PyTorch's
/// `torch.optim.lr_scheduler.CosineAnnealingLR(T_max, eta_min=0)`.
///
///     lr(epoch) = η_min + (base − η_min) · (1 + cos(π · epoch / T_max)) / 2
///
/// As in PyTorch, the curve goes on past T_max: the rate rises again and
/// reaches `base` at 2·T_max (use `WarmupSchedule` or a longer T_max to
/// avoid that).
public struct CosineAnnealingSchedule: LearningRateSchedule {
  /// T_max, PyTorch's `T_max`: the epoch at which the rate reaches η_min.
  public let maxEpochs: Int
  /// η_min, PyTorch's `eta_min`: the lowest rate.
  public let minimumRate: Float

  /// Creates a cosine annealing schedule.
  /// - Parameters:
  ///   - maxEpochs: T_max, at least 1.
  ///   - minimumRate: η_min, at least 0.
  /// - Throws: `TrainKitError` for T_max below 1 or a negative η_min.
  public init(maxEpochs: Int, minimumRate: Float = 0) throws {
    guard maxEpochs >= 1 else {
      throw TrainKitError(
        "cosine schedule: invalid T_max \(maxEpochs): it must be at least 1 epoch"
      )
    }
    try checkHyperParameter(
      minimumRate, in: .nonNegative, Message("cosine schedule"), "eta_min")
    self.maxEpochs = maxEpochs
    self.minimumRate = minimumRate
  }

  /// `η_min + (base − η_min)(1 + cos(π·epoch/T_max))/2`; epochs before 0
  /// count as 0.
  public func learningRate(epoch: Int, base: Float) -> Float {
    let phase = Double.pi * Double(max(epoch, 0)) / Double(maxEpochs)
    let low = Double(minimumRate)
    return Float(low + (Double(base) - low) * (1 + Double.cos(phase)) / 2)
  }

  /// `cosine(t_max=50, eta_min=0)`, the lesson language's spelling.
  public var description: String {
    "cosine(t_max=\(maxEpochs), eta_min=\(formatHyperParameter(minimumRate)))"
  }
}

/// Raises the learning rate linearly from base/W to base over the first W
/// epochs, then hands over to another schedule (or keeps `base`).
///
///     lr(epoch) = base · (epoch + 1) / W       for epoch < W
///     lr(epoch) = then(epoch − W, base)        for epoch ≥ W
///
/// The wrapped schedule starts at its own epoch 0 when the warm-up ends, as
/// PyTorch's `SequentialLR(milestones=[W])` does.
///
///     let schedule = try WarmupSchedule(epochs: 4)
///     (0..<6).map { schedule.learningRate(epoch: $0, base: 1) }
///     // [0.25, 0.5, 0.75, 1, 1, 1]
public struct WarmupSchedule: LearningRateSchedule {
  /// W, the number of warm-up epochs.
  public let epochs: Int
  /// The schedule that takes over after the warm-up, started at its own
  /// epoch 0; `nil` keeps the base rate.
  public let then: (any LearningRateSchedule)?

  /// Creates a linear warm-up.
  /// - Parameters:
  ///   - epochs: W, at least 1.
  ///   - then: the schedule after the warm-up; `nil` for a constant rate.
  /// - Throws: `TrainKitError` for W below 1.
  public init(epochs: Int, then: (any LearningRateSchedule)? = nil) throws {
    guard epochs >= 1 else {
      throw TrainKitError(
        "warm-up schedule: invalid warm-up length \(epochs): it must be at least 1 epoch"
      )
    }
    self.epochs = epochs
    self.then = then
  }

  /// `base · (epoch + 1) / W` for epochs before W, then the wrapped
  /// schedule's rate; epochs before 0 count as 0.
  public func learningRate(epoch: Int, base: Float) -> Float {
    let epoch = max(epoch, 0)
    guard epoch < epochs else {
      return then?.learningRate(epoch: epoch - epochs, base: base) ?? base
    }
    return Float(Double(base) * Double(epoch + 1) / Double(epochs))
  }

  /// `warmup(steps=5)`, or `warmup(steps=5, then=cosine(t_max=50, eta_min=0))`.
  public var description: String {
    guard let then else { return "warmup(steps=\(epochs))" }
    return "warmup(steps=\(epochs), then=\(then.description))"
  }
}

extension LearningRateSchedule {
  /// The rates of epochs 0..<count for a base rate, for plotting a
  /// schedule.
  ///
  ///     try StepSchedule(stepSize: 2, gamma: 0.5).rates(base: 1, count: 5)
  ///     // [1, 1, 0.5, 0.5, 0.25]
  ///
  /// - Returns: `count` rates (none when `count` ≤ 0).
  public func rates(base: Float, count: Int) -> [Float] {
    (0..<max(count, 0)).map { learningRate(epoch: $0, base: base) }
  }
}

// MARK: - Implementation details

/// `base · factor^power`, computed in Double.
private func scaled(_ base: Float, by factor: Float, power: Int) -> Float {
  Float(Double(base) * Double.pow(Double(factor), power))
}
