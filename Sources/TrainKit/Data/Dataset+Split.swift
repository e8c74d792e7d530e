/// The sample indices of one fold of k-fold cross-validation.
public struct FoldIndices: Sendable, Equatable {
  /// The samples trained on: every sample not in `validation`.
  public var train: [Int]
  /// The samples held out in this fold.
  public var validation: [Int]

  /// Creates a fold from its two index lists.
  public init(train: [Int], validation: [Int]) {
    self.train = train
    self.validation = validation
  }
}

/// The folds of k-fold cross-validation over `count` samples: every sample
/// is in exactly one fold's validation part, and fold sizes differ by at
/// most one (the first `count % k` folds hold one extra sample, as in
/// scikit-learn's `KFold`).
///
///     var rng = SeededGenerator(seed: 0)
///     let folds = try kFoldIndices(count: 10, folds: 3, shuffle: false, using: &rng)
///     print(folds.map(\.validation))   // Prints "[[0, 1, 2, 3], [4, 5, 6], [7, 8, 9]]"
///
/// - Parameters:
///   - count: the number of samples, at least `folds`.
///   - folds: k, at least 2.
///   - shuffle: deal the samples out in a seeded random order instead of
///     in order. Index lists are sorted either way.
///   - rng: the generator used when `shuffle` is true.
/// - Returns: k folds, in order.
/// - Throws: `TrainKitError` when k < 2, the data is empty, or k exceeds
///   the number of samples.
public func kFoldIndices(
  count: Int, folds: Int, shuffle: Bool = true,
  using rng: inout SeededGenerator
) throws -> [FoldIndices] {
  let k = folds
  guard k >= 2 else {
    throw TrainKitError(
      "k-fold cross-validation needs at least 2 folds, got \(k)")
  }
  guard count > 0 else {
    throw TrainKitError(
      "k-fold cross-validation needs samples, but the data set is empty")
  }
  guard k <= count else {
    throw TrainKitError(
      "k-fold cross-validation with \(k) folds needs at least \(k) samples, got \(count)"
    )
  }
  let order =
    shuffle ? seededPermutation(count: count, using: &rng) : Array(0..<count)
  var folds: [FoldIndices] = []
  var start = 0
  for fold in 0..<k {
    let size = count / k + (fold < count % k ? 1 : 0)
    let validation = order[start..<(start + size)].sorted()
    let train = (order[..<start] + order[(start + size)...]).sorted()
    folds.append(FoldIndices(train: train, validation: validation))
    start += size
  }
  return folds
}

extension Dataset {
  /// Splits the samples into training, validation and test parts by
  /// fractions of the whole.
  ///
  /// Part boundaries are rounded cumulatively (half away from zero), so
  /// fractions that sum to 1 use every sample exactly once; fractions that
  /// sum to less leave the remaining samples out.
  ///
  ///     var rng = SeededGenerator(seed: 7)
  ///     let split = try data.split(trainFraction: 0.6, validationFraction: 0.2,
  ///                                testFraction: 0.2, using: &rng)
  ///
  /// - Parameters:
  ///   - trainFraction: the training part's share, in (0, 1].
  ///   - validationFraction: the validation part's share; 0 for none.
  ///   - testFraction: the test part's share; 0 for none.
  ///   - shuffle: take the samples in a seeded random order (default) rather
  ///     than in file order.
  ///   - rng: the generator used when `shuffle` is true.
  /// - Returns: the parts; `validation` and `test` are `nil` when their
  ///   fraction is 0.
  /// - Throws: `TrainKitError` for a negative fraction, fractions summing
  ///   to more than 1, or a requested part that would be empty.
  public func split(
    trainFraction: Double, validationFraction: Double = 0,
    testFraction: Double = 0,
    shuffle: Bool = true, using rng: inout SeededGenerator
  ) throws -> DataSplit {
    let fractions = [
      ("train", trainFraction), ("validation", validationFraction),
      ("test", testFraction),
    ]
    for (part, fraction) in fractions where !(fraction >= 0 && fraction <= 1) {
      throw TrainKitError(
        "\(name): the \(part) fraction must be between 0 and 1, got \(fraction)"
      )
    }
    let total = trainFraction + validationFraction + testFraction
    guard total <= 1 + 1e-9 else {
      throw TrainKitError(
        "\(name): the fractions add up to \(Float(total)), more than 1")
    }
    var boundaries = [0]
    var cumulative = 0.0
    for (_, fraction) in fractions {
      cumulative += fraction
      let boundary = Int(
        (Double(count) * min(cumulative, 1)).rounded(.toNearestOrAwayFromZero))
      boundaries.append(min(boundary, count))
    }
    for (part, (_, fraction)) in fractions.enumerated()
    where fraction > 0 && boundaries[part + 1] == boundaries[part] {
      throw TrainKitError(
        "\(name): a \(fractions[part].0) fraction of \(fraction) of \(count) samples gives no samples"
      )
    }
    guard trainFraction > 0 else {
      throw TrainKitError("\(name): the train fraction must be more than 0")
    }
    return makeSplit(
      counts: (0..<3).map { boundaries[$0 + 1] - boundaries[$0] },
      shuffle: shuffle, using: &rng)
  }

