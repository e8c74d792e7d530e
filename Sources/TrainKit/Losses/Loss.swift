import RealModule

/// The mean squared error, mean over all elements of (ŷ − y)².
///
/// d2l's linear regression uses half of this (`halfMeanSquaredError`), whose
/// gradient has no factor 2.
/// - Throws: `TrainKitError` unless both shapes are equal (no broadcasting:
///   `[n, 1]` against `[n]` is the classic silent bug, refused here), or when
///   they are empty.
public func meanSquaredError(_ predictions: Tensor, _ targets: Tensor) throws
  -> Tensor
{
  guard predictions.shape == targets.shape else {
    throw TrainKitError.shapeMismatch(
      "mean squared error (predictions, targets)", predictions.shape,
      targets.shape)
  }
  guard predictions.count > 0 else {
    throw TrainKitError("mean squared error: no samples")
  }
  return try (predictions - targets.detached()).pow(2).mean()
}

/// Half the mean squared error, ½·mean((ŷ − y)²), as d2l's `squared_loss`.
/// - Throws: as `meanSquaredError`.
public func halfMeanSquaredError(_ predictions: Tensor, _ targets: Tensor)
  throws -> Tensor
{
  try meanSquaredError(predictions, targets) * 0.5
}

/// Softmax cross-entropy of logits `[n, classes]` against integer labels `[n]`
/// (held as `Float`), averaged over the n samples: mean(logsumexp(zᵢ) − zᵢ,yᵢ),
/// computed with the maximum subtracted so that logits of ±1000 stay finite.
///
/// Its gradient is (softmax(z) − onehot(y)) / n.
/// - Throws: `TrainKitError` for mismatched shapes, no samples, or a label
///   that is not a whole number in `0..<classes` (naming its row).
public func softmaxCrossEntropy(logits: Tensor, labels: Tensor) throws -> Tensor
{
  guard logits.rank == 2, labels.shape == [logits.shape[0]] else {
    throw TrainKitError(
      "softmax cross-entropy: logits must be [samples, classes] and labels [samples]; got shapes \(describeShape(logits.shape)) and \(describeShape(labels.shape))"
    )
  }
  let (n, classes) = (logits.shape[0], logits.shape[1])
  guard n > 0 else { throw TrainKitError("softmax cross-entropy: no samples") }
  var indices: [Int] = []
  indices.reserveCapacity(n)
  for (row, label) in labels.scalars.enumerated() {
    guard label >= 0, label < Float(classes), label == label.rounded() else {
      throw TrainKitError(
        "softmax cross-entropy: row \(row + 1) has label \(label), expected a whole number in 0..<\(classes)"
      )
    }
    indices.append(Int(label))
  }
  let logProbabilities = Tensor.logSoftmax(
    logits.scalars, outer: n, n: classes, inner: 1)
  var total: Double = 0
  for (row, label) in indices.enumerated() {
    total -= Double(logProbabilities[row * classes + label])
  }
  let value = Tensor(scalar: Float(total / Double(n)))
  return Tensor.recording(value, inputs: [logits]) { g in
    let scale = g.scalars[0] / Float(n)
    var gradient = logProbabilities.map { Float.exp($0) * scale }
    for (row, label) in indices.enumerated() {
      gradient[row * classes + label] -= scale
    }
    return [Tensor(uncheckedShape: [n, classes], scalars: gradient)]
  }
}

