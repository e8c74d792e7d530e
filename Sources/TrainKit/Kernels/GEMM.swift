import CKernels
import Dispatch
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Matrix multiplication kernels.
///
/// This folder holds TrainKit's explicit SIMD and threads (docs/INTERNALS.md
/// lists every place with unsafe pointers); everything else calls
/// `GEMM.multiply`.
///
/// The algorithm is the Goto/BLIS layering: C is cut into column blocks of
/// `nc` and the depth into blocks of about `kc`; for each, a block of op(B) is
/// packed into `nr`-wide panels (kept in L2), then blocks of `mc` rows of
/// op(A) are packed into `mr`-high panels, and a register-blocked 6×64
/// micro-kernel multiplies one A panel by a pair of B panels (6×32 for a
/// lone last panel). Partial column tiles go through a small scratch tile
/// and partial row panels store only their rows, so any m, n, k
/// (including 0) works.
package enum GEMM {
  /// C = op(A)·op(B), or C += op(A)·op(B) when `accumulate` is true.
  ///
  /// All matrices are row-major. op(A) is m×k: A itself (m×k, leading
  /// dimension `lda`) or, when `transposeA`, the transpose of a k×m matrix.
  /// op(B) is k×n: B (k×n, `ldb`) or, when `transposeB`, the transpose of an
  /// n×k matrix. C is m×n with leading dimension `ldc`.
  ///
  /// With a `bias` (n floats), every row of C then gets it added:
  /// C[i, j] = (product + old C) + bias[j], the same two roundings as adding
  /// the bias afterwards, but done by the micro-kernels in registers as
  /// they store the last depth block instead of in another pass over C (a
  /// `Linear` layer's x·W + b).
  ///
  /// Deterministic: each element of C is reduced over k in the same order
  /// whatever the number of threads, so results are bit-identical run to run.
  /// - Complexity: O(m·n·k).
  package static func multiply(
    m: Int, n: Int, k: Int,
    a: UnsafePointer<Float>, lda: Int, transposeA: Bool,
    b: UnsafePointer<Float>, ldb: Int, transposeB: Bool,
    c: UnsafeMutablePointer<Float>, ldc: Int,
    accumulate: Bool, bias: UnsafePointer<Float>? = nil
  ) {
    multiply(
      m: m, n: n, k: k, a: a, lda: lda, transposeA: transposeA,
      b: b, ldb: ldb, transposeB: transposeB, c: c, ldc: ldc,
      accumulate: accumulate, threads: defaultThreadCount, bias: bias)
  }

  /// The same product on at most `threads` threads.
  ///
  /// C is split into at most `threads` disjoint blocks of whole micro-tiles
  /// (by columns when n ≥ m, else by rows); every block is reduced over k in
  /// the same blocks of depth, each summed in increasing order, so the result
  /// is bit-identical for every `threads` ≥ 1. Products of fewer than
  /// `parallelThreshold` of `work` run on the calling thread.
  /// - Complexity: O(m·n·k).
  package static func multiply(
    m: Int, n: Int, k: Int,
    a: UnsafePointer<Float>, lda: Int, transposeA: Bool,
    b: UnsafePointer<Float>, ldb: Int, transposeB: Bool,
    c: UnsafeMutablePointer<Float>, ldc: Int,
    accumulate: Bool, threads: Int, narrowPaths: Bool = true,
    bias: UnsafePointer<Float>? = nil, kernels: KernelSet = .active
  ) {
    precondition(m >= 0 && n >= 0 && k >= 0, "GEMM: negative dimension")
    precondition(ldc >= n, "GEMM: ldc \(ldc) < n \(n)")
    precondition(
      lda >= (transposeA ? m : k) && ldb >= (transposeB ? k : n),
      "GEMM: leading dimension too small")
    if m == 0 || n == 0 { return }
    if k == 0 {
      if !accumulate {
        for i in 0..<m { (c + i &* ldc).update(repeating: 0, count: n) }
      }
      if let bias { addRows(bias, to: c, rows: m, cols: n, ldc: ldc) }
      return
    }
    if narrowPaths, n <= narrowMaxColumns {
      if transposeA, m >= 2 * nr {
        multiplyTransposed(
          m: m, n: n, k: k, a: a, lda: lda, transposeA: transposeA,
          b: b, ldb: ldb, transposeB: transposeB, c: c, ldc: ldc,
          accumulate: accumulate, threads: threads, kernels: kernels)
        if let bias { addRows(bias, to: c, rows: m, cols: n, ldc: ldc) }
        return
      }
      if m >= narrowRows {
        multiplyNarrow(
          m: m, n: n, k: k,
          a: Operand(base: a, ld: lda, transposed: transposeA),
          b: Operand(base: b, ld: ldb, transposed: transposeB),
          c: c, ldc: ldc, accumulate: accumulate, threads: threads,
          kernels: kernels)
        if let bias { addRows(bias, to: c, rows: m, cols: n, ldc: ldc) }
        return
      }
    }
    let job = Job(
      m: m, n: n, k: k,
      a: Operand(base: a, ld: lda, transposed: transposeA),
      b: Operand(base: b, ld: ldb, transposed: transposeB),
      c: c, ldc: ldc, accumulate: accumulate, bias: bias,
      kernels: kernels)

    if threads <= 1 || work(m: m, n: n, k: k) < parallelThreshold {
      job.run(rows: 0..<m, cols: 0..<n)
      return
    }
    let parts = partition(m: m, n: n, k: k, threads: threads)
    if parts.count == 1 {
      job.run(rows: 0..<m, cols: 0..<n)
    } else {
      WorkerPool.shared.run(parts: parts.count) { index in
        job.run(rows: parts[index].rows, cols: parts[index].cols)
      }
    }
  }

  /// Threads used by `multiply` when none is given: the processors online.
  package static let defaultThreadCount: Int = {
    #if canImport(Glibc) || canImport(Darwin)
    return max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    #else
    return 1
    #endif
  }()

  /// Products with less `work` than this stay on one thread: below it,
  /// waking a second thread costs more than it saves.
  package static let parallelThreshold = 96 * 96 * 96

  /// The cost of a product in multiply-adds, counting each element of C as
  /// 16 more (it is loaded, added to and stored per depth block): without
  /// that, a shallow product such as dY₃·W₃ᵀ (256×256×10, 655k
  /// multiply-adds but 256 KiB of C) stayed on one thread for 24 µs.
  static func work(m: Int, n: Int, k: Int) -> Int {
    m.multipliedReportingOverflow(by: n).partialValue
      .multipliedReportingOverflow(by: k &+ 16).partialValue
  }

  /// Products at most this wide (a classifier's 10 outputs) leave the
  /// 6×32 kernel.
  ///
  /// Its 32-wide B panel would hold 10 columns (69 % of every multiply-add
  /// wasted, every tile through the scratch tile). Instead:
  /// - with a transposed A (Hᵀ·dY₃) they are computed as Cᵀ = op(B)ᵀ·op(A)ᵀ:
  ///   10 rows fill two 6-high A panels to 83 % and H is read in place;
  /// - otherwise (H·W₃) by the 12×16 kernel of `GEMM+Narrow.swift`.
  /// Benchmarks/README.md ("Measurements behind the kernel's constants")
  /// has the timings that chose this and each constant below.
  static let narrowMaxColumns = 16

  /// Depth blocks at most this deep use the 6×64 tile on pairs of B
  /// panels (`trainkit_kernel_set.tile64`).
  static let wideMaxDepth = 128

  /// Depth of a packed block at most.
  ///
  /// A pair of 32-wide B panels of this depth (the 6×64 kernel's) is 32 KiB
  /// and stays in the 48 KiB L1 while A panels stream past it, even with
  /// other tenants using the cache. The price: C is loaded and stored once
  /// per 128 steps of 24 multiply-adds.
  static let kcMax = 128
  /// Rows of op(A) packed at a time (192 × 128 floats = 96 KiB, in L2).
  static let mcMax = 192
  /// Columns of op(B) packed at a time (128 × 512 floats = 256 KiB), so that
  /// the packed B block, the A block and the C block being updated share
  /// the 2 MiB L2.
  static let ncMax = 512
  /// A block of C at most this wide reads full A panels in place: each is
  /// used by at most four B panels, too few to repay packing it.
  static let directMaxColumns = 128
  /// A block of C at most this high reads full panels of an untransposed B
  /// in place (higher, B's rows alias in L1 and packing wins).
  static let directMaxRows = 96

  /// C (+)= op(A)·op(B) computed as Cᵀ = op(B)ᵀ·op(A)ᵀ into a scratch
  /// buffer, then transposed into C.
  ///
  /// With `accumulate` the scratch starts as Cᵀ, so every element gets exactly
  /// the operations of the direct path (the same depth blocks, the same fused
  /// multiply-adds with the factors swapped, the same adds to the old value):
  /// bit-identical.
  static func multiplyTransposed(
    m: Int, n: Int, k: Int,
    a: UnsafePointer<Float>, lda: Int, transposeA: Bool,
    b: UnsafePointer<Float>, ldb: Int, transposeB: Bool,
    c: UnsafeMutablePointer<Float>, ldc: Int,
    accumulate: Bool, threads: Int, kernels: KernelSet
  ) {
    let scratch = UnsafeMutablePointer<Float>.allocate(capacity: m * n)
    defer { scratch.deallocate() }
    if accumulate {
      for i in 0..<m {
        for j in 0..<n { scratch[j &* m &+ i] = c[i &* ldc &+ j] }
      }
    }
    multiply(
      m: n, n: m, k: k, a: b, lda: ldb, transposeA: !transposeB,
      b: a, ldb: lda, transposeB: !transposeA, c: scratch, ldc: m,
      accumulate: accumulate, threads: threads, narrowPaths: false,
      kernels: kernels)
    for i in 0..<m {
      for j in 0..<n { c[i &* ldc &+ j] = scratch[j &* m &+ i] }
    }
  }

  /// Splits C into at most `threads` blocks of whole micro-tiles, by columns
  /// when n ≥ m, otherwise by rows.
  ///
  /// A function of its arguments only.
  static func partition(
    m: Int, n: Int, k: Int, threads: Int
  ) -> [(rows: Range<Int>, cols: Range<Int>)] {
    guard threads > 1, work(m: m, n: n, k: k) >= parallelThreshold else {
      return [(0..<m, 0..<n)]
    }
    let byColumns = n >= m
    let tile = byColumns ? nr : mr
    let extent = byColumns ? n : m
    let tiles = (extent + tile - 1) / tile
    let count = min(threads, tiles)
    if count <= 1 { return [(0..<m, 0..<n)] }
    return (0..<count).map { t in
      let run = WorkerPool.share(t, of: count, count: extent, unit: tile)
      return byColumns ? (0..<m, run) : (run, 0..<n)
    }
  }

  /// Depth blocking for a given k: as many blocks as `kcMax` requires, of
  /// near-equal depth.
  ///
  /// Depends on k only, never on the thread count.
  static func depthBlock(k: Int) -> Int {
    let blocks = (k + kcMax - 1) / kcMax
    return (k + blocks - 1) / blocks
  }
}

