import Dispatch

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
  /// Adam / AdamW without AMSGrad over `count` elements: reads θ from
  /// `source`, writes θ′ = θ·shrink − stepSize · m / (√v / √(1 − β₂ᵗ) + ε)
  /// to `theta` (which may be `source`), and updates m ← β₁·m + (1 − β₁)·g
  /// and v ← β₂·v + (1 − β₂)·g·g in place.
  ///
  /// New values of m and v smaller in magnitude than
  /// `Float.leastNormalMagnitude` (≈ 1.2e-38) are stored as 0. Otherwise the
  /// moments of a weight whose gradient stays 0 (a dead ReLU unit, a pixel
  /// that is always blank) decay into subnormal numbers within a few hundred
  /// steps (0.9ᵗ), and every operation on a subnormal costs a microcode
  /// assist: on the digits epoch that made this loop 2–3× slower as training
  /// went on. The change to θ is below 1e-30·γ; for normal values the result
  /// is bit-identical to the scalar formula.
  ///
  /// Large parameters are split into `threads` contiguous ranges (multiples
  /// of 16 lanes) run concurrently. Every element's arithmetic is the same
  /// whichever range it falls in, so the result does not depend on the
  /// split. The loop is bound by its two divisions and one square root per
  /// 16 lanes (one divider per core) and, for parameters larger than L2, by
  /// memory traffic; both scale with cores.
  static func adam(
    count: Int, source: UnsafePointer<Float>,
    theta: UnsafeMutablePointer<Float>,
    m: UnsafeMutablePointer<Float>, v: UnsafeMutablePointer<Float>,
    gradient g: UnsafePointer<Float>,
    shrink: Float, stepSize: Float, correction2Root: Float, beta1: Float,
    beta2: Float, epsilon: Float, threads: Int = GEMM.defaultThreadCount
  ) {
    let parts = min(threads, count / parallelAdamMinimum)
    guard parts > 1 else {
      adamRange(
        0..<count, source: source, theta: theta, m: m, v: v, gradient: g,
        shrink: shrink, stepSize: stepSize, correction2Root: correction2Root,
        beta1: beta1, beta2: beta2, epsilon: epsilon)
      return
    }
    let lanes = SIMD16<Float>.scalarCount
    let blocks = count / lanes
    let job = AdamJob(
      source: source, theta: theta, m: m, v: v, g: g)
    WorkerPool.shared.run(parts: parts) { part in
      let lower = part * blocks / parts * lanes
      let upper = part == parts - 1 ? count : (part + 1) * blocks / parts * lanes
      adamRange(
        lower..<upper, source: job.source, theta: job.theta, m: job.m,
        v: job.v, gradient: job.g, shrink: shrink, stepSize: stepSize,
        correction2Root: correction2Root, beta1: beta1, beta2: beta2,
        epsilon: epsilon)
    }
  }

  /// Elements per thread below which `adam` stays on the calling thread
  /// (waking a second thread costs about as much as 16k elements).
  static let parallelAdamMinimum = 16_384

  /// The pointers of one `adam` call, shared by the threads that run it.
  /// `@unchecked Sendable` is safe: each thread reads and writes only its
  /// own disjoint range of every buffer.
  private struct AdamJob: @unchecked Sendable {
    let source: UnsafePointer<Float>
    let theta: UnsafeMutablePointer<Float>
    let m: UnsafeMutablePointer<Float>
    let v: UnsafeMutablePointer<Float>
    let g: UnsafePointer<Float>
  }

  /// The Adam loop over `range` (see `adam`).
  @inline(never)
  static func adamRange(
    _ range: Range<Int>, source: UnsafePointer<Float>,
    theta: UnsafeMutablePointer<Float>,
    m: UnsafeMutablePointer<Float>, v: UnsafeMutablePointer<Float>,
    gradient g: UnsafePointer<Float>,
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
    var i = range.lowerBound
    while i + lanes <= range.upperBound {
      let old = UnsafeRawPointer(source + i).loadUnaligned(as: V.self)
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
      i += lanes
    }
    while i < range.upperBound {
      let shrunk = source[i] * shrink
      let newM = beta1 * m[i] + oneMinusBeta1 * g[i]
      let newV = beta2 * v[i] + oneMinusBeta2 * g[i] * g[i]
      m[i] = newM < tiny && newM > -tiny ? 0 : newM
      v[i] = newV < tiny ? 0 : newV
      let denominator = v[i].squareRoot() / correction2Root + epsilon
      theta[i] = shrunk - stepSize * (m[i] / denominator)
      i += 1
    }
  }
}
