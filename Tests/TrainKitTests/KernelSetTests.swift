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

  @Test func anUnknownSetIsRefusedWithTheKnownOnes() {
    let names = KernelSet.all.map(\.name).joined(separator: ", ")
    let supported = KernelSet.supported.map(\.name).joined(separator: ", ")
    #expect(
      KernelSet.choose(requested: "sse9")
        == .failure(
          KernelSet.Refusal(
            message: "TRAINKIT_ISA=sse9 is not a kernel set of this build "
              + "(\(names)); this CPU runs: \(supported)")))
  }

  @Test func aSetTheCPULacksIsRefusedWithWhatItNeeds() {
    guard let fastest = KernelSet.all.first, fastest != portable else {
      return
    }
    #expect(
      KernelSet.choose(requested: fastest.name, supported: [portable])
        == .failure(
          KernelSet.Refusal(
            message: "TRAINKIT_ISA=\(fastest.name) needs "
              + "\(fastest.requirement), which this CPU lacks; it runs: "
              + "portable")))
  }

  @Test func thePublicNamesAreThoseOfTheActiveSet() {
    #expect(ComputeKernels.name == KernelSet.active.name)
    #expect(ComputeKernels.supported == KernelSet.supported.map(\.name))
  }
}
