// The kernel sets of this build and what the CPU can run. The choice among
// them (the fastest the CPU supports, or TRAINKIT_ISA) is made once, in
// TrainKit (Kernels/KernelSet.swift).
#include "internal.h"

#if defined(__x86_64__)
#include <cpuid.h>
#if defined(__APPLE__)
#include <sys/sysctl.h>
#endif
#endif

const trainkit_kernel_set *trainkit_kernel_sets(int *count) {
  static const trainkit_kernel_set *const sets[] = {
#if defined(__x86_64__)
      &trainkit_avx512, &trainkit_avx2,
#elif defined(__aarch64__)
      &trainkit_neon,
#endif
      &trainkit_portable};
  static trainkit_kernel_set table[sizeof sets / sizeof sets[0]];
  static int filled;
  // Copies, so that Swift sees one array of sets (a C array of pointers to
  // constants imports as a tuple).
  if (!filled) {
    for (unsigned i = 0; i < sizeof sets / sizeof sets[0]; i++) {
      table[i] = *sets[i];
    }
    filled = 1;
  }
  *count = (int)(sizeof sets / sizeof sets[0]);
  return table;
}

#if defined(__x86_64__)
/// The register state the operating system saves on a context switch.
static unsigned long long xcr0(void) {
  unsigned lo, hi;
  __asm__ volatile("xgetbv" : "=a"(lo), "=d"(hi) : "c"(0));
  return ((unsigned long long)hi << 32) | lo;
}

/// AVX2 and FMA, with the ymm state saved by the operating system.
static int has_avx2(void) {
  unsigned a, b, c, d;
  if (!__get_cpuid(1, &a, &b, &c, &d)) return 0;
  const unsigned fma = 1u << 12, osxsave = 1u << 27, avx = 1u << 28;
  if ((c & (fma | osxsave | avx)) != (fma | osxsave | avx)) return 0;
  if ((xcr0() & 0x6) != 0x6) return 0;
  if (!__get_cpuid_count(7, 0, &a, &b, &c, &d)) return 0;
  return (b & (1u << 5)) != 0;
}

/// AVX-512F on top of AVX2, with the zmm state saved.
static int has_avx512(void) {
  if (!has_avx2()) return 0;
  unsigned a, b, c, d;
  if (!__get_cpuid_count(7, 0, &a, &b, &c, &d)) return 0;
  if ((b & (1u << 16)) == 0) return 0;
#if defined(__APPLE__)
  // macOS enables the zmm state on first use, so XCR0 does not show it;
  // it reports support here instead.
  int value = 0;
  size_t size = sizeof value;
  if (sysctlbyname("hw.optional.avx512f", &value, &size, 0, 0) != 0) return 0;
  return value != 0;
#else
  return (xcr0() & 0xE6) == 0xE6;
#endif
}
#endif

int trainkit_cpu_supports(const trainkit_kernel_set *set) {
  if (set->tile32 == 0) return 0;  // not compiled for this architecture
#if defined(__x86_64__)
  if (set->tile32 == trainkit_avx512.tile32) return has_avx512();
  if (set->tile32 == trainkit_avx2.tile32) return has_avx2();
#endif
  return 1;
}
