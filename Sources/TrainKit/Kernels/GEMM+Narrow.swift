// Narrow products: C is at most 16 columns wide (a classifier's 10 outputs,
// H·W₃). The 6×32 kernel would fill a 32-wide B panel with 10 columns, so
// 69 % of its multiply-adds would be padding and every tile would go
// through the scratch tile. Here op(B) is packed once into 16-wide rows (one
// vector) and a 12×16 kernel keeps twelve accumulators, enough to hide the
// multiply-add latency with a single B vector per step.
//
// The arithmetic per element is that of the main path — the same depth
// blocks (`depthBlock(k:)`), each summed from zero in increasing p with one
// fused multiply-add per step, then stored or added to C — so the results
// are bit-identical to it (tested).

extension GEMM {
  /// Rows of C per narrow tile.
  static let narrowRows = 12
  /// Columns of C per narrow tile: one 16-lane vector.
  static let narrowWidth = 16

  /// C (+)= op(A)·op(B) for n ≤ `narrowWidth`, rows split over threads in
  /// whole tiles.
  static func multiplyNarrow(
    m: Int, n: Int, k: Int, a: Operand, b: Operand,
    c: UnsafeMutablePointer<Float>, ldc: Int, accumulate: Bool, threads: Int
  ) {
    let width = narrowWidth
    let packed = UnsafeMutablePointer<Float>.allocate(capacity: k * width)
    defer { packed.deallocate() }
    // op(B)[p, j] for j < n, zero beyond: k rows of one vector each.
    for p in 0..<k {
      let row = packed + p &* width
      for j in 0..<n {
        row[j] = b.transposed ? b.base[j &* b.ld &+ p] : b.base[p &* b.ld &+ j]
      }
      for j in n..<width { row[j] = 0 }
    }
    let job = NarrowJob(
      m: m, n: n, k: k, a: a, b: UnsafePointer(packed), c: c, ldc: ldc,
      accumulate: accumulate)
    let tiles = (m + narrowRows - 1) / narrowRows
    // The kernel computes all 16 columns whatever n is, so they count.
    let work = GEMM.work(m: m, n: width, k: k)
    let parts =
      threads > 1 && work >= parallelThreshold ? min(threads, tiles) : 1
    WorkerPool.shared.run(parts: parts) { part in
      job.run(
        rows: WorkerPool.share(part, of: parts, count: m, unit: narrowRows))
    }
  }

  /// One narrow product, shared read-only by the threads that compute it.
  ///
  /// `@unchecked Sendable` is safe: threads read A and the packed B and write
  /// disjoint row ranges of C.
  struct NarrowJob: @unchecked Sendable {
    var m: Int, n: Int, k: Int
    var a: Operand
    var b: UnsafePointer<Float>
    var c: UnsafeMutablePointer<Float>
    var ldc: Int
    var accumulate: Bool

    func run(rows: Range<Int>) {
      let kcStep = GEMM.depthBlock(k: k)
      let (aRow, aDepth) = a.transposed ? (1, a.ld) : (a.ld, 1)
      let height = GEMM.narrowRows
      let width = GEMM.narrowWidth
      withUnsafeTemporaryAllocation(of: Float.self, capacity: height * width) {
        scratch in
        guard let tile = scratch.baseAddress else { return }
        var i = rows.lowerBound
        while i < rows.upperBound {
          let h = min(height, rows.upperBound - i)
          var pc = 0
          while pc < k {
            let kc = min(kcStep, k - pc)
            let addToC = accumulate || pc > 0
            let panelA =
              a.transposed
              ? a.base + (pc &* a.ld &+ i) : a.base + (i &* a.ld &+ pc)
            let panelB = b + pc &* width
            let target = c + i &* ldc
            if h == height && n == width {
              GEMM.narrowKernel(
                kc: kc, a: panelA, aRow: aRow, aDepth: aDepth, rows: h,
                b: panelB, c: target, ldc: ldc, addToC: addToC)
            } else {
              GEMM.narrowKernel(
                kc: kc, a: panelA, aRow: aRow, aDepth: aDepth, rows: h,
                b: panelB, c: tile, ldc: width, addToC: false)
              GEMM.mergeTile(
                tile, stride: width, rows: h, cols: n, into: target, ldc: ldc,
                addToC: addToC)
            }
            pc += kc
          }
          i += height
        }
      }
    }
  }

