// The AVX-512 kernels (x86-64): the 6×64, 6×32 and 12×16 tiles in inline
// assembly on 512-bit registers, and Adam's loop in intrinsics.
#include "internal.h"

#if defined(__x86_64__)

#include <float.h>
#include <immintrin.h>

#pragma STDC FP_CONTRACT OFF

// The loop's registers: rax = A row 0, rcx rdx rsi rdi r8 = offsets of rows
// 1…5, r9 = A step, r10 = B, r11 = second panel offset, r12 = B step,
// r13 = count. The store's: rcx = C, rdx = ldc, rsi = rows, rdi = bias,
// r8 = addToC.
#define LOAD_LOOP                                                            \
  "movq 0(%[p]), %%rax\n\t"                                                  \
  "movq 8(%[p]), %%rcx\n\t"                                                  \
  "movq 16(%[p]), %%rdx\n\t"                                                 \
  "movq 24(%[p]), %%rsi\n\t"                                                 \
  "movq 32(%[p]), %%rdi\n\t"                                                 \
  "movq 40(%[p]), %%r8\n\t"                                                  \
  "movq 48(%[p]), %%r9\n\t"                                                  \
  "movq 56(%[p]), %%r10\n\t"                                                 \
  "movq 64(%[p]), %%r11\n\t"                                                 \
  "movq 72(%[p]), %%r12\n\t"                                                 \
  "movq 80(%[p]), %%r13\n\t"

#define LOAD_STORE                                                           \
  "movq 88(%[p]), %%rcx\n\t"                                                 \
  "movq 96(%[p]), %%rdx\n\t"                                                 \
  "movq 104(%[p]), %%rsi\n\t"                                                \
  "movq 112(%[p]), %%rdi\n\t"                                                \
  "movq 120(%[p]), %%r8\n\t"

#define ZERO(r) "vpxord %%zmm" #r ", %%zmm" #r ", %%zmm" #r "\n\t"
#define BCAST0 "vbroadcastss (%%rax), %%zmm28\n\t"
#define BCAST(reg) "vbroadcastss (%%rax,%%" #reg "), %%zmm28\n\t"
#define FMA(b, acc) "vfmadd231ps %%zmm" #b ", %%zmm28, %%zmm" #acc "\n\t"
#define ROW4(w, x, y, z) FMA(24, w) FMA(25, x) FMA(26, y) FMA(27, z)
#define ROW2(w, x) FMA(24, w) FMA(25, x)

// Stores one row of V vectors starting at register `first` when it is below
// `rows` (else jumps to the end): old C added when addToC, then the bias.
#define ADD_MEM(off, r, base) "vaddps " #off "(%%" #base "), %%zmm" #r ", %%zmm" #r "\n\t"
#define STORE_MEM(off, r) "vmovups %%zmm" #r ", " #off "(%%rcx)\n\t"
#define STORE_ROW4(row, w, x, y, z)                                          \
  "cmpq $" #row ", %%rsi\n\tjle 9f\n\t"                                      \
  "testq %%r8, %%r8\n\tjz 3f\n\t"                                            \
  ADD_MEM(0, w, rcx) ADD_MEM(64, x, rcx) ADD_MEM(128, y, rcx)                \
  ADD_MEM(192, z, rcx)                                                       \
  "3:\n\ttestq %%rdi, %%rdi\n\tjz 4f\n\t"                                    \
  ADD_MEM(0, w, rdi) ADD_MEM(64, x, rdi) ADD_MEM(128, y, rdi)                \
  ADD_MEM(192, z, rdi)                                                       \
  "4:\n\t"                                                                   \
  STORE_MEM(0, w) STORE_MEM(64, x) STORE_MEM(128, y) STORE_MEM(192, z)       \
  "addq %%rdx, %%rcx\n\t"
#define STORE_ROW2(row, w, x)                                                \
  "cmpq $" #row ", %%rsi\n\tjle 9f\n\t"                                      \
  "testq %%r8, %%r8\n\tjz 3f\n\t"                                            \
  ADD_MEM(0, w, rcx) ADD_MEM(64, x, rcx)                                     \
  "3:\n\ttestq %%rdi, %%rdi\n\tjz 4f\n\t"                                    \
  ADD_MEM(0, w, rdi) ADD_MEM(64, x, rdi)                                     \
  "4:\n\t"                                                                   \
  STORE_MEM(0, w) STORE_MEM(64, x)                                           \
  "addq %%rdx, %%rcx\n\t"
