/// Early stopping: stop when the monitored loss (validation loss when there
/// is a validation part, training loss otherwise) has not improved by more
/// than `minDelta` for `patience` epochs in a row.
public struct EarlyStopping: Sendable, Equatable {
  /// Epochs without improvement before stopping, at least 1.
  public var patience: Int
  /// Put the weights of the best epoch back into the model when the run
  /// ends (stopped early or completed).
  public var restoreBest: Bool
  /// The smallest decrease that counts as an improvement.
  public var minDelta: Float

  /// Creates early-stopping settings.
  public init(patience: Int, restoreBest: Bool = true, minDelta: Float = 0) {
    self.patience = patience
    self.restoreBest = restoreBest
    self.minDelta = minDelta
  }
}

/// Where a training run is, as reported to `fit`'s observer.
public struct FitProgress: Sendable {
  /// What just finished.
  public enum Event: Sendable, Equatable {
    /// One minibatch update.
    case batch
    /// One whole epoch, measured (`record` is set).
    case epoch
  }
  /// What just finished.
  public var event: Event
  /// The current epoch, counted from 1.
  public var epoch: Int
  /// The number of epochs asked for.
  public var epochs: Int
  /// The minibatch within the epoch, counted from 1 (the last one at `.epoch`).
  public var batch: Int
  /// The number of minibatches per epoch.
  public var batches: Int
  /// Optimizer steps taken so far.
  public var step: Int
  /// The minibatch loss (`.batch`) or the epoch's training loss (`.epoch`).
  public var loss: Float
  /// The epoch's measurements, at `.epoch`.
  public var record: EpochRecord?

  /// The fraction of the run done, from 0 to 1.
  public var fractionComplete: Double {
    guard epochs > 0, batches > 0 else { return 1 }
    return (Double(epoch - 1) + Double(batch) / Double(batches))
      / Double(epochs)
  }

  /// A progress line: `epoch 3/20  batch 12/40  loss 0.4213`.
  public var description: String {
    let lossText = String(describing: loss)
    switch event {
    case .batch:
      return
        "epoch \(epoch)/\(epochs)  batch \(batch)/\(batches)  loss \(lossText)"
    case .epoch: return "epoch \(epoch)/\(epochs)  loss \(lossText)"
    }
  }
}

/// What the observer wants `fit` to do next.
public enum FitDecision: Sendable, Equatable {
  /// Go on training.
  case proceed
  /// Stop after this minibatch (or epoch), keeping the model as it is.
  case stop
}
