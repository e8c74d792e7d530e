import Testing

@testable import TrainKit

/// A GEMM problem with its operands stored in padded row-major buffers, so
/// that leading dimensions exceed widths.
///
/// The padding of A and B holds NaN (a kernel that reads it poisons C); the
/// padding of C holds a sentinel that must survive.
private struct Problem {
  let m: Int, n: Int, k: Int
  let transposeA: Bool, transposeB: Bool
  let lda: Int, ldb: Int, ldc: Int
  var a: [Float], b: [Float], c: [Float]
  static let sentinel: Float = 12345

  init(
    m: Int, n: Int, k: Int, transposeA: Bool, transposeB: Bool, pad: Int,
    seed: UInt64
  ) {
    self.m = m
    self.n = n
    self.k = k
    self.transposeA = transposeA
    self.transposeB = transposeB
    var rng = SeededGenerator(seed: seed)
    let (aRows, aCols) = transposeA ? (k, m) : (m, k)
    let (bRows, bCols) = transposeB ? (n, k) : (k, n)
    lda = aCols + pad
    ldb = bCols + pad
    ldc = n + pad
    a = Problem.filled(
      rows: aRows, cols: aCols, ld: lda, padding: .nan, rng: &rng)
    b = Problem.filled(
      rows: bRows, cols: bCols, ld: ldb, padding: .nan, rng: &rng)
    c = Problem.filled(
      rows: m, cols: n, ld: ldc, padding: Problem.sentinel, rng: &rng)
  }

  static func filled(
    rows: Int, cols: Int, ld: Int, padding: Float, rng: inout SeededGenerator
  ) -> [Float] {
    var values = [Float](repeating: padding, count: max(rows * ld, 1))
    for i in 0..<rows {
      for j in 0..<cols {
        values[i * ld + j] = rng.nextUniform(low: -1, high: 1)
      }
    }
    return values
  }

  func opA(_ i: Int, _ p: Int) -> Float {
    transposeA ? a[p * lda + i] : a[i * lda + p]
  }
  func opB(_ p: Int, _ j: Int) -> Float {
    transposeB ? b[j * ldb + p] : b[p * ldb + j]
  }

  /// Runs the kernel on a copy of C and returns it.
  // swift-format-ignore: NeverForceUnwrap
  // The buffers are never empty: every leading dimension has padding.
  func run(
    accumulate: Bool, threads: Int?, narrowPaths: Bool = true,
    bias: [Float]? = nil, kernels: KernelSet = .active
  ) -> [Float] {
    var out = c
    a.withUnsafeBufferPointer { pa in
      b.withUnsafeBufferPointer { pb in
        (bias ?? []).withUnsafeBufferPointer { pBias in
          let bias = bias == nil ? nil : pBias.baseAddress
          out.withUnsafeMutableBufferPointer { pc in
            if let threads {
              GEMM.multiply(
                m: m, n: n, k: k, a: pa.baseAddress!, lda: lda,
                transposeA: transposeA,
                b: pb.baseAddress!, ldb: ldb, transposeB: transposeB,
                c: pc.baseAddress!, ldc: ldc, accumulate: accumulate,
                threads: threads, narrowPaths: narrowPaths, bias: bias,
                kernels: kernels)
            } else {
              GEMM.multiply(
                m: m, n: n, k: k, a: pa.baseAddress!, lda: lda,
                transposeA: transposeA,
                b: pb.baseAddress!, ldb: ldb, transposeB: transposeB,
                c: pc.baseAddress!, ldc: ldc, accumulate: accumulate,
                bias: bias)
            }
          }
        }
      }
    }
    return out
  }

  /// The exact product op(A)·op(B) in Double, and Σₚ |op(A)ᵢₚ·op(B)ₚⱼ| for
  /// the rounding bound, row-major m×n.
  func reference() -> (exact: [Double], magnitude: [Double]) {
    var exact = [Double](repeating: 0, count: m * n)
    var magnitude = [Double](repeating: 0, count: m * n)
    for i in 0..<m {
      for p in 0..<k {
        let x = Double(opA(i, p))
        for j in 0..<n {
          let product = x * Double(opB(p, j))
          exact[i * n + j] += product
          magnitude[i * n + j] += abs(product)
        }
      }
    }
    return (exact, magnitude)
  }

