/// Entry points for the separate `Benchmarks` package, which cannot see
/// `package` declarations.
///
/// Not part of TrainKit's API: import with `@_spi(Benchmarks) import TrainKit`.
@_spi(Benchmarks) public enum KernelBenchmarks {
  /// Calls `GEMM.multiply` (see there) on `threads` threads.
  ///
  /// The matrices are row-major; op(A) is m×k and op(B) is k×n, read
  /// transposed when the flags say so; C is m×n.
  /// - Complexity: O(m·n·k).
  public static func multiply(
    m: Int, n: Int, k: Int,
    a: UnsafePointer<Float>, lda: Int, transposeA: Bool,
    b: UnsafePointer<Float>, ldb: Int, transposeB: Bool,
    c: UnsafeMutablePointer<Float>, ldc: Int,
    accumulate: Bool, threads: Int
  ) {
    GEMM.multiply(
      m: m, n: n, k: k, a: a, lda: lda, transposeA: transposeA,
      b: b, ldb: ldb, transposeB: transposeB, c: c, ldc: ldc,
      accumulate: accumulate, threads: threads)
  }

  /// The number of threads `GEMM.multiply` uses when none is given.
  public static var defaultThreadCount: Int { GEMM.defaultThreadCount }
}
