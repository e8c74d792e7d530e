import Localization

/// Trains `model` on `data.train` with minibatch gradient descent and
/// records what happened, epoch by epoch.
///
/// Each epoch: the learning rate comes from `schedule` and is passed to
/// each step (the optimizer's own rate, the base, is left as it is); the
/// training part is cut into minibatches (shuffled if asked); for each one
/// the gradients are zeroed, the loss computed with dropout on,
/// `backward()` run, the gradients checked for NaN/Inf, clipped to
/// `clipNorm` (global L2 norm, as `torch.nn.utils.clip_grad_norm_`) and
/// the optimizer stepped. After the epoch every part is evaluated (see
/// `EpochRecord`).
///
///     var rng = SeededGenerator(seed: 1)
///     let model = try Sequential.mlp([2, 16, 2], using: &rng)
///     let history = try fit(model, data: split, optimizer: try SGD(learningRate: 0.1),
///                           epochs: 20, using: &rng)
///     print(history.trainLoss.last!)
///
/// The run stops early, never trapping, when:
/// - a NaN or infinity appears in a minibatch loss, a gradient or an updated
///   weight: `stopReason` is `.diverged`, naming epoch, step and parameter;
/// - `earlyStopping` sees no improvement for `patience` epochs;
/// - the observer returns `.stop`: the run ends after the current minibatch
///   (or epoch), the model keeps its state, and `stopReason` is `.cancelled`.
///
/// Epochs that did not finish are not recorded; `totalSteps` counts every
/// update made.
///
/// - Parameters:
///   - model: the model to train, in place.
///   - data: the training part and, optionally, validation and test parts.
///   - loss: defaults to `Loss.standard(for:)` the training part's task.
///   - optimizer: the update rule; its learning rate is the schedule's base.
///   - epochs: the number of passes over the training part, at least 1.
///   - batchSize: samples per minibatch; the last keeps its real size.
///   - schedule: the learning rate per epoch from the optimizer's rate.
///   - clipNorm: the largest global gradient norm allowed, if any.
///   - l2: λ of an L2 penalty (λ/2)·Σ‖W‖² over the weights
///     (``Parameter/isWeight``: not biases) — d2l's weight decay. Its
///     gradient is added after clipping, just before each step (see
///     ``WeightPenalty``); the recorded losses and gradient norms stay those
///     of the plain data loss.
///   - l1: λ of an L1 penalty λ·Σ|W| over the weights.
///   - earlyStopping: stop when the monitored loss stops improving.
///   - shuffle: reshuffle the training part every epoch.
///   - rng: the source of shuffles and dropout masks; the same seed gives a
///     bit-identical history.
///   - observer: called after every minibatch and every epoch.
/// - Returns: the history of the run.
/// - Throws: `TrainKitError` for bad arguments (batch size 0, empty data, …)
///   or when the model's outputs do not fit the data or the loss.
public func fit(
  _ model: any Layer, data: DataSplit, loss: Loss? = nil,
  optimizer: any Optimizer, epochs: Int,
  batchSize: Int = 32, schedule: (any LearningRateSchedule)? = nil,
  clipNorm: Float? = nil, l2: Float = 0, l1: Float = 0,
  earlyStopping: EarlyStopping? = nil, shuffle: Bool = true,
  using rng: inout SeededGenerator,
  observer: ((FitProgress) -> FitDecision)? = nil
) throws -> History {
  guard epochs >= 1 else {
    throw TrainKitError(
      "fit: the number of epochs must be at least 1, got \(epochs)")
  }
  let penalty = try WeightPenalty(l2: l2, l1: l1)
  guard batchSize >= 1 else {
    throw TrainKitError(
      "fit: the batch size must be at least 1, got \(batchSize)")
  }
  let parts: [(Message, Dataset?)] = [
    (Message("the training set"), data.train),
    (Message("the validation set"), data.validation),
    (Message("the test set"), data.test),
  ]
  for (part, dataset) in parts {
    if let dataset, dataset.isEmpty {
      throw TrainKitError("fit: \(part) \"\(dataset.name)\" is empty")
    }
  }
  if let clipNorm, !(clipNorm > 0 && clipNorm.isFinite) {
    throw TrainKitError(
      "fit: clipNorm must be a positive number, got \(clipNorm)")
  }
  if let earlyStopping, earlyStopping.patience < 1 {
    throw TrainKitError(
      "fit: early stopping needs a patience of at least 1 epoch, got \(earlyStopping.patience)"
    )
  }
  let parameters = model.parameters
  guard !parameters.isEmpty else {
    throw TrainKitError("fit: the model \(model) has no trainable parameters")
  }

  let loss = loss ?? Loss.standard(for: data.train.task)
  let names = parameters.map(\.name)
  let layers = layerGrouping(names)
  var shuffleRNG = rng.split()
  var dropoutRNG = rng.split()
  let baseRate = optimizer.learningRate

  var history = History(
    epochs: [], totalSteps: 0, stopReason: .completed, bestEpoch: nil,
    restoredBestWeights: false,
    parameterNames: names, layerNames: layers.map(\.name),
    lossName: loss.description,
    optimizerDescription: optimizer.description + penalty.description)
  var bestLoss = Float.infinity
  var bestWeights: [Tensor]?
  var bestBuffers: [Tensor] = []
  var epochsWithoutImprovement = 0
  let train = data.train

  training: for epochIndex in 0..<epochs {
    let epoch = epochIndex + 1
    let rate =
      schedule?.learningRate(epoch: epochIndex, base: baseRate) ?? baseRate
    let batches = try Minibatches(
      train, batchSize: batchSize, shuffle: shuffle, using: &shuffleRNG)
    var statistics = GradientStatistics(parameterCount: parameters.count)
    var runningLoss: Double = 0
    var seen = 0
    for (batchIndex, (x, y)) in batches.enumerated() {
      let step = history.totalSteps + 1
      for parameter in parameters { parameter.zeroGradient() }
      var context = ForwardContext.training(using: dropoutRNG)
      let output = try model(x, context: &context)
      dropoutRNG = context.rng
      let batchLoss = try loss(output, y)
      let lossValue = batchLoss.scalars[0]
      history.stepLosses.append(lossValue)
      func diverge(_ source: Divergence.Source) {
        history.stopReason = .diverged(
          Divergence(
            epoch: epoch, step: step, batch: batchIndex + 1, source: source,
            loss: lossValue))
      }
      guard lossValue.isFinite else {
        diverge(.loss)
        break training
      }
      try batchLoss.backward()
      let norms = gradientNorms(parameters)
      if let bad = norms.firstIndex(where: { !$0.isFinite }) {
        diverge(.gradient(parameter: names[bad]))
        break training
      }
      statistics.add(norms)
      if let clipNorm { clipGradientNorm(parameters, maxNorm: clipNorm) }
      penalty.addGradients(to: parameters)
      try optimizer.step(parameters, learningRate: rate)
      history.totalSteps = step
      if let bad = parameters.firstIndex(where: { !$0.value.isFinite }) {
        diverge(.weight(parameter: names[bad]))
        break training
      }
      runningLoss += Double(lossValue) * Double(x.shape[0])
      seen += x.shape[0]
      let progress = FitProgress(
        event: .batch, epoch: epoch, epochs: epochs, batch: batchIndex + 1,
        batches: batches.count, step: step,
        loss: lossValue, record: nil)
      if observer?(progress) == .stop {
        history.stopReason = .cancelled
        break training
      }
    }

    let record = try measureEpoch(
      epoch: epoch, model: model, data: data, loss: loss,
      parameters: parameters, layers: layers,
      statistics: statistics,
      runningLoss: Float(runningLoss / Double(max(seen, 1))), rate: rate)
    history.epochs.append(record)

    let monitored = record.validationLoss ?? record.trainLoss
    if monitored < bestLoss - (earlyStopping?.minDelta ?? 0) {
      bestLoss = monitored
      history.bestEpoch = epoch
      epochsWithoutImprovement = 0
      if earlyStopping?.restoreBest == true {
        bestWeights = parameters.map(\.value)
        bestBuffers = model.buffers.map(\.value)
      }
    } else {
      epochsWithoutImprovement += 1
    }
    let progress = FitProgress(
      event: .epoch, epoch: epoch, epochs: epochs, batch: batches.count,
      batches: batches.count,
      step: history.totalSteps, loss: record.trainLoss, record: record)
    if observer?(progress) == .stop {
      history.stopReason = .cancelled
      break training
    }
    if let earlyStopping, epochsWithoutImprovement >= earlyStopping.patience {
      history.stopReason = .earlyStopped(bestEpoch: history.bestEpoch ?? epoch)
      break training
    }
  }

  switch history.stopReason {
  case .completed, .earlyStopped:
    if let bestWeights, let best = history.bestEpoch,
      best != history.epochs.last?.epoch
    {
      for (parameter, value) in zip(parameters, bestWeights) {
        parameter.value = value
      }
      for (buffer, value) in zip(model.buffers, bestBuffers) {
        buffer.value = value
      }
      history.restoredBestWeights = true
    }
  case .cancelled, .diverged:
    break
  }
  for parameter in parameters { parameter.zeroGradient() }
  return history
}