extension GEMM {
  /// One product, shared read-only by the threads that compute it.
  ///
  /// `@unchecked Sendable` is safe: every thread only reads A and B, and
  /// writes only the elements of C inside its own block from `partition`,
  /// which are disjoint; each thread packs into its own buffers.
  struct Job: @unchecked Sendable {
    var m: Int, n: Int, k: Int
    var a: Operand, b: Operand
    var c: UnsafeMutablePointer<Float>
    var ldc: Int
    var accumulate: Bool
    /// Added to every row of C after the last depth block, or nil.
    var bias: UnsafePointer<Float>?
    /// The micro-kernels.
    var kernels: KernelSet

    /// Computes the block `rows × cols` of C.
    func run(rows: Range<Int>, cols: Range<Int>) {
      if rows.isEmpty || cols.isEmpty { return }
      let mr = GEMM.mr
      let nr = GEMM.nr
      // Packing pays when a panel is reused many times; a small product
      // reads A, or whole panels of B, where they lie instead. Either way
      // the arithmetic is the same, so results do not depend on it.
      let directA = cols.count <= GEMM.directMaxColumns
      let directB = !b.transposed && rows.count <= GEMM.directMaxRows
      if directA && directB && cols.count % nr == 0 {
        // Nothing to pack (64³, 128 × 64 × k): no packing buffer, only
        // the scratch tile, on the stack.
        withUnsafeTemporaryAllocation(of: Float.self, capacity: mr * nr) {
          guard let tile = $0.baseAddress else { return }
          run(
            rows: rows, cols: cols, directA: true, directB: true,
            packedA: tile, packedB: tile, tile: tile)
        }
        return
      }
      let kcStep = GEMM.depthBlock(k: k)
      let mcMax = min(GEMM.mcMax, (rows.count + mr - 1) / mr * mr)
      let ncMax = min(GEMM.ncMax, (cols.count + nr - 1) / nr * nr)
      let aCount = directA ? 0 : mcMax * kcStep
      let bCount = kcStep * ncMax
      let byteCount = (aCount + bCount + mr * nr) * MemoryLayout<Float>.stride
      let (buffer, capacity) = PackingBuffers.take(byteCount: byteCount)
      defer { PackingBuffers.give(buffer, byteCount: capacity) }
      let packedA = buffer.bindMemory(
        to: Float.self, capacity: aCount + bCount + mr * nr)
      let packedB = packedA + aCount
      run(
        rows: rows, cols: cols, directA: directA, directB: directB,
        packedA: packedA, packedB: packedB, tile: packedB + bCount)
    }