  /// Splits the samples into training, validation and test parts of the
  /// given sizes; samples beyond their sum are left out.
  ///
  ///     let split = try digits.split(trainCount: 300, testCount: 1000, using: &rng)
  ///
  /// - Parameters:
  ///   - trainCount: the training part's size, at least 1.
  ///   - validationCount: the validation part's size; 0 for none.
  ///   - testCount: the test part's size; 0 for none.
  ///   - shuffle: take the samples in a seeded random order (default).
  ///   - rng: the generator used when `shuffle` is true.
  /// - Returns: the parts; `validation` and `test` are `nil` when their
  ///   fraction is 0.
  /// - Throws: `TrainKitError` for a negative size, a training size of 0,
  ///   or sizes that add up to more than `count`.
  public func split(
    trainCount: Int, validationCount: Int = 0, testCount: Int = 0,
    shuffle: Bool = true, using rng: inout SeededGenerator
  ) throws -> DataSplit {
    for (part, size) in [
      ("train", trainCount), ("validation", validationCount),
      ("test", testCount),
    ]
    where size < 0 {
      throw TrainKitError(
        "\(name): the \(part) size must not be negative, got \(size)")
    }
    guard trainCount > 0 else {
      throw TrainKitError(
        "\(name): the training part needs at least 1 sample, got \(trainCount)")
    }
    let total = trainCount + validationCount + testCount
    guard total <= count else {
      throw TrainKitError(
        "\(name): the parts ask for \(trainCount) + \(validationCount) + \(testCount) = \(total) samples, but there are only \(count)"
      )
    }
    return makeSplit(
      counts: [trainCount, validationCount, testCount], shuffle: shuffle,
      using: &rng)
  }

  /// The k train/validation splits of k-fold cross-validation (see
  /// `kFoldIndices(count:folds:shuffle:using:)`): each fold's validation
  /// part is named `"<name> fold i/k"`.
  /// - Throws: `TrainKitError` when k < 2, the data is empty, or k exceeds
  ///   the number of samples.
  public func kFold(
    _ k: Int, shuffle: Bool = true, using rng: inout SeededGenerator
  ) throws -> [DataSplit] {
    do {
      return try kFoldIndices(
        count: count, folds: k, shuffle: shuffle, using: &rng
      ).enumerated().map {
        fold, indices in
        DataSplit(
          train: gathering(indices.train).renamed(
            "\(name) train \(fold + 1)/\(k)"),
          validation: gathering(indices.validation).renamed(
            "\(name) fold \(fold + 1)/\(k)"))
      }
    } catch let error as TrainKitError {
      throw TrainKitError("\(name): \(error.message)")
    }
  }

