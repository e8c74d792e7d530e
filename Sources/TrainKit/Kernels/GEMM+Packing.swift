// Packing: copies a block of op(A) or op(B) into the contiguous, zero-padded
// panel layout the micro-kernel streams through. Packing turns any transpose
// and leading dimension into one layout, so the micro-kernel has one case.

extension GEMM {
  /// A row-major matrix operand, possibly to be read transposed.
  struct Operand {
    /// First element of the stored matrix.
    var base: UnsafePointer<Float>
    /// Distance between consecutive stored rows.
    var ld: Int
    /// Whether the logical operand is the transpose of the stored matrix.
    var transposed: Bool
  }

  /// Packs rows `i0..<i0+rows`, columns `p0..<p0+kc` of op(A) into A panels
  /// of `mr` rows: panel `q` starts at `dst + q·kc·mr`, and within it element
  /// (i, p) is at `p·mr + i`.
  ///
  /// Rows past `rows` in the last panel are zero. Six rows of an
  /// untransposed A go through `packSix` (the kernel set's `packA6`, which
  /// reads the rows in vectors and transposes them in registers).
  static func packA(
    _ a: Operand, i0: Int, rows: Int, p0: Int, kc: Int,
    into dst: UnsafeMutablePointer<Float>, packSix: KernelSet.PackA6
  ) {
    let mr = GEMM.mr
    var i = 0
    var out = dst
    while i < rows {
      let h = min(mr, rows &- i)
      if a.transposed && h == 6 {
        // op(A)[i, p] = stored[p, i]: each p copies six adjacent floats.
        var src = a.base + (p0 &* a.ld &+ i0 &+ i)
        var o = out
        for _ in 0..<kc {
          o[0] = src[0]
          o[1] = src[1]
          o[2] = src[2]
          o[3] = src[3]
          o[4] = src[4]
          o[5] = src[5]
          src += a.ld
          o += 6
        }
      } else if a.transposed {
        // A partial panel: zero it with one call, then fill its rows (a
        // zero loop per p became a memset call per p).
        out.update(repeating: 0, count: kc &* mr)
        for p in 0..<kc {
          let src = a.base + ((p0 &+ p) &* a.ld &+ i0 &+ i)
          let o = out + p &* mr
          for r in 0..<h { o[r] = src[r] }
        }
      } else if h == 6 {
        // op(A)[i, p] = stored[i, p]: six rows read in step, the packed
        // panel written contiguously.
        packSix(a.base + ((i0 &+ i) &* a.ld &+ p0), a.ld, kc, out)
      } else {
        // A partial panel: zero it with one call, then fill its rows (a
        // zero loop per p became a memset call per p).
        out.update(repeating: 0, count: kc &* mr)
        for r in 0..<h {
          let src = a.base + ((i0 &+ i &+ r) &* a.ld &+ p0)
          var o = out + r
          for p in 0..<kc {
            o.pointee = src[p]
            o += mr
          }
        }
      }
      out += kc &* mr
      i &+= mr
    }
  }

  /// Packs rows `p0..<p0+kc`, columns `j0..<j0+cols` of op(B) into B panels
  /// of `nr` columns: panel `q` starts at `dst + q·kc·nr`, and within it
  /// element (p, j) is at `p·nr + j`.
  ///
  /// Columns past `cols` are zero. A transposed B goes through
  /// `transpose` in 16×16 blocks (the kernel set's `transpose16x16`, in
  /// its instruction set: Swift compiled for baseline x86-64 shuffled
  /// them on SSE registers).
  static func packB(
    _ b: Operand, p0: Int, kc: Int, j0: Int, cols: Int,
    into dst: UnsafeMutablePointer<Float>, transpose: KernelSet.Transpose
  ) {
    let nr = GEMM.nr
    var j = 0
    var out = dst
    while j < cols {
      let w = min(nr, cols &- j)
      if b.transposed && w == nr {
        // op(B)[p, j] = stored[j, p]: 16×16 blocks transposed in registers,
        // then the last kc mod 16 rows one by one.
        let stored = b.base + ((j0 &+ j) &* b.ld &+ p0)
        let whole = kc & ~15
        var p = 0
        while p < whole {
          transpose(stored + p, b.ld, out + p &* nr, nr)
          transpose(stored + (16 &* b.ld &+ p), b.ld, out + (p &* nr &+ 16), nr)
          p &+= 16
        }
        while p < kc {
          let o = out + p &* nr
          for c in 0..<nr { o[c] = stored[c &* b.ld &+ p] }
          p &+= 1
        }
      } else if b.transposed {
        // op(B)[p, j] = stored[j, p]: read each stored row contiguously.
        if w < nr { out.update(repeating: 0, count: kc &* nr) }
        for c in 0..<w {
          let src = b.base + ((j0 &+ j &+ c) &* b.ld &+ p0)
          var o = out + c
          for p in 0..<kc {
            o.pointee = src[p]
            o += nr
          }
        }
      } else if w == nr {
        // op(B)[p, j] = stored[p, j]: a full panel row is two vectors.
        for p in 0..<kc {
          let src = UnsafeRawPointer(b.base + ((p0 &+ p) &* b.ld &+ j0 &+ j))
          let o = UnsafeMutableRawPointer(out + p &* nr)
          o.storeBytes(
            of: src.loadUnaligned(as: SIMD16<Float>.self),
            as: SIMD16<Float>.self)
          o.storeBytes(
            of: src.loadUnaligned(fromByteOffset: 64, as: SIMD16<Float>.self),
            toByteOffset: 64, as: SIMD16<Float>.self)
        }
      } else {
        out.update(repeating: 0, count: kc &* nr)
        for p in 0..<kc {
          let src = b.base + ((p0 &+ p) &* b.ld &+ j0 &+ j)
          let o = out + p &* nr
          for c in 0..<w { o[c] = src[c] }
        }
      }
      out += kc &* nr
      j &+= nr
    }
  }
}
