import CKernels

// Narrow products: C is at most 16 columns wide (a classifier's 10 outputs,
// H·W₃). The 6×32 kernel would fill a 32-wide B panel with 10 columns, so
// 69 % of its multiply-adds would be padding and every tile would go
// through the scratch tile. Here op(B) is packed once into 16-wide rows (one
// vector) and a 12×16 tile (`trainkit_kernel_set.tile12x16`; on AVX-512
// twelve accumulators, enough to hide the multiply-add latency with a
// single B vector per step).
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
    c: UnsafeMutablePointer<Float>, ldc: Int, accumulate: Bool, threads: Int,
    kernels: KernelSet
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
      accumulate: accumulate, kernels: kernels)
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
    var kernels: KernelSet

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
            var call = trainkit_tile(
              a: panelA, aRow: aRow, aDepth: aDepth, rows: h, b0: panelB,
              b1: panelB, bDepth: width, c: target, ldc: ldc, bias: nil,
              kc: kc, addToC: addToC ? 1 : 0)
            if n == width {
              kernels.tile12x16(&call)
            } else {
              call.c = tile
              call.ldc = width
              call.addToC = 0
              kernels.tile12x16(&call)
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
}
