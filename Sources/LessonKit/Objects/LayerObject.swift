import TrainKit

/// One layer of a model, for `model.layers[i]`.
struct LayerObject: LessonObject {
  /// The layer.
  var layer: any Layer
  /// Its position prefix: "0", "2.body.0".
  var name: String

  var typeName: String { "layer" }

  var summary: String { "layer \(name): \(layer.description)" }

  var memberNames: [String] { ["name", "kind", "weight", "bias", "params"] }

  func member(_ member: String, in interpreter: Interpreter) throws -> Value? {
    switch member {
    case "name": return .string(name)
    case "kind":
      let text = layer.description
      return .string(String(text.prefix { $0 != "(" }))
    case "weight":
      return (layer as? Linear).map {
        .object(TensorObject(tensor: $0.weight.value))
      } ?? Value.none
    case "bias":
      return (layer as? Linear)?.bias.map {
        .object(TensorObject(tensor: $0.value))
      } ?? Value.none
    case "params": return .number(Double(layer.parameterCount))
    default: return nil
    }
  }
}
