import Foundation
import TrainKit

extension DataBuiltins {
  /// A 2-D generator builtin returning a train/test split; `make` gets the
  /// arguments (for its `extra` parameters), the count and the noise.
  static func generator(
    _ name: String, noise: Double, purpose: String, example: String,
    extra: [BuiltinParameter] = [], zh: String,
    make:
      @escaping (Arguments, Int, Float, inout SeededGenerator) throws -> Dataset
  ) -> Builtin {
    Builtin(
      name: name, category: "data",
      parameters: [
        .optional("n", 200), .optional("noise", noise),
        .optional("test", 0.5),
      ] + extra + [
        .optional("seed")
      ],
      purpose: purpose, example: example, zh: BuiltinText(purpose: zh)
    ) { arguments in
      var rng = try arguments.generator()
      let n = try arguments.int("n", in: 2...1_000_000)
      let noise = try arguments.float("noise")
      let data = try make(arguments, n, noise, &rng).renamed(name)
      let test = try arguments.number("test")
      guard test > 0 else {
        return .object(SplitObject(split: DataSplit(train: data)))
      }
      return .object(
        SplitObject(
          split: try data.split(
            trainFraction: 1 - test, testFraction: test, using: &rng)))
    }
  }

  /// `split` without label noise.
  static func plainSplit(_ arguments: Arguments) throws -> Value {
    let data = try arguments.dataset("data", trainOfSplit: true)
    var rng = try arguments.generator()
    let train = try arguments.number("train")
    let valid = try arguments.number("valid")
    let testGiven =
      arguments.value("test") == nil ? 0 : try arguments.number("test")
    if train >= 1 || valid >= 1 || testGiven >= 1 {
      // `test` defaults to the rest: none here, as counts are given.
      let test =
        arguments.value("test") == nil
        ? 0 : try arguments.int("test", in: 0...data.count)
      return .object(
        SplitObject(
          split: try data.split(
            trainCount: try arguments.int("train", in: 1...data.count),
            validationCount: try arguments.int("valid", in: 0...data.count),
            testCount: test, using: &rng)))
    }
    let test =
      arguments.value("test") == nil
      ? max(0, 1 - train - valid) : try arguments.number("test")
    return .object(
      SplitObject(
        split: try data.split(
          trainFraction: train, validationFraction: valid, testFraction: test,
          using: &rng)))
  }

  /// Gives a fraction `label_noise` of the training labels another class.
  static func withLabelNoise(_ value: Value, _ arguments: Arguments)
    throws -> Value
  {
    let q = try arguments.number("label_noise")
    guard q > 0 else { return value }
    guard q < 1 else {
      throw arguments.error("label_noise", "`label_noise` must be in [0, 1)")
    }
    guard case .object(let object as SplitObject) = value else { return value }
    var split = object.split
    guard case .classification(let classes) = split.train.task, classes >= 2
    else {
      throw arguments.error(
        "label_noise", "label noise needs classification data")
    }
    var rng = try arguments.generator()
    var labels = split.train.targets.scalars
    let flips = Int((q * Double(labels.count)).rounded())
    for index in seededPermutation(count: labels.count, using: &rng).prefix(
      flips)
    {
      let shift = 1 + rng.nextInt(below: classes - 1)
      labels[index] = Float((Int(labels[index]) + shift) % classes)
    }
    let train = split.train
    split.train = try Dataset(
      name: train.name, features: train.features, targets: Tensor(labels),
      task: train.task,
      featureNames: train.featureNames, targetName: train.targetName)
    return .object(SplitObject(split: split))
  }

  /// Standardizes the regression targets of every part with the training
  /// part's mean and standard deviation (per output column).
  static func standardizeTargets(_ split: DataSplit) throws -> DataSplit {
    guard case .regression(let outputs) = split.train.task else {
      throw HostError(
        "target=true needs regression data; class labels cannot be standardized"
      )
    }
    let n = split.train.count
    let y = split.train.targets.scalars
    var means = [Double](repeating: 0, count: outputs)
    var deviations = [Double](repeating: 0, count: outputs)
    for row in 0..<n {
      for k in 0..<outputs {
        means[k] += Double(y[row * outputs + k]) / Double(n)
      }
    }
    for row in 0..<n {
      for k in 0..<outputs {
        let d = Double(y[row * outputs + k]) - means[k]
        deviations[k] += d * d / Double(n)
      }
    }
    let scales = deviations.map { $0 > 0 ? 1 / $0.squareRoot() : 1 }
    func apply(_ data: Dataset) throws -> Dataset {
      let scalars = data.targets.scalars.enumerated().map { index, value in
        Float(
          (Double(value) - means[index % outputs]) * scales[index % outputs])
      }
      return try Dataset(
        name: data.name, features: data.features,
        targets: try Tensor(shape: data.targets.shape, scalars: scalars),
        task: data.task, featureNames: data.featureNames,
        targetName: data.targetName)
    }
    return DataSplit(
      train: try apply(split.train),
      validation: try split.validation.map(apply),
      test: try split.test.map(apply))
  }

  /// The names of the CSV files in `directory` that `dataset` can load,
  /// without extension, sorted.
  static func availableDatasets(in directory: String) -> [String] {
    let files =
      (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
    return files.filter { $0.hasSuffix(".csv") }.map { String($0.dropLast(4)) }
      .filter(isDatasetName).sorted()
  }

  /// True for a name `dataset` accepts: letters, digits, `_` and `-` (so
  /// no path, and no control character a listing could echo).
  static func isDatasetName(_ name: String) -> Bool {
    !name.isEmpty
      && name.allSatisfy {
        $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-"
      }
  }

  /// Applies `transform` to a data set, or to every part of a split.
  static func mapData(
    _ arguments: Arguments, _ name: String,
    _ transform: (Dataset) throws -> Dataset
  ) throws -> Value {
    let value = try arguments.required(name)
    switch value {
    case .object(let object as DatasetObject):
      return .object(DatasetObject(dataset: try transform(object.dataset)))
    case .object(let object as SplitObject):
      let split = object.split
      return .object(
        SplitObject(
          split: DataSplit(
            train: try transform(split.train),
            validation: try split.validation.map(transform),
            test: try split.test.map(transform))))
    default:
      throw arguments.typeError(
        name, expected: "a data set or a split", got: value)
    }
  }

  /// A list of strings argument.
  static func strings(
    _ arguments: Arguments, _ name: String, _ fallback: [String]
  ) throws -> [String] {
    guard let value = arguments.value(name) else { return fallback }
    guard case .list(let items) = value else {
      throw arguments.typeError(name, expected: "a list of strings", got: value)
    }
    return try items.map {
      guard case .string(let text) = $0 else {
        throw arguments.typeError(
          name, expected: "a list of strings", got: value)
      }
      return text
    }
  }
}
