import Localization
import Testing

@testable import TrainKit

@Suite struct KernelSetTests {
  private var portable: KernelSet {
    KernelSet.all[KernelSet.all.count - 1]
  }

  @Test func theBuildHasAPortableSetLastAndTheCPURunsIt() {
    #expect(KernelSet.all.last?.name == "portable")
    #expect(KernelSet.supported.last?.name == "portable")
    #if arch(x86_64)
    #expect(KernelSet.all.map(\.name) == ["avx512", "avx2", "portable"])
    #elseif arch(arm64)
    #expect(KernelSet.all.map(\.name) == ["neon", "portable"])
    #endif
  }

  @Test func withoutARequestTheFastestSupportedSetIsChosen() throws {
    let fastest = KernelSet.supported[0]
    #expect(try KernelSet.choose(requested: nil).get() == fastest)
    #expect(try KernelSet.choose(requested: "").get() == fastest)
    #expect(
      try KernelSet.choose(
        requested: nil, supported: [portable]
      ).get() == portable)
  }

  @Test func everySupportedSetCanBeForced() throws {
    for set in KernelSet.supported {
      #expect(try KernelSet.choose(requested: set.name).get() == set)
    }
  }

  /// The refusal's English text.
  private func refusal(
    _ requested: String, supported: [KernelSet] = KernelSet.supported,
    in language: Language = .en
  ) -> String? {
    guard
      case .failure(let refusal) = KernelSet.choose(
        requested: requested, supported: supported)
    else { return nil }
    return refusal.message.text(in: language)
  }

  @Test func anUnknownSetIsRefusedWithTheKnownOnes() {
    let names = KernelSet.all.map(\.name).joined(separator: ", ")
    let supported = KernelSet.supported.map(\.name).joined(separator: ", ")
    #expect(
      refusal("sse9")
        == "the environment variable TRAINKIT_ISA is \"sse9\", which is not "
        + "a kernel set (this build has: \(names)); this CPU runs: "
        + supported)
    // In Chinese the sets are listed with 、 (Message.listing).
    let namesZh = KernelSet.all.map(\.name).joined(separator: "、")
    let supportedZh = KernelSet.supported.map(\.name).joined(separator: "、")
    #expect(
      refusal("sse9", in: .zh)
        == "环境变量 TRAINKIT_ISA 的值是 \"sse9\"，这不是内核集（本构建有："
        + "\(namesZh)）；这台 CPU 能运行：\(supportedZh)")
  }

  @Test func aSetOfAnotherArchitectureIsRefusedWithItsCPU() {
    let supported = KernelSet.supported.map(\.name).joined(separator: ", ")
    #if arch(x86_64)
    let (other, cpu) = ("neon", "arm64")
    #else
    let (other, cpu) = ("avx2", "x86-64")
    #endif
    #expect(
      refusal(other)
        == "the environment variable TRAINKIT_ISA is \"\(other)\", the kernel "
        + "set for \(cpu) CPUs; this CPU runs: \(supported)")
  }

  @Test func theValueIsQuotedWithItsControlCharactersEscaped() throws {
    let text = try #require(refusal("avx2\u{1B}[2J"))
    #expect(text.contains("TRAINKIT_ISA is \"avx2\\u{1B}[2J\","))
    #expect(!text.unicodeScalars.contains { $0.value < 0x20 })
  }

  @Test func aSetTheCPULacksIsRefusedWithWhatItNeeds() {
    guard let fastest = KernelSet.all.first, fastest != portable else {
      return
    }
    #expect(
      refusal(fastest.name, supported: [portable])
        == "the environment variable TRAINKIT_ISA is \"\(fastest.name)\", a "
        + "kernel set that needs \(fastest.requirement), which this CPU "
        + "lacks; it runs: portable")
  }

  @Test func aSetThisCPURunsIsNoRefusal() {
    for set in KernelSet.supported {
      #expect(refusal(set.name) == nil)
    }
    #expect(refusal("") == nil)
  }

  @Test func thePublicNamesAreThoseOfTheActiveSet() {
    #expect(ComputeKernels.name == KernelSet.active.name)
    #expect(ComputeKernels.supported == KernelSet.supported.map(\.name))
  }
}
