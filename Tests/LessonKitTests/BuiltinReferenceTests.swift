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