    /// The loops of `run(rows:cols:)` over blocks, panels and tiles.
    ///
    /// With `directA` every panel of A is read in place (a partial one with its
    /// missing rows read as copies of its last, and not stored), and `packedA`
    /// is not used; with `directB` the full panels of B are.
    private func run(
      rows: Range<Int>, cols: Range<Int>, directA: Bool, directB: Bool,
      packedA: UnsafeMutablePointer<Float>,
      packedB: UnsafeMutablePointer<Float>, tile: UnsafeMutablePointer<Float>
    ) {
      let mr = GEMM.mr
      let nr = GEMM.nr
      let kcStep = GEMM.depthBlock(k: k)
      let mcMax = min(GEMM.mcMax, (rows.count + mr - 1) / mr * mr)
      let ncMax = min(GEMM.ncMax, (cols.count + nr - 1) / nr * nr)
      var jc = cols.lowerBound
      while jc < cols.upperBound {
        let nc = min(ncMax, cols.upperBound - jc)
        let fullPanelsB = directB ? nc / nr : 0
        var pc = 0
        while pc < k {
          let kc = min(kcStep, k - pc)
          // With direct B only the last, partial panel is packed (at slot 0).
          GEMM.packB(
            b, p0: pc, kc: kc, j0: jc + fullPanelsB * nr,
            cols: nc - fullPanelsB * nr,
            into: packedB, transpose: kernels.transpose16x16)
          let addToC = accumulate || pc > 0
          var ic = rows.lowerBound
          while ic < rows.upperBound {
            let mc = min(mcMax, rows.upperBound - ic)
            if !directA {
              GEMM.packA(
                a, i0: ic, rows: mc, p0: pc, kc: kc, into: packedA,
                packSix: kernels.packA6)
            }
            var jr = 0
            while jr < nc {
              let w = min(nr, nc - jr)
              let panelB: UnsafePointer<Float>
              let bDepth: Int
              let secondB: UnsafePointer<Float>
              if jr / nr < fullPanelsB {
                panelB = b.base + (pc &* b.ld &+ jc &+ jr)
                bDepth = b.ld
                secondB = panelB + nr
              } else {
                panelB = UnsafePointer(
                  packedB + (jr / nr - fullPanelsB) &* kc &* nr)
                bDepth = nr
                secondB = panelB + kc &* nr
              }
              // Two whole panels of the same kind, shallow enough that both
              // stay in L1 together (2 × 128 × 128 B = 32 KiB): the 6×64
              // kernel. Deeper pairs spill to L2.
              let wide =
                kc <= GEMM.wideMaxDepth && jr &+ 2 &* nr <= nc
                && (jr / nr < fullPanelsB) == (jr / nr &+ 1 < fullPanelsB)
              var ir = 0
              while ir < mc {
                let h = min(mr, mc - ir)
                let panelA: UnsafePointer<Float>
                let aRow: Int
                let aDepth: Int
                if directA {
                  let i = ic &+ ir
                  if a.transposed {
                    (panelA, aRow, aDepth) = (
                      a.base + (pc &* a.ld &+ i), 1, a.ld
                    )
                  } else {
                    (panelA, aRow, aDepth) = (
                      a.base + (i &* a.ld &+ pc), a.ld, 1
                    )
                  }
                } else {
                  panelA = UnsafePointer(packedA + (ir / mr) &* kc &* mr)
                  (aRow, aDepth) = (1, mr)
                }
                let target = c + ((ic &+ ir) &* ldc &+ jc &+ jr)
                let tileBias =
                  pc &+ kc == k ? bias.map { $0 + (jc &+ jr) } : nil
                var call = trainkit_tile(
                  a: panelA, aRow: aRow, aDepth: aDepth, rows: h,
                  b0: panelB, b1: secondB, bDepth: bDepth, c: target,
                  ldc: ldc, bias: tileBias, kc: kc, addToC: addToC ? 1 : 0)
                if wide {
                  // Of a partial A panel (h < 6) only h rows are read and
                  // stored (at most 4: rows 4 and 5 are not computed).
                  kernels.tile64(&call)
                } else if w == nr {
                  kernels.tile32(&call)
                } else {
                  call.c = tile
                  call.ldc = nr
                  call.addToC = 0
                  call.bias = nil
                  kernels.tile32(&call)
                  GEMM.mergeTile(
                    tile, rows: h, cols: w, into: target, ldc: ldc,
                    addToC: addToC)
                  if let tileBias {
                    GEMM.addRows(
                      tileBias, to: target, rows: h, cols: w, ldc: ldc)
                  }
                }
                ir &+= mr
              }
              jr &+= wide ? 2 &* nr : nr
            }
            ic += mc
          }
          pc += kc
        }
        jc += nc
      }
    }
  }

