import Localization
import TrainKit

/// A model: TrainKit layers whose parameters `fit` trains in place.
///
/// Models are shared, not copied, by assignment (`m2 = m` is the same
/// model), as in PyTorch; `copy(m)` makes an independent one.
struct ModelObject: LessonObject {
  /// The layers.
  var model: Sequential

  var heldTensors: [Tensor] {
    model.parameters.flatMap { [$0.value] + ($0.gradient.map { [$0] } ?? []) }
  }
  /// How it was made, for the summary: "mlp [2, 16, 2]".
  var kind: String
  /// For a closed-form fit (`lstsq`, `ridge`): its mean squared errors
  /// computed in Double from the exact weights, before they were rounded to
  /// the model's Float32 weights.
  var exactLosses: ExactLosses? = nil

  var typeName: String { "model" }

  var summary: String {
    String(Message("model \(kind): \(model.parameterCount) parameters"))
  }

  func render(_ context: RenderContext) -> String {
    var lines = [summary]
    for (index, layer) in model.layers.enumerated() {
      let count = layer.parameterCount
      let text = "  \(index)  \(layer.description)"
      lines.append(count > 0 ? text.padding(toLength: 36) + " \(count)" : text)
    }
    return lines.joined(separator: "\n")
  }

  var memberNames: [String] {
    ["layers", "params", "linear_layers"]
      + (exactLosses == nil ? [] : ["train_loss", "test_loss"])
  }

  func member(_ name: String, in interpreter: Interpreter) throws -> Value? {
    switch name {
    case "layers":
      return .list(
        model.layers.enumerated().map {
          .object(LayerObject(layer: $1, name: String($0)))
        })
    case "params": return .number(Double(model.parameterCount))
    case "train_loss" where exactLosses != nil:
      return .number(exactLosses?.train ?? .nan)
    case "test_loss" where exactLosses != nil:
      return exactLosses?.test.map { Value.number($0) } ?? Value.none
    case "linear_layers":
      return .list(
        model.weightLayers.map {
          .object(LayerObject(layer: $0.layer, name: $0.name))
        })
    default: return nil
    }
  }

  var length: Int? { model.layers.count }

}

/// The mean squared errors of a closed-form fit, computed in Double from the
/// exact weights (a fit of x¹⁹/19! features has weights near 10¹⁴ that
/// cancel to many digits, which Float32 weights cannot reproduce).
struct ExactLosses: Sendable {
  /// Mean squared error on the training data the fit was solved on.
  var train: Double
  /// Mean squared error on the split's test part; nil without one.
  var test: Double?
}
