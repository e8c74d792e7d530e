import Foundation
import Testing

@testable import LessonKit

/// The repository's root, found from this file's path.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent()
  .deletingLastPathComponent()

@Suite struct BuiltinReferenceTests {
  /// Every builtin's help example runs without error or failed expectation.
  @Test(arguments: BuiltinLibrary.all.map(\.name))
  func helpExampleRuns(name: String) throws {
    let builtin = try #require(BuiltinLibrary.all.first { $0.name == name })
    let session = makeSession(
      SessionOptions(
        datasetsDirectory: repositoryRoot.appendingPathComponent("datasets")
          .path))
    let result = session.run(
      builtin.example, origin: SourceOrigin(file: "help(\(name))", line: 1))
    #expect(result.error == nil, "\(result.error?.description ?? "")")
    #expect(result.failedExpectations == [])
    #expect(!result.cancelled)
  }

  /// Every builtin documents itself.
  @Test func everyBuiltinHasPurposeExampleAndCategory() {
    let categories = Set(BuiltinLibrary.categories.map(\.name))
    for builtin in BuiltinLibrary.all {
      #expect(
        !builtin.purpose.isEmpty && !builtin.example.isEmpty, "\(builtin.name)")
      #expect(
        categories.contains(builtin.category),
        "\(builtin.name) has unknown category \(builtin.category)")
      #expect(
        builtin.purpose.hasSuffix(".") || builtin.purpose.hasSuffix("…"),
        "\(builtin.name)")
    }
  }

  /// Every builtin carries its Chinese text (issue 18): a purpose in
  /// Chinese ending in "。", Chinese notes exactly when it has notes, item
  /// for item, and the backticked names of the English text unchanged.
  @Test func everyBuiltinHasChineseText() {
    for builtin in BuiltinLibrary.all {
      let zh = builtin.zh
      #expect(zh.purpose.contains(where: Self.isHan), "\(builtin.name)")
      #expect(
        zh.purpose.hasSuffix("。") || zh.purpose.hasSuffix("……"),
        "\(builtin.name): \(zh.purpose)")
      #expect(
        Self.noteItems(zh.notes).count == Self.noteItems(builtin.notes).count,
        "\(builtin.name) has \(Self.noteItems(builtin.notes).count) notes in English, \(Self.noteItems(zh.notes).count) in Chinese"
      )
      for item in Self.noteItems(zh.notes) {
        #expect(item.contains(where: Self.isHan), "\(builtin.name): \(item)")
      }
      for (english, chinese) in [
        (builtin.purpose, zh.purpose), (builtin.notes, zh.notes),
      ] {
        for name in Self.codeSpans(english) {
          #expect(
            chinese.contains("`\(name)`"),
            "\(builtin.name): `\(name)` is missing from \(chinese)")
        }
      }
    }
  }

  /// The check above fails for text it should reject.
  @Test func chineseTextCheckRejectsEnglish() {
    #expect(!"Writes the values on one line.".contains(where: Self.isHan))
    #expect("把各个值写在同一行上。".contains(where: Self.isHan))
    #expect(Self.noteItems("one\n  continued\ntwo").count == 2)
    #expect(Self.noteItems("").isEmpty)
    #expect(Self.codeSpans("uses `sep` and `help()`") == ["sep", "help()"])
  }

  /// A CJK unified ideograph (汉字).
  private static func isHan(_ character: Character) -> Bool {
    character.unicodeScalars.contains {
      (0x4E00...0x9FFF).contains($0.value)
        || (0x3400...0x4DBF).contains($0.value)
    }
  }

  /// The items of a builtin's notes: each line that does not start with a
  /// space begins one (as the reference's bullets do).
  private static func noteItems(_ notes: String) -> [String] {
    var items: [String] = []
    for line in notes.split(separator: "\n") {
      if line.hasPrefix(" "), let last = items.popLast() {
        items.append(last + String(line))
      } else {
        items.append(String(line))
      }
    }
    return items
  }

  /// The texts between pairs of backticks.
  private static func codeSpans(_ text: String) -> [String] {
    let parts = text.split(separator: "`", omittingEmptySubsequences: false)
    return stride(from: 1, to: parts.count - 1, by: 2).map { String(parts[$0]) }
  }

  /// The objects table of docs/LANGUAGE.md (written by hand) names every
  /// builtin that makes an optimizer or a schedule, and no other.
  @Test func objectsTableNamesEveryOptimizerAndSchedule() throws {
    let url = repositoryRoot.appendingPathComponent("docs/LANGUAGE.md")
    let lines = try String(contentsOf: url, encoding: .utf8).split(
      separator: "\n")
    for (row, expected) in [
      ("optimizer", optimizerBuiltins(making: OptimizerObject.self)),
      ("schedule", optimizerBuiltins(making: ScheduleObject.self)),
    ] {
      let line = try #require(lines.first { $0.hasPrefix("| \(row) |") })
      let madeBy = String(line.split(separator: "|")[1])
      #expect(Set(Self.codeSpans(madeBy)) == expected, "\(row)")
    }
  }

  /// docs/LANGUAGE.md carries the generated reference.
  ///
  /// To refresh it, run
  /// `LESSONKIT_UPDATE_DOCS=1 swift test --filter BuiltinReferenceTests`.
  @Test func languageReferenceIsUpToDate() throws {
    let url = repositoryRoot.appendingPathComponent("docs/LANGUAGE.md")
    let document = try String(contentsOf: url, encoding: .utf8)
    let begin =
      "<!-- BEGIN BUILTIN REFERENCE (generated from the registry by BuiltinReferenceTests; do not edit by hand) -->\n"
    let end = "<!-- END BUILTIN REFERENCE -->"
    let start = try #require(document.range(of: begin))
    let stop = try #require(document.range(of: end))
    let current = String(document[start.upperBound..<stop.lowerBound])
    let generated = BuiltinLibrary.referenceMarkdown()
    if current != generated,
      ProcessInfo.processInfo.environment["LESSONKIT_UPDATE_DOCS"] == "1"
    {
      let updated =
        String(document[..<start.upperBound]) + generated
        + String(document[stop.lowerBound...])
      try updated.write(to: url, atomically: true, encoding: .utf8)
      return
    }
    #expect(
      current == generated,
      "docs/LANGUAGE.md is stale: run LESSONKIT_UPDATE_DOCS=1 swift test --filter BuiltinReferenceTests"
    )
  }
}
