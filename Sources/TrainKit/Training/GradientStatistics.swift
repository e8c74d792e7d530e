/// Running sums of squared gradient norms over an epoch's steps.
///
/// The epoch's norm of a parameter is the root of the mean of its squared
/// per-step norms (the RMS over steps), and likewise for layers and the
/// global norm, so that a layer's norm is always the root of the sum of its
/// parameters' squared norms.
struct GradientStatistics {
  private var sums: [Double]
  private(set) var steps = 0

  init(parameterCount: Int) {
    sums = [Double](repeating: 0, count: parameterCount)
  }

  /// Adds one step's per-parameter norms.
  mutating func add(_ norms: [Double]) {
    for (index, norm) in norms.enumerated() { sums[index] += norm * norm }
    steps += 1
  }

  /// The mean over steps of each parameter's squared norm.
  var meanSquares: [Double] { sums.map { steps > 0 ? $0 / Double(steps) : 0 } }
  /// The mean over steps of the squared global norm.
  var meanGlobalSquare: Double { meanSquares.reduce(0, +) }
}

/// The sum of squares of a tensor's elements, in Double.
func squaredNorm(_ tensor: Tensor) -> Double {
  tensor.scalars.reduce(0.0) { $0 + Double($1) * Double($1) }
}

/// Each parameter's gradient L2 norm (0 without a gradient), in Double.
func gradientNorms(_ parameters: [Parameter]) -> [Double] {
  parameters.map { $0.gradient.map { squaredNorm($0).squareRoot() } ?? 0 }
}

/// The layer a parameter belongs to, from its dotted name: the part
/// before the last dot (`"2.body.0.weight"` → `"2.body.0"`), or `"model"`
/// for a name without a dot.
func layerName(ofParameter name: String) -> String {
  name.lastIndex(of: ".").map { String(name[..<$0]) } ?? "model"
}

/// Groups parameter names by layer: the prefix before the last dot
/// (`"2.body.0.weight"` → `"2.body.0"`; a name without a dot belongs to
/// layer `"model"`), in order of first appearance.
func layerGrouping(_ names: [String]) -> [(name: String, members: [Int])] {
  var groups: [(name: String, members: [Int])] = []
  for (index, name) in names.enumerated() {
    let layer = layerName(ofParameter: name)
    if let position = groups.firstIndex(where: { $0.name == layer }) {
      groups[position].members.append(index)
    } else {
      groups.append((layer, [index]))
    }
  }
  return groups
}
