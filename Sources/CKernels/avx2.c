// The AVX2 + FMA kernels (x86-64): a 6×16 tile in inline assembly that fits
// the 16 ymm registers (12 accumulators, two B vectors, one broadcast of
// A), from which the 6×32, 6×64 and 12×16 tiles are made, and Adam's loop
// in intrinsics.
#include "internal.h"

#if defined(__x86_64__)

#include <float.h>
#include <immintrin.h>

#pragma STDC FP_CONTRACT OFF

#define ZERO(r) "vxorps %%ymm" #r ", %%ymm" #r ", %%ymm" #r "\n\t"
#define FMA(b, acc) "vfmadd231ps %%ymm" #b ", %%ymm14, %%ymm" #acc "\n\t"
#define ROW(w, x) FMA(12, w) FMA(13, x)
#define ADD_MEM(off, r, base) "vaddps " #off "(%%" #base "), %%ymm" #r ", %%ymm" #r "\n\t"
#define STORE_ROW(row, w, x)                                                 \
  "cmpq $" #row ", %%rsi\n\tjle 9f\n\t"                                      \
  "testq %%r8, %%r8\n\tjz 3f\n\t"                                            \
  ADD_MEM(0, w, rcx) ADD_MEM(32, x, rcx)                                     \
  "3:\n\ttestq %%rdi, %%rdi\n\tjz 4f\n\t"                                    \
  ADD_MEM(0, w, rdi) ADD_MEM(32, x, rdi)                                     \
  "4:\n\t"                                                                   \
  "vmovups %%ymm" #w ", 0(%%rcx)\n\t"                                        \
  "vmovups %%ymm" #x ", 32(%%rcx)\n\t"                                       \
  "addq %%rdx, %%rcx\n\t"

/// C[0..<rows, 0..<16] as the contract of `trainkit_tile` states, with B
/// 16 wide, from a plan. Row i accumulates in ymm 2i, 2i+1.
__attribute__((target("avx2,fma"), always_inline)) static inline void
avx2_run16(const trainkit_plan *pp) {
  // Loop: rax = A row 0, rcx rdx rsi rdi r8 = offsets of rows 1…5,
  // r9 = A step, r10 = B, r11 = B step, r12 = count. Store: rcx = C,
  // rdx = ldc, rsi = rows, rdi = bias, r8 = addToC.
  __asm__ volatile(
      ZERO(0) ZERO(1) ZERO(2) ZERO(3) ZERO(4) ZERO(5) ZERO(6) ZERO(7)
      ZERO(8) ZERO(9) ZERO(10) ZERO(11)
      // The rows of C the store will read, fetched while the loop runs.
      "movq 88(%[p]), %%rcx\n\t"
      "movq 96(%[p]), %%rdx\n\t"
      "prefetcht0 (%%rcx)\n\t"
      "prefetcht0 (%%rcx,%%rdx)\n\t"
      "leaq (%%rcx,%%rdx,2), %%rcx\n\t"
      "prefetcht0 (%%rcx)\n\t"
      "prefetcht0 (%%rcx,%%rdx)\n\t"
      "leaq (%%rcx,%%rdx,2), %%rcx\n\t"
      "prefetcht0 (%%rcx)\n\t"
      "prefetcht0 (%%rcx,%%rdx)\n\t"
      "movq 0(%[p]), %%rax\n\t"
      "movq 8(%[p]), %%rcx\n\t"
      "movq 16(%[p]), %%rdx\n\t"
      "movq 24(%[p]), %%rsi\n\t"
      "movq 32(%[p]), %%rdi\n\t"
      "movq 40(%[p]), %%r8\n\t"
      "movq 48(%[p]), %%r9\n\t"
      "movq 56(%[p]), %%r10\n\t"
      "movq 72(%[p]), %%r11\n\t"
      "movq 80(%[p]), %%r12\n\t"
      "testq %%r12, %%r12\n\tjle 2f\n\t"
      "1:\n\t"
      "vmovups (%%r10), %%ymm12\n\t"
      "vmovups 32(%%r10), %%ymm13\n\t"
      "vbroadcastss (%%rax), %%ymm14\n\t" ROW(0, 1)
      "vbroadcastss (%%rax,%%rcx), %%ymm14\n\t" ROW(2, 3)
      "vbroadcastss (%%rax,%%rdx), %%ymm14\n\t" ROW(4, 5)
      "vbroadcastss (%%rax,%%rsi), %%ymm14\n\t" ROW(6, 7)
      "vbroadcastss (%%rax,%%rdi), %%ymm14\n\t" ROW(8, 9)
      "vbroadcastss (%%rax,%%r8), %%ymm14\n\t" ROW(10, 11)
      "addq %%r9, %%rax\n\t"
      "addq %%r11, %%r10\n\t"
      "decq %%r12\n\t"
      "jnz 1b\n\t"
      "2:\n\t"
      "movq 88(%[p]), %%rcx\n\t"
      "movq 96(%[p]), %%rdx\n\t"
      "movq 104(%[p]), %%rsi\n\t"
      "movq 112(%[p]), %%rdi\n\t"
      "movq 120(%[p]), %%r8\n\t"
      STORE_ROW(0, 0, 1)
      STORE_ROW(1, 2, 3)
      STORE_ROW(2, 4, 5)
      STORE_ROW(3, 6, 7)
      STORE_ROW(4, 8, 9)
      STORE_ROW(5, 10, 11)
      "9:\n\t"
      "vzeroupper\n\t"
      :
      : [p] "r"(pp)
      : "rax", "rcx", "rdx", "rsi", "rdi", "r8", "r9", "r10", "r11", "r12",
        "xmm0", "xmm1", "xmm2", "xmm3", "xmm4", "xmm5", "xmm6", "xmm7",
        "xmm8", "xmm9", "xmm10", "xmm11", "xmm12", "xmm13", "xmm14", "cc",
        "memory");
}

