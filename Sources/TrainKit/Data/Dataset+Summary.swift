extension Dataset {
  /// Creates a data set from rows of numbers, as a lesson's
  /// `make_data(X, y)` does.
  ///
  ///     let data = try Dataset(name: "toy", rows: [[0, 1], [1, 0]], targets: [1, 0],
  ///                            kind: .classification)
  ///     print(data)   // Prints "toy: 2 × 2, 2 classes"
  ///
  /// - Parameters:
  ///   - name: the data set's name.
  ///   - rows: one list of feature values per sample, all of the same
  ///     length (at least 1).
  ///   - targets: one target per sample: a real value (regression) or a
  ///     class label 0, 1, 2, … (classification; the number of classes is
  ///     the largest label + 1).
  ///   - kind: classification or regression.
  ///   - featureNames: one name per feature; `x1`, `x2`, … by default.
  ///   - targetName: the target's name.
  /// - Throws: `TrainKitError` for no rows, rows of different lengths,
  ///   a different number of targets and rows, a non-finite value, or a
  ///   class label that is not a whole number ≥ 0.
  public init(
    name: String, rows: [[Float]], targets: [Float], kind: TaskKind,
    featureNames: [String]? = nil, targetName: String = "y"
  ) throws {
    guard let width = rows.first?.count, width >= 1 else {
      throw TrainKitError(
        "\(name): a data set needs at least one row with at least one feature")
    }
    if let bad = rows.firstIndex(where: { $0.count != width }) {
      throw TrainKitError(
        "\(name): row \(bad + 1) has \(rows[bad].count) values, but row 1 has \(width)"
      )
    }
    guard targets.count == rows.count else {
      throw TrainKitError(
        "\(name): \(rows.count) rows but \(targets.count) targets")
    }
    if let bad = rows.firstIndex(where: { !$0.allSatisfy(\.isFinite) }) {
      throw TrainKitError(
        "\(name): row \(bad + 1) holds a value that is not a finite number")
    }
    if let bad = targets.firstIndex(where: { !$0.isFinite }) {
      throw TrainKitError("\(name): target \(bad + 1) is not a finite number")
    }
    let n = rows.count
    let task: Task
    let targetTensor: Tensor
    switch kind {
    case .regression:
      task = .regression(outputs: 1)
      targetTensor = Tensor(uncheckedShape: [n, 1], scalars: targets)
    case .classification:
      if let bad = targets.firstIndex(where: {
        !($0 >= 0 && $0 == $0.rounded()
          && $0 <= Float(Dataset.maximumClassLabel))
      }) {
        throw TrainKitError(
          "\(name): target \(bad + 1) is \(targets[bad]), not a class label (a whole number from 0 to \(Dataset.maximumClassLabel))"
        )
      }
      task = .classification(classes: Int(targets.max() ?? 0) + 1)
      targetTensor = Tensor(targets)
    }
    try self.init(
      name: name,
      features: Tensor(
        uncheckedShape: [n, width], scalars: rows.flatMap { $0 }),
      targets: targetTensor, task: task, featureNames: featureNames,
      targetName: targetName)
  }

  /// The number of classes, or 0 for regression.
  public var classCount: Int {
    if case .classification(let classes) = task { return classes }
    return 0
  }

  /// The values of feature column `index`, one per sample.
  /// - Throws: `TrainKitError` for a column outside `0..<featureCount`.
  public func column(_ index: Int) throws -> [Float] {
    guard (0..<featureCount).contains(index) else {
      throw TrainKitError(
        "\(name): feature column \(index) is out of range for \(featureCount) features (valid: 0..<\(featureCount))"
      )
    }
    let d = featureCount
    return (0..<count).map { features.scalars[$0 * d + index] }
  }

  /// The values of the feature called `featureName`, or of the targets
  /// (their first output) when it is the target's name.
  /// - Throws: `TrainKitError` naming an unknown column and listing the
  ///   known ones.
  public func column(named featureName: String) throws -> [Float] {
    if let index = featureNames.firstIndex(of: featureName) {
      return try column(index)
    }
    if featureName == targetName { return targetValues }
    throw TrainKitError(
      "\(name): no column named \"\(featureName)\"; the columns are \((featureNames + [targetName]).joined(separator: ", "))"
    )
  }

  /// The targets as one number per sample: the class label, or the first
  /// output of a regression target.
  public var targetValues: [Float] {
    let w = targetWidth
    return (0..<count).map { targets.scalars[$0 * w] }
  }

  /// The first `n` samples (all of them when `n` ≥ `count`).
  /// - Throws: `TrainKitError` for a negative `n`.
  public func prefix(_ n: Int) throws -> Dataset {
    guard n >= 0 else {
      throw TrainKitError(
        "\(name): cannot take \(n) samples; the number must not be negative")
    }
    return gathering(Array(0..<Swift.min(n, count)))
  }

  /// The shape and kind in one line without the name: `1797 × 64, 10
  /// classes` or `442 × 10, regression`.
  public var shapeSummary: String {
    let kind: String
    switch task {
    case .classification(let classes):
      kind = classes == 1 ? "1 class" : "\(classes) classes"
    case .regression(let outputs):
      kind = outputs == 1 ? "regression" : "regression, \(outputs) outputs"
    }
    return "\(count) × \(featureCount), \(kind)"
  }
}

extension Dataset: CustomStringConvertible {
  /// `digits: 1797 × 64, 10 classes`.
  public var description: String { "\(name): \(shapeSummary)" }
}

extension DataSplit: CustomStringConvertible {
  /// One line per part: `train: 300 × 64, 10 classes`, then `valid: …` and
  /// `test: …` for the parts that exist.
  public var description: String {
    var lines = ["train: \(train.shapeSummary)"]
    if let validation { lines.append("valid: \(validation.shapeSummary)") }
    if let test { lines.append("test: \(test.shapeSummary)") }
    return lines.joined(separator: "\n")
  }

  /// Every part with only the feature columns at `columns`.
  /// - Throws: `TrainKitError` for a column out of range.
  public func selectingFeatures(_ columns: [Int]) throws -> DataSplit {
    DataSplit(
      train: try train.selectingFeatures(columns),
      validation: try validation?.selectingFeatures(columns),
      test: try test?.selectingFeatures(columns))
  }

  /// Every part with only the named feature columns.
  /// - Throws: `TrainKitError` for an unknown feature name.
  public func selectingFeatures(named names: [String]) throws -> DataSplit {
    try selectingFeatures(
      names.map { wanted in
        guard let index = train.featureNames.firstIndex(of: wanted) else {
          throw TrainKitError(
            "\(train.name): no feature named \"\(wanted)\"; the features are \(train.featureNames.joined(separator: ", "))"
          )
        }
        return index
      })
  }

  /// Every part with its 2-D features replaced by `maps` (see
  /// `Dataset.mappingFeatures(_:)`).
  /// - Throws: `TrainKitError` as `Dataset.mappingFeatures(_:)`.
  public func mappingFeatures(_ maps: [FeatureMap]) throws -> DataSplit {
    DataSplit(
      train: try train.mappingFeatures(maps),
      validation: try validation?.mappingFeatures(maps),
      test: try test?.mappingFeatures(maps))
  }
}
