extension Parameter {
  /// Whether this parameter is a weight: a matrix (rank ≥ 2) that multiplies
  /// the layer's input, not a bias or a normalization's scale and shift.
  ///
  /// The one definition of a weight: penalties apply to these parameters only.
  public var isWeight: Bool { value.rank >= 2 }
}

/// L2 and L1 penalties on the weights, as `fit(l2:l1:)` applies them.
///
/// The penalty (λ₂/2)·Σ‖W‖² + λ₁·Σ|W| over the weights (``Parameter/isWeight``)
/// adds λ₂·w + λ₁·sign(w) to each weight's gradient. Like PyTorch's
/// `weight_decay`, it is added to the gradient just before the optimizer's
/// step: after gradient clipping (which is the caller's, on the data loss's
/// gradient) and outside the recorded gradient norms and losses.
public struct WeightPenalty: Sendable, Equatable, CustomStringConvertible {
  /// λ₂ of (λ₂/2)·‖W‖².
  public let l2: Float
  /// λ₁ of λ₁·|W|.
  public let l1: Float

  /// Creates a penalty.
  /// - Throws: `TrainKitError` unless both are finite and at least 0.
  public init(l2: Float = 0, l1: Float = 0) throws {
    for (name, value) in [("l2", l2), ("l1", l1)]
    where !(value >= 0 && value.isFinite) {
      throw TrainKitError(
        "fit: \(name) must be a finite number ≥ 0, got \(value)")
    }
    self.l2 = l2
    self.l1 = l1
  }

  /// True when the penalty changes nothing.
  public var isZero: Bool { l2 == 0 && l1 == 0 }

  /// Adds λ₂·w + λ₁·sign(w) to the gradient of every weight that has one.
  public func addGradients(to parameters: [Parameter]) {
    guard !isZero else { return }
    for parameter in parameters where parameter.isWeight {
      guard let gradient = parameter.gradient,
        gradient.shape == parameter.value.shape
      else { continue }
      let weights = parameter.value.scalars
      var scalars = gradient.scalars
      for index in scalars.indices {
        let w = weights[index]
        scalars[index] += l2 * w + l1 * (w > 0 ? 1 : w < 0 ? -1 : 0)
      }
      parameter.gradient = Tensor(
        uncheckedShape: gradient.shape, scalars: scalars)
    }
  }

  /// `" + l2=0.01"`, `" + l1=0.001"` or both; empty when zero.
  public var description: String {
    (l2 != 0 ? " + l2=\(formatHyperParameter(l2))" : "")
      + (l1 != 0 ? " + l1=\(formatHyperParameter(l1))" : "")
  }
}
