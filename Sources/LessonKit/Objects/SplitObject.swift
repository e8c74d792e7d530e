import Localization
import TrainKit

/// Training, validation and test parts.
struct SplitObject: LessonObject {
  /// The parts.
  var split: DataSplit
  /// For data made by `expand`: the feature maps and the 2-D points they
  /// were computed from, so `boundary` can draw the plane.
  var plane: (maps: [FeatureMap], split: DataSplit)? = nil

  var heldTensors: [Tensor] {
    [split.train, split.validation, split.test].compactMap { $0 }.flatMap {
      [$0.features, $0.targets]
    }
  }

  var typeName: String { "split" }

  var summary: String {
    var parts = [String(Message("train \(split.train.count)"))]
    if let validation = split.validation {
      parts.append(String(Message("valid \(validation.count)")))
    }
    if let test = split.test {
      parts.append(String(Message("test \(test.count)")))
    }
    return String(Message("split: \(Message.list(parts))"))
      + String(Message(" (\(split.train.featureCount) features)"))
  }

  func render(_ context: RenderContext) -> String {
    var lines = ["train: " + DatasetObject(dataset: split.train).summary]
    if let validation = split.validation {
      lines.append("valid: " + DatasetObject(dataset: validation).summary)
    }
    if let test = split.test {
      lines.append("test:  " + DatasetObject(dataset: test).summary)
    }
    return lines.joined(separator: "\n")
  }

  var memberNames: [String] { ["train", "valid", "test"] }

  func member(_ name: String, in interpreter: Interpreter) throws -> Value? {
    switch name {
    case "train": return .object(DatasetObject(dataset: split.train))
    case "valid", "validation":
      return split.validation.map { .object(DatasetObject(dataset: $0)) }
        ?? Value.none
    case "test":
      return split.test.map { .object(DatasetObject(dataset: $0)) }
        ?? Value.none
    default: return nil
    }
  }
}
