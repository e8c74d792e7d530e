// The register-blocked micro-kernels, where the time goes, are C and
// inline assembly in the CKernels target, one set per instruction set
// (AVX-512: 6×64, 6×32 and 12×16 tiles on zmm registers; AVX2 + FMA and
// NEON: a 6×16 tile; portable C), chosen at run time (`KernelSet`).
// Assembly is emitted as written at every optimization level, so a debug
// build multiplies as fast as a release one, and the binary runs on any
// CPU of its architecture. See Benchmarks/README.md.

extension GEMM {
  /// Rows of C computed by one micro-kernel call (the height of an A panel).
  static let mr = 6
  /// Columns of C computed by one micro-kernel call (the width of a packed
  /// B panel); the 6×64 tile takes two panels.
  static let nr = 32
}