#define STORE_ROW1(row, w)                                                   \
  "cmpq $" #row ", %%rsi\n\tjle 9f\n\t"                                      \
  "testq %%r8, %%r8\n\tjz 3f\n\t"                                            \
  ADD_MEM(0, w, rcx)                                                         \
  "3:\n\t"                                                                   \
  STORE_MEM(0, w)                                                            \
  "addq %%rdx, %%rcx\n\t"

// The 12×16 tile's second half: as STORE_ROW1, but a row below `rdi` (the
// rows the overlapping first half already stored) is skipped, so C is never
// added to twice.
#define STORE_ROW1_SKIP(row, w)                                              \
  "cmpq $" #row ", %%rsi\n\tjle 9f\n\t"                                      \
  "cmpq $" #row ", %%rdi\n\tjg 5f\n\t"                                       \
  "testq %%r8, %%r8\n\tjz 3f\n\t"                                            \
  ADD_MEM(0, w, rcx)                                                         \
  "3:\n\t"                                                                   \
  STORE_MEM(0, w)                                                            \
  "5:\n\t"                                                                   \
  "addq %%rdx, %%rcx\n\t"

#define CLOBBERS                                                             \
  "rax", "rcx", "rdx", "rsi", "rdi", "r8", "r9", "r10", "r11", "r12", "r13", \
      "xmm0", "xmm1", "xmm2", "xmm3", "xmm4", "xmm5", "xmm6", "xmm7",        \
      "xmm8", "xmm9", "xmm10", "xmm11", "xmm12", "xmm13", "xmm14", "xmm15",  \
      "xmm16", "xmm17", "xmm18", "xmm19", "xmm20", "xmm21", "xmm22",         \
      "xmm23", "xmm24", "xmm25", "xmm26", "xmm27", "xmm28", "cc", "memory"

/// The 6×64 tile: 24 accumulators (zmm0–23, row i in 4i…4i+3), four B
/// vectors (zmm24–27), one broadcast of A (zmm28).
__attribute__((target("avx512f"))) static void avx512_tile64(
    const trainkit_tile *t) {
  trainkit_plan p = trainkit_make_plan(t);
  const trainkit_plan *pp = &p;
  if (t->rows > 4) {
    __asm__ volatile(
        ZERO(0) ZERO(1) ZERO(2) ZERO(3) ZERO(4) ZERO(5) ZERO(6) ZERO(7)
        ZERO(8) ZERO(9) ZERO(10) ZERO(11) ZERO(12) ZERO(13) ZERO(14)
        ZERO(15) ZERO(16) ZERO(17) ZERO(18) ZERO(19) ZERO(20) ZERO(21)
        ZERO(22) ZERO(23)
        LOAD_LOOP
        "testq %%r13, %%r13\n\tjle 2f\n\t"
        "1:\n\t"
        "vmovups (%%r10), %%zmm24\n\t"
        "vmovups 64(%%r10), %%zmm25\n\t"
        "vmovups (%%r10,%%r11), %%zmm26\n\t"
        "vmovups 64(%%r10,%%r11), %%zmm27\n\t"
        BCAST0 ROW4(0, 1, 2, 3)
        BCAST(rcx) ROW4(4, 5, 6, 7)
        BCAST(rdx) ROW4(8, 9, 10, 11)
        BCAST(rsi) ROW4(12, 13, 14, 15)
        BCAST(rdi) ROW4(16, 17, 18, 19)
        BCAST(r8) ROW4(20, 21, 22, 23)
        "addq %%r9, %%rax\n\t"
        "addq %%r12, %%r10\n\t"
        "decq %%r13\n\t"
        "jnz 1b\n\t"
        "2:\n\t"
        LOAD_STORE
        STORE_ROW4(0, 0, 1, 2, 3)
        STORE_ROW4(1, 4, 5, 6, 7)
        STORE_ROW4(2, 8, 9, 10, 11)
        STORE_ROW4(3, 12, 13, 14, 15)
        STORE_ROW4(4, 16, 17, 18, 19)
        STORE_ROW4(5, 20, 21, 22, 23)
        "9:\n\t"
        "vzeroupper\n\t"
        :
        : [p] "r"(pp)
        : CLOBBERS);
  } else {
    // At most four rows (the last panel of 64 = 10·6 + 4): rows 4 and 5,
    // which would never be stored, are not computed.
    __asm__ volatile(
        ZERO(0) ZERO(1) ZERO(2) ZERO(3) ZERO(4) ZERO(5) ZERO(6) ZERO(7)
        ZERO(8) ZERO(9) ZERO(10) ZERO(11) ZERO(12) ZERO(13) ZERO(14)
        ZERO(15)
        LOAD_LOOP
        "testq %%r13, %%r13\n\tjle 2f\n\t"
        "1:\n\t"
        "vmovups (%%r10), %%zmm24\n\t"
        "vmovups 64(%%r10), %%zmm25\n\t"
        "vmovups (%%r10,%%r11), %%zmm26\n\t"
        "vmovups 64(%%r10,%%r11), %%zmm27\n\t"
        BCAST0 ROW4(0, 1, 2, 3)
        BCAST(rcx) ROW4(4, 5, 6, 7)
        BCAST(rdx) ROW4(8, 9, 10, 11)
        BCAST(rsi) ROW4(12, 13, 14, 15)
        "addq %%r9, %%rax\n\t"
        "addq %%r12, %%r10\n\t"
        "decq %%r13\n\t"
        "jnz 1b\n\t"
        "2:\n\t"
        LOAD_STORE
        STORE_ROW4(0, 0, 1, 2, 3)
        STORE_ROW4(1, 4, 5, 6, 7)
        STORE_ROW4(2, 8, 9, 10, 11)
        STORE_ROW4(3, 12, 13, 14, 15)
        "9:\n\t"
        "vzeroupper\n\t"
        :
        : [p] "r"(pp)
        : CLOBBERS);
  }
}

