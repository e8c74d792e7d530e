import Foundation
import Testing

/// Every crash the fuzzer (Fuzz/) has found, kept as a program piped into
/// the real executable: the process must survive it, say something, and
/// run the next line.
///
/// A child process, so that a regression fails this test instead of ending
/// the test run.
@Suite("fuzzer regressions", .serialized)
struct FuzzRegressionTests {
  struct Reproducer: CustomTestStringConvertible, Sendable {
    var name: String
    var source: String
    var testDescription: String { name }
  }

  /// Found by the grammar-aware mode; named after what they stress.
  static let reproducers = [
    Reproducer(
      name: "a flat sum of 100,000 terms",
      source: "x = " + String(repeating: "1+", count: 100_000) + "1"),
    Reproducer(
      name: "an `and` chain of 100,000 terms",
      source: "x = "
        + Array(repeating: "true", count: 100_000).joined(separator: " and ")),
    Reproducer(
      name: "a comparison chain of 100,000 terms",
      source: "x = "
        + Array(repeating: "1", count: 100_000).joined(separator: "<")),
    Reproducer(
      name: "100,000 indexings in a row",
      source: "x = [1]" + String(repeating: "[0]", count: 100_000)),
    Reproducer(
      name: "make_data with a class label of 1e19",
      source:
        "make_data([[1, 2], [3, 4]], [0, 1e19], task=\"classification\")"),
    Reproducer(
      name: "make_data with a class label of 1e300",
      source:
        "make_data([[1, 2], [3, 4]], [0, 1e300], task=\"classification\")"),
  ]

  @Test(arguments: reproducers)
  func theProcessSurvives(_ reproducer: Reproducer) throws {
    let result = try Executable.run(
      ["--lessons", Executable.lessons, "--no-color"],
      input: reproducer.source + "\nprint(\"still alive\")\n")
    #expect(result.status == 0)
    #expect(result.stdout.hasSuffix("still alive\n"))
  }
}
