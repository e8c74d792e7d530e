// Shared by the kernel files of CKernels; not part of its interface.
#ifndef TRAINKIT_CKERNELS_INTERNAL_H
#define TRAINKIT_CKERNELS_INTERNAL_H

#include "CKernels.h"

extern const trainkit_kernel_set trainkit_avx512;
extern const trainkit_kernel_set trainkit_avx2;
extern const trainkit_kernel_set trainkit_neon;
extern const trainkit_kernel_set trainkit_portable;

/// The byte offsets of rows 1…5 of an A panel of which only `rows` exist:
/// the missing ones repeat the last, so a partial panel is read in place.
static inline void trainkit_row_offsets(const trainkit_tile *t, long out[5]) {
  const long last = t->rows - 1;
  for (long i = 1; i <= 5; i++) {
    out[i - 1] = (i < last ? i : last) * t->aRow * (long)sizeof(float);
  }
}

/// tile32, tile64 and tile12x16 for a set whose one micro-kernel is a 6×16
/// tile (`TILE16`, the same contract on a 16-wide B): AVX2's 16 ymm
/// registers, NEON's tile and the portable C. Each output element is
/// computed by exactly one call, with the arithmetic the contract states.
#define TRAINKIT_TILES_FROM_6X16(PREFIX, TILE16)                              \
  static void PREFIX##_tile32(const trainkit_tile *t) {                     \
    trainkit_tile part = *t;                                                \
    TILE16(&part);                                                          \
    part.b0 += 16;                                                          \
    part.c += 16;                                                           \
    if (part.bias) part.bias += 16;                                         \
    TILE16(&part);                                                          \
  }                                                                         \
  static void PREFIX##_tile64(const trainkit_tile *t) {                     \
    trainkit_tile part = *t;                                                \
    PREFIX##_tile32(&part);                                                 \
    part.b0 = t->b1;                                                        \
    part.c += 32;                                                           \
    if (part.bias) part.bias += 32;                                         \
    PREFIX##_tile32(&part);                                                 \
  }                                                                         \
  static void PREFIX##_tile12x16(const trainkit_tile *t) {                  \
    trainkit_tile part = *t;                                                \
    part.rows = t->rows < 6 ? t->rows : 6;                                  \
    TILE16(&part);                                                          \
    if (t->rows > 6) {                                                      \
      part.a += 6 * t->aRow;                                                \
      part.c += 6 * t->ldc;                                                 \
      part.rows = t->rows - 6;                                              \
      TILE16(&part);                                                        \
    }                                                                       \
  }

#endif
