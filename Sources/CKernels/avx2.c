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
/// 16 wide. Row i accumulates in ymm 2i, 2i+1.
__attribute__((target("avx2,fma"))) static void avx2_tile16(
    const trainkit_tile *t) {
  trainkit_plan p = trainkit_make_plan(t);
  const trainkit_plan *pp = &p;
  // Loop: rax = A row 0, rcx rdx rsi rdi r8 = offsets of rows 1…5,
  // r9 = A step, r10 = B, r11 = B step, r12 = count. Store: rcx = C,
  // rdx = ldc, rsi = rows, rdi = bias, r8 = addToC.
  __asm__ volatile(
      ZERO(0) ZERO(1) ZERO(2) ZERO(3) ZERO(4) ZERO(5) ZERO(6) ZERO(7)
      ZERO(8) ZERO(9) ZERO(10) ZERO(11)
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

TRAINKIT_TILES_FROM_6X16(avx2, avx2_tile16)

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

const trainkit_kernel_set trainkit_avx2 = {
    "avx2", "AVX2 and FMA", avx2_tile32, avx2_tile64, avx2_tile12x16,
    avx2_adam};

#else

const trainkit_kernel_set trainkit_avx2 = {"avx2", "AVX2 and FMA", 0, 0, 0, 0};

#endif
