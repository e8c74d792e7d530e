/// How a `Linear` layer's weights (shape `[inputs, outputs]`, so
/// fan_in = inputs and fan_out = outputs) and biases start.
///
/// `pytorchDefault` is `Linear`'s default and matches `torch.nn.Linear`:
/// Kaiming-uniform with a = √5, which works out to U(−1/√fan_in, 1/√fan_in)
/// for the weights, and the same range for the biases. Every other
/// initializer sets the biases to 0 (as d2l does when it re-initializes).
public enum Initializer: Sendable, Equatable, CustomStringConvertible {
  /// torch.nn.Linear: weights and biases U(−1/√fan_in, 1/√fan_in).
  case pytorchDefault
  /// Weights N(0, σ²) — d2l's `normal(0, 0.01)` is `.normal(std: 0.01)`.
  case normal(std: Float)
  /// Weights U(−a, a).
  case uniform(bound: Float)
  /// Xavier/Glorot uniform (Glorot & Bengio, 2010): U(−b, b) with
  /// b = √(6 / (fan_in + fan_out)).
  case xavierUniform
  /// Xavier/Glorot normal: N(0, 2 / (fan_in + fan_out)).
  case xavierNormal
  /// He/Kaiming uniform for ReLU (He et al., 2015): U(−b, b), gain √2.
  ///
  /// The bound is b = √(6 / fan_in).
  case kaimingUniform
  /// He/Kaiming normal for ReLU: N(0, 2 / fan_in).
  case kaimingNormal
  /// All zeros (every unit stays identical: a lesson on symmetry).
  case zeros

  /// A short name: `xavier_uniform`, `normal(std=0.01)`, ….
  public var description: String {
    switch self {
    case .pytorchDefault: "pytorch_default"
    case .normal(let std): "normal(std=\(std))"
    case .uniform(let bound): "uniform(a=\(bound))"
    case .xavierUniform: "xavier_uniform"
    case .xavierNormal: "xavier_normal"
    case .kaimingUniform: "kaiming_uniform"
    case .kaimingNormal: "kaiming_normal"
    case .zeros: "zeros"
    }
  }

  /// Draws a weight matrix `[fanIn, fanOut]` and a bias `[fanOut]`, in that
  /// order, from `rng`.
  /// - Throws: `TrainKitError` for a negative or non-finite σ or bound.
  func make(fanIn: Int, fanOut: Int, using rng: inout SeededGenerator) throws
    -> (weight: Tensor, bias: Tensor)
  {
    let shape = [fanIn, fanOut]
    let zeroBias = try Tensor.zeros(shape: [fanOut])
    let fanInF = Float(Swift.max(fanIn, 1))
    let fanSum = Float(Swift.max(fanIn + fanOut, 1))
    switch self {
    case .pytorchDefault:
      let bound = 1 / fanInF.squareRoot()
      let weight = try Tensor.randomUniform(
        shape: shape, low: -bound, high: bound, using: &rng)
      let bias = try Tensor.randomUniform(
        shape: [fanOut], low: -bound, high: bound, using: &rng)
      return (weight, bias)
    case .normal(let std):
      guard std >= 0, std.isFinite else {
        throw TrainKitError(
          "normal initializer: std must be finite and ≥ 0, got \(std)")
      }
      return (
        try Tensor.randomNormal(shape: shape, std: std, using: &rng), zeroBias
      )
    case .uniform(let bound):
      guard bound >= 0, bound.isFinite else {
        throw TrainKitError(
          "uniform initializer: bound must be finite and ≥ 0, got \(bound)")
      }
      return (
        try Tensor.randomUniform(
          shape: shape, low: -bound, high: bound, using: &rng), zeroBias
      )
    case .xavierUniform:
      let bound = (6 / fanSum).squareRoot()
      return (
        try Tensor.randomUniform(
          shape: shape, low: -bound, high: bound, using: &rng), zeroBias
      )
    case .xavierNormal:
      return (
        try Tensor.randomNormal(
          shape: shape, std: (2 / fanSum).squareRoot(), using: &rng), zeroBias
      )
    case .kaimingUniform:
      let bound = (6 / fanInF).squareRoot()
      return (
        try Tensor.randomUniform(
          shape: shape, low: -bound, high: bound, using: &rng), zeroBias
      )
    case .kaimingNormal:
      return (
        try Tensor.randomNormal(
          shape: shape, std: (2 / fanInF).squareRoot(), using: &rng), zeroBias
      )
    case .zeros:
      return (try Tensor.zeros(shape: shape), zeroBias)
    }
  }
}