/// The 6×16 tile of `trainkit_tile`.
__attribute__((target("avx2,fma"))) static void avx2_tile16(
    const trainkit_tile *t) {
  trainkit_plan p = trainkit_make_plan(t);
  avx2_run16(&p);
}

/// The 6×32 and 6×64 tiles: one plan, moved 16 columns at a time (B's
/// pair of panels: b0 for the first 32 columns, b1 for the next 32).
__attribute__((target("avx2,fma"))) static void avx2_tile16s(
    const trainkit_tile *t, int count) {
  trainkit_plan p = trainkit_make_plan(t);
  for (int group = 0; group < count; group++) {
    p.b = (group < 2 ? t->b0 : t->b1) + 16 * (group & 1);
    p.c = t->c + 16 * group;
    p.bias = t->bias ? t->bias + 16 * group : 0;
    avx2_run16(&p);
  }
}

static void avx2_tile32(const trainkit_tile *t) { avx2_tile16s(t, 2); }
static void avx2_tile64(const trainkit_tile *t) { avx2_tile16s(t, 4); }

TRAINKIT_TILE12X16_FROM_6X16(avx2, avx2_tile16)

/// Adam's loop, 8 lanes at a time, then the tail one by one: the scalar
/// formula's operations in its order, each rounded on its own.
__attribute__((target("avx2,fma"))) static void avx2_adam(
    long lower, long upper, const float *restrict source,
    float *restrict theta, float *restrict m, float *restrict v,
    const float *restrict gradient, float shrink, float stepSize, float root,
    float beta1, float beta2, float epsilon) {
  const float oneMinusBeta1 = 1 - beta1;
  const float oneMinusBeta2 = 1 - beta2;
  const __m256 vShrink = _mm256_set1_ps(shrink);
  const __m256 vStep = _mm256_set1_ps(stepSize);
  const __m256 vRoot = _mm256_set1_ps(root);
  const __m256 vBeta1 = _mm256_set1_ps(beta1);
  const __m256 vBeta2 = _mm256_set1_ps(beta2);
  const __m256 vOne1 = _mm256_set1_ps(oneMinusBeta1);
  const __m256 vOne2 = _mm256_set1_ps(oneMinusBeta2);
  const __m256 vEpsilon = _mm256_set1_ps(epsilon);
  const __m256 tiny = _mm256_set1_ps(FLT_MIN);
  const __m256 minusTiny = _mm256_set1_ps(-FLT_MIN);
  long i = lower;
  for (; i + 8 <= upper; i += 8) {
    const __m256 g = _mm256_loadu_ps(gradient + i);
    const __m256 shrunk = _mm256_mul_ps(_mm256_loadu_ps(source + i), vShrink);
    __m256 newM = _mm256_add_ps(_mm256_mul_ps(vBeta1, _mm256_loadu_ps(m + i)),
                                _mm256_mul_ps(vOne1, g));
    __m256 newV = _mm256_add_ps(
        _mm256_mul_ps(vBeta2, _mm256_loadu_ps(v + i)),
        _mm256_mul_ps(_mm256_mul_ps(vOne2, g), g));
    const __m256 smallM =
        _mm256_and_ps(_mm256_cmp_ps(newM, tiny, _CMP_LT_OQ),
                      _mm256_cmp_ps(newM, minusTiny, _CMP_GT_OQ));
    newM = _mm256_andnot_ps(smallM, newM);
    newV = _mm256_andnot_ps(_mm256_cmp_ps(newV, tiny, _CMP_LT_OQ), newV);
    _mm256_storeu_ps(m + i, newM);
    _mm256_storeu_ps(v + i, newV);
    const __m256 denominator =
        _mm256_add_ps(_mm256_div_ps(_mm256_sqrt_ps(newV), vRoot), vEpsilon);
    _mm256_storeu_ps(
        theta + i,
        _mm256_sub_ps(shrunk,
                      _mm256_mul_ps(vStep, _mm256_div_ps(newM, denominator))));
  }
  trainkit_portable.adam(i, upper, source, theta, m, v, gradient, shrink,
                         stepSize, root, beta1, beta2, epsilon);
}

