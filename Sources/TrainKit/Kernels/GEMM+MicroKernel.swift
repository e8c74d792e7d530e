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
  ///   - a: A panel, with A[i, p] = `a[i·aRow + p·aDepth]`.
  ///   - aRow: Distance between rows of A: 1 for a packed panel, lda for a
  ///     row-major A read in place, 1 for a transposed one.
  ///   - aDepth: Distance between steps in p: `mr` for a packed panel, 1 for
  ///     a row-major A read in place, lda for a transposed one.
  ///   - aRows: Rows of the panel that exist (1…6); the others are read as
  ///     copies of the last, so a partial panel can be read in place (its
  ///     extra rows of C are then garbage, which the caller drops).
  ///   - b: B panel, with B[p, j] = `b[p·bDepth + j]`.
  ///   - bDepth: Distance between rows of B: `nr` packed, ldb in place.
  ///   - c: Top-left element of a full 6×32 tile of C.
  ///   - ldc: Distance between rows of C.
  ///   - addToC: When false the tile is overwritten, otherwise added to.
  ///   - bias: When given, `bias[j]` is added to column j of every row after
  ///     that (a layer's bias, on the last depth block).
  ///
  /// Each element's sum over `p` is formed in increasing `p` order, one fused
  /// multiply-add per step starting from zero, then stored or added to C: the
  /// result does not depend on where the tile lies or which thread runs it.
  @inline(never)
  static func microKernel(
    kc: Int, a: UnsafePointer<Float>, aRow: Int, aDepth: Int, aRows: Int = 6,
    b: UnsafePointer<Float>, bDepth: Int,
    c: UnsafeMutablePointer<Float>, ldc: Int, addToC: Bool,
    bias: UnsafePointer<Float>? = nil
  ) {
    var c00 = SIMD16<Float>()
    var c01 = SIMD16<Float>()
    var c10 = SIMD16<Float>()
    var c11 = SIMD16<Float>()
    var c20 = SIMD16<Float>()
    var c21 = SIMD16<Float>()
    var c30 = SIMD16<Float>()
    var c31 = SIMD16<Float>()
    var c40 = SIMD16<Float>()
    var c41 = SIMD16<Float>()
    var c50 = SIMD16<Float>()
    var c51 = SIMD16<Float>()
    // Load C's old values first, so that their cache misses overlap the loop.
    var o00 = SIMD16<Float>()
    var o01 = SIMD16<Float>()
    var o10 = SIMD16<Float>()
    var o11 = SIMD16<Float>()
    var o20 = SIMD16<Float>()
    var o21 = SIMD16<Float>()
    var o30 = SIMD16<Float>()
    var o31 = SIMD16<Float>()
    var o40 = SIMD16<Float>()
    var o41 = SIMD16<Float>()
    var o50 = SIMD16<Float>()
    var o51 = SIMD16<Float>()
    if addToC {
      (o00, o01) = loadRow(c)
      (o10, o11) = loadRow(c + ldc)
      (o20, o21) = loadRow(c + 2 &* ldc)
      (o30, o31) = loadRow(c + 3 &* ldc)
      (o40, o41) = loadRow(c + 4 &* ldc)
      (o50, o51) = loadRow(c + 5 &* ldc)
    }
    var (a0, a1, a2, a3, a4, a5) = panelRows(a, aRow: aRow, rows: aRows)
    var pb = UnsafeRawPointer(b)
    let bStep = bDepth &* MemoryLayout<Float>.stride
    var p = 0
    while p < kc {
      let b0 = pb.loadUnaligned(as: SIMD16<Float>.self)
      let b1 = pb.loadUnaligned(fromByteOffset: 64, as: SIMD16<Float>.self)
      var x = SIMD16<Float>(repeating: a0.pointee)
      fusedMultiplyAdd(&c00, x, b0)
      fusedMultiplyAdd(&c01, x, b1)
      x = SIMD16<Float>(repeating: a1.pointee)
      fusedMultiplyAdd(&c10, x, b0)
      fusedMultiplyAdd(&c11, x, b1)
      x = SIMD16<Float>(repeating: a2.pointee)
      fusedMultiplyAdd(&c20, x, b0)
      fusedMultiplyAdd(&c21, x, b1)
      x = SIMD16<Float>(repeating: a3.pointee)
      fusedMultiplyAdd(&c30, x, b0)
      fusedMultiplyAdd(&c31, x, b1)
      x = SIMD16<Float>(repeating: a4.pointee)
      fusedMultiplyAdd(&c40, x, b0)
      fusedMultiplyAdd(&c41, x, b1)
      x = SIMD16<Float>(repeating: a5.pointee)
      fusedMultiplyAdd(&c50, x, b0)
      fusedMultiplyAdd(&c51, x, b1)
      a0 += aDepth
      a1 += aDepth
      a2 += aDepth
      a3 += aDepth
      a4 += aDepth
      a5 += aDepth
      pb += bStep
      p &+= 1
    }
    if addToC {
      c00 = o00 + c00
      c01 = o01 + c01
      c10 = o10 + c10
      c11 = o11 + c11
      c20 = o20 + c20
      c21 = o21 + c21
      c30 = o30 + c30
      c31 = o31 + c31
      c40 = o40 + c40
      c41 = o41 + c41
      c50 = o50 + c50
      c51 = o51 + c51
    }
    if let bias {
      let (b0, b1) = loadRow(UnsafeMutablePointer(mutating: bias))
      c00 = c00 + b0
      c01 = c01 + b1
      c10 = c10 + b0
      c11 = c11 + b1
      c20 = c20 + b0
      c21 = c21 + b1
      c30 = c30 + b0
      c31 = c31 + b1
      c40 = c40 + b0
      c41 = c41 + b1
      c50 = c50 + b0
      c51 = c51 + b1
    }
    storeRow(c, c00, c01)
    storeRow(c + ldc, c10, c11)
    storeRow(c + 2 &* ldc, c20, c21)
    storeRow(c + 3 &* ldc, c30, c31)
    storeRow(c + 4 &* ldc, c40, c41)
    storeRow(c + 5 &* ldc, c50, c51)
  }

  /// The six row pointers of an A panel of which only the first `rows`
  /// exist: the missing ones point at the last, so a partial panel can be
  /// read in place (the caller drops those rows of C).
  @inline(__always)
  static func panelRows(
    _ a: UnsafePointer<Float>, aRow: Int, rows: Int
  ) -> (
    UnsafePointer<Float>, UnsafePointer<Float>, UnsafePointer<Float>,
    UnsafePointer<Float>, UnsafePointer<Float>, UnsafePointer<Float>
  ) {
    let last = rows &- 1
    return (
      a, a + min(1, last) &* aRow, a + min(2, last) &* aRow,
      a + min(3, last) &* aRow, a + min(4, last) &* aRow,
      a + min(5, last) &* aRow
    )
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

  /// Loads 32 consecutive floats at `row` as two vectors.
  @inline(__always)
  static func loadRow(_ row: UnsafeMutablePointer<Float>) -> (
    SIMD16<Float>, SIMD16<Float>
  ) {
    let raw = UnsafeRawPointer(row)
    return (
      raw.loadUnaligned(as: SIMD16<Float>.self),
      raw.loadUnaligned(fromByteOffset: 64, as: SIMD16<Float>.self)
    )
  }

  /// Stores two vectors to 32 consecutive floats at `row`.
  @inline(__always)
  static func storeRow(
    _ row: UnsafeMutablePointer<Float>, _ v0: SIMD16<Float>, _ v1: SIMD16<Float>
  ) {
    let raw = UnsafeMutableRawPointer(row)
    raw.storeBytes(of: v0, as: SIMD16<Float>.self)
    raw.storeBytes(of: v1, toByteOffset: 64, as: SIMD16<Float>.self)
  }
}

