// SIMD loops of the training step outside GEMM: the Adam update.
//
// Each loop does exactly the scalar operations of its reference (the same
// multiplications, additions, divisions and square roots, in the same order,
// each rounded separately: Swift does not contract `a * b + c` into a fused
// multiply-add), 16 lanes at a time, so results are bit-identical to the
// plain loops they replace. They are `@inline(never)` for the reason given
// in `GEMM+MicroKernel.swift`: on their own the vectors stay whole.

/// Vectorized loops over raw buffers, for `UpdateKernels.swift`.
enum SIMDKernels {
  /// Adam / AdamW without AMSGrad, in place, over `count` elements:
  /// θ′ = θ·shrink − stepSize · m / (√v / √(1 − β₂ᵗ) + ε), with
  /// m ← β₁·m + (1 − β₁)·g and v ← β₂·v + (1 − β₂)·g·g; `delta` gets θ′ − θ.
  ///
  /// New values of m and v smaller in magnitude than
  /// `Float.leastNormalMagnitude` (≈ 1.2e-38) are stored as 0. Otherwise the
  /// moments of a weight whose gradient stays 0 (a dead ReLU unit, a pixel
  /// that is always blank) decay into subnormal numbers within a few hundred
  /// steps (0.9ᵗ), and every operation on a subnormal costs a microcode
  /// assist: on the digits epoch that made this loop 2–3× slower as training
  /// went on. The change to θ is below 1e-30·γ; for normal values the result
  /// is bit-identical to the scalar formula.
  @inline(never)
  static func adam(
    count: Int, theta: UnsafeMutablePointer<Float>,
    m: UnsafeMutablePointer<Float>, v: UnsafeMutablePointer<Float>,
    delta: UnsafeMutablePointer<Float>, gradient g: UnsafePointer<Float>,
    shrink: Float, stepSize: Float, correction2Root: Float, beta1: Float,
    beta2: Float, epsilon: Float
  ) {
    let oneMinusBeta1 = 1 - beta1
    let oneMinusBeta2 = 1 - beta2
    typealias V = SIMD16<Float>
    let vShrink = V(repeating: shrink)
    let vStep = V(repeating: stepSize)
    let vRoot = V(repeating: correction2Root)
    let vBeta1 = V(repeating: beta1)
    let vBeta2 = V(repeating: beta2)
    let vOne1 = V(repeating: oneMinusBeta1)
    let vOne2 = V(repeating: oneMinusBeta2)
    let vEps = V(repeating: epsilon)
    let tiny = Float.leastNormalMagnitude
    let vTiny = V(repeating: tiny)
    let lanes = V.scalarCount
    var i = 0
    while i + lanes <= count {
      let old = UnsafeRawPointer(theta + i).loadUnaligned(as: V.self)
      let gi = UnsafeRawPointer(g + i).loadUnaligned(as: V.self)
      let mi = UnsafeRawPointer(m + i).loadUnaligned(as: V.self)
      let vi = UnsafeRawPointer(v + i).loadUnaligned(as: V.self)
      let shrunk = old * vShrink
      var newM = vBeta1 * mi + vOne1 * gi
      var newV = vBeta2 * vi + vOne2 * gi * gi
      newM.replace(with: 0, where: (newM .< vTiny) .& (newM .> -vTiny))
      newV.replace(with: 0, where: newV .< vTiny)
      let denominator = newV.squareRoot() / vRoot + vEps
      let newTheta = shrunk - vStep * (newM / denominator)
      UnsafeMutableRawPointer(m + i).storeBytes(of: newM, as: V.self)
      UnsafeMutableRawPointer(v + i).storeBytes(of: newV, as: V.self)
      UnsafeMutableRawPointer(theta + i).storeBytes(of: newTheta, as: V.self)
      UnsafeMutableRawPointer(delta + i).storeBytes(
        of: newTheta - old, as: V.self)
      i += lanes
    }
    while i < count {
      let old = theta[i]
      let shrunk = old * shrink
      let newM = beta1 * m[i] + oneMinusBeta1 * g[i]
      let newV = beta2 * v[i] + oneMinusBeta2 * g[i] * g[i]
      m[i] = newM < tiny && newM > -tiny ? 0 : newM
      v[i] = newV < tiny ? 0 : newV
      let denominator = v[i].squareRoot() / correction2Root + epsilon
      theta[i] = shrunk - stepSize * (m[i] / denominator)
      delta[i] = theta[i] - old
      i += 1
    }
  }
}
