import Localization

/// What one epoch of `fit` measured.
///
/// Losses and accuracies of the data parts are measured after the epoch's
/// last update, in evaluation mode (no dropout) over the whole part — the
/// training error and generalization error of d2l. `trainRunningLoss` is the
/// mean of the minibatch losses seen during the epoch (with dropout, on
/// moving weights), as d2l's progress lines print.
public struct EpochRecord: Sendable, Equatable {
  /// The epoch, counted from 1.
  public var epoch: Int
  /// The loss on the whole training part after the epoch.
  public var trainLoss: Float
  /// The mean minibatch loss during the epoch, weighted by batch size.
  public var trainRunningLoss: Float
  /// The fraction of training samples classified correctly (classification).
  public var trainAccuracy: Float?
  /// The loss on the validation part, when there is one.
  public var validationLoss: Float?
  /// The validation accuracy, for classification with a validation part.
  public var validationAccuracy: Float?
  /// The loss on the test part, when there is one.
  public var testLoss: Float?
  /// The test accuracy, for classification with a test part.
  public var testAccuracy: Float?
  /// The learning rate used during the epoch.
  public var learningRate: Float
  /// The global L2 norm of all gradients (before clipping), averaged over
  /// the epoch's steps.
  public var gradientNorm: Float
  /// Each parameter's gradient L2 norm (before clipping), averaged over the
  /// epoch's steps, keyed by the parameter's dotted name.
  public var gradientNorms: [String: Float]
  /// Each layer's gradient L2 norm (all its parameters together), averaged
  /// over the epoch's steps, keyed by the layer's prefix (`"0"`, `"2.body.0"`).
  public var layerGradientNorms: [String: Float]
  /// Each parameter's L2 norm after the epoch, keyed by its dotted name.
  public var weightNorms: [String: Float]
  /// The L2 norm of all parameters together after the epoch.
  public var weightNorm: Float
  /// The number of optimizer steps taken in this epoch.
  public var steps: Int
}

/// Where a run hit its first NaN or infinity.
public struct Divergence: Sendable, Equatable, CustomStringConvertible {
  /// What was not finite.
  public enum Source: Sendable, Equatable {
    /// The minibatch loss.
    case loss
    /// The gradient of the named parameter.
    case gradient(parameter: String)
    /// The named parameter itself, after an update.
    case weight(parameter: String)
  }
  /// The epoch, counted from 1.
  public var epoch: Int
  /// The global step (optimizer updates since the start, counted from 1).
  public var step: Int
  /// The minibatch within the epoch, counted from 1.
  public var batch: Int
  /// What became NaN or infinite.
  public var source: Source
  /// The loss of that minibatch (possibly NaN or ±inf itself).
  public var loss: Float

  /// A sentence for a learner, such as "the loss became NaN at epoch 3, step
  /// 41 (batch 5)".
  public var description: String {
    let place = Message("at epoch \(epoch), step \(step) (batch \(batch))")
    switch source {
    case .loss:
      // Swift prints a NaN with its sign bit as "-nan": a learner reads NaN.
      let value =
        loss.isNaN
        ? "NaN" : loss.isInfinite ? (loss > 0 ? "inf" : "-inf") : "\(loss)"
      return String(Message("the loss became \(value) \(place)"))
    case .gradient(let name):
      return String(
        Message("the gradient of \(name) became non-finite \(place)"))
    case .weight(let name):
      return String(
        Message(
          "the weights of \(name) became non-finite after the update \(place)"))
    }
  }
}

/// Why a training run stopped.
public enum StopReason: Sendable, Equatable {
  /// Every epoch ran.
  case completed
  /// Early stopping: the monitored loss did not improve for `patience`
  /// epochs; `bestEpoch` is the epoch whose weights were best.
  case earlyStopped(bestEpoch: Int)
  /// The observer asked to stop (Ctrl-C); the model keeps its state.
  case cancelled
  /// A NaN or infinity appeared.
  case diverged(Divergence)
}