  /// Checks `result` against the Double-precision reference, element by
  /// element, within a rigorous float32 rounding bound; checks that C's
  /// padding is untouched.
  ///
  /// Returns the number of failures.
  func check(
    _ result: [Float], accumulate: Bool,
    against reference: (exact: [Double], magnitude: [Double])
  ) -> Int {
    var failures = 0
    for i in 0..<m {
      for j in 0..<n {
        let old = accumulate ? Double(c[i * ldc + j]) : 0
        let exact = old + reference.exact[i * n + j]
        let magnitude = abs(old) + reference.magnitude[i * n + j]
        let got = Double(result[i * ldc + j])
        // Each of the ≤ k + 1 roundings errs by at most 2⁻²⁴ of a partial
        // sum, and every partial sum is bounded by `magnitude`.
        let bound = Double(k + 2) * 0x1p-24 * magnitude + 1e-30
        if !(abs(got - exact) <= bound) { failures += 1 }
      }
      for j in n..<ldc where result[i * ldc + j] != Problem.sentinel {
        failures += 1
      }
    }
    return failures
  }
}

/// Shapes (m, n, k) around the kernel's tile sizes (6×32) and block sizes
/// (kc 128, mc 192): 0, 1, 2, 3, odd, primes, exact multiples and one past.
private let shapes: [(Int, Int, Int)] = [
  (0, 0, 0), (0, 5, 3), (4, 0, 3), (1, 1, 1), (2, 2, 2), (3, 3, 3),
  (1, 7, 1), (7, 1, 5), (1, 1, 37), (2, 3, 1), (3, 2, 5),
  (5, 31, 7), (6, 32, 8), (7, 33, 9), (13, 17, 19), (12, 64, 1),
  (11, 65, 3), (37, 29, 41), (64, 64, 64), (61, 67, 71), (97, 31, 257),
  (193, 40, 13), (40, 100, 300), (6, 2100, 3), (199, 45, 300),
  (13, 64, 128), (7, 65, 129),
]