extension GEMM {
  /// C[0..<6, 0..<64] (+)= Σₚ A[·, p] ⊗ [B₀ | B₁][p, ·]: two B panels at once
  /// (24 accumulators, 4 B vectors, 1 broadcast: 29 of the 32 vector
  /// registers).
  ///
  /// Each element gets exactly the arithmetic of `microKernel` (its own fused
  /// multiply-add chain from zero in increasing p, then the add to C), so using
  /// it or two `microKernel` calls gives the same bits; it halves the calls,
  /// the A broadcasts per multiply-add and the loop overhead per multiply-add.
  /// `b1` is the second panel, laid out like `b0`. Only the first `rows` rows
  /// of A are read and of C written (a partial A panel: its missing rows are
  /// read as copies of its last), so an edge tile needs no scratch and a
  /// partial panel can be read in place.
  ///
  /// `Height` fixes at compile time how many rows the kernel computes: 6,
  /// or 4 for the last panel of 64 rows (64 = 10·6 + 4), which would
  /// otherwise spend a third of its multiply-adds on rows never stored.
  @inline(never)
  static func microKernelWide<Height: PanelHeight>(
    _ height: Height.Type = SixRows.self,
    kc: Int, a: UnsafePointer<Float>, aRow: Int, aDepth: Int,
    b0 b: UnsafePointer<Float>, b1 bSecond: UnsafePointer<Float>, bDepth: Int,
    c: UnsafeMutablePointer<Float>, ldc: Int, addToC: Bool, rows: Int = 6,
    bias: UnsafePointer<Float>? = nil
  ) {
    let six = Height.rows > 4
    typealias V = SIMD16<Float>
    var c00 = V()
    var c01 = V()
    var c02 = V()
    var c03 = V()
    var c10 = V()
    var c11 = V()
    var c12 = V()
    var c13 = V()
    var c20 = V()
    var c21 = V()
    var c22 = V()
    var c23 = V()
    var c30 = V()
    var c31 = V()
    var c32 = V()
    var c33 = V()
    var c40 = V()
    var c41 = V()
    var c42 = V()
    var c43 = V()
    var c50 = V()
    var c51 = V()
    var c52 = V()
    var c53 = V()
    var (a0, a1, a2, a3, a4, a5) = panelRows(a, aRow: aRow, rows: rows)
    var pb = UnsafeRawPointer(b)
    var pq = UnsafeRawPointer(bSecond)
    let bStep = bDepth &* MemoryLayout<Float>.stride
    var p = 0
    while p < kc {
      let v0 = pb.loadUnaligned(as: V.self)
      let v1 = pb.loadUnaligned(fromByteOffset: 64, as: V.self)
      let v2 = pq.loadUnaligned(as: V.self)
      let v3 = pq.loadUnaligned(fromByteOffset: 64, as: V.self)
      // One row of the tile per broadcast of A.
      @inline(__always) func row(
        _ x: Float, _ w0: inout V, _ w1: inout V, _ w2: inout V, _ w3: inout V
      ) {
        let x = V(repeating: x)
        fusedMultiplyAdd(&w0, x, v0)
        fusedMultiplyAdd(&w1, x, v1)
        fusedMultiplyAdd(&w2, x, v2)
        fusedMultiplyAdd(&w3, x, v3)
      }
      row(a0.pointee, &c00, &c01, &c02, &c03)
      row(a1.pointee, &c10, &c11, &c12, &c13)
      row(a2.pointee, &c20, &c21, &c22, &c23)
      row(a3.pointee, &c30, &c31, &c32, &c33)
      if six {
        row(a4.pointee, &c40, &c41, &c42, &c43)
        row(a5.pointee, &c50, &c51, &c52, &c53)
        a4 += aDepth
        a5 += aDepth
      }
      a0 += aDepth
      a1 += aDepth
      a2 += aDepth
      a3 += aDepth
      pb += bStep
      pq += bStep
      p &+= 1
    }
    // The bias (zeros when there is none, never added then).
    var bias0 = V()
    var bias1 = V()
    var bias2 = V()
    var bias3 = V()
    if let bias {
      let raw = UnsafeRawPointer(bias)
      bias0 = raw.loadUnaligned(as: V.self)
      bias1 = raw.loadUnaligned(fromByteOffset: 64, as: V.self)
      bias2 = raw.loadUnaligned(fromByteOffset: 128, as: V.self)
      bias3 = raw.loadUnaligned(fromByteOffset: 192, as: V.self)
    }
    let addBias = bias != nil
    @inline(__always) func put(
      _ row: UnsafeMutablePointer<Float>, _ w0: V, _ w1: V, _ w2: V, _ w3: V
    ) {
      let raw = UnsafeMutableRawPointer(row)
      var (w0, w1, w2, w3) = (w0, w1, w2, w3)
      if addToC {
        let old = UnsafeRawPointer(raw)
        w0 = old.loadUnaligned(as: V.self) + w0
        w1 = old.loadUnaligned(fromByteOffset: 64, as: V.self) + w1
        w2 = old.loadUnaligned(fromByteOffset: 128, as: V.self) + w2
        w3 = old.loadUnaligned(fromByteOffset: 192, as: V.self) + w3
      }
      if addBias {
        w0 = w0 + bias0
        w1 = w1 + bias1
        w2 = w2 + bias2
        w3 = w3 + bias3
      }
      raw.storeBytes(of: w0, as: V.self)
      raw.storeBytes(of: w1, toByteOffset: 64, as: V.self)
      raw.storeBytes(of: w2, toByteOffset: 128, as: V.self)
      raw.storeBytes(of: w3, toByteOffset: 192, as: V.self)
    }
    put(c, c00, c01, c02, c03)
    if 1 < rows { put(c + 1 &* ldc, c10, c11, c12, c13) }
    if 2 < rows { put(c + 2 &* ldc, c20, c21, c22, c23) }
    if 3 < rows { put(c + 3 &* ldc, c30, c31, c32, c33) }
    if six && 4 < rows { put(c + 4 &* ldc, c40, c41, c42, c43) }
    if six && 5 < rows { put(c + 5 &* ldc, c50, c51, c52, c53) }
  }
}

/// The number of rows a micro-kernel computes, as a type, so that each
/// height is compiled as its own specialization with no run-time branch.
protocol PanelHeight {
  static var rows: Int { get }
}

/// Six rows: every full panel.
enum SixRows: PanelHeight {
  static var rows: Int { 6 }
}

/// Four rows: a last panel of at most four.
enum FourRows: PanelHeight {
  static var rows: Int { 4 }
}
