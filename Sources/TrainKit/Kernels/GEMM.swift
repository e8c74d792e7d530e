/// Matrix multiplication kernels. This folder is the only place in TrainKit
/// that uses unsafe pointers or explicit SIMD; everything else calls
/// `GEMM.multiply`.
package enum GEMM {
  /// C = op(A)·op(B), or C += op(A)·op(B) when `accumulate` is true.
  ///
  /// All matrices are row-major. op(A) is m×k: A itself (m×k, leading
  /// dimension `lda`) or, when `transposeA`, the transpose of a k×m matrix.
  /// op(B) is k×n: B (k×n, `ldb`) or, when `transposeB`, the transpose of an
  /// n×k matrix. C is m×n with leading dimension `ldc`.
  ///
  /// Deterministic: each element of C is reduced over k in the same order
  /// whatever the number of threads, so results are bit-identical run to run.
  /// - Complexity: O(m·n·k).
  package static func multiply(
    m: Int, n: Int, k: Int,
    a: UnsafePointer<Float>, lda: Int, transposeA: Bool,
    b: UnsafePointer<Float>, ldb: Int, transposeB: Bool,
    c: UnsafeMutablePointer<Float>, ldc: Int,
    accumulate: Bool
  ) {
    // Reference implementation (i-p-j order, contiguous inner loop); the
    // speed issue replaces it with a packed, register-blocked SIMD kernel.
    for i in 0..<m {
      let row = c + i * ldc
      if !accumulate {
        for j in 0..<n { row[j] = 0 }
      }
      for p in 0..<k {
        let aip = transposeA ? a[p * lda + i] : a[i * lda + p]
        if transposeB {
          for j in 0..<n { row[j] += aip * b[j * ldb + p] }
        } else {
          let brow = b + p * ldb
          for j in 0..<n { row[j] += aip * brow[j] }
        }
      }
    }
  }
}
