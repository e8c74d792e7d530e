/// Rescales the gradients of `parameters` so that their global L2 norm is at
/// most `maxNorm`, as PyTorch's `torch.nn.utils.clip_grad_norm_` does, and
/// returns the norm they had before.
///
/// The global norm is ‖g‖ = √(Σ over every parameter and element of g²).
/// Every gradient is then multiplied by
///
///     c = min(1, maxNorm / (‖g‖ + 1e-6))
///
/// so gradients whose norm is already below `maxNorm` are (up to the 1e-6)
/// left unchanged, and larger ones keep their direction but shrink to
/// length `maxNorm`. Parameters without a gradient are skipped.
///
///     let w = Parameter(name: "w", value: Tensor([0, 0]))
///     w.gradient = Tensor([3, 4])
///     let norm = clipGradientNorm([w], maxNorm: 1)
///     print(norm)   // Prints "5.0"; w.gradient is now about [0.6, 0.8]
///
/// Deliberate differences from PyTorch, so that bad input never corrupts
/// the diagnosis: when a gradient holds NaN or ±Inf the gradients are left
/// exactly as they are and the norm returned is NaN or +Inf (the training
/// loop reports where it appeared); a negative or NaN `maxNorm` is treated
/// as 0.
///
/// - Parameters:
///   - parameters: the parameters whose gradients are clipped together. A
///     parameter listed twice is counted and clipped once.
///   - maxNorm: the largest global norm allowed.
/// - Returns: the global L2 norm of the gradients before clipping (0 when
///   no parameter has a gradient).
/// - Complexity: O(n) in the total number of gradient elements.
@discardableResult
public func clipGradientNorm(_ parameters: [Parameter], maxNorm: Float) -> Float
{
  var seen = Set<ObjectIdentifier>()
  let clipped = parameters.compactMap { parameter -> (Parameter, Tensor)? in
    guard let gradient = parameter.gradient,
      seen.insert(ObjectIdentifier(parameter)).inserted
    else { return nil }
    return (parameter, gradient)
  }
  var sumOfSquares = 0.0
  for (_, gradient) in clipped {
    for g in gradient.scalars { sumOfSquares += Double(g) * Double(g) }
  }
  let exactNorm = sumOfSquares.squareRoot()
  let norm = Float(exactNorm)
  // NaN or Inf among the gradients: leave them for the caller to report.
  guard exactNorm.isFinite else { return norm }
  let limit = maxNorm >= 0 ? Double(maxNorm) : 0
  let coefficient = Float(min(1, limit / (exactNorm + 1e-6)))
  guard coefficient < 1 else { return norm }
  for (parameter, gradient) in clipped {
    var scaled = gradient
    for i in scaled.scalars.indices { scaled.scalars[i] *= coefficient }
    parameter.gradient = scaled
  }
  return norm
}