/// Binary cross-entropy on logits, averaged over samples.
///
/// Computed as mean(max(z, 0) − z·y + log(1 + e^(−|z|))), the stable form
/// of −[y·log σ(z) + (1 − y)·log(1 − σ(z))]. Gradient (σ(z) − y) / n.
///
/// `logits` is `[n]` or `[n, 1]`; `labels` is `[n]` (or `[n, 1]`) with
/// values in [0, 1].
/// - Throws: `TrainKitError` for mismatched shapes, no samples, or a label
///   outside [0, 1].
public func binaryCrossEntropy(logits: Tensor, labels: Tensor) throws -> Tensor
{
  let n = logits.shape.first ?? 0
  let fits = { (shape: [Int]) in shape == [n] || shape == [n, 1] }
  guard logits.rank >= 1, fits(logits.shape), fits(labels.shape) else {
    throw TrainKitError(
      "binary cross-entropy: logits and labels must be [samples] or [samples, 1]; got shapes \(describeShape(logits.shape)) and \(describeShape(labels.shape))"
    )
  }
  guard n > 0 else { throw TrainKitError("binary cross-entropy: no samples") }
  if let (row, label) = labels.scalars.enumerated().first(where: {
    !($0.element >= 0 && $0.element <= 1)
  }) {
    throw TrainKitError(
      "binary cross-entropy: row \(row + 1) has label \(label), expected a value in [0, 1]"
    )
  }
  let z = logits.scalars
  let y = labels.scalars
  var total: Double = 0
  for i in 0..<n {
    total += Double(
      Swift.max(z[i], 0) - z[i] * y[i]
        + Float.log(onePlus: Float.exp(-Swift.abs(z[i]))))
  }
  let value = Tensor(scalar: Float(total / Double(n)))
  let shape = logits.shape
  return Tensor.recording(value, inputs: [logits]) { g in
    let scale = g.scalars[0] / Float(n)
    return [
      Tensor(
        uncheckedShape: shape,
        scalars: (0..<n).map { (Tensor.sigmoid(z[$0]) - y[$0]) * scale })
    ]
  }
}

/// A loss function as a value, chosen by name in lessons and used by `fit`.
public enum Loss: Sendable, Equatable, CustomStringConvertible {
  /// `meanSquaredError`.
  case meanSquaredError
  /// `halfMeanSquaredError` (d2l's squared loss).
  case halfMeanSquaredError
  /// `softmaxCrossEntropy(logits:labels:)`.
  case softmaxCrossEntropy
  /// `binaryCrossEntropy(logits:labels:)`.
  case binaryCrossEntropy

  /// The usual loss for a task: softmax cross-entropy for classification,
  /// mean squared error for regression.
  public static func standard(for task: Task) -> Loss {
    switch task {
    case .classification: .softmaxCrossEntropy
    case .regression: .meanSquaredError
    }
  }

  /// The loss of `output` against `targets`, a scalar tensor.
  /// - Throws: `TrainKitError` from the loss function for bad shapes or labels.
  public func callAsFunction(_ output: Tensor, _ targets: Tensor) throws
    -> Tensor
  {
    switch self {
    case .meanSquaredError: try TrainKit.meanSquaredError(output, targets)
    case .halfMeanSquaredError:
      try TrainKit.halfMeanSquaredError(output, targets)
    case .softmaxCrossEntropy:
      try TrainKit.softmaxCrossEntropy(logits: output, labels: targets)
    case .binaryCrossEntropy:
      try TrainKit.binaryCrossEntropy(logits: output, labels: targets)
    }
  }

  /// Whether outputs are class scores, so accuracy is meaningful.
  public var isClassification: Bool {
    self == .softmaxCrossEntropy || self == .binaryCrossEntropy
  }

  /// The number of rows whose predicted class equals the label (argmax of
  /// the logits, or logit > 0 for binary); `nil` for regression losses.
  /// - Throws: `TrainKitError` when the shapes do not fit.
  public func correctCount(_ output: Tensor, _ targets: Tensor) throws -> Int? {
    switch self {
    case .meanSquaredError, .halfMeanSquaredError:
      return nil
    case .softmaxCrossEntropy:
      let predicted = try output.argmax(alongAxis: 1)
      guard predicted.shape == targets.shape else {
        throw TrainKitError.shapeMismatch(
          "accuracy (predictions, labels)", predicted.shape, targets.shape)
      }
      return zip(predicted.scalars, targets.scalars).reduce(0) {
        $0 + ($1.0 == $1.1 ? 1 : 0)
      }
    case .binaryCrossEntropy:
      guard output.count == targets.count else {
        throw TrainKitError.shapeMismatch(
          "accuracy (predictions, labels)", output.shape, targets.shape)
      }
      return zip(output.scalars, targets.scalars).reduce(0) {
        $0 + (($1.0 > 0) == ($1.1 > 0.5) ? 1 : 0)
      }
    }
  }

  /// The PyTorch-style name: `mse`, `half_mse`, `cross_entropy`, `bce_with_logits`.
  public var description: String {
    switch self {
    case .meanSquaredError: "mse"
    case .halfMeanSquaredError: "half_mse"
    case .softmaxCrossEntropy: "cross_entropy"
    case .binaryCrossEntropy: "bce_with_logits"
    }
  }
}
