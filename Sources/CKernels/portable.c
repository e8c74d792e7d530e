// The portable kernels: plain C for any CPU, the reference the others are
// checked against. Without a guaranteed fused multiply-add, each product
// and each sum is rounded on its own, so results differ from the other
// sets' in the last bits (within the tolerance the tests state).
#include "internal.h"

#include <float.h>
#include <math.h>

#pragma STDC FP_CONTRACT OFF

/// C[0..<rows, 0..<16] as the contract of `trainkit_tile` states, with B
/// 16 wide, a product and a sum per step.
static void portable_tile16(const trainkit_tile *t) {
  float acc[6][16] = {{0}};
  const float *rows[6];
  for (long i = 0; i < 6; i++) {
    rows[i] = t->a + (i < t->rows ? i : t->rows - 1) * t->aRow;
  }
  for (long p = 0; p < t->kc; p++) {
    const float *b = t->b0 + p * t->bDepth;
    for (long i = 0; i < 6; i++) {
      const float x = rows[i][p * t->aDepth];
      for (long j = 0; j < 16; j++) acc[i][j] = acc[i][j] + x * b[j];
    }
  }
  for (long i = 0; i < t->rows; i++) {
    float *c = t->c + i * t->ldc;
    for (long j = 0; j < 16; j++) {
      float value = t->addToC ? c[j] + acc[i][j] : acc[i][j];
      c[j] = t->bias ? value + t->bias[j] : value;
    }
  }
}

TRAINKIT_TILES_FROM_6X16(portable, portable_tile16)

/// Adam's loop as its scalar formula.
static void portable_adam(long lower, long upper, const float *restrict source,
                          float *restrict theta, float *restrict m,
                          float *restrict v, const float *restrict gradient,
                          float shrink, float stepSize, float root,
                          float beta1, float beta2, float epsilon) {
  const float oneMinusBeta1 = 1 - beta1;
  const float oneMinusBeta2 = 1 - beta2;
  const float tiny = FLT_MIN;
  for (long i = lower; i < upper; i++) {
    const float g = gradient[i];
    const float shrunk = source[i] * shrink;
    float newM = beta1 * m[i] + oneMinusBeta1 * g;
    float newV = beta2 * v[i] + oneMinusBeta2 * g * g;
    newM = (newM < tiny && newM > -tiny) ? 0.0f : newM;
    newV = newV < tiny ? 0.0f : newV;
    m[i] = newM;
    v[i] = newV;
    const float denominator = sqrtf(newV) / root + epsilon;
    theta[i] = shrunk - stepSize * (newM / denominator);
  }
}

void trainkit_portable_transpose16x16(const float *src, long ld, float *dst,
                                      long ldOut) {
  for (long c = 0; c < 16; c++) {
    for (long r = 0; r < 16; r++) dst[c * ldOut + r] = src[r * ld + c];
  }
}

void trainkit_portable_packA6(const float *a, long lda, long kc, float *out) {
  for (long p = 0; p < kc; p++) {
    for (long i = 0; i < 6; i++) out[p * 6 + i] = a[i * lda + p];
  }
}

const trainkit_kernel_set trainkit_portable = {
    "portable", "nothing", portable_tile32, portable_tile64,
    portable_tile12x16, portable_adam, trainkit_portable_transpose16x16,
    trainkit_portable_packA6};
