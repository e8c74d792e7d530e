import TrainKit

/// A data set: features `[n, d]` and targets.
struct DatasetObject: LessonObject {
  /// The data set.
  var dataset: Dataset

  var typeName: String { "dataset" }

  var summary: String {
    let kind: String
    switch dataset.task {
    case .classification(let classes): kind = "\(classes) classes"
    case .regression(let outputs): kind = outputs == 1 ? "regression" : "regression, \(outputs) outputs"
    }
    return "\(dataset.name): \(dataset.count) × \(dataset.featureCount), \(kind)"
  }

  var memberNames: [String] { ["n", "d", "x", "y", "names", "classes", "name", "raw"] }

  func member(_ name: String, in interpreter: Interpreter) throws -> Value? {
    switch name {
    case "n": return .number(Double(dataset.count))
    case "d": return .number(Double(dataset.featureCount))
    case "x": return .object(TensorObject(tensor: dataset.features))
    case "y": return .list(DatasetObject.targetList(dataset).map { .number($0) })
    case "names": return .list(dataset.featureNames.map { .string($0) })
    case "classes":
      if case .classification(let classes) = dataset.task { return .number(Double(classes)) }
      return .number(0)
    case "name": return .string(dataset.name)
    case "raw":
      guard let column = dataset.featureNames.firstIndex(of: "x") else {
        throw HostError("`raw` is the x column of poly_data; this data set has no feature named x")
      }
      return .list(DatasetObject.column(dataset, column).map { .number($0) })
    default: return nil
    }
  }

  var length: Int? { dataset.count }

  /// The targets as numbers (the first output for regression).
  static func targetList(_ dataset: Dataset) -> [Double] {
    let width = dataset.targets.rank == 2 ? dataset.targets.shape[1] : 1
    return stride(from: 0, to: dataset.targets.count, by: max(width, 1)).map { Double(dataset.targets.scalars[$0]) }
  }

  /// One feature column as numbers.
  static func column(_ dataset: Dataset, _ index: Int) -> [Double] {
    let d = dataset.featureCount
    return (0..<dataset.count).map { Double(dataset.features.scalars[$0 * d + index]) }
  }
}

/// Training, validation and test parts.
struct SplitObject: LessonObject {
  /// The parts.
  var split: DataSplit
  /// For data made by `expand`: the feature maps and the 2-D points they
  /// were computed from, so `boundary` can draw the plane.
  var plane: (maps: [FeatureMap], split: DataSplit)? = nil

  var typeName: String { "split" }

  var summary: String {
    var parts = ["train \(split.train.count)"]
    if let validation = split.validation { parts.append("valid \(validation.count)") }
    if let test = split.test { parts.append("test \(test.count)") }
    return "split: " + parts.joined(separator: ", ") + " (\(split.train.featureCount) features)"
  }

  func render(_ context: RenderContext) -> String {
    var lines = ["train: " + DatasetObject(dataset: split.train).summary]
    if let validation = split.validation { lines.append("valid: " + DatasetObject(dataset: validation).summary) }
    if let test = split.test { lines.append("test:  " + DatasetObject(dataset: test).summary) }
    return lines.joined(separator: "\n")
  }

  var memberNames: [String] { ["train", "valid", "test"] }

  func member(_ name: String, in interpreter: Interpreter) throws -> Value? {
    switch name {
    case "train": return .object(DatasetObject(dataset: split.train))
    case "valid", "validation": return split.validation.map { .object(DatasetObject(dataset: $0)) } ?? Value.none
    case "test": return split.test.map { .object(DatasetObject(dataset: $0)) } ?? Value.none
    default: return nil
    }
  }
}

extension Arguments {
  /// A random generator: seeded by `seed=` when given, else split off the
  /// session's generator.
  func generator() throws -> SeededGenerator {
    if value("seed") != nil {
      return SeededGenerator(seed: UInt64(try int("seed", in: 0...(1 << 53))))
    }
    return interpreter.rng.split()
  }

  /// A `Dataset` (or a split, taken as its training part when `trainOfSplit`).
  func dataset(_ name: String, trainOfSplit: Bool = true) throws -> Dataset {
    let value = try required(name)
    switch value {
    case .object(let object as DatasetObject): return object.dataset
    case .object(let object as SplitObject) where trainOfSplit: return object.split.train
    default: throw typeError(name, expected: "a data set", got: value)
    }
  }

  /// A `DataSplit`; a bare data set becomes a split with only a training part.
  func dataSplit(_ name: String) throws -> DataSplit {
    let value = try required(name)
    switch value {
    case .object(let object as SplitObject): return object.split
    case .object(let object as DatasetObject): return DataSplit(train: object.dataset)
    default: throw typeError(name, expected: "a data set or a split", got: value)
    }
  }

  /// A float for TrainKit, from a number argument.
  func float(_ name: String, _ fallback: Double? = nil) throws -> Float {
    Float(try number(name, fallback))
  }
}
