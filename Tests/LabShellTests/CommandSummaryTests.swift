import Localization
import Testing

@testable import LabShell

/// The shell's command list: every summary has its Chinese.
///
/// A summary written as a bare literal in the typed table becomes a
/// `Message` without `Message(` around it, which the catalog scanner
/// (`CatalogTests`) cannot see; `save FILE.md`'s once reached a Chinese
/// learner in English that way.
@Suite struct CommandSummaryTests {
  @Test func everySummaryHasItsChinese() {
    #expect(ShellCommand.summaries.count > 20)
    for (name, usage, summary) in ShellCommand.summaries {
      #expect(summary.isTranslated, "\(name) (\(usage)): \"\(summary.key)\"")
      #expect(
        summary.text(in: .zh) != summary.text(in: .en),
        "\(usage) reads the same in Chinese")
    }
  }
}
