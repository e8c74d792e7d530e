import TrainKit

/// Accessors for arguments that become TrainKit values.
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
    case .object(let object as SplitObject) where trainOfSplit:
      return object.split.train
    default: throw typeError(name, expected: "a data set", got: value)
    }
  }

  /// A `DataSplit`; a bare data set becomes a split with only a training part.
  func dataSplit(_ name: String) throws -> DataSplit {
    let value = try required(name)
    switch value {
    case .object(let object as SplitObject): return object.split
    case .object(let object as DatasetObject):
      return DataSplit(train: object.dataset)
    default:
      throw typeError(name, expected: "a data set or a split", got: value)
    }
  }

  /// A float for TrainKit, from a number argument or its default.
  func float(_ name: String) throws -> Float {
    Float(try number(name))
  }
}
