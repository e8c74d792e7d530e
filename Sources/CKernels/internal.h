// Shared by the kernel files of CKernels; not part of its interface.
#ifndef TRAINKIT_CKERNELS_INTERNAL_H
#define TRAINKIT_CKERNELS_INTERNAL_H

#include <stddef.h>

#include "CKernels.h"

extern const trainkit_kernel_set trainkit_avx512;
extern const trainkit_kernel_set trainkit_avx2;
extern const trainkit_kernel_set trainkit_neon;
extern const trainkit_kernel_set trainkit_portable;

/// The portable set's transpose and A packing, which the NEON set uses too.
void trainkit_portable_transpose16x16(const float *src, long ld, float *dst,
                                      long ldOut);
void trainkit_portable_packA6(const float *a, long lda, long kc, float *out);
/// The AVX2 set's A packing, which the AVX-512 set uses too (every CPU with
/// AVX-512F has AVX2, and the set is chosen only where both are).
void trainkit_avx2_packA6(const float *a, long lda, long kc, float *out);

/// The byte offsets of rows 1…5 of an A panel of which only `rows` exist:
/// the missing ones repeat the last, so a partial panel is read in place.
static inline void trainkit_row_offsets(const trainkit_tile *t, long out[5]) {
  const long last = t->rows - 1;
  for (long i = 1; i <= 5; i++) {
    out[i - 1] = (i < last ? i : last) * t->aRow * (long)sizeof(float);
  }
}

/// What the assembly of a tile reads, in bytes; the assembly uses the
/// offsets in the comments, fixed by the layout.
typedef struct trainkit_plan {
  const float *a;     // 0: row 0 of A at p
  long o[5];          // 8: rows 1…5 are at a + o[i − 1]
  long aStep;         // 48: from p to p + 1 in A
  const float *b;     // 56: B at p
  long second;        // 64: from b0 to b1 (6×64), or from A's row 0 to
                      //     the second half's row 0 (12×16)
  long bStep;         // 72: from p to p + 1 in B
  long kc;            // 80
  float *c;           // 88
  long ldc;           // 96
  long rows;          // 104: rows stored
  const float *bias;  // 112: or NULL
  long addToC;        // 120
  float *c2;          // 128: the 12×16 tile's second half of C
  long rows2;         // 136: rows stored from it (0 or 6)
  long skip2;         // 144: its leading rows the first half already stored
                      //     (they overlap when 6 < rows < 12)
} trainkit_plan;

_Static_assert(offsetof(trainkit_plan, bStep) == 72 &&
                   offsetof(trainkit_plan, addToC) == 120 &&
                   offsetof(trainkit_plan, rows2) == 136 &&
                   offsetof(trainkit_plan, skip2) == 144,
               "the kernels' assembly reads trainkit_plan at these offsets");

/// The plan of one tile call.
static inline trainkit_plan trainkit_make_plan(const trainkit_tile *t) {
  trainkit_plan p = {0};
  p.a = t->a;
  trainkit_row_offsets(t, p.o);
  p.aStep = t->aDepth * (long)sizeof(float);
  p.b = t->b0;
  p.second = (const char *)t->b1 - (const char *)t->b0;
  p.bStep = t->bDepth * (long)sizeof(float);
  p.kc = t->kc;
  p.c = t->c;
  p.ldc = t->ldc * (long)sizeof(float);
  p.rows = t->rows;
  p.bias = t->bias;
  p.addToC = t->addToC;
  return p;
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
  TRAINKIT_TILE12X16_FROM_6X16(PREFIX, TILE16)

/// The 12×16 tile as two 6×16 ones (`TILE16`).
#define TRAINKIT_TILE12X16_FROM_6X16(PREFIX, TILE16)                          \
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
