import RealModule

/// Rescales each feature column to mean 0 and standard deviation 1, using
/// statistics measured on the training part only.
///
/// Fit it on the training data, then apply the same shift and scale to the
/// validation and test data: measuring them on all the data would leak
/// information about the held-out samples into training.
///
///     let standardizer = try Standardizer(fitting: split.train)
///     let train = try standardizer.transform(split.train)
///     let test = try standardizer.transform(split.test!)
///
/// Each feature becomes `(x − mean) / scale`, where `scale` is the
/// population standard deviation (dividing by n, as scikit-learn's
/// `StandardScaler`). A column that is constant on the training data has
/// `scale` 1, so it becomes 0 instead of NaN. Regression targets are
/// standardized too when asked (`includingTargets: true`); class labels
/// never are.
public struct Standardizer: Sendable, Equatable, CustomStringConvertible {
  /// The mean of each feature column on the fitted data.
  public let mean: [Float]
  /// The population standard deviation of each column on the fitted data.
  public let standardDeviation: [Float]
  /// The divisor used per column: the standard deviation, or 1 for a column
  /// whose standard deviation is 0 (or negligible next to its mean).
  public let scale: [Float]
  /// The mean of each regression output, when targets are standardized.
  public let targetMean: [Float]?
  /// The population standard deviation of each output, when targets are
  /// standardized.
  public let targetStandardDeviation: [Float]?
  /// The divisor used per output (1 for a constant output), when targets
  /// are standardized.
  public let targetScale: [Float]?

  /// Measures the mean and standard deviation of every feature column of
  /// `dataset` (computed in Double), and of its regression targets when
  /// `includingTargets` is true.
  /// - Throws: `TrainKitError` when `dataset` is empty, or targets are
  ///   asked for on a classification data set.
  public init(fitting dataset: Dataset, includingTargets: Bool = false) throws {
    guard !dataset.isEmpty else {
      throw TrainKitError(
        "\(dataset.name): cannot fit a standardizer on an empty data set")
    }
    let features = ColumnStatistics(
      dataset.features.scalars, columns: dataset.featureCount)
    mean = features.mean
    standardDeviation = features.standardDeviation
    scale = features.scale
    if includingTargets {
      guard case .regression(let outputs) = dataset.task else {
        throw TrainKitError(
          "\(dataset.name): class labels cannot be standardized; only regression targets can"
        )
      }
      let targets = ColumnStatistics(dataset.targets.scalars, columns: outputs)
      targetMean = targets.mean
      targetStandardDeviation = targets.standardDeviation
      targetScale = targets.scale
    } else {
      targetMean = nil
      targetStandardDeviation = nil
      targetScale = nil
    }
  }

  /// The number of feature columns it was fitted on.
  public var featureCount: Int { mean.count }

  /// `features` with each column shifted and scaled.
  /// - Returns: a tensor of the same shape.
  /// - Throws: `TrainKitError` when `features` is not a matrix with
  ///   `featureCount` columns.
  public func transform(_ features: Tensor) throws -> Tensor {
    guard features.rank == 2, features.shape[1] == featureCount else {
      throw TrainKitError(
        "standardizer: it was fitted on \(featureCount) features, but got features of shape \(describeShape(features.shape))"
      )
    }
    return Tensor(
      uncheckedShape: features.shape,
      scalars: ColumnStatistics.apply(
        features.scalars, mean: mean, scale: scale))
  }

  /// `dataset` with its features standardized, and its targets too when
  /// the standardizer was fitted with `includingTargets: true`.
  /// - Returns: a data set of the same shape, name and task.
  /// - Throws: `TrainKitError` when the feature or output counts differ.
  public func transform(_ dataset: Dataset) throws -> Dataset {
    var result = dataset
    do {
      result.features = try transform(dataset.features)
    } catch let error as TrainKitError {
      throw TrainKitError("\(dataset.name): \(error.message)")
    }
    if let targetMean, let targetScale {
      guard case .regression(let outputs) = dataset.task,
        outputs == targetMean.count
      else {
        throw TrainKitError(
          "\(dataset.name): the standardizer was fitted on \(targetMean.count) regression output(s); this data set's targets do not match"
        )
      }
      result.targets = Tensor(
        uncheckedShape: dataset.targets.shape,
        scalars: ColumnStatistics.apply(
          dataset.targets.scalars, mean: targetMean, scale: targetScale))
    }
    return result
  }

