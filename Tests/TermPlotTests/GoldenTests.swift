import Foundation
import Testing

@testable import TermPlot

/// A rendering size for golden files.
struct GoldenSize: Sendable, CustomTestStringConvertible {
  let width: Int
  let height: Int
  var testDescription: String { "\(width)x\(height)" }
}

/// Every chart of the gallery (plus edge cases) × {Unicode+colour, Unicode
/// plain, ASCII} × four sizes, compared byte for byte with the files in
/// `Tests/TermPlotTests/Goldens/`.
///
/// To re-record after a deliberate change:
/// `TERMPLOT_RECORD=1 swift test --filter TermPlotTests.GoldenTests`
/// then review `git diff Tests/TermPlotTests/Goldens`.
@Suite struct GoldenTests {
  static let sizes = [
    GoldenSize(width: 60, height: 15), GoldenSize(width: 100, height: 30),
    GoldenSize(width: 80, height: 24), GoldenSize(width: 40, height: 10),
  ]
  static let modes: [(String, RenderOptions)] = [
    ("color", .color), ("plain", .plain), ("ascii", .ascii),
  ]
  static let goldens = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()
    .appendingPathComponent("Goldens")

  @Test(arguments: Samples.all.map(\.0), GoldenTests.sizes)
  func matchesGolden(name: String, size: GoldenSize) throws {
    let chart = try #require(Samples.all.first { $0.0 == name }?.1)
    let record = ProcessInfo.processInfo.environment["TERMPLOT_RECORD"] == "1"
    for (mode, options) in GoldenTests.modes {
      let output = chart.render(
        width: size.width, height: size.height, options: options)
      // Invariants hold for every golden.
      let problems = OutputChecks.problems(
        output, width: size.width, height: size.height, options: options)
      #expect(
        problems.isEmpty, "\(name) \(size.testDescription) \(mode): \(problems)"
      )
      // Deterministic.
      #expect(
        output
          == chart.render(
            width: size.width, height: size.height, options: options))
      let file = GoldenTests.goldens.appendingPathComponent(
        "\(name)-\(size.width)x\(size.height)-\(mode).txt")
      if record {
        try (output + "\n").write(to: file, atomically: true, encoding: .utf8)
        continue
      }
      guard let golden = try? String(contentsOf: file, encoding: .utf8) else {
        Issue.record(
          "missing golden \(file.lastPathComponent); record with TERMPLOT_RECORD=1 swift test --filter TermPlotTests.GoldenTests"
        )
        continue
      }
      GoldenTests.compare(output, with: golden, of: file)
    }
  }

  /// Records an issue with the differing lines when `output` is not the
  /// `golden` text read from `file` (its final newline aside).
  static func compare(_ output: String, with golden: String, of file: URL) {
    let expected = golden.hasSuffix("\n") ? String(golden.dropLast()) : golden
    if expected != output {
      Issue.record(
        Comment(
          rawValue: "\(file.lastPathComponent) differs:\n"
            + GoldenTests.diff(expected, output)))
    }
  }

  /// A readable line diff: each differing line as `-` expected, `+` actual,
  /// with ESC shown as `␛`.
  static func diff(_ expected: String, _ actual: String) -> String {
    let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
    var out: [String] = []
    for i in 0..<max(e.count, a.count) {
      let el = i < e.count ? String(e[i]) : nil
      let al = i < a.count ? String(a[i]) : nil
      guard el != al else { continue }
      let show = { (s: String?) in
        s.map { $0.replacingOccurrences(of: "\u{1B}", with: "␛") } ?? "(none)"
      }
      out.append(String(format: "line %3d - %@", i + 1, show(el)))
      out.append(String(format: "         + %@", show(al)))
      if out.count >= 24 {
        out.append("…")
        break
      }
    }
    return out.joined(separator: "\n")
  }

  @Test func colourStrippedEqualsPlainForLineCharts() {
    for (name, chart) in Samples.all
    where !["heatmap", "classifier", "grid-search", "training"].contains(name) {
      let colour = chart.render(width: 80, height: 24, options: .color)
      let plain = chart.render(width: 80, height: 24, options: .plain)
      #expect(OutputChecks.stripANSI(colour) == plain, "\(name)")
      #expect(colour.contains("\u{1B}["), "\(name) has colour")
    }
  }

  @Test func diffShowsChangedLinesOnly() {
    let d = GoldenTests.diff("a\nb\nc", "a\nB\nc")
    #expect(d == "line   2 - b\n         + B")
  }
}
