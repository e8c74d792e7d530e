// Checks every kernel set of CKernels this CPU runs against scalar
// references, without Swift: CI builds it natively and, cross-compiled for
// aarch64, runs it under qemu-user to check the NEON kernels (.ci/run).
//
// - A set with a fused multiply-add (avx512, avx2, neon) must give the bits
//   of the scalar reference with fmaf; the portable set those of the
//   reference with a product and a sum; and the two within the bound
//   Σ|a·b| · (k + 2) · 2⁻²³ of each other.
// - Adam must give the bits of the portable (scalar) loop on every set.
// - The 16×16 transpose and the A packing must move every element, and
//   only those.
//
// Prints one line per set and exits with status 1 on the first mismatch.
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "CKernels.h"

#pragma STDC FP_CONTRACT OFF

static uint64_t state = 0x9E3779B97F4A7C15ull;
static float uniform(void) {  // in [-1, 1)
  state ^= state << 13;
  state ^= state >> 7;
  state ^= state << 17;
  return (float)((state >> 40) / 8388608.0 - 1.0);
}

static int failures;

/// The reference of one tile: C[i, j] for i < rows, j < width.
static void reference(const trainkit_tile *t, long width, int fused,
                      float *out, double *bound) {
  for (long i = 0; i < t->rows; i++) {
    for (long j = 0; j < width; j++) {
      const float *b = j < 32 ? t->b0 + j : t->b1 + (j - 32);
      float sum = 0;
      double magnitude = 0;
      for (long p = 0; p < t->kc; p++) {
        const float x = t->a[i * t->aRow + p * t->aDepth];
        const float y = b[p * t->bDepth];
        sum = fused ? fmaf(x, y, sum) : sum + x * y;
        magnitude += fabs((double)x * y);
      }
      float value = t->addToC ? t->c[i * t->ldc + j] + sum : sum;
      if (t->bias) value = value + t->bias[j];
      out[i * width + j] = value;
      bound[i * width + j] =
          (magnitude + fabs((double)value)) * (double)(t->kc + 2) *
          ldexp(1.0, -23);
    }
  }
}

/// One tile call on `set` against the references, for every combination
/// of rows, depth, in-place or packed A, accumulation and bias.
static void check_tiles(const trainkit_kernel_set *set) {
  const int fused = strcmp(set->name, "portable") != 0;
  enum { maxK = 130, ld = 80 };
  static float a[16 * maxK * 2], b[maxK * 64], c[16 * ld], before[16 * ld];
  static float expected[16 * 64], other[16 * 64], bias[64];
  static double bound[16 * 64], otherBound[16 * 64];
  for (size_t i = 0; i < sizeof a / sizeof a[0]; i++) a[i] = uniform();
  for (size_t i = 0; i < sizeof b / sizeof b[0]; i++) b[i] = uniform();
  for (int i = 0; i < 64; i++) bias[i] = uniform();
  const long depths[] = {0, 1, 7, 112, 128, 130};
  for (int shape = 0; shape < 3; shape++) {
    const long width = shape == 0 ? 32 : shape == 1 ? 64 : 16;
    const long maxRows = shape == 2 ? 12 : 6;
    for (long rows = 1; rows <= maxRows; rows++) {
      for (int d = 0; d < 6; d++) {
        for (int mode = 0; mode < 8; mode++) {
          const int inPlace = mode & 1, add = (mode >> 1) & 1,
                    withBias = (mode >> 2) & 1;
          if (shape == 2 && withBias) continue;  // narrow: no bias
          trainkit_tile t;
          t.kc = depths[d];
          t.a = a;
          t.aRow = inPlace ? maxK : 1;
          t.aDepth = inPlace ? 1 : 16;
          t.rows = rows;
          t.b0 = b;
          t.b1 = b + 32;
          t.bDepth = shape == 2 ? 16 : 64;
          t.c = c;
          t.ldc = ld;
          t.bias = withBias ? bias : 0;
          t.addToC = add;
          for (int i = 0; i < 16 * ld; i++) c[i] = before[i] = uniform();
          reference(&t, width, fused, expected, bound);
          reference(&t, width, !fused, other, otherBound);
          if (shape == 0) set->tile32(&t);
          if (shape == 1) set->tile64(&t);
          if (shape == 2) set->tile12x16(&t);
          for (long i = 0; i < 16; i++) {
            for (long j = 0; j < ld; j++) {
              const float got = c[i * ld + j];
              if (i >= rows || j >= width) {
                if (memcmp(&got, &before[i * ld + j], sizeof got) != 0) {
                  printf("%s: %ld-wide tile, rows %ld, k %ld, mode %d: wrote "
                         "C[%ld, %ld] outside the tile\n",
                         set->name, width, rows, t.kc, mode, i, j);
                  failures++;
                  return;
                }
                continue;
              }
              const float want = expected[i * width + j];
              if (memcmp(&got, &want, sizeof got) != 0) {
                printf("%s: %ld-wide tile, rows %ld, k %ld, mode %d: C[%ld, "
                       "%ld] = %.9g, reference %.9g\n",
                       set->name, width, rows, t.kc, mode, i, j, got, want);
                failures++;
                return;
              }
              if (fabs((double)got - other[i * width + j]) >
                  bound[i * width + j]) {
                printf("%s: C[%ld, %ld] = %.9g, other rounding %.9g: beyond "
                       "the tolerance\n",
                       set->name, i, j, got, other[i * width + j]);
                failures++;
                return;
              }
            }
          }
        }
      }
    }
  }
}