  /// Cuts consecutive runs of `counts` samples (train, validation, test)
  /// from the data in order, or in a seeded random order.
  private func makeSplit(
    counts: [Int], shuffle: Bool, using rng: inout SeededGenerator
  ) -> DataSplit {
    let order =
      shuffle ? seededPermutation(count: count, using: &rng) : Array(0..<count)
    let trainEnd = counts[0]
    let validationEnd = trainEnd + counts[1]
    let testEnd = validationEnd + counts[2]
    func part(_ range: Range<Int>, _ label: String) -> Dataset {
      gathering(Array(order[range])).renamed("\(name) \(label)")
    }
    return DataSplit(
      train: part(0..<trainEnd, "train"),
      validation: counts[1] > 0
        ? part(trainEnd..<validationEnd, "validation") : nil,
      test: counts[2] > 0 ? part(validationEnd..<testEnd, "test") : nil)
  }
}

/// The size of one part of a split: a fraction of the data set or a number
/// of samples.
public enum SplitSize: Sendable, Equatable {
  /// A share of all samples, in [0, 1].
  case fraction(Double)
  /// A number of samples, at least 0.
  case count(Int)

  /// No samples: the part is left out.
  public static let empty = SplitSize.count(0)
}

extension Dataset {
  /// Splits the samples into training, validation and test parts whose
  /// sizes may mix fractions and counts, as `split(digits, train=300,
  /// test=0.5)` in a lesson.
  ///
  /// When every size is a fraction this is
  /// `split(trainFraction:validationFraction:testFraction:shuffle:using:)`
  /// (cumulative rounding, so fractions summing to 1 use every sample).
  /// Otherwise each fraction becomes round(fraction × count) samples (half
  /// away from zero) and this is
  /// `split(trainCount:validationCount:testCount:shuffle:using:)`. Samples
  /// beyond the parts are left out.
  ///
  /// - Parameters:
  ///   - train: the training part's size; must not be empty.
  ///   - validation: the validation part's size; `.empty` for none.
  ///   - test: the test part's size; `.empty` for none.
  ///   - shuffle: take the samples in a seeded random order (default).
  ///   - rng: the generator used when `shuffle` is true.
  /// - Returns: the parts; `validation` and `test` are `nil` when empty.
  /// - Throws: `TrainKitError` for a fraction outside [0, 1], a negative
  ///   count, an empty training part, a requested part that rounds to no
  ///   samples, or parts that need more samples than there are.
  public func split(
    train: SplitSize, validation: SplitSize = .empty, test: SplitSize = .empty,
    shuffle: Bool = true, using rng: inout SeededGenerator
  ) throws -> DataSplit {
    let sizes = [("train", train), ("validation", validation), ("test", test)]
    let fractions = sizes.compactMap { part -> Double? in
      if case .fraction(let f) = part.1 { return f }
      if case .count(0) = part.1, part.0 != "train" { return 0 }
      return nil
    }
    if fractions.count == 3 {
      return try split(
        trainFraction: fractions[0], validationFraction: fractions[1],
        testFraction: fractions[2], shuffle: shuffle, using: &rng)
    }
    var counts: [Int] = []
    for (part, size) in sizes {
      switch size {
      case .count(let n):
        counts.append(n)
      case .fraction(let f):
        guard f >= 0, f <= 1 else {
          throw TrainKitError(
            "\(name): the \(part) fraction must be between 0 and 1, got \(f)")
        }
        let n = Int((Double(count) * f).rounded(.toNearestOrAwayFromZero))
        if f > 0 && n == 0 {
          throw TrainKitError(
            "\(name): a \(part) fraction of \(f) of \(count) samples gives no samples"
          )
        }
        counts.append(n)
      }
    }
    return try split(
      trainCount: counts[0], validationCount: counts[1], testCount: counts[2],
      shuffle: shuffle, using: &rng)
  }
}