/// The register stage of an 8×8 transpose: rows r[0..7] in, u[0..7] out,
/// pairs of rows interleaved, then pairs of pairs, so that u[q] holds
/// column q of rows 0–3 in its low half and column q + 4 in its high half
/// (u[q + 4]: the same of rows 4–7). Always inlined: a caller with rows of
/// zeros (the six-row packing) gets their shuffles folded away.
__attribute__((target("avx2,fma"), always_inline)) static inline void
avx2_interleave8(const __m256 r[8], __m256 u[8]) {
  // t0 = a0 b0 a1 b1 | a4 b4 a5 b5, t1 = a2 b2 a3 b3 | a6 b6 a7 b7, …
  const __m256 t0 = _mm256_unpacklo_ps(r[0], r[1]);
  const __m256 t1 = _mm256_unpackhi_ps(r[0], r[1]);
  const __m256 t2 = _mm256_unpacklo_ps(r[2], r[3]);
  const __m256 t3 = _mm256_unpackhi_ps(r[2], r[3]);
  const __m256 t4 = _mm256_unpacklo_ps(r[4], r[5]);
  const __m256 t5 = _mm256_unpackhi_ps(r[4], r[5]);
  const __m256 t6 = _mm256_unpacklo_ps(r[6], r[7]);
  const __m256 t7 = _mm256_unpackhi_ps(r[6], r[7]);
  // u0 = a0 b0 c0 d0 | a4 b4 c4 d4, u1 = a1 b1 c1 d1 | a5 b5 c5 d5, …
  u[0] = _mm256_shuffle_ps(t0, t2, _MM_SHUFFLE(1, 0, 1, 0));
  u[1] = _mm256_shuffle_ps(t0, t2, _MM_SHUFFLE(3, 2, 3, 2));
  u[2] = _mm256_shuffle_ps(t1, t3, _MM_SHUFFLE(1, 0, 1, 0));
  u[3] = _mm256_shuffle_ps(t1, t3, _MM_SHUFFLE(3, 2, 3, 2));
  u[4] = _mm256_shuffle_ps(t4, t6, _MM_SHUFFLE(1, 0, 1, 0));
  u[5] = _mm256_shuffle_ps(t4, t6, _MM_SHUFFLE(3, 2, 3, 2));
  u[6] = _mm256_shuffle_ps(t5, t7, _MM_SHUFFLE(1, 0, 1, 0));
  u[7] = _mm256_shuffle_ps(t5, t7, _MM_SHUFFLE(3, 2, 3, 2));
}

