import Testing

@testable import TrainKit

/// The vectorized loops of `Kernels/Elementwise+SIMD.swift` against the
/// plain scalar formulas they replace: results must be bit-identical.
@Suite struct SIMDKernelsTests {
  /// Deterministic, varied values (some negative, some zero).
  static func values(_ count: Int, seed: UInt64) -> [Float] {
    var rng = SeededGenerator(seed: seed)
    return (0..<count).map { i in i % 7 == 3 ? 0 : Float(rng.nextNormal()) }
  }

  @Test(arguments: [
    (0, false), (1, false), (15, false), (16, false),
    (17, false), (37, false), (64, false), (1000, false), (40, true),
    // Split over threads: ranges of 16-lane blocks, the tail in the last.
    (2 * SIMDKernels.parallelAdamMinimum + 21, false),
    (3 * SIMDKernels.parallelAdamMinimum + 16, true),
  ])
  func adamMatchesTheScalarFormulaBitForBit(count: Int, tinyMoments: Bool) {
    // With `tinyMoments`, every third gradient is 0 and the moments start
    // just above the smallest normal number, so that β·m falls below it.
    // (β₁ = 0.9 takes 1.25e-38 and β₂ = 0.999 takes 1.176e-38 below
    // `Float.leastNormalMagnitude` ≈ 1.1755e-38.)
    let (scale, vScale): (Float, Float) = (1.25e-38, 1.176e-38)
    let g = Self.values(count, seed: 1).enumerated().map {
      tinyMoments && $0.offset % 3 == 0 ? 0 : $0.element
    }
    let theta0 = Self.values(count, seed: 2)
    let m0 = Self.values(count, seed: 3).map {
      tinyMoments ? (($0 < 0) ? -scale : scale) : $0 * 0.1
    }
    let v0 = Self.values(count, seed: 4).map {
      tinyMoments ? vScale : $0 * $0 * 0.01
    }
    let (shrink, stepSize, root, beta1, beta2, eps):
      (
        Float, Float, Float, Float, Float, Float
      ) = (0.9999, 0.0123, 0.0447, 0.9, 0.999, 1e-8)
    // The reference: the scalar loop, written out.
    var expectedTheta = theta0
    var expectedM = m0
    var expectedV = v0
    for i in 0..<count {
      let shrunk = expectedTheta[i] * shrink
      let newM = beta1 * expectedM[i] + (1 - beta1) * g[i]
      let newV = beta2 * expectedV[i] + (1 - beta2) * g[i] * g[i]
      // Subnormal moments are flushed to 0.
      let tiny = Float.leastNormalMagnitude
      expectedM[i] = abs(newM) < tiny ? 0 : newM
      expectedV[i] = newV < tiny ? 0 : newV
      let denominator = expectedV[i].squareRoot() / root + eps
      expectedTheta[i] = shrunk - stepSize * (expectedM[i] / denominator)
    }
    let theta = theta0
    var m = m0
    var v = v0
    var vMax: [Float] = []
    let updated = adamKernel(
      theta: theta, m: &m, v: &v, vMax: &vMax, gradient: g,
      shrink: shrink, stepSize: stepSize, correction2Root: root, beta1: beta1,
      beta2: beta2, epsilon: eps, amsgrad: false)
    #expect(updated.map(\.bitPattern) == expectedTheta.map(\.bitPattern))
    #expect(m.map(\.bitPattern) == expectedM.map(\.bitPattern))
    #expect(v.map(\.bitPattern) == expectedV.map(\.bitPattern))
    // The old values are left alone (the graph may still hold them).
    #expect(theta.map(\.bitPattern) == theta0.map(\.bitPattern))
    // Writing into a spare array gives the same bits; a spare someone else
    // still holds is copied first, never written over.
    var m2 = m0
    var v2 = v0
    let held = [Float](repeating: 7, count: count)
    let reused = adamKernel(
      theta: theta, m: &m2, v: &v2, vMax: &vMax, gradient: g,
      shrink: shrink, stepSize: stepSize, correction2Root: root, beta1: beta1,
      beta2: beta2, epsilon: eps, amsgrad: false, reusing: held)
    #expect(reused.map(\.bitPattern) == expectedTheta.map(\.bitPattern))
    #expect(held.allSatisfy { $0 == 7 })
    if tinyMoments {
      // Zero gradient: β₁·m and β₂·v are subnormal, hence stored as 0.
      for i in Swift.stride(from: 0, to: count, by: 3) {
        #expect(m[i] == 0 && v[i] == 0)
      }
      #expect(m.contains { $0 != 0 })
    }
  }
}
