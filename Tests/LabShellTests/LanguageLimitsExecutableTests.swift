import Foundation
import Testing

/// Hostile cells through the real executable: the process must live, exit 0
/// and say what went wrong (issue 12, crashes and limits).
@Suite("trainlab executable: hostile cells", .serialized)
struct LanguageLimitsExecutableTests {
  /// A folder holding one lesson whose only cell is `cell`.
  private func lessonFolder(cell: String) throws -> String {
    let folder = NSTemporaryDirectory() + "trainlab-limits-\(UUID().uuidString)"
    try FileManager.default.createDirectory(
      atPath: folder, withIntermediateDirectories: true)
    let lesson =
      "# Chains\n<!-- minutes: 1 -->\n\nLong chains.\n\n## Step 1 — Chains\n\n```lab\n\(cell)\n```\n"
    try lesson.write(
      toFile: folder + "/01-chains.md", atomically: false, encoding: .utf8)
    return folder
  }

  private static let longSum =
    "x = " + String(repeating: "1+", count: 100_000) + "1\nx"
  private static let longAnd =
    "y = " + String(repeating: "(1 < 2) and ", count: 50_000) + "true\ny"
  private static let longComparison =
    "z = " + String(repeating: "1 <= ", count: 50_000) + "1\nz"

  @Test func flatChainsOfAHundredThousandTermsRunAtThePrompt() throws {
    let input = [Self.longSum, Self.longAnd, Self.longComparison].joined(
      separator: "\n")
    let result = try Executable.run(
      ["--no-color", "--lessons", Executable.lessons], input: input + "\n")
    #expect(result.status == 0)
    #expect(result.stdout.hasSuffix("100001\ntrue\ntrue\n"))
  }

  @Test func flatChainsRunAndCheckInALesson() throws {
    let folder = try lessonFolder(
      cell: [Self.longSum, Self.longAnd].joined(separator: "\n"))
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let run = try Executable.run(["run", "1", "--lessons", folder])
    #expect(run.status == 0)
    #expect(run.stdout.hasSuffix("100001\ntrue\n"))
    let check = try Executable.run(["check", folder + "/01-chains.md"])
    #expect(check.status == 0)
    #expect(check.stdout.hasSuffix("no problems found\n"))
  }

  @Test func longIndexingChainsAreRefusedAsNesting() throws {
    let input = "x = [1]\nx" + String(repeating: "[0]", count: 100_000) + "\n"
    // Wide enough that the message stays on one line.
    let result = try Executable.run(
      ["--no-color", "--width", "400", "--lessons", Executable.lessons],
      input: input)
    #expect(result.status == 0)
    #expect(
      result.stdout.contains(
        "too deeply nested: at most 48 levels of brackets, operators and blocks"
      ))
  }
}
