import CKernels
import Localization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The compute kernels TrainKit runs on: one set per instruction set
/// (AVX-512, AVX2 + FMA, NEON, portable C), all in the binary, the fastest
/// this CPU supports chosen once at start — or the one `TRAINKIT_ISA`
/// names.
///
/// The sets with a fused multiply-add (avx512, avx2, neon) compute every
/// element of a product with the same operations, so they give the same
/// bits; the portable set rounds each product and sum on its own, so its
/// results differ in the last bits (tested against a double-precision
/// reference with the same bound).
public enum ComputeKernels {
  /// The environment variable that forces a set.
  public static let environmentVariable = "TRAINKIT_ISA"

  /// The name of the set in use: "avx512", "avx2", "neon" or "portable".
  public static var name: String { KernelSet.active.name }

  /// The sets this CPU can run, fastest first.
  public static var supported: [String] { KernelSet.supported.map(\.name) }

  /// Why the set `TRAINKIT_ISA` asks for cannot be used (it does not exist,
  /// or this CPU lacks what it needs), or nil when it can or none is asked.
  ///
  /// A program asks this before anything reads `name` (or runs a kernel),
  /// and writes the message where and how it writes its own; otherwise the
  /// first use of a kernel writes it as one line and exits with status 2.
  public static var refusal: Message? {
    if case .failure(let refusal) = KernelSet.choose(
      requested: KernelSet.requested)
    {
      return refusal.message
    }
    return nil
  }
}

/// One set of kernels: the C table of function pointers and its names.
///
/// `@unchecked Sendable` is safe: it is immutable, and its pointers are to
/// constant C functions and strings.
package struct KernelSet: @unchecked Sendable {
  /// The C table (`trainkit_kernel_set` in CKernels.h).
  package let table: trainkit_kernel_set
  /// "avx512", "avx2", "neon" or "portable".
  package let name: String
  /// What it needs of the CPU, for messages.
  package let requirement: String
  /// The table's tiles (see `trainkit_tile`).
  let tile32: Tile
  let tile64: Tile
  let tile12x16: Tile
  /// The table's Adam loop (see `SIMDKernels.adam`).
  let adam: Adam
  /// The table's 16×16 transpose (packing a transposed B).
  let transpose16x16: Transpose
  /// The table's packing of six rows of an untransposed A.
  let packA6: PackA6

  typealias Tile = @convention(c) (UnsafePointer<trainkit_tile>?) -> Void
  typealias Adam =
    @convention(c) (
      Int, Int, UnsafePointer<Float>?, UnsafeMutablePointer<Float>?,
      UnsafeMutablePointer<Float>?, UnsafeMutablePointer<Float>?,
      UnsafePointer<Float>?, Float, Float, Float, Float, Float, Float
    ) -> Void
  typealias Transpose =
    @convention(c) (
      UnsafePointer<Float>?, Int, UnsafeMutablePointer<Float>?, Int
    ) -> Void
  typealias PackA6 =
    @convention(c) (
      UnsafePointer<Float>?, Int, Int, UnsafeMutablePointer<Float>?
    ) -> Void

  /// Every set compiled into this binary, fastest first.
  package static let all: [KernelSet] = {
    var count: Int32 = 0
    let base = trainkit_kernel_sets(&count)
    // A set not compiled for this architecture has no functions.
    return (0..<Int(count)).compactMap { index -> KernelSet? in
      guard let table = base?[index], let name = table.name,
        let tile32 = table.tile32, let tile64 = table.tile64,
        let tile12x16 = table.tile12x16, let adam = table.adam,
        let transpose16x16 = table.transpose16x16, let packA6 = table.packA6
      else { return nil }
      return KernelSet(
        table: table, name: String(cString: name),
        requirement: table.requirement.map { String(cString: $0) } ?? "",
        tile32: tile32, tile64: tile64, tile12x16: tile12x16, adam: adam,
        transpose16x16: transpose16x16, packA6: packA6)
    }
  }()

  /// The sets this CPU can run, fastest first (at least the portable one).
  package static let supported: [KernelSet] = all.filter { set in
    withUnsafePointer(to: set.table) { trainkit_cpu_supports($0) != 0 }
  }

  /// The set in use: chosen once.
  ///
  /// From `TRAINKIT_ISA` if it is set, else the fastest supported. A set
  /// that does not exist or that this CPU cannot run is refused: the
  /// message goes to standard error as one line and the process exits with
  /// status 2, since running anything else would not be what was asked for.
  /// TrainLab's programs ask `ComputeKernels.refusal` first and write it at
  /// the terminal's width; this is for a program that does not.
  package static let active: KernelSet = {
    switch choose(requested: requested) {
    case .success(let set):
      return set
    case .failure(let refusal):
      var text = "trainkit: \(refusal.message)\n"
      _ = text.withUTF8 { write(2, $0.baseAddress, $0.count) }
      exit(2)
    }
  }()

  /// The value of `TRAINKIT_ISA`, if it is set.
  static var requested: String? {
    getenv(ComputeKernels.environmentVariable).map { String(cString: $0) }
  }

  /// Why a requested set cannot be used.
  package struct Refusal: Error, Equatable {
    package var message: Message
  }

  /// The sets of the other architectures, which no build for this one has,
  /// and the CPUs they are for.
  static let otherArchitectures: [String: String] = {
    #if arch(x86_64)
    return ["neon": "arm64"]
    #else
    return ["avx512": "x86-64", "avx2": "x86-64"]
    #endif
  }()

  /// The set for a `TRAINKIT_ISA` value.
  ///
  /// Nil or empty: the fastest supported. A function of its arguments only.
  /// A refusal names the variable, the value (quoted, control characters
  /// escaped) and the sets this CPU runs.
  package static func choose(
    requested: String?, all: [KernelSet] = all,
    supported: [KernelSet] = supported
  ) -> Result<KernelSet, Refusal> {
    guard let requested, !requested.isEmpty else {
      return supported.first.map { .success($0) }
        ?? .failure(Refusal(message: Message("no kernel set runs on this CPU")))
    }
    let variable = ComputeKernels.environmentVariable
    let value = requested.debugDescription
    let names = Message.listing(supported.map(\.name))
    guard let set = all.first(where: { $0.name == requested }) else {
      if let cpu = otherArchitectures[requested] {
        return .failure(
          Refusal(
            message: Message(
              "the environment variable \(variable) is \(value), the kernel set for \(cpu) CPUs; this CPU runs: \(names)"
            )))
      }
      let known = Message.listing(all.map(\.name))
      return .failure(
        Refusal(
          message: Message(
            "the environment variable \(variable) is \(value), which is not a kernel set (this build has: \(known)); this CPU runs: \(names)"
          )))
    }
    guard supported.contains(where: { $0.name == requested }) else {
      return .failure(
        Refusal(
          message: Message(
            "the environment variable \(variable) is \(value), a kernel set that needs \(set.requirement), which this CPU lacks; it runs: \(names)"
          )))
    }
    return .success(set)
  }
}

extension KernelSet: Equatable {
  package static func == (lhs: KernelSet, rhs: KernelSet) -> Bool {
    lhs.name == rhs.name
  }
}