  /// C[i, j] = C[i, j] + bias[j] for `rows` rows of `cols` columns.
  static func addRows(
    _ bias: UnsafePointer<Float>, to c: UnsafeMutablePointer<Float>,
    rows: Int, cols: Int, ldc: Int
  ) {
    for r in 0..<rows {
      let row = c + r &* ldc
      for j in 0..<cols { row[j] = row[j] + bias[j] }
    }
  }

  /// Stores or adds the top-left `rows × cols` of a scratch tile (row stride
  /// `stride`) into C.
  ///
  /// Same arithmetic as the micro-kernel's own store.
  static func mergeTile(
    _ tile: UnsafeMutablePointer<Float>, stride: Int = nr, rows: Int,
    cols: Int,
    into target: UnsafeMutablePointer<Float>, ldc: Int, addToC: Bool
  ) {
    for r in 0..<rows {
      let src = tile + r &* stride
      let dst = target + r &* ldc
      if addToC {
        for j in 0..<cols { dst[j] = dst[j] + src[j] }
      } else {
        for j in 0..<cols { dst[j] = src[j] }
      }
    }
  }
}

/// Packing buffers kept between products.
///
/// Allocating and freeing the 30–600 KiB a product packs into cost a
/// `malloc_consolidate` and page faults on every call (≈ 3 % of a 64³ product);
/// the few buffers the threads use at once are kept instead (at most `limit`, ≈
/// 2.3 MiB).
enum PackingBuffers {
  /// Buffers kept at most: one per thread that multiplies at once, plus
  /// slack for tests running products in parallel.
  static let limit = 4
  /// Kept buffers as (address, byte count); the pointers are only ever
  /// used by the one thread that took them.
  private static let kept = Mutex<[(address: UInt, bytes: Int)]>([])