/// The 6×32 tile: 12 accumulators (row i in zmm 2i, 2i+1), two B vectors.
__attribute__((target("avx512f"))) static void avx512_tile32(
    const trainkit_tile *t) {
  trainkit_plan p = trainkit_make_plan(t);
  const trainkit_plan *pp = &p;
  __asm__ volatile(
      ZERO(0) ZERO(1) ZERO(2) ZERO(3) ZERO(4) ZERO(5) ZERO(6) ZERO(7)
      ZERO(8) ZERO(9) ZERO(10) ZERO(11)
      LOAD_LOOP
      "testq %%r13, %%r13\n\tjle 2f\n\t"
      "1:\n\t"
      "vmovups (%%r10), %%zmm24\n\t"
      "vmovups 64(%%r10), %%zmm25\n\t"
      BCAST0 ROW2(0, 1)
      BCAST(rcx) ROW2(2, 3)
      BCAST(rdx) ROW2(4, 5)
      BCAST(rsi) ROW2(6, 7)
      BCAST(rdi) ROW2(8, 9)
      BCAST(r8) ROW2(10, 11)
      "addq %%r9, %%rax\n\t"
      "addq %%r12, %%r10\n\t"
      "decq %%r13\n\t"
      "jnz 1b\n\t"
      "2:\n\t"
      LOAD_STORE
      STORE_ROW2(0, 0, 1)
      STORE_ROW2(1, 2, 3)
      STORE_ROW2(2, 4, 5)
      STORE_ROW2(3, 6, 7)
      STORE_ROW2(4, 8, 9)
      STORE_ROW2(5, 10, 11)
      "9:\n\t"
      "vzeroupper\n\t"
      :
      : [p] "r"(pp)
      : CLOBBERS);
}