/// Adam on `set` against the portable loop, bit for bit.
static void check_adam(const trainkit_kernel_set *set,
                       const trainkit_kernel_set *portable) {
  enum { n = 1000 };
  static float source[n], g[n], m[2][n], v[2][n], theta[2][n];
  for (int i = 0; i < n; i++) {
    source[i] = uniform();
    g[i] = i % 7 == 0 ? 0 : uniform() * (i % 3 == 0 ? 1e-20f : 1);
    m[0][i] = m[1][i] = i % 5 == 0 ? 1e-38f : uniform() * 0.1f;
    v[0][i] = v[1][i] = i % 5 == 0 ? 1e-39f : fabsf(uniform()) * 0.01f;
  }
  const trainkit_kernel_set *sets[2] = {set, portable};
  for (int s = 0; s < 2; s++) {
    sets[s]->adam(3, n - 2, source, theta[s], m[s], v[s], g, 0.999f, 1e-3f,
                  0.3f, 0.9f, 0.999f, 1e-8f);
  }
  for (int i = 3; i < n - 2; i++) {
    if (memcmp(&theta[0][i], &theta[1][i], 4) != 0 ||
        memcmp(&m[0][i], &m[1][i], 4) != 0 ||
        memcmp(&v[0][i], &v[1][i], 4) != 0) {
      printf("%s: Adam differs from the scalar loop at %d\n", set->name, i);
      failures++;
      return;
    }
  }
}

/// The 16×16 transpose between strides 20 and 24, against the definition;
/// the elements around the block must be left alone.
static void check_transpose(const trainkit_kernel_set *set) {
  enum { ld = 20, ldOut = 24 };
  float source[16 * ld], out[16 * ldOut];
  for (int i = 0; i < 16 * ld; i++) source[i] = (float)i;
  for (int i = 0; i < 16 * ldOut; i++) out[i] = -1;
  set->transpose16x16(source + 2, ld, out + 3, ldOut);
  for (int c = 0; c < 16; c++) {
    for (int j = 0; j < ldOut; j++) {
      const float want = j >= 3 && j < 19 ? source[(j - 3) * ld + 2 + c] : -1;
      if (out[c * ldOut + j] != want) {
        printf("%s: transpose16x16 wrote %g at (%d, %d), not %g\n", set->name,
               out[c * ldOut + j], c, j, want);
        failures++;
        return;
      }
    }
  }
}

/// Packing six rows of A (kc 19: two blocks of eight and three single
/// depths) against the definition, and nothing written past the panel.
static void check_packA6(const trainkit_kernel_set *set) {
  enum { lda = 23, kc = 19 };
  float a[6 * lda], out[6 * kc + 4];
  for (int i = 0; i < 6 * lda; i++) a[i] = (float)i;
  for (int i = 0; i < 6 * kc + 4; i++) out[i] = -1;
  set->packA6(a + 1, lda, kc, out);
  for (int i = 0; i < 6 * kc + 4; i++) {
    const float want = i < 6 * kc ? a[(i % 6) * lda + 1 + i / 6] : -1;
    if (out[i] != want) {
      printf("%s: packA6 wrote %g at %d, not %g\n", set->name, out[i], i,
             want);
      failures++;
      return;
    }
  }
}

int main(void) {
  int count = 0;
  const trainkit_kernel_set *sets = trainkit_kernel_sets(&count);
  const trainkit_kernel_set *portable = &sets[count - 1];
  for (int i = 0; i < count; i++) {
    if (!trainkit_cpu_supports(&sets[i])) {
      printf("%s: not supported by this CPU, skipped\n", sets[i].name);
      continue;
    }
    const int before = failures;
    check_tiles(&sets[i]);
    check_adam(&sets[i], portable);
    check_transpose(&sets[i]);
    check_packA6(&sets[i]);
    if (failures == before) {
      printf("%s: tiles, Adam, transpose and packing match the references\n",
             sets[i].name);
    }
  }
  return failures ? 1 : 0;
}
