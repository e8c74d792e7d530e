import TrainKit

/// Wraps an optimizer to add the gradients of weight penalties before each
/// step, for `fit(l2=…, l1=…)`.
///
/// The penalty is `(l2/2)·Σ‖W‖² + l1·Σ|W|` over weight matrices only
/// (parameters named `….weight`; biases are not penalized), so each
/// weight's gradient gains `l2·w + l1·sign(w)`. The losses `fit` records stay
/// the plain data loss, as d2l plots them. The penalty is added after
/// gradient clipping and is not part of the recorded gradient norms.
final class PenalizedOptimizer: Optimizer {
  /// The optimizer doing the update.
  let base: any Optimizer
  /// The L2 coefficient λ of (λ/2)·‖W‖².
  let l2: Float
  /// The L1 coefficient λ of λ·|W|.
  let l1: Float

  /// Wraps `base`.
  init(_ base: any Optimizer, l2: Float, l1: Float) {
    self.base = base
    self.l2 = l2
    self.l1 = l1
  }

  var learningRate: Float {
    get { base.learningRate }
    set { base.learningRate = newValue }
  }

  func step(_ parameters: [Parameter]) throws {
    for parameter in parameters where parameter.name.hasSuffix("weight") {
      guard let gradient = parameter.gradient, gradient.shape == parameter.value.shape else { continue }
      let weights = parameter.value.scalars
      var scalars = gradient.scalars
      for index in scalars.indices {
        let w = weights[index]
        scalars[index] += l2 * w + l1 * (w > 0 ? 1 : w < 0 ? -1 : 0)
      }
      parameter.gradient = try Tensor(shape: gradient.shape, scalars: scalars)
    }
    try base.step(parameters)
  }

  var description: String {
    var text = base.description
    if l2 != 0 { text += " + l2=\(formatNumber(Double(l2)))" }
    if l1 != 0 { text += " + l1=\(formatNumber(Double(l1)))" }
    return text
  }
}