/// The 12×16 tile of narrow products: 12 accumulators (row i in zmm i), one
/// B vector. Rows 0…5 are read from A's row 0 with the offsets, rows 6…11
/// from the second half's row 0 (r11) with the same offsets; a second half
/// of fewer than six rows is moved up to end at A's last row, so that it
/// reads only rows that exist, and stored from there.
__attribute__((target("avx512f"))) static void avx512_tile12x16(
    const trainkit_tile *t) {
  trainkit_tile first = *t;
  long second = 0;
  if (t->rows > 6) {
    second = t->rows - 6;  // rows of C [second, second + 6) in the second half
  } else {
    first.rows = t->rows;
  }
  if (first.rows > 6) first.rows = 6;
  trainkit_plan p = trainkit_make_plan(&first);
  p.second = second * t->aRow * (long)sizeof(float);
  p.c2 = t->c + second * t->ldc;
  p.rows2 = t->rows > 6 ? 6 : 0;
  p.skip2 = t->rows > 6 ? 12 - t->rows : 0;
  const trainkit_plan *pp = &p;
  __asm__ volatile(
      ZERO(0) ZERO(1) ZERO(2) ZERO(3) ZERO(4) ZERO(5) ZERO(6) ZERO(7)
      ZERO(8) ZERO(9) ZERO(10) ZERO(11)
      LOAD_LOOP
      "addq %%rax, %%r11\n\t"
      "testq %%r13, %%r13\n\tjle 2f\n\t"
      "1:\n\t"
      "vmovups (%%r10), %%zmm24\n\t"
      "vbroadcastss (%%rax), %%zmm28\n\t" FMA(24, 0)
      "vbroadcastss (%%rax,%%rcx), %%zmm28\n\t" FMA(24, 1)
      "vbroadcastss (%%rax,%%rdx), %%zmm28\n\t" FMA(24, 2)
      "vbroadcastss (%%rax,%%rsi), %%zmm28\n\t" FMA(24, 3)
      "vbroadcastss (%%rax,%%rdi), %%zmm28\n\t" FMA(24, 4)
      "vbroadcastss (%%rax,%%r8), %%zmm28\n\t" FMA(24, 5)
      "vbroadcastss (%%r11), %%zmm28\n\t" FMA(24, 6)
      "vbroadcastss (%%r11,%%rcx), %%zmm28\n\t" FMA(24, 7)
      "vbroadcastss (%%r11,%%rdx), %%zmm28\n\t" FMA(24, 8)
      "vbroadcastss (%%r11,%%rsi), %%zmm28\n\t" FMA(24, 9)
      "vbroadcastss (%%r11,%%rdi), %%zmm28\n\t" FMA(24, 10)
      "vbroadcastss (%%r11,%%r8), %%zmm28\n\t" FMA(24, 11)
      "addq %%r9, %%rax\n\t"
      "addq %%r9, %%r11\n\t"
      "addq %%r12, %%r10\n\t"
      "decq %%r13\n\t"
      "jnz 1b\n\t"
      "2:\n\t"
      LOAD_STORE
      STORE_ROW1(0, 0)
      STORE_ROW1(1, 1)
      STORE_ROW1(2, 2)
      STORE_ROW1(3, 3)
      STORE_ROW1(4, 4)
      STORE_ROW1(5, 5)
      "9:\n\t"
      "movq 128(%[p]), %%rcx\n\t"
      "movq 136(%[p]), %%rsi\n\t"
      "movq 144(%[p]), %%rdi\n\t"
      STORE_ROW1_SKIP(0, 6)
      STORE_ROW1_SKIP(1, 7)
      STORE_ROW1_SKIP(2, 8)
      STORE_ROW1_SKIP(3, 9)
      STORE_ROW1_SKIP(4, 10)
      STORE_ROW1_SKIP(5, 11)
      "9:\n\t"
      "vzeroupper\n\t"
      :
      : [p] "r"(pp)
      : CLOBBERS);
}

