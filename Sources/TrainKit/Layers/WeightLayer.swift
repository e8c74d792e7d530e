/// A layer that holds a weight, as gradient statistics, penalties' reports
/// and the language's per-layer lists (`h.grad_norms`, `weight_norms`,
/// `model.linear_layers`) see it.
///
/// Found by walking the containers (``Layer/sublayers``) down to the layers
/// with a parameter that ``Parameter/isWeight``; its name is the one its
/// parameters' names give (`"2.body.0.weight"` → `"2.body.0"`; `"model"`
/// for a model that is one layer), as gradient statistics group them.
public struct WeightLayer {
  /// The layer's dotted name: `"0"`, `"2.body.0"`, `"model"`.
  public var name: String
  /// The layer itself.
  public var layer: any Layer
  /// Its first weight (``Parameter/isWeight``).
  public var weight: Parameter
  /// All its parameters (weight, bias), in order.
  public var parameters: [Parameter]
}

extension Layer {
  /// The layers that hold a weight, input side first.
  public var weightLayers: [WeightLayer] {
    let children = sublayers
    guard children.isEmpty else {
      return children.flatMap { $0.layer.weightLayers }
    }
    let parameters = self.parameters
    guard let weight = parameters.first(where: \.isWeight) else { return [] }
    return [
      WeightLayer(
        name: layerName(ofParameter: weight.name), layer: self, weight: weight,
        parameters: parameters)
    ]
  }
}
