import Foundation
import Testing

/// Compares text with a file in `Tests/LabShellTests/Goldens`; with
/// `TRAINLAB_UPDATE_GOLDENS=1` in the environment, writes the file
/// instead (then review the diff and commit it).
enum Golden {
  static let folder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Goldens")

  static func check(
    _ text: String, named name: String,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let url = folder.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["TRAINLAB_UPDATE_GOLDENS"] == "1" {
      try text.write(to: url, atomically: true, encoding: .utf8)
      return
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    guard expected != text else { return }
    let got = text.split(separator: "\n", omittingEmptySubsequences: false)
    let want = expected.split(
      separator: "\n", omittingEmptySubsequences: false)
    let first =
      zip(got, want).enumerated().first { $0.element.0 != $0.element.1 }?
      .offset ?? min(got.count, want.count)
    Issue.record(
      """
      \(name) differs from line \(first + 1) \
      (TRAINLAB_UPDATE_GOLDENS=1 re-records it):
      expected: \(first < want.count ? String(want[first]).debugDescription : "end")
      got:      \(first < got.count ? String(got[first]).debugDescription : "end")
      """, sourceLocation: sourceLocation)
  }
}
