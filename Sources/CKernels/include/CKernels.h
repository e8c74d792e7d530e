// TrainKit's compute kernels in C, one set per instruction set, chosen at run
// time (see kernels.c).
//
// The target is compiled with no flags of its own (SwiftPM: -O0 in debug,
// -O2 in release, the baseline instruction set). So:
// - the GEMM micro-kernels are inline assembly, emitted as written at every
//   optimization level: a debug build multiplies as fast as a release one;
// - a kernel for a wider instruction set is a function with
//   __attribute__((target(...))), called only after checking the CPU;
// - every product and sum is rounded on its own (`#pragma STDC
//   FP_CONTRACT OFF`, and the intrinsics used are separate operations),
//   so an element loop gives the bits of its scalar reference.
#ifndef TRAINKIT_CKERNELS_H
#define TRAINKIT_CKERNELS_H

/// One micro-kernel call: C[0..<rows, 0..<width] (+)= Σₚ A[·, p] ⊗ B[p, ·]
/// over p < kc, then + bias.
///
/// A[i, p] is `a[i·aRow + p·aDepth]` for i < rows; rows past `rows` are
/// read as copies of the last and neither computed into C nor stored.
/// B[p, j] is `b0[p·bDepth + j]` for j < 32 and, for the 64-wide tile,
/// `b1[p·bDepth + j − 32]` for j ≥ 32 (two panels). C[i, j] is
/// `c[i·ldc + j]`. Every element is one chain of fused multiply-adds from
/// zero in increasing p (the portable set: a product and a sum, each
/// rounded), then `old + sum` when `addToC`, then `+ bias[j]` when `bias`
/// is not NULL: the bits do not depend on where the tile lies.
/// Strides are in floats.
typedef struct trainkit_tile {
  const float *a;
  long aRow;
  long aDepth;
  long rows;
  const float *b0;
  const float *b1;
  long bDepth;
  float *c;
  long ldc;
  const float *bias;
  long kc;
  long addToC;
} trainkit_tile;

/// The kernels of one instruction set.
typedef struct trainkit_kernel_set {
  /// "avx512", "avx2", "neon" or "portable" (the values of TRAINKIT_ISA).
  const char *name;
  /// What it needs of the CPU, for messages ("AVX-512F", "AVX2 + FMA").
  const char *requirement;
  /// The 6×32 tile (b0 only; at most 6 rows).
  void (*tile32)(const trainkit_tile *tile);
  /// The 6×64 tile over two B panels (at most 6 rows).
  void (*tile64)(const trainkit_tile *tile);
  /// The 12×16 tile of narrow products (b0 only, bDepth 16; at most 12
  /// rows).
  void (*tile12x16)(const trainkit_tile *tile);
  /// Adam / AdamW without AMSGrad over elements [lower, upper): reads θ
  /// from `source`, writes θ' = θ·shrink − stepSize · m / (√v / root + ε)
  /// to `theta` (which must not overlap `source`), and updates m and v in
  /// place, storing values below FLT_MIN in magnitude as 0. See
  /// SIMDKernels.adam.
  void (*adam)(long lower, long upper, const float *source, float *theta,
               float *m, float *v, const float *gradient, float shrink,
               float stepSize, float root, float beta1, float beta2,
               float epsilon);
  /// Writes the transpose of the 16×16 block at `src` (row stride `ld`) to
  /// `dst` (row stride `ldOut`): dst[c·ldOut + r] = src[r·ld + c]. Moves
  /// data only (packing a transposed B), so every set gives the same bits.
  void (*transpose16x16)(const float *src, long ld, float *dst, long ldOut);
  /// Packs a full A panel: out[p·6 + i] = a[i·lda + p] for i < 6, p < kc
  /// (six rows of an untransposed A, read in step). Moves data only.
  void (*packA6)(const float *a, long lda, long kc, float *out);
} trainkit_kernel_set;

/// The kernel sets this build contains, fastest first (the portable set
/// last); `*count` receives their number.
const trainkit_kernel_set *trainkit_kernel_sets(int *count);

/// Whether this CPU (and its operating system) can run `set`.
int trainkit_cpu_supports(const trainkit_kernel_set *set);

/// Copies rows `rows[first..<last]` of a row-major matrix with `rowSize`
/// columns to consecutive rows of `output` (starting at output row
/// `first`), prefetching the rows a few positions ahead: a minibatch drawn
/// at random from a large data set misses the caches on every row, and the
/// hardware prefetcher only starts within a row.
void trainkit_gather_rows(const float *source, float *output,
                          const long *rows, long first, long last,
                          long rowSize);

#endif