/// dst[c·ldOut + r] = src[r·ld + c] for an 8×8 block: the register stage
/// (avx2_interleave8), then the 128-bit halves exchanged.
__attribute__((target("avx2,fma"))) static void avx2_transpose8x8(
    const float *src, long ld, float *dst, long ldOut) {
  __m256 r[8], u[8];
  for (int i = 0; i < 8; i++) r[i] = _mm256_loadu_ps(src + i * ld);
  avx2_interleave8(r, u);
  for (int q = 0; q < 4; q++) {
    _mm256_storeu_ps(dst + q * ldOut,
                     _mm256_permute2f128_ps(u[q], u[q + 4], 0x20));
    _mm256_storeu_ps(dst + (q + 4) * ldOut,
                     _mm256_permute2f128_ps(u[q], u[q + 4], 0x31));
  }
  _mm256_zeroupper();
}

/// The 16×16 transpose as four 8×8 ones.
__attribute__((target("avx2,fma"))) static void avx2_transpose16x16(
    const float *src, long ld, float *dst, long ldOut) {
  for (long rb = 0; rb < 16; rb += 8) {
    for (long cb = 0; cb < 16; cb += 8) {
      avx2_transpose8x8(src + rb * ld + cb, ld, dst + cb * ldOut + rb, ldOut);
    }
  }
}

/// Six rows of A, eight depths at a time: the rows' vectors through the
/// transpose's register stage (avx2_interleave8, with two rows of zeros),
/// each depth's six values stored as four and two; the last kc mod 8
/// depths one by one.
__attribute__((target("avx2,fma"))) void trainkit_avx2_packA6(const float *a,
                                                              long lda,
                                                              long kc,
                                                              float *out) {
  long p = 0;
  for (; p + 8 <= kc; p += 8) {
    __m256 r[8], u[8];
    for (int i = 0; i < 6; i++) r[i] = _mm256_loadu_ps(a + i * lda + p);
    r[6] = r[7] = _mm256_setzero_ps();
    avx2_interleave8(r, u);
    // u[q] = depths q | q + 4 of rows 0–3; u[q + 4] = the same of rows 4, 5
    // (and two zeros).
    float *o = out + p * 6;
    for (int q = 0; q < 4; q++) {
      _mm_storeu_ps(o + q * 6, _mm256_castps256_ps128(u[q]));
      _mm_storel_pi((__m64 *)(o + q * 6 + 4),
                    _mm256_castps256_ps128(u[q + 4]));
      _mm_storeu_ps(o + (q + 4) * 6, _mm256_extractf128_ps(u[q], 1));
      _mm_storel_pi((__m64 *)(o + (q + 4) * 6 + 4),
                    _mm256_extractf128_ps(u[q + 4], 1));
    }
  }
  for (; p < kc; p++) {
    for (long i = 0; i < 6; i++) out[p * 6 + i] = a[i * lda + p];
  }
}

const trainkit_kernel_set trainkit_avx2 = {
    "avx2", "AVX2 + FMA", avx2_tile32, avx2_tile64, avx2_tile12x16,
    avx2_adam, avx2_transpose16x16, trainkit_avx2_packA6};

#else

const trainkit_kernel_set trainkit_avx2 = {"avx2", "AVX2 + FMA", 0, 0, 0, 0,
                                           0, 0};

#endif