@Suite struct GEMMTests {
  @Test(arguments: shapes)
  func matchesDoubleReferenceForEveryTransposeAndMode(shape: (Int, Int, Int)) {
    let (m, n, k) = shape
    for (index, (transposeA, transposeB)) in [
      (false, false), (true, false), (false, true), (true, true),
    ].enumerated() {
      for pad in m * n * k > 100_000 ? [3] : [0, 3] {
        let problem = Problem(
          m: m, n: n, k: k, transposeA: transposeA, transposeB: transposeB,
          pad: pad,
          seed: UInt64(m * 1_000_003 + n * 1009 + k * 7 + index * 2 + pad))
        let reference = problem.reference()
        for accumulate in [false, true] {
          let result = problem.run(accumulate: accumulate, threads: 1)
          #expect(
            problem.check(result, accumulate: accumulate, against: reference)
              == 0,
            "m \(m) n \(n) k \(k) tA \(transposeA) tB \(transposeB) pad \(pad) acc \(accumulate)"
          )
        }
      }
    }
  }

  @Test(arguments: [
    (128, 128, 128), (97, 203, 260), (300, 45, 100), (64, 1000, 20),
  ])
  func bitIdenticalOnOneTwoAndThreeThreads(shape: (Int, Int, Int)) {
    let (m, n, k) = shape
    for (transposeA, transposeB) in [
      (false, false), (true, false), (false, true), (true, true),
    ] {
      let problem = Problem(
        m: m, n: n, k: k, transposeA: transposeA, transposeB: transposeB,
        pad: 1, seed: 99)
      let reference = problem.reference()
      for accumulate in [false, true] {
        let one = problem.run(accumulate: accumulate, threads: 1)
        #expect(
          problem.check(one, accumulate: accumulate, against: reference) == 0)
        let two = problem.run(accumulate: accumulate, threads: 2)
        let three = problem.run(accumulate: accumulate, threads: 3)
        let byDefault = problem.run(accumulate: accumulate, threads: nil)
        #expect(one.map(\.bitPattern) == two.map(\.bitPattern))
        #expect(one.map(\.bitPattern) == three.map(\.bitPattern))
        #expect(one.map(\.bitPattern) == byDefault.map(\.bitPattern))
      }
    }
  }

  /// Every kernel set this CPU runs (`TRAINKIT_ISA` only chooses the
  /// default) meets the reference's bound on every path (main, narrow,
  /// Cᵀ, fused bias; 13×200×20 on one thread packs full A panels and
  /// transposes B in 16×16 blocks with each set's `packA6` and
  /// `transpose16x16`); the sets with a fused multiply-add give the same bits
  /// as each other, so results do not depend on the instruction set.
  @Test(arguments: [
    (61, 67, 71), (97, 31, 257), (300, 10, 100), (13, 64, 128), (7, 65, 129),
    (256, 10, 64), (4, 200, 9), (13, 200, 20),
  ])
  func everyKernelSetMeetsTheBoundAndFusedSetsAgree(shape: (Int, Int, Int)) {
    let (m, n, k) = shape
    for (transposeA, transposeB) in [(false, false), (true, true)] {
      let problem = Problem(
        m: m, n: n, k: k, transposeA: transposeA, transposeB: transposeB,
        pad: 2, seed: 7)
      let reference = problem.reference()
      let bias = (0..<n).map { Float($0) / 8 - 1 }
      for accumulate in [false, true] {
        var fused: [UInt32]?
        for set in KernelSet.supported {
          let result = problem.run(
            accumulate: accumulate, threads: 2, kernels: set)
          #expect(
            problem.check(result, accumulate: accumulate, against: reference)
              == 0, "\(set.name) m \(m) n \(n) k \(k)")
          let withBias = problem.run(
            accumulate: accumulate, threads: 1, bias: bias, kernels: set)
          if set.name != "portable" {
            let bits = (result + withBias).map(\.bitPattern)
            if let fused { #expect(bits == fused, "\(set.name)") }
            fused = bits
          }
        }
      }
    }
  }

  /// Narrow products (n ≤ 16, the classifier layer) go through Cᵀ or the
  /// 12×16 kernel; they must give exactly what the main path gives, in
  /// both modes, for every transpose, several depth blocks, and edge tiles.
  @Test(arguments: [
    (64, 10, 256), (256, 10, 784), (97, 1, 37), (300, 16, 600), (64, 15, 5),
    (12, 16, 3), (13, 10, 257), (25, 7, 1), (40, 16, 520),
  ])
  func narrowProductsMatchTheDirectPathBitForBit(shape: (Int, Int, Int)) {
    let (m, n, k) = shape
    for (transposeA, transposeB) in [
      (false, false), (true, false), (false, true), (true, true),
    ] {
      let problem = Problem(
        m: m, n: n, k: k, transposeA: transposeA, transposeB: transposeB,
        pad: 3, seed: 5)
      let reference = problem.reference()
      for accumulate in [false, true] {
        let narrow = problem.run(accumulate: accumulate, threads: 2)
        let direct = problem.run(
          accumulate: accumulate, threads: 1, narrowPaths: false)
        #expect(
          problem.check(narrow, accumulate: accumulate, against: reference)
            == 0)
        #expect(narrow.map(\.bitPattern) == direct.map(\.bitPattern))
      }
    }
  }

  /// A bias added as tiles are stored gives exactly the product followed by
  /// a separate add of the bias to every row: main path (packed and read in
  /// place, 6×64 and 6×32 kernels, edge tiles, several depth blocks),
  /// narrow paths, zero depth, one and two threads.
  @Test(arguments: [
    (256, 256, 784), (64, 64, 64), (61, 67, 71), (13, 33, 300), (256, 10, 256),
    (64, 10, 256), (97, 1, 37), (5, 7, 0), (300, 45, 100),
  ])
  func biasAddedWithTheStoreMatchesASeparateAdd(shape: (Int, Int, Int)) {
    let (m, n, k) = shape
    var rng = SeededGenerator(seed: 77)
    let bias = (0..<n).map { _ in Float.random(in: -2...2, using: &rng) }
    for (transposeA, transposeB) in [
      (false, false), (true, false), (false, true), (true, true),
    ] {
      let problem = Problem(
        m: m, n: n, k: k, transposeA: transposeA, transposeB: transposeB,
        pad: 2, seed: 11)
      for accumulate in [false, true] {
        var separate = problem.run(accumulate: accumulate, threads: 1)
        for i in 0..<m {
          for j in 0..<n {
            separate[i * problem.ldc + j] =
              separate[i * problem.ldc + j] + bias[j]
          }
        }
        for threads in [1, 2] {
          let fused = problem.run(
            accumulate: accumulate, threads: threads, bias: bias)
          #expect(
            fused.map(\.bitPattern) == separate.map(\.bitPattern),
            "m \(m) n \(n) k \(k) tA \(transposeA) tB \(transposeB) acc \(accumulate) threads \(threads)"
          )
        }
      }
    }
  }

  @Test func zeroDepthClearsOrKeepsC() {
    let problem = Problem(
      m: 3, n: 4, k: 0, transposeA: false, transposeB: false, pad: 2, seed: 1)
    let cleared = problem.run(accumulate: false, threads: 1)
    let kept = problem.run(accumulate: true, threads: 1)
    for i in 0..<3 {
      for j in 0..<4 {
        #expect(cleared[i * 6 + j] == 0)
        #expect(kept[i * 6 + j] == problem.c[i * 6 + j])
      }
      #expect(
        cleared[i * 6 + 4] == Problem.sentinel
          && cleared[i * 6 + 5] == Problem.sentinel)
    }
  }

  @Test func smallIntegerProductIsExact() {
    // [[1, 2, 3], [4, 5, 6]] · [[7, 8], [9, 10], [11, 12]] = [[58, 64], [139, 154]]
    let a: [Float] = [1, 2, 3, 4, 5, 6]
    let b: [Float] = [7, 8, 9, 10, 11, 12]
    var c: [Float] = [100, 100, 100, 100]
    GEMM.multiply(
      m: 2, n: 2, k: 3, a: a, lda: 3, transposeA: false, b: b, ldb: 2,
      transposeB: false,
      c: &c, ldc: 2, accumulate: false)
    #expect(c == [58, 64, 139, 154])
    GEMM.multiply(
      m: 2, n: 2, k: 3, a: a, lda: 3, transposeA: false, b: b, ldb: 2,
      transposeB: false,
      c: &c, ldc: 2, accumulate: true)
    #expect(c == [116, 128, 278, 308])
  }

  @Test(arguments: [
    (1, 1, 1, 2), (96, 96, 95, 2), (500, 10, 256, 2), (10, 500, 256, 3),
    (5, 40, 100_000, 2),
  ])
  func partitionTilesCExactlyOnce(shape: (Int, Int, Int, Int)) {
    let (m, n, k, threads) = shape
    let parts = GEMM.partition(m: m, n: n, k: k, threads: threads)
    #expect(parts.count >= 1 && parts.count <= threads)
    var covered = [Int](repeating: 0, count: m * n)
    for part in parts {
      if part.rows.lowerBound != 0 {
        #expect(part.rows.lowerBound % GEMM.mr == 0)
      }
      if part.cols.lowerBound != 0 {
        #expect(part.cols.lowerBound % GEMM.nr == 0)
      }
      for i in part.rows { for j in part.cols { covered[i * n + j] += 1 } }
    }
    #expect(covered.allSatisfy { $0 == 1 })
    if GEMM.work(m: m, n: n, k: k) < GEMM.parallelThreshold {
      #expect(parts.count == 1)
    }
  }

  @Test func depthBlocksAreBalancedAndBounded() {
    #expect(GEMM.depthBlock(k: 1) == 1)
    #expect(GEMM.depthBlock(k: 128) == 128)
    #expect(GEMM.depthBlock(k: 129) == 65)
    #expect(GEMM.depthBlock(k: 256) == 128)
    #expect(GEMM.depthBlock(k: 257) == 86)
    #expect(GEMM.depthBlock(k: 784) == 112)
    for k in 1..<2000 { #expect(GEMM.depthBlock(k: k) <= GEMM.kcMax) }
  }

  @Test(arguments: KernelSet.supported.map(\.name))
  func transposes16x16BlocksBetweenStrides(set: String) throws {
    let kernels = try #require(KernelSet.supported.first { $0.name == set })
    let source = (0..<(16 * 20)).map { Float($0) }
    var out = [Float](repeating: -1, count: 16 * 24)
    source.withUnsafeBufferPointer { src in
      out.withUnsafeMutableBufferPointer { dst in
        kernels.transpose16x16(
          src.baseAddress! + 2, 20, dst.baseAddress! + 3, 24)
      }
    }
    for c in 0..<16 {
      for r in 0..<16 { #expect(out[c * 24 + 3 + r] == source[r * 20 + 2 + c]) }
      for j in [0, 1, 2, 19, 20, 21, 22, 23] { #expect(out[c * 24 + j] == -1) }
    }
  }
}