  /// A 64-byte-aligned buffer of at least `byteCount` bytes, and its size:
  /// the smallest kept one that is large enough, else a new one.
  static func take(byteCount: Int) -> (UnsafeMutableRawPointer, Int) {
    let reused: (UInt, Int)? = kept.withLock { kept in
      var best: Int?
      for (index, entry) in kept.enumerated() where entry.bytes >= byteCount {
        if best.map({ entry.bytes < kept[$0].bytes }) ?? true { best = index }
      }
      guard let best else { return nil }
      let entry = kept.remove(at: best)
      return (entry.address, entry.bytes)
    }
    if let (address, bytes) = reused,
      let pointer = UnsafeMutableRawPointer(bitPattern: address)
    {
      return (pointer, bytes)
    }
    return (
      UnsafeMutableRawPointer.allocate(byteCount: byteCount, alignment: 64),
      byteCount
    )
  }

  /// Returns a buffer from `take(byteCount:)`, with the size it gave.
  ///
  /// The oldest kept buffer is freed when more than `limit` are kept.
  static func give(_ buffer: UnsafeMutableRawPointer, byteCount: Int) {
    let evicted: UInt? = kept.withLock { kept in
      kept.append((UInt(bitPattern: buffer), byteCount))
      return kept.count > limit ? kept.removeFirst().address : nil
    }
    if let evicted {
      UnsafeMutableRawPointer(bitPattern: evicted)?.deallocate()
    }
  }
}