  /// Standardized predictions back in the targets' original units:
  /// `value · scale + mean` per output.
  /// - Returns: a tensor of the same shape; `values` unchanged when targets
  ///   were not standardized.
  /// - Throws: `TrainKitError` when `values` is not `[n, outputs]`.
  public func restoringTargets(_ values: Tensor) throws -> Tensor {
    guard let targetMean, let targetScale else { return values }
    guard values.rank == 2, values.shape[1] == targetMean.count else {
      throw TrainKitError(
        "standardizer: it was fitted on \(targetMean.count) output(s), but got values of shape \(describeShape(values.shape))"
      )
    }
    var scalars = values.scalars
    for i in scalars.indices {
      let column = i % targetMean.count
      scalars[i] = scalars[i] * targetScale[column] + targetMean[column]
    }
    return Tensor(uncheckedShape: values.shape, scalars: scalars)
  }

  /// `Standardizer(mean=[…], std=[…])`, numbers to 4 significant digits,
  /// with the targets' statistics when they are standardized.
  public var description: String {
    func list(_ values: [Float]) -> String {
      "[" + values.map { formatSignificant($0) }.joined(separator: ", ") + "]"
    }
    var text = "Standardizer(mean=\(list(mean)), std=\(list(standardDeviation))"
    if let targetMean, let targetStandardDeviation {
      text +=
        ", target_mean=\(list(targetMean)), target_std=\(list(targetStandardDeviation))"
    }
    return text + ")"
  }
}

extension DataSplit {
  /// The split with every part standardized by a `Standardizer` fitted on
  /// the training part only, and that standardizer (to apply to new data).
  /// - Parameter includingTargets: standardize regression targets too.
  /// - Returns: the standardized split and the standardizer.
  /// - Throws: `TrainKitError` when the training part is empty, or targets
  ///   are asked for on classification data.
  public func standardized(
    includingTargets: Bool = false
  ) throws -> (split: DataSplit, standardizer: Standardizer) {
    let standardizer = try Standardizer(
      fitting: train, includingTargets: includingTargets)
    let split = DataSplit(
      train: try standardizer.transform(train),
      validation: try validation.map { try standardizer.transform($0) },
      test: try test.map { try standardizer.transform($0) })
    return (split, standardizer)
  }
}

extension Dataset {
  /// The data set standardized with statistics measured on itself.
  ///
  /// Before a split this leaks the held-out samples' statistics into
  /// training (lesson 08 shows the effect); standardize a `DataSplit`
  /// instead to fit on the training part only.
  /// - Parameter includingTargets: standardize regression targets too.
  /// - Returns: the standardized data set and the standardizer.
  /// - Throws: `TrainKitError` when the data set is empty, or targets are
  ///   asked for on classification data.
  public func standardized(
    includingTargets: Bool = false
  ) throws -> (dataset: Dataset, standardizer: Standardizer) {
    let standardizer = try Standardizer(
      fitting: self, includingTargets: includingTargets)
    return (try standardizer.transform(self), standardizer)
  }
}

// MARK: - Implementation details

/// Mean, population standard deviation and divisor of each column of a
/// row-major matrix, computed in Double.
private struct ColumnStatistics {
  var mean: [Float]
  var standardDeviation: [Float]
  var scale: [Float]

  init(_ x: [Float], columns d: Int) {
    let n = d > 0 ? x.count / d : 0
    var sums = [Double](repeating: 0, count: d)
    for row in 0..<n {
      for column in 0..<d { sums[column] += Double(x[row * d + column]) }
    }
    let means = sums.map { $0 / Double(max(n, 1)) }
    var squares = [Double](repeating: 0, count: d)
    for row in 0..<n {
      for column in 0..<d {
        let deviation = Double(x[row * d + column]) - means[column]
        squares[column] += deviation * deviation
      }
    }
    let deviations = squares.map { ($0 / Double(max(n, 1))).squareRoot() }
    mean = means.map { Float($0) }
    standardDeviation = deviations.map { Float($0) }
    // As scikit-learn: a deviation within rounding noise of the mean's size
    // is treated as zero.
    scale = zip(deviations, means).map { deviation, mean in
      deviation <= 10 * Double(Float.ulpOfOne)
        * max(abs(mean), Double(Float.leastNormalMagnitude))
        ? 1 : Float(deviation)
    }
  }

  /// `(x − mean) / scale` per column.
  static func apply(_ x: [Float], mean: [Float], scale: [Float]) -> [Float] {
    var result = x
    let d = mean.count
    for i in result.indices {
      let column = i % d
      result[i] = (result[i] - mean[column]) / scale[column]
    }
    return result
  }
}

/// A number with at most 4 significant digits, without trailing zeros.
func formatSignificant(_ value: Float) -> String {
  guard value.isFinite, value != 0 else { return value == 0 ? "0" : "\(value)" }
  let magnitude = Int(Float.log10(abs(value)).rounded(.down))
  let decimals = max(0, 3 - magnitude)
  if decimals > 8 { return "\(value)" }
  var factor: Float = 1
  for _ in 0..<decimals { factor *= 10 }
  let rounded = (value * factor).rounded() / factor
  var text = "\(rounded)"
  if text.hasSuffix(".0") { text.removeLast(2) }
  return text
}
