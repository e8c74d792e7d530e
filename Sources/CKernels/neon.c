// The NEON kernels (arm64): a 6×16 tile in inline assembly on 32 q
// registers (24 accumulators, four B vectors, A), from which the 6×32, 6×64
// and 12×16 tiles are made, and Adam's loop in intrinsics. NEON is part of
// every arm64 CPU, so this set is always chosen there.
#include "internal.h"

#if defined(__aarch64__)

#include <arm_neon.h>
#include <float.h>

#pragma STDC FP_CONTRACT OFF

// One row: broadcast A's element (lane 0 of v28) times the four B vectors.
#define ROW(load, w, x, y, z)                                                \
  load                                                                       \
  "fmla v" #w ".4s, v24.4s, v28.s[0]\n\t"                                    \
  "fmla v" #x ".4s, v25.4s, v28.s[0]\n\t"                                    \
  "fmla v" #y ".4s, v26.4s, v28.s[0]\n\t"                                    \
  "fmla v" #z ".4s, v27.4s, v28.s[0]\n\t"
#define STORE_ROW(row, w, x, y, z)                                           \
  "cmp x12, #" #row "\n\tb.le 9f\n\t"                                        \
  "cbz x14, 3f\n\t"                                                          \
  "ld1 {v24.4s, v25.4s, v26.4s, v27.4s}, [x10]\n\t"                          \
  "fadd v" #w ".4s, v" #w ".4s, v24.4s\n\t"                                  \
  "fadd v" #x ".4s, v" #x ".4s, v25.4s\n\t"                                  \
  "fadd v" #y ".4s, v" #y ".4s, v26.4s\n\t"                                  \
  "fadd v" #z ".4s, v" #z ".4s, v27.4s\n\t"                                  \
  "3:\n\tcbz x13, 4f\n\t"                                                    \
  "ld1 {v24.4s, v25.4s, v26.4s, v27.4s}, [x13]\n\t"                          \
  "fadd v" #w ".4s, v" #w ".4s, v24.4s\n\t"                                  \
  "fadd v" #x ".4s, v" #x ".4s, v25.4s\n\t"                                  \
  "fadd v" #y ".4s, v" #y ".4s, v26.4s\n\t"                                  \
  "fadd v" #z ".4s, v" #z ".4s, v27.4s\n\t"                                  \
  "4:\n\t"                                                                   \
  "st1 {v" #w ".4s, v" #x ".4s, v" #y ".4s, v" #z ".4s}, [x10]\n\t"          \
  "add x10, x10, x11\n\t"

/// C[0..<rows, 0..<16] as the contract of `trainkit_tile` states, with B
/// 16 wide. Row i accumulates in v4i…v4i+3.
static void neon_tile16(const trainkit_tile *t) {
  trainkit_plan p = trainkit_make_plan(t);
  const trainkit_plan *pp = &p;
  // Loop: x9 = A row 0, x10…x14 = offsets of rows 1…5, x15 = A step,
  // x16 = B, x17 = B step, x8 = count, x7 = address of a row of A.
  // Store: x10 = C, x11 = ldc, x12 = rows, x13 = bias, x14 = addToC.
  __asm__ volatile(
      "movi v0.4s, #0\n\tmovi v1.4s, #0\n\tmovi v2.4s, #0\n\t"
      "movi v3.4s, #0\n\tmovi v4.4s, #0\n\tmovi v5.4s, #0\n\t"
      "movi v6.4s, #0\n\tmovi v7.4s, #0\n\tmovi v8.4s, #0\n\t"
      "movi v9.4s, #0\n\tmovi v10.4s, #0\n\tmovi v11.4s, #0\n\t"
      "movi v12.4s, #0\n\tmovi v13.4s, #0\n\tmovi v14.4s, #0\n\t"
      "movi v15.4s, #0\n\tmovi v16.4s, #0\n\tmovi v17.4s, #0\n\t"
      "movi v18.4s, #0\n\tmovi v19.4s, #0\n\tmovi v20.4s, #0\n\t"
      "movi v21.4s, #0\n\tmovi v22.4s, #0\n\tmovi v23.4s, #0\n\t"
      "ldp x9, x10, [%[p], #0]\n\t"
      "ldp x11, x12, [%[p], #16]\n\t"
      "ldp x13, x14, [%[p], #32]\n\t"
      "ldp x15, x16, [%[p], #48]\n\t"
      "ldp x17, x8, [%[p], #72]\n\t"
      "cmp x8, #0\n\tb.le 2f\n\t"
      "1:\n\t"
      "ld1 {v24.4s, v25.4s, v26.4s, v27.4s}, [x16]\n\t"
      "add x16, x16, x17\n\t"
      ROW("ldr s28, [x9]\n\t", 0, 1, 2, 3)
      ROW("ldr s28, [x9, x10]\n\t", 4, 5, 6, 7)
      ROW("ldr s28, [x9, x11]\n\t", 8, 9, 10, 11)
      ROW("ldr s28, [x9, x12]\n\t", 12, 13, 14, 15)
      ROW("ldr s28, [x9, x13]\n\t", 16, 17, 18, 19)
      ROW("ldr s28, [x9, x14]\n\t", 20, 21, 22, 23)
      "add x9, x9, x15\n\t"
      "subs x8, x8, #1\n\t"
      "b.ne 1b\n\t"
      "2:\n\t"
      "ldp x10, x11, [%[p], #88]\n\t"
      "ldp x12, x13, [%[p], #104]\n\t"
      "ldr x14, [%[p], #120]\n\t"
      STORE_ROW(0, 0, 1, 2, 3)
      STORE_ROW(1, 4, 5, 6, 7)
      STORE_ROW(2, 8, 9, 10, 11)
      STORE_ROW(3, 12, 13, 14, 15)
      STORE_ROW(4, 16, 17, 18, 19)
      STORE_ROW(5, 20, 21, 22, 23)
      "9:\n\t"
      :
      : [p] "r"(pp)
      : "x7", "x8", "x9", "x10", "x11", "x12", "x13", "x14", "x15", "x16",
        "x17", "v0", "v1", "v2", "v3", "v4", "v5", "v6", "v7", "v8", "v9",
        "v10", "v11", "v12", "v13", "v14", "v15", "v16", "v17", "v18", "v19",
        "v20", "v21", "v22", "v23", "v24", "v25", "v26", "v27", "v28", "cc",
        "memory");
}

