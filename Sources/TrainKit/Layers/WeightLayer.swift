/// A layer that holds a weight, as gradient statistics, penalties' reports
/// and the language's per-layer lists (`h.grad_norms`, `weight_norms`,
/// `model.linear_layers`) see it.
///
/// Found from the parameters alone: a parameter belongs to the layer named
/// by its name before the last dot (`"2.body.0.weight"` → `"2.body.0"`;
/// `"model"` for a name without a dot), and a layer holds a weight when one
/// of its parameters ``Parameter/isWeight``.
public struct WeightLayer {
  /// The layer's dotted name: `"0"`, `"2.body.0"`, `"model"`.
  public var name: String
  /// Its first weight (``Parameter/isWeight``).
  public var weight: Parameter
  /// All its parameters (weight, bias), in order.
  public var parameters: [Parameter]
}

extension Layer {
  /// The layers that hold a weight, input side first.
  public var weightLayers: [WeightLayer] {
    let parameters = self.parameters
    return layerGrouping(parameters.map(\.name)).compactMap { group in
      let members = group.members.map { parameters[$0] }
      guard let weight = members.first(where: \.isWeight) else { return nil }
      return WeightLayer(name: group.name, weight: weight, parameters: members)
    }
  }
}
