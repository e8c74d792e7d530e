import CKernels
import Dispatch

// Vector loops of the training step outside GEMM: the Adam update.
//
// The loop does exactly the scalar operations of its reference (the same
// multiplications, additions, divisions and square roots, in the same order,
// each rounded separately: neither Swift nor CKernels, built with
// -ffp-contract=off, contracts `a * b + c` into a fused multiply-add), so
// results are bit-identical to the plain loop it replaces. It was written
// with `SIMD16<Float>` first; Swift's square root turned out to be scalar
// with a libm call per lane on Linux (one `vsqrtss` and a `sqrtf` call for
// C's errno path), so the element loop is now C intrinsics, one per
// instruction set (`trainkit_kernel_set.adam`), and this file splits it
// over the cores.

/// Vectorized loops over raw buffers, for `UpdateKernels.swift`.
enum SIMDKernels {
  /// Adam / AdamW without AMSGrad over `count` elements: reads θ from
  /// `source`, writes θ′ = θ·shrink − stepSize · m / (√v / √(1 − β₂ᵗ) + ε)
  /// to `theta` (which must not overlap `source`: the C loop is declared
  /// `restrict`), and updates m ← β₁·m + (1 − β₁)·g and
  /// v ← β₂·v + (1 − β₂)·g·g in place.
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
    beta2: Float, epsilon: Float, threads: Int = GEMM.defaultThreadCount,
    kernels: KernelSet = .active
  ) {
    let adam = kernels.adam
    let parts = min(threads, count / parallelAdamMinimum)
    guard parts > 1 else {
      adam(
        0, count, source, theta, m, v, g, shrink, stepSize, correction2Root,
        beta1, beta2, epsilon)
      return
    }
    let job = AdamJob(
      source: source, theta: theta, m: m, v: v, g: g)
    WorkerPool.shared.run(parts: parts) { part in
      let range = WorkerPool.share(part, of: parts, count: count, unit: 16)
      adam(
        range.lowerBound, range.upperBound, job.source, job.theta, job.m,
        job.v, job.g, shrink, stepSize, correction2Root, beta1, beta2,
        epsilon)
    }
  }

  /// Elements per thread below which `adam` stays on the calling thread
  /// (waking a second thread costs about as much as 16k elements).
  static let parallelAdamMinimum = 16_384

  /// The pointers of one `adam` call, shared by the threads that run it.
  ///
  /// `@unchecked Sendable` is safe: each thread reads and writes only its own
  /// disjoint range of every buffer.
  private struct AdamJob: @unchecked Sendable {
    let source: UnsafePointer<Float>
    let theta: UnsafeMutablePointer<Float>
    let m: UnsafeMutablePointer<Float>
    let v: UnsafeMutablePointer<Float>
    let g: UnsafePointer<Float>
  }
}
