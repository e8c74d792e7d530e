import Foundation
import Localization
import TermPlot
import Testing

@testable import LabShell
@testable import TrainKit

/// A `TRAINKIT_ISA` that cannot be used is refused at start, before the
/// command line is read, in the learner's language and at the terminal's
/// width.
@Suite struct KernelSetRefusalTests {
  /// The refusal of a set of another architecture, or of a misspelled one.
  static var refusals: [Message] {
    ["neon", "avx2", "AVX-512", "avx512\u{1B}[2J"].compactMap {
      if case .failure(let refusal) = KernelSet.choose(requested: $0) {
        return refusal.message
      }
      return nil
    }
  }

  @Test(arguments: [40, 60, 80])
  func everyLineFitsTheWidthInBothLanguages(columns: Int) throws {
    #expect(Self.refusals.count >= 3)
    let saved = Language.current
    defer { Language.current = saved }
    for language in Language.allCases {
      Language.current = language
      for refusal in Self.refusals {
        let lines = Lab.kernelSetRefusal(
          refusal, program: "trainkit-bench", columns: columns)
        #expect(lines.count > 1)
        for line in lines {
          #expect(TextWidth.of(line) <= columns, "\(line)")
        }
        #expect(lines[0].hasPrefix("trainkit-bench: "))
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("  ") })
        #expect(lines.joined().contains("TRAINKIT_ISA"))
      }
    }
  }

  @Test func theMessageIsBrokenAtSpacesOnly() throws {
    guard case .failure(let refusal) = KernelSet.choose(requested: "sse9")
    else {
      Issue.record("sse9 was accepted")
      return
    }
    for language in Language.allCases {
      let saved = Language.current
      defer { Language.current = saved }
      Language.current = language
      let lines = Lab.kernelSetRefusal(
        refusal.message, program: "trainlab", columns: 40)
      // English breaks at spaces only; Chinese also between two CJK
      // characters.
      let text = "trainlab: \(refusal.message.text(in: language))"
      if language == .en {
        #expect(
          lines.map { $0.trimmingCharacters(in: .whitespaces) }
            .joined(separator: " ") == text)
      } else {
        #expect(
          lines.joined().filter { $0 != " " } == text.filter { $0 != " " })
      }
    }
  }

  @Test(arguments: [40, 60, 80])
  func trainlabAndItsVersionRefuseAtTheTerminalsWidth(columns: Int) throws {
    try #require(Executable.tmux != nil, "needs tmux")
    for arguments in [["--version"], []] {
      let state = try ScratchFolder("isa")
      let lab = try TmuxSession.trainlab(
        arguments, state: state, environment: ["TRAINKIT_ISA=neon"],
        width: columns, height: 20)
      let screen = try lab.waitFor("TRAINLAB-EXIT-2")
      let lines = screen.split(separator: "\n").map(String.init)
        .filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
      #expect(
        lines.first?.hasPrefix("trainlab: the environment variable") == true)
      #expect(lines.count >= 3)
      for line in lines {
        #expect(TextWidth.of(line) <= columns, "\(line)")
      }
      #expect(!screen.contains("lab>"))
      #expect(!screen.contains("(kernels:"))
    }
  }
}
