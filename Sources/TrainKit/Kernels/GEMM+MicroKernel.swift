// The register-blocked micro-kernel: the only loop where the time goes.
//
// It is kept as its own `@inline(never)` function on purpose. Inlined into a
// larger caller, the compiler splits the 512-bit vectors into 128-bit pieces
// and spills them to the stack (about 7× slower on this machine); on its own,
// the twelve accumulators stay in registers and every multiply-add is one
// `vfmadd231ps` on `%zmm` registers (see Benchmarks/README.md).

extension GEMM {
  /// Rows of C computed by one micro-kernel call (the height of an A panel).
  static let mr = 6
  /// Columns of C computed by one micro-kernel call (the width of a B panel):
  /// two 16-lane vectors.
  static let nr = 32

  /// C[0..<6, 0..<32] (+)= Σₚ A[·, p] ⊗ B[p, ·] over one packed A panel and
  /// one packed B panel.
  ///
  /// - Parameters:
  ///   - kc: Depth of the panels (≥ 0).
  ///   - a: Packed A panel: `kc` groups of `mr` values, `a[p·mr + i]` = A[i, p].
  ///   - b: Packed B panel: `kc` rows of `nr` values, `b[p·nr + j]` = B[p, j].
  ///   - c: Top-left element of a full 6×32 tile of C (row stride `ldc`).
  ///   - addToC: When false the tile is overwritten, otherwise added to.
  ///
  /// Each element's sum over `p` is formed in increasing `p` order, one fused
  /// multiply-add per step starting from zero, then stored or added to C: the
  /// result does not depend on where the tile lies or which thread runs it.
  @inline(never)
  static func microKernel(
    kc: Int, a: UnsafePointer<Float>, b: UnsafePointer<Float>,
    c: UnsafeMutablePointer<Float>, ldc: Int, addToC: Bool
  ) {
    var c00 = SIMD16<Float>(), c01 = SIMD16<Float>()
    var c10 = SIMD16<Float>(), c11 = SIMD16<Float>()
    var c20 = SIMD16<Float>(), c21 = SIMD16<Float>()
    var c30 = SIMD16<Float>(), c31 = SIMD16<Float>()
    var c40 = SIMD16<Float>(), c41 = SIMD16<Float>()
    var c50 = SIMD16<Float>(), c51 = SIMD16<Float>()
    var pa = a
    var pb = UnsafeRawPointer(b)
    var p = 0
    while p < kc {
      let b0 = pb.loadUnaligned(as: SIMD16<Float>.self)
      let b1 = pb.loadUnaligned(fromByteOffset: 64, as: SIMD16<Float>.self)
      var x = SIMD16<Float>(repeating: pa[0])
      fusedMultiplyAdd(&c00, x, b0)
      fusedMultiplyAdd(&c01, x, b1)
      x = SIMD16<Float>(repeating: pa[1])
      fusedMultiplyAdd(&c10, x, b0)
      fusedMultiplyAdd(&c11, x, b1)
      x = SIMD16<Float>(repeating: pa[2])
      fusedMultiplyAdd(&c20, x, b0)
      fusedMultiplyAdd(&c21, x, b1)
      x = SIMD16<Float>(repeating: pa[3])
      fusedMultiplyAdd(&c30, x, b0)
      fusedMultiplyAdd(&c31, x, b1)
      x = SIMD16<Float>(repeating: pa[4])
      fusedMultiplyAdd(&c40, x, b0)
      fusedMultiplyAdd(&c41, x, b1)
      x = SIMD16<Float>(repeating: pa[5])
      fusedMultiplyAdd(&c50, x, b0)
      fusedMultiplyAdd(&c51, x, b1)
      pa += 6
      pb += 128
      p &+= 1
    }
    storeRow(c, c00, c01, addToC)
    storeRow(c + ldc, c10, c11, addToC)
    storeRow(c + 2 &* ldc, c20, c21, addToC)
    storeRow(c + 3 &* ldc, c30, c31, addToC)
    storeRow(c + 4 &* ldc, c40, c41, addToC)
    storeRow(c + 5 &* ldc, c50, c51, addToC)
  }

  /// acc += x·y, lane by lane.
  ///
  /// With FMA in the target (`TRAINKIT_FMA`, set by Package.swift together
  /// with `-target-cpu native`) this is one fused instruction per vector.
  /// Without it, `addProduct` would be a library call per lane, so the
  /// portable build rounds the product and the sum separately instead.
  @inline(__always)
  static func fusedMultiplyAdd(
    _ acc: inout SIMD16<Float>, _ x: SIMD16<Float>, _ y: SIMD16<Float>
  ) {
    #if TRAINKIT_FMA
      acc.addProduct(x, y)
    #else
      acc = acc + x * y
    #endif
  }

  /// Stores (or adds) two vectors to 32 consecutive floats at `row`.
  @inline(__always)
  static func storeRow(
    _ row: UnsafeMutablePointer<Float>, _ v0: SIMD16<Float>, _ v1: SIMD16<Float>,
    _ addToC: Bool
  ) {
    let raw = UnsafeMutableRawPointer(row)
    if addToC {
      let old0 = raw.loadUnaligned(as: SIMD16<Float>.self)
      let old1 = raw.loadUnaligned(fromByteOffset: 64, as: SIMD16<Float>.self)
      raw.storeBytes(of: old0 + v0, as: SIMD16<Float>.self)
      raw.storeBytes(of: old1 + v1, toByteOffset: 64, as: SIMD16<Float>.self)
    } else {
      raw.storeBytes(of: v0, as: SIMD16<Float>.self)
      raw.storeBytes(of: v1, toByteOffset: 64, as: SIMD16<Float>.self)
    }
  }
}