/// Adam's loop, 16 lanes at a time, then the tail one by one: the scalar
/// formula's operations in its order, each rounded on its own.
__attribute__((target("avx512f"))) static void avx512_adam(
    long lower, long upper, const float *restrict source,
    float *restrict theta, float *restrict m, float *restrict v,
    const float *restrict gradient, float shrink, float stepSize, float root,
    float beta1, float beta2, float epsilon) {
  const float oneMinusBeta1 = 1 - beta1;
  const float oneMinusBeta2 = 1 - beta2;
  const __m512 vShrink = _mm512_set1_ps(shrink);
  const __m512 vStep = _mm512_set1_ps(stepSize);
  const __m512 vRoot = _mm512_set1_ps(root);
  const __m512 vBeta1 = _mm512_set1_ps(beta1);
  const __m512 vBeta2 = _mm512_set1_ps(beta2);
  const __m512 vOne1 = _mm512_set1_ps(oneMinusBeta1);
  const __m512 vOne2 = _mm512_set1_ps(oneMinusBeta2);
  const __m512 vEpsilon = _mm512_set1_ps(epsilon);
  const __m512 tiny = _mm512_set1_ps(FLT_MIN);
  const __m512 minusTiny = _mm512_set1_ps(-FLT_MIN);
  long i = lower;
  for (; i + 16 <= upper; i += 16) {
    const __m512 g = _mm512_loadu_ps(gradient + i);
    const __m512 shrunk = _mm512_mul_ps(_mm512_loadu_ps(source + i), vShrink);
    __m512 newM = _mm512_add_ps(_mm512_mul_ps(vBeta1, _mm512_loadu_ps(m + i)),
                                _mm512_mul_ps(vOne1, g));
    __m512 newV = _mm512_add_ps(
        _mm512_mul_ps(vBeta2, _mm512_loadu_ps(v + i)),
        _mm512_mul_ps(_mm512_mul_ps(vOne2, g), g));
    const __mmask16 smallM =
        _mm512_cmp_ps_mask(newM, tiny, _CMP_LT_OQ) &
        _mm512_cmp_ps_mask(newM, minusTiny, _CMP_GT_OQ);
    newM = _mm512_maskz_mov_ps((__mmask16)~smallM, newM);
    const __mmask16 smallV = _mm512_cmp_ps_mask(newV, tiny, _CMP_LT_OQ);
    newV = _mm512_maskz_mov_ps((__mmask16)~smallV, newV);
    _mm512_storeu_ps(m + i, newM);
    _mm512_storeu_ps(v + i, newV);
    const __m512 denominator =
        _mm512_add_ps(_mm512_div_ps(_mm512_sqrt_ps(newV), vRoot), vEpsilon);
    _mm512_storeu_ps(
        theta + i,
        _mm512_sub_ps(shrunk,
                      _mm512_mul_ps(vStep, _mm512_div_ps(newM, denominator))));
  }
  trainkit_portable.adam(i, upper, source, theta, m, v, gradient, shrink,
                         stepSize, root, beta1, beta2, epsilon);
}

/// dst[c·ldOut + r] = src[r·ld + c] for a 16×16 block: four rounds of a
/// perfect unshuffle over its 256 elements (element (r, c) at position
/// 16r + c; each round rotates the 8-bit position right by one bit, so
/// after four it is at 16c + r), each a `vpermt2ps` per output vector.
__attribute__((target("avx512f"))) static void avx512_transpose16x16(
    const float *src, long ld, float *dst, long ldOut) {
  const __m512i even = _mm512_set_epi32(30, 28, 26, 24, 22, 20, 18, 16, 14,
                                        12, 10, 8, 6, 4, 2, 0);
  const __m512i odd = _mm512_set_epi32(31, 29, 27, 25, 23, 21, 19, 17, 15, 13,
                                       11, 9, 7, 5, 3, 1);
  __m512 x[16], y[16];
  for (int r = 0; r < 16; r++) x[r] = _mm512_loadu_ps(src + r * ld);
  for (int round = 0; round < 2; round++) {
    for (int k = 0; k < 8; k++) {
      y[k] = _mm512_permutex2var_ps(x[2 * k], even, x[2 * k + 1]);
      y[k + 8] = _mm512_permutex2var_ps(x[2 * k], odd, x[2 * k + 1]);
    }
    for (int k = 0; k < 8; k++) {
      x[k] = _mm512_permutex2var_ps(y[2 * k], even, y[2 * k + 1]);
      x[k + 8] = _mm512_permutex2var_ps(y[2 * k], odd, y[2 * k + 1]);
    }
  }
  for (int c = 0; c < 16; c++) _mm512_storeu_ps(dst + c * ldOut, x[c]);
  _mm256_zeroupper();
}

const trainkit_kernel_set trainkit_avx512 = {
    "avx512", "AVX-512F", avx512_tile32, avx512_tile64, avx512_tile12x16,
    avx512_adam, avx512_transpose16x16, trainkit_avx2_packA6};

#else

const trainkit_kernel_set trainkit_avx512 = {"avx512", "AVX-512F", 0, 0, 0,
                                             0, 0, 0};

#endif
