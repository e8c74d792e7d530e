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
/// `scale` 1, so it becomes 0 instead of NaN. Targets are not changed.
public struct Standardizer: Sendable, Equatable, CustomStringConvertible {
  /// The mean of each feature column on the fitted data.
  public let mean: [Float]
  /// The population standard deviation of each column on the fitted data.
  public let standardDeviation: [Float]
  /// The divisor used per column: the standard deviation, or 1 for a column
  /// whose standard deviation is 0 (or negligible next to its mean).
  public let scale: [Float]

  /// Measures the mean and standard deviation of every feature column of
  /// `dataset` (computed in Double).
  /// - Throws: `TrainKitError` when `dataset` is empty.
  public init(fitting dataset: Dataset) throws {
    guard !dataset.isEmpty else {
      throw TrainKitError(
        "\(dataset.name): cannot fit a standardizer on an empty data set")
    }
    let n = dataset.count
    let d = dataset.featureCount
    let x = dataset.features.scalars
    var sums = [Double](repeating: 0, count: d)
    for row in 0..<n {
      for column in 0..<d { sums[column] += Double(x[row * d + column]) }
    }
    let means = sums.map { $0 / Double(n) }
    var squares = [Double](repeating: 0, count: d)
    for row in 0..<n {
      for column in 0..<d {
        let deviation = Double(x[row * d + column]) - means[column]
        squares[column] += deviation * deviation
      }
    }
    let deviations = squares.map { ($0 / Double(n)).squareRoot() }
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

  /// The number of feature columns it was fitted on.
  public var featureCount: Int { mean.count }

  /// `features` with each column shifted and scaled.
  /// - Throws: `TrainKitError` when `features` is not a matrix with
  ///   `featureCount` columns.
  public func transform(_ features: Tensor) throws -> Tensor {
    guard features.rank == 2, features.shape[1] == featureCount else {
      throw TrainKitError(
        "standardizer: it was fitted on \(featureCount) features, but got features of shape \(describeShape(features.shape))"
      )
    }
    var scalars = features.scalars
    let d = featureCount
    for i in scalars.indices {
      let column = i % d
      scalars[i] = (scalars[i] - mean[column]) / scale[column]
    }
    return Tensor(uncheckedShape: features.shape, scalars: scalars)
  }

  /// `dataset` with its features standardized; targets unchanged.
  /// - Throws: `TrainKitError` when the feature counts differ.
  public func transform(_ dataset: Dataset) throws -> Dataset {
    var result = dataset
    do {
      result.features = try transform(dataset.features)
    } catch let error as TrainKitError {
      throw TrainKitError("\(dataset.name): \(error.message)")
    }
    return result
  }

  /// `Standardizer(mean=[…], std=[…])`, numbers to 4 significant digits.
  public var description: String {
    func list(_ values: [Float]) -> String {
      "[" + values.map { formatSignificant($0) }.joined(separator: ", ") + "]"
    }
    return "Standardizer(mean=\(list(mean)), std=\(list(standardDeviation)))"
  }
}

extension DataSplit {
  /// The split with every part standardized by a `Standardizer` fitted on
  /// the training part only, and that standardizer (to apply to new data).
  /// - Throws: `TrainKitError` when the training part is empty.
  public func standardized() throws -> (
    split: DataSplit, standardizer: Standardizer
  ) {
    let standardizer = try Standardizer(fitting: train)
    let split = DataSplit(
      train: try standardizer.transform(train),
      validation: try validation.map { try standardizer.transform($0) },
      test: try test.map { try standardizer.transform($0) })
    return (split, standardizer)
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
