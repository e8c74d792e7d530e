// Element loops of TrainKit that Swift cannot vectorize.
//
// Swift's Float.squareRoot() (scalar or SIMD16) compiles on Linux to one
// `sqrtss` per lane plus a call to sqrtf() for negative inputs, which C
// keeps for errno; no vector square root is ever formed, and the call
// forces every vector register to be spilled. Compiled with
// -fno-math-errno, the same loop in C becomes `vsqrtps`/`vdivps` on full
// vectors. -ffp-contract=off keeps every product and sum rounded on its
// own, as in Swift, so results are bit-identical to the Swift formulas
// (Tests/TrainKitTests/SIMDKernelsTests.swift checks this).
#ifndef TRAINKIT_CKERNELS_H
#define TRAINKIT_CKERNELS_H

/// Adam / AdamW without AMSGrad over elements [lower, upper): reads θ from
/// `source`, writes θ' = θ·shrink − stepSize · m / (√v / root + ε) to
/// `theta` (which must not overlap `source`), and updates m and v in place,
/// storing values below FLT_MIN in magnitude as 0. See SIMDKernels.adam.
void trainkit_adam(long lower, long upper, const float *source, float *theta,
                   float *m, float *v, const float *gradient, float shrink,
                   float stepSize, float root, float beta1, float beta2,
                   float epsilon);

/// Copies rows `rows[first..<last]` of a row-major matrix with `rowSize`
/// columns to consecutive rows of `output` (starting at output row
/// `first`), prefetching the rows a few positions ahead: a minibatch drawn
/// at random from a large data set misses the caches on every row, and the
/// hardware prefetcher only starts within a row.
void trainkit_gather_rows(const float *source, float *output,
                          const long *rows, long first, long last,
                          long rowSize);

#endif
