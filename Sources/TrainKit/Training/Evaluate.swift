/// A model's loss and accuracy on a data set.
public struct Evaluation: Sendable, Equatable {
  /// The loss averaged over every sample.
  public var loss: Float
  /// The fraction classified correctly, for classification losses.
  public var accuracy: Float?
}

/// The loss (and accuracy, for classification) of `model` on `dataset`, in
/// evaluation mode: no dropout, no graph.
///
/// Computed in chunks of `batchSize` rows and averaged over samples, so the
/// result equals the loss of the whole set at once up to rounding.
///
///     let result = try evaluate(model, on: data.test!, loss: .softmaxCrossEntropy)
///     print(result.accuracy!)
///
/// - Parameters:
///   - model: the model to evaluate.
///   - dataset: the samples.
///   - loss: defaults to the usual loss for the data set's task.
///   - batchSize: the rows per forward pass (bounds memory, not the result).
///   - mode: how layers behave; `.evaluation` by default. Pass
///     `.training(using:)` to keep dropout on (a classic bug, shown on
///     purpose); no graph is recorded either way.
/// - Returns: the mean loss, and the accuracy for classification losses.
/// - Throws: `TrainKitError` for an empty data set, a batch size below 1,
///   or outputs whose shape does not fit the loss.
public func evaluate(
  _ model: any Layer, on dataset: Dataset, loss: Loss? = nil,
  batchSize: Int = 1024, mode: ForwardContext = .evaluation
) throws -> Evaluation {
  guard !dataset.isEmpty else {
    throw TrainKitError("evaluate: the data set \"\(dataset.name)\" is empty")
  }
  guard batchSize >= 1 else {
    throw TrainKitError(
      "evaluate: the batch size must be at least 1, got \(batchSize)")
  }
  let loss = loss ?? Loss.standard(for: dataset.task)
  var total: Double = 0
  var correct = 0
  var anyAccuracy = false
  var context = mode
  context.recordsGradients = false
  for start in stride(from: 0, to: dataset.count, by: batchSize) {
    let range = start..<min(start + batchSize, dataset.count)
    let output = try model(dataset.features.rows(range), context: &context)
    let targets = try dataset.targets.rows(range)
    total += Double(try loss(output, targets).item()) * Double(range.count)
    if let count = try loss.correctCount(output, targets) {
      correct += count
      anyAccuracy = true
    }
  }
  let n = Double(dataset.count)
  return Evaluation(
    loss: Float(total / n),
    accuracy: anyAccuracy ? Float(Double(correct) / n) : nil)
}

/// The model's outputs for `features` (`[samples, featureCount]`), in
/// evaluation mode, computed in chunks of `batchSize` rows.
/// - Throws: `TrainKitError` when the features do not fit the model, or a
///   batch size below 1.
public func predict(
  _ model: any Layer, _ features: Tensor, batchSize: Int = 1024
) throws -> Tensor {
  guard batchSize >= 1 else {
    throw TrainKitError(
      "predict: the batch size must be at least 1, got \(batchSize)")
  }
  guard features.rank == 2 else {
    throw TrainKitError(
      "predict: features must be a matrix [samples, features], got shape \(describeShape(features.shape))"
    )
  }
  if features.shape[0] <= batchSize { return try model(features) }
  var parts: [Tensor] = []
  for start in stride(from: 0, to: features.shape[0], by: batchSize) {
    parts.append(
      try model(
        features.rows(start..<min(start + batchSize, features.shape[0]))))
  }
  return try Tensor.concatenating(parts, alongAxis: 0)
}

/// The gradient norm of each layer for one backward pass of the loss over the
/// whole of `dataset` (no update, dropout off): how vanishing or exploding
/// gradients show before any training.
///
/// Layers are the prefixes of the parameter names (`"0"`, `"2"`, `"4"` for an
/// MLP), input side first; a layer's norm covers all its parameters. The
/// model's gradients are cleared afterwards.
///
/// - Returns: one `(layer, norm)` pair per layer with parameters.
/// - Throws: `TrainKitError` for an empty data set or outputs that do not
///   fit the loss.
public func layerGradientNorms(
  _ model: any Layer, on dataset: Dataset, loss: Loss? = nil
) throws -> [(layer: String, norm: Float)] {
  guard !dataset.isEmpty else {
    throw TrainKitError(
      "layerGradientNorms: the data set \"\(dataset.name)\" is empty")
  }
  let parameters = model.parameters
  guard !parameters.isEmpty else { return [] }
  let loss = loss ?? Loss.standard(for: dataset.task)
  for parameter in parameters { parameter.zeroGradient() }
  defer { for parameter in parameters { parameter.zeroGradient() } }
  var context = ForwardContext(
    isTraining: false, recordsGradients: true, rng: SeededGenerator(seed: 0))
  try loss(model(dataset.features, context: &context), dataset.targets)
    .backward()
  let norms = gradientNorms(parameters)
  return layerGrouping(parameters.map(\.name)).map { layer in
    (
      layer.name,
      Float(layer.members.reduce(0) { $0 + norms[$1] * norms[$1] }.squareRoot())
    )
  }
}