  /// C[0..<12, 0..<16] (+)= Σₚ A[·, p] ⊗ B[p, ·], with A[r, p] at
  /// `a[r·aRow + p·aDepth]` for r < `rows` (rows past it read row 0 again,
  /// so nothing outside A is touched; their results are discarded by the
  /// caller) and B[p, ·] the 16 floats at `b + 16·p`.
  ///
  /// Separate and `@inline(never)` for the reason given in
  /// `GEMM+MicroKernel.swift`.
  @inline(never)
  static func narrowKernel(
    kc: Int, a: UnsafePointer<Float>, aRow: Int, aDepth: Int, rows: Int,
    b: UnsafePointer<Float>, c: UnsafeMutablePointer<Float>, ldc: Int,
    addToC: Bool
  ) {
    typealias V = SIMD16<Float>
    var c0 = V()
    var c1 = V()
    var c2 = V()
    var c3 = V()
    var c4 = V()
    var c5 = V()
    var c6 = V()
    var c7 = V()
    var c8 = V()
    var c9 = V()
    var c10 = V()
    var c11 = V()
    @inline(__always) func row(_ r: Int) -> UnsafePointer<Float> {
      r < rows ? a + r &* aRow : a
    }
    var a0 = row(0)
    var a1 = row(1)
    var a2 = row(2)
    var a3 = row(3)
    var a4 = row(4)
    var a5 = row(5)
    var a6 = row(6)
    var a7 = row(7)
    var a8 = row(8)
    var a9 = row(9)
    var a10 = row(10)
    var a11 = row(11)
    var pb = UnsafeRawPointer(b)
    let bStep = narrowWidth &* MemoryLayout<Float>.stride
    var p = 0
    while p < kc {
      let bv = pb.loadUnaligned(as: V.self)
      fusedMultiplyAdd(&c0, V(repeating: a0.pointee), bv)
      fusedMultiplyAdd(&c1, V(repeating: a1.pointee), bv)
      fusedMultiplyAdd(&c2, V(repeating: a2.pointee), bv)
      fusedMultiplyAdd(&c3, V(repeating: a3.pointee), bv)
      fusedMultiplyAdd(&c4, V(repeating: a4.pointee), bv)
      fusedMultiplyAdd(&c5, V(repeating: a5.pointee), bv)
      fusedMultiplyAdd(&c6, V(repeating: a6.pointee), bv)
      fusedMultiplyAdd(&c7, V(repeating: a7.pointee), bv)
      fusedMultiplyAdd(&c8, V(repeating: a8.pointee), bv)
      fusedMultiplyAdd(&c9, V(repeating: a9.pointee), bv)
      fusedMultiplyAdd(&c10, V(repeating: a10.pointee), bv)
      fusedMultiplyAdd(&c11, V(repeating: a11.pointee), bv)
      a0 += aDepth
      a1 += aDepth
      a2 += aDepth
      a3 += aDepth
      a4 += aDepth
      a5 += aDepth
      a6 += aDepth
      a7 += aDepth
      a8 += aDepth
      a9 += aDepth
      a10 += aDepth
      a11 += aDepth
      pb += bStep
      p &+= 1
    }
    @inline(__always) func put(_ r: Int, _ v: V) {
      let raw = UnsafeMutableRawPointer(c + r &* ldc)
      let old = addToC ? UnsafeRawPointer(raw).loadUnaligned(as: V.self) : V()
      raw.storeBytes(of: addToC ? old + v : v, as: V.self)
    }
    put(0, c0)
    put(1, c1)
    put(2, c2)
    put(3, c3)
    put(4, c4)
    put(5, c5)
    put(6, c6)
    put(7, c7)
    put(8, c8)
    put(9, c9)
    put(10, c10)
    put(11, c11)
  }
}