/// The record of a training run: one `EpochRecord` per completed epoch, and
/// how the run ended.
public struct History: Sendable, Equatable {
  /// The records of the completed epochs, in order.
  public var epochs: [EpochRecord]
  /// The number of optimizer steps taken in all.
  public var totalSteps: Int
  /// The minibatch loss of every step, in order (with dropout on, without
  /// any penalty), including the non-finite one that stopped a diverged run.
  public var stepLosses: [Float] = []
  /// Why the run ended.
  public var stopReason: StopReason
  /// The epoch with the lowest monitored loss (validation loss when there is
  /// a validation part, training loss otherwise); `nil` before any epoch.
  public var bestEpoch: Int?
  /// Whether the best weights were put back into the model at the end.
  public var restoredBestWeights: Bool
  /// The parameter names, in the model's order.
  public var parameterNames: [String]
  /// The layer prefixes, in the model's order.
  public var layerNames: [String]
  /// The loss used, such as `cross_entropy`.
  public var lossName: String
  /// The optimizer, such as `SGD(lr=0.1, …)`.
  public var optimizerDescription: String

  /// Whether the observer stopped the run.
  public var wasCancelled: Bool { stopReason == .cancelled }
  /// Where the run diverged, if it did.
  public var divergence: Divergence? {
    if case .diverged(let divergence) = stopReason { return divergence }
    return nil
  }

  /// The training loss per epoch.
  public var trainLoss: [Float] { epochs.map(\.trainLoss) }
  /// The validation loss per epoch (empty without a validation part).
  public var validationLoss: [Float] { epochs.compactMap(\.validationLoss) }
  /// The test loss per epoch (empty without a test part).
  public var testLoss: [Float] { epochs.compactMap(\.testLoss) }
  /// The training accuracy per epoch (empty for regression).
  public var trainAccuracy: [Float] { epochs.compactMap(\.trainAccuracy) }
  /// The validation accuracy per epoch.
  public var validationAccuracy: [Float] {
    epochs.compactMap(\.validationAccuracy)
  }
  /// The test accuracy per epoch.
  public var testAccuracy: [Float] { epochs.compactMap(\.testAccuracy) }
  /// The learning rate per epoch.
  public var learningRates: [Float] { epochs.map(\.learningRate) }
  /// The global gradient norm per epoch.
  public var gradientNorms: [Float] { epochs.map(\.gradientNorm) }
  /// The global weight norm per epoch.
  public var weightNorms: [Float] { epochs.map(\.weightNorm) }
  /// The gap between generalization and training loss per epoch: test loss − training loss, or validation loss − training
  /// loss without a test part; empty with neither.
  public var generalizationGap: [Float] {
    epochs.compactMap { record in
      (record.testLoss ?? record.validationLoss).map { $0 - record.trainLoss }
    }
  }
  /// One line on how the run ended, for a learner: the divergence report,
  /// "stopped early …", "cancelled …", or "" when it completed.
  public var report: String {
    switch stopReason {
    case .completed: return ""
    case .cancelled:
      return String(
        Message(
          "cancelled after \(totalSteps) steps (\(epochs.count) epochs completed)"
        ))
    case .earlyStopped(let best):
      return String(
        restoredBestWeights
          ? Message(
            "stopped early after epoch \(epochs.count); best epoch \(best), its weights restored"
          )
          : Message(
            "stopped early after epoch \(epochs.count); best epoch \(best)"))
    case .diverged(let divergence):
      return String(Message("stopped: \(divergence.description)"))
    }
  }

  /// The gradient norm of one parameter or layer per epoch (parameters are
  /// looked up first, then layers); `nil` for an unknown name.
  public func gradientNorms(of name: String) -> [Float]? {
    if parameterNames.contains(name) {
      return epochs.map { $0.gradientNorms[name] ?? 0 }
    }
    if layerNames.contains(name) {
      return epochs.map { $0.layerGradientNorms[name] ?? 0 }
    }
    return nil
  }

  /// The weight norm of one parameter per epoch; `nil` for an unknown name.
  public func weightNorms(of name: String) -> [Float]? {
    parameterNames.contains(name)
      ? epochs.map { $0.weightNorms[name] ?? 0 } : nil
  }
}