TRAINKIT_TILES_FROM_6X16(neon, neon_tile16)

/// Adam's loop, 4 lanes at a time, then the tail one by one: the scalar
/// formula's operations in its order, each rounded on its own.
static void neon_adam(long lower, long upper, const float *restrict source,
                      float *restrict theta, float *restrict m,
                      float *restrict v, const float *restrict gradient,
                      float shrink, float stepSize, float root, float beta1,
                      float beta2, float epsilon) {
  const float32x4_t vShrink = vdupq_n_f32(shrink);
  const float32x4_t vStep = vdupq_n_f32(stepSize);
  const float32x4_t vRoot = vdupq_n_f32(root);
  const float32x4_t vBeta1 = vdupq_n_f32(beta1);
  const float32x4_t vBeta2 = vdupq_n_f32(beta2);
  const float32x4_t vOne1 = vdupq_n_f32(1 - beta1);
  const float32x4_t vOne2 = vdupq_n_f32(1 - beta2);
  const float32x4_t vEpsilon = vdupq_n_f32(epsilon);
  const float32x4_t tiny = vdupq_n_f32(FLT_MIN);
  const float32x4_t minusTiny = vdupq_n_f32(-FLT_MIN);
  long i = lower;
  for (; i + 4 <= upper; i += 4) {
    const float32x4_t g = vld1q_f32(gradient + i);
    const float32x4_t shrunk = vmulq_f32(vld1q_f32(source + i), vShrink);
    float32x4_t newM =
        vaddq_f32(vmulq_f32(vBeta1, vld1q_f32(m + i)), vmulq_f32(vOne1, g));
    float32x4_t newV = vaddq_f32(vmulq_f32(vBeta2, vld1q_f32(v + i)),
                                 vmulq_f32(vmulq_f32(vOne2, g), g));
    const uint32x4_t smallM =
        vandq_u32(vcltq_f32(newM, tiny), vcgtq_f32(newM, minusTiny));
    newM = vreinterpretq_f32_u32(
        vbicq_u32(vreinterpretq_u32_f32(newM), smallM));
    newV = vreinterpretq_f32_u32(
        vbicq_u32(vreinterpretq_u32_f32(newV), vcltq_f32(newV, tiny)));
    vst1q_f32(m + i, newM);
    vst1q_f32(v + i, newV);
    const float32x4_t denominator =
        vaddq_f32(vdivq_f32(vsqrtq_f32(newV), vRoot), vEpsilon);
    vst1q_f32(theta + i,
              vsubq_f32(shrunk, vmulq_f32(vStep, vdivq_f32(newM, denominator))));
  }
  trainkit_portable.adam(i, upper, source, theta, m, v, gradient, shrink,
                         stepSize, root, beta1, beta2, epsilon);
}

const trainkit_kernel_set trainkit_neon = {
    "neon", "NEON", neon_tile32, neon_tile64, neon_tile12x16, neon_adam,
    trainkit_portable_transpose16x16, trainkit_portable_packA6};

#else

const trainkit_kernel_set trainkit_neon = {"neon", "NEON", 0, 0, 0, 0, 0, 0};

#endif
