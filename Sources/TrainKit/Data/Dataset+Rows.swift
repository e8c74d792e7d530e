/// A uniformly random permutation of `0..<count`, by the Fisher–Yates
/// shuffle driven by `rng` (Durstenfeld's form: for i from count − 1 down to
/// 1, swap element i with a uniformly chosen j in 0...i).
///
///     var rng = SeededGenerator(seed: 1)
///     let order = seededPermutation(count: 5, using: &rng)   // the same on every run
///
/// - Complexity: O(count).
public func seededPermutation(count: Int, using rng: inout SeededGenerator)
  -> [Int]
{
  var order = Array(0..<max(count, 0))
  var i = order.count - 1
  while i > 0 {
    let j = rng.nextInt(below: i + 1)
    order.swapAt(i, j)
    i -= 1
  }
  return order
}

extension Dataset {
  /// The number of target values per sample: `outputs` for regression, 1
  /// for classification.
  public var targetWidth: Int {
    switch task {
    case .regression(let outputs): return outputs
    case .classification: return 1
    }
  }

  /// The samples at `indices`, in that order (an index may repeat).
  ///
  ///     let firstAndLast = try data.rows([0, data.count - 1])
  ///
  /// - Throws: `TrainKitError` naming the first index outside `0..<count`.
  /// - Complexity: O(indices.count × (featureCount + targetWidth)).
  public func rows(_ indices: [Int]) throws -> Dataset {
    if let bad = indices.first(where: { !(0..<count).contains($0) }) {
      throw TrainKitError(
        "\(name): row index \(bad) is out of range for \(count) samples (valid: 0..<\(count))"
      )
    }
    return gathering(indices)
  }

  /// The samples in `range`, in order.
  /// - Throws: `TrainKitError` when `range` is not inside `0..<count`.
  public func rows(_ range: Range<Int>) throws -> Dataset {
    guard range.lowerBound >= 0, range.upperBound <= count else {
      throw TrainKitError(
        "\(name): rows \(range.lowerBound)..<\(range.upperBound) are out of range for \(count) samples"
      )
    }
    return gathering(Array(range))
  }

  /// The samples in a seeded random order (Fisher–Yates, see
  /// `seededPermutation(count:using:)`).
  public func shuffled(using rng: inout SeededGenerator) -> Dataset {
    gathering(seededPermutation(count: count, using: &rng))
  }

  /// The data set with only the feature columns at `columns`, in that order
  /// (d2l's polynomial experiments keep the first 2, 4 or 20 columns).
  /// - Throws: `TrainKitError` for a column outside `0..<featureCount`.
  public func selectingFeatures(_ columns: [Int]) throws -> Dataset {
    if let bad = columns.first(where: { !(0..<featureCount).contains($0) }) {
      throw TrainKitError(
        "\(name): feature column \(bad) is out of range for \(featureCount) features (valid: 0..<\(featureCount))"
      )
    }
    let d = featureCount
    var scalars: [Float] = []
    scalars.reserveCapacity(count * columns.count)
    for row in 0..<count {
      for column in columns {
        scalars.append(features.scalars[row * d + column])
      }
    }
    var result = self
    result.features = Tensor(
      uncheckedShape: [count, columns.count], scalars: scalars)
    result.featureNames = columns.map { featureNames[$0] }
    return result
  }

  /// The data set with only the named feature columns, in that order.
  /// - Throws: `TrainKitError` naming an unknown feature and listing the
  ///   known ones.
  public func selectingFeatures(named names: [String]) throws -> Dataset {
    let columns = try names.map { wanted in
      guard let column = featureNames.firstIndex(of: wanted) else {
        throw TrainKitError(
          "\(name): no feature named \"\(wanted)\"; the features are \(featureNames.joined(separator: ", "))"
        )
      }
      return column
    }
    return try selectingFeatures(columns)
  }

  /// The same samples under another name.
  public func renamed(_ newName: String) -> Dataset {
    var result = self
    result.name = newName
    return result
  }

  // MARK: - Implementation details

  /// The rows at `indices`, which must all be in `0..<count`.
  func gathering(_ indices: [Int]) -> Dataset {
    let d = featureCount
    let w = targetWidth
    var x: [Float] = []
    var y: [Float] = []
    x.reserveCapacity(indices.count * d)
    y.reserveCapacity(indices.count * w)
    let featureScalars = features.scalars
    let targetScalars = targets.scalars
    for row in indices {
      x.append(contentsOf: featureScalars[(row * d)..<(row * d + d)])
      y.append(contentsOf: targetScalars[(row * w)..<(row * w + w)])
    }
    var result = self
    result.features = Tensor(uncheckedShape: [indices.count, d], scalars: x)
    result.targets = Tensor(
      uncheckedShape: targetShape(rows: indices.count), scalars: y)
    return result
  }

  /// The targets' shape for `rows` samples of this task.
  func targetShape(rows: Int) -> [Int] {
    switch task {
    case .regression(let outputs): return [rows, outputs]
    case .classification: return [rows]
    }
  }
}