/// Evaluates every part after an epoch and gathers the epoch's statistics.
private func measureEpoch(
  epoch: Int, model: any Layer, data: DataSplit, loss: Loss,
  parameters: [Parameter],
  layers: [(name: String, members: [Int])], statistics: GradientStatistics,
  runningLoss: Float, rate: Float
) throws -> EpochRecord {
  let train = try evaluate(model, on: data.train, loss: loss)
  let validation = try data.validation.map {
    try evaluate(model, on: $0, loss: loss)
  }
  let test = try data.test.map { try evaluate(model, on: $0, loss: loss) }
  let means = statistics.meanSquares
  var gradientNorms: [String: Float] = [:]
  var weightNorms: [String: Float] = [:]
  var weightSquares: Double = 0
  for (index, parameter) in parameters.enumerated() {
    gradientNorms[parameter.name] = Float(means[index].squareRoot())
    let square = squaredNorm(parameter.value)
    weightSquares += square
    weightNorms[parameter.name] = Float(square.squareRoot())
  }
  var layerNorms: [String: Float] = [:]
  for layer in layers {
    layerNorms[layer.name] = Float(
      layer.members.reduce(0) { $0 + means[$1] }.squareRoot())
  }
  return EpochRecord(
    epoch: epoch, trainLoss: train.loss, trainRunningLoss: runningLoss,
    trainAccuracy: train.accuracy,
    validationLoss: validation?.loss, validationAccuracy: validation?.accuracy,
    testLoss: test?.loss, testAccuracy: test?.accuracy, learningRate: rate,
    gradientNorm: Float(statistics.meanGlobalSquare.squareRoot()),
    gradientNorms: gradientNorms,
    layerGradientNorms: layerNorms, weightNorms: weightNorms,
    weightNorm: Float(weightSquares.squareRoot()), steps: statistics.steps)
}
