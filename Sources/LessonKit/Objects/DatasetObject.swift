import Localization
import TrainKit

/// A data set: features `[n, d]` and targets.
struct DatasetObject: LessonObject {
  /// The data set.
  var dataset: Dataset

  var heldTensors: [Tensor] { [dataset.features, dataset.targets] }

  var typeName: String { "dataset" }

  var summary: String {
    let kind: Message
    switch dataset.task {
    case .classification(let classes): kind = Message("\(classes) classes")
    case .regression(let outputs):
      kind =
        outputs == 1
        ? Message("regression") : Message("regression, \(outputs) outputs")
    }
    return String(
      Message(
        "\(dataset.name): \(dataset.count) × \(dataset.featureCount), \(kind)"))
  }

  var memberNames: [String] {
    ["n", "d", "x", "y", "names", "classes", "name", "raw"]
  }

  func member(_ name: String, in interpreter: Interpreter) throws -> Value? {
    switch name {
    case "n": return .number(Double(dataset.count))
    case "d": return .number(Double(dataset.featureCount))
    case "x": return .object(TensorObject(tensor: dataset.features))
    case "y":
      return .list(DatasetObject.targetList(dataset).map { .number($0) })
    case "names": return .list(dataset.featureNames.map { .string($0) })
    case "classes":
      if case .classification(let classes) = dataset.task {
        return .number(Double(classes))
      }
      return .number(0)
    case "name": return .string(dataset.name)
    case "raw":
      guard let column = dataset.featureNames.firstIndex(of: "x") else {
        throw HostError(
          "`raw` is the x column of poly_data; this data set has no feature named x"
        )
      }
      return .list(DatasetObject.column(dataset, column).map { .number($0) })
    default: return nil
    }
  }

  var length: Int? { dataset.count }

  /// The targets as numbers (the first output for regression).
  static func targetList(_ dataset: Dataset) -> [Double] {
    let width = dataset.targets.rank == 2 ? dataset.targets.shape[1] : 1
    return stride(from: 0, to: dataset.targets.count, by: max(width, 1)).map {
      Double(dataset.targets.scalars[$0])
    }
  }

  /// One feature column as numbers.
  static func column(_ dataset: Dataset, _ index: Int) -> [Double] {
    let d = dataset.featureCount
    return (0..<dataset.count).map {
      Double(dataset.features.scalars[$0 * d + index])
    }
  }
}
