@_spi(Benchmarks) import TrainKit

/// One matrix product C = op(A)·op(B) with its operands allocated and filled.
public final class GEMMWorkload {
  /// Rows of C.
  public let m: Int
  /// Columns of C.
  public let n: Int
  /// The shared dimension.
  public let k: Int
  /// Whether A is stored k×m and read transposed.
  public let transposeA: Bool
  /// Whether B is stored n×k and read transposed.
  public let transposeB: Bool
  /// A short label such as `512³` or `784×256×256 (Xᵀ·dY)`.
  public let label: String
  private var a: [Float]
  private var b: [Float]
  private var c: [Float]

  /// Allocates the operands and fills A and B with seeded uniform values.
  public init(
    m: Int, n: Int, k: Int, transposeA: Bool = false, transposeB: Bool = false,
    label: String? = nil
  ) {
    self.m = m
    self.n = n
    self.k = k
    self.transposeA = transposeA
    self.transposeB = transposeB
    self.label = label ?? "\(m)×\(n)×\(k)"
    var rng = SeededGenerator(seed: 42)
    a = (0..<(m * k)).map { _ in rng.nextUniform(low: -1, high: 1) }
    b = (0..<(k * n)).map { _ in rng.nextUniform(low: -1, high: 1) }
    c = [Float](repeating: 0, count: m * n)
  }

  /// Floating-point operations of one product (2·m·n·k).
  public var flops: Double { 2 * Double(m) * Double(n) * Double(k) }

  /// Computes the product once on `threads` threads.
  // swift-format-ignore: NeverForceUnwrap
  // Every benchmarked size is positive, so no operand is empty.
  public func run(threads: Int) {
    let (m, n, k, tA, tB) = (self.m, self.n, self.k, transposeA, transposeB)
    a.withUnsafeBufferPointer { pa in
      b.withUnsafeBufferPointer { pb in
        c.withUnsafeMutableBufferPointer { pc in
          KernelBenchmarks.multiply(
            m: m, n: n, k: k,
            a: pa.baseAddress!, lda: tA ? m : k, transposeA: tA,
            b: pb.baseAddress!, ldb: tB ? k : n, transposeB: tB,
            c: pc.baseAddress!, ldc: n, accumulate: false, threads: threads)
        }
      }
    }
  }

  /// The square sizes of the table.
  public static let squareSizes = [64, 128, 256, 512, 1024]

  /// The products one training step of a 784-256-256-10 MLP at batch 256
  /// makes in its first layer: forward X·W, and backward Xᵀ·dY and dY·Wᵀ.
  public static func trainingShapes() -> [GEMMWorkload] {
    [
      GEMMWorkload(m: 256, n: 256, k: 784, label: "256×256×784 X·W"),
      GEMMWorkload(
        m: 784, n: 256, k: 256, transposeA: true, label: "784×256×256 Xᵀ·dY"),
      GEMMWorkload(
        m: 256, n: 784, k: 256, transposeB: true, label: "256×784×256 dY·Wᵀ"),
      GEMMWorkload(
        m: 256, n: 256, k: 256, transposeA: true, label: "256×256×256 Hᵀ·dY"),
      GEMMWorkload(m: 256, n: 10, k: 256, label: "256×10×256 H·W₃"),
      GEMMWorkload(
        m: 256, n: 10, k: 256, transposeA: true, label: "256×10×256 Hᵀ·dY₃"),
    ]
  }

  /// The products of one digits training step (64-256-256-10, batch 64):
  /// small enough that packing, edge tiles and waking a thread matter.
  public static func digitsShapes() -> [GEMMWorkload] {
    [
      GEMMWorkload(m: 64, n: 256, k: 64, label: "64×256×64 X·W₁"),
      GEMMWorkload(m: 64, n: 256, k: 256, label: "64×256×256 H·W₂"),
      GEMMWorkload(m: 64, n: 10, k: 256, label: "64×10×256 H·W₃"),
      GEMMWorkload(
        m: 256, n: 256, k: 64, transposeA: true, label: "256×256×64 Hᵀ·dY"),
      GEMMWorkload(
        m: 64, n: 256, k: 256, transposeB: true, label: "64×256×256 dY·Wᵀ"),
      GEMMWorkload(
        m: 256, n: 10, k: 64, transposeA: true, label: "256×10×64 Hᵀ·dY₃"),
    ]
  }

  /// The number of threads GEMM uses by default (the processors online).
  public static var allCores: Int { KernelBenchmarks.defaultThreadCount }
}
