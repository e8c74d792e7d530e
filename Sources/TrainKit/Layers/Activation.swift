/// An elementwise activation function as a layer (no parameters).
public struct Activation: Layer {
  /// The function applied.
  public enum Kind: Sendable, Equatable, CustomStringConvertible {
    /// σ(x) = 1 / (1 + e⁻ˣ).
    case sigmoid
    /// tanh(x).
    case tanh
    /// max(0, x).
    case relu
    /// x for x > 0, slope·x otherwise.
    case leakyRelu(slope: Float)
    /// x·Φ(x), the exact (erf) form.
    case gelu
    /// x (no activation: a linear model).
    case identity

    /// The PyTorch-style name: `ReLU`, `LeakyReLU(0.01)`, ….
    public var description: String {
      switch self {
      case .sigmoid: "Sigmoid"
      case .tanh: "Tanh"
      case .relu: "ReLU"
      case .leakyRelu(let slope): "LeakyReLU(\(slope))"
      case .gelu: "GELU"
      case .identity: "Identity"
      }
    }
  }

  /// The function this layer applies.
  public let kind: Kind

  /// Creates an activation layer.
  public init(_ kind: Kind) { self.kind = kind }

  /// Applies the function to each element.
  public func callAsFunction(_ input: Tensor, context: inout ForwardContext)
    throws -> Tensor
  {
    switch kind {
    case .sigmoid: input.sigmoid()
    case .tanh: input.tanh()
    case .relu: input.relu()
    case .leakyRelu(let slope): input.leakyRelu(slope: slope)
    case .gelu: input.gelu()
    case .identity: input
    }
  }

  /// None.
  public var parameters: [Parameter] { [] }

  /// The same activation (it has no state).
  public func copied() -> Activation { self }

  /// The kind's name, such as `ReLU`.
  public var description: String { kind.description }
}

/// Inverted dropout (Srivastava et al., 2014): in training, each element is
/// zeroed with probability `p` and the survivors are scaled by 1/(1 − p), so
/// the expected output equals the input; in evaluation it is the identity.
///
/// Masks are drawn from `ForwardContext.rng`.
public struct Dropout: Layer {
  /// The probability of zeroing an element.
  public let probability: Float

  /// Creates a dropout layer.
  /// - Throws: `TrainKitError` unless 0 ≤ p ≤ 1 (`checkProbability`).
  public init(probability p: Float) throws {
    try Dropout.checkProbability(Double(p))
    probability = p
  }

  /// Throws unless 0 ≤ p ≤ 1, as PyTorch's `nn.Dropout` (p = 1 zeroes
  /// every value).
  ///
  /// The one check of a dropout rate, for the layer and for `dropout(t, p)`.
  public static func checkProbability(_ p: Double) throws {
    guard p >= 0 && p <= 1 else {
      let text = p == p.rounded() && abs(p) < 1e15 ? "\(Int(p))" : "\(p)"
      throw TrainKitError(
        "a dropout probability must be between 0 and 1, got \(text)"
      )
    }
  }

  /// Applies a fresh mask in training; passes `input` through in evaluation.
  public func callAsFunction(_ input: Tensor, context: inout ForwardContext)
    throws -> Tensor
  {
    guard context.isTraining, probability > 0 else { return input }
    let scale: Float = probability < 1 ? 1 / (1 - probability) : 0
    var mask = [Float](repeating: 0, count: input.count)
    for i in 0..<mask.count where context.rng.nextUniform() >= probability {
      mask[i] = scale
    }
    return try input * Tensor(uncheckedShape: input.shape, scalars: mask)
  }

  /// None.
  public var parameters: [Parameter] { [] }

  /// The same dropout layer (it has no state; masks come from the context).
  public func copied() -> Dropout { self }

  /// `Dropout(p=0.5)`.
  public var description: String { "Dropout(p=\(probability))" }
}
