import Foundation
import TermPlot
import Testing

/// `TRAINLAB_AMBIGUOUS_WIDE=1`, for a terminal set up for CJK.
///
/// Such a terminal draws the East Asian ambiguous characters (λ σ · ‖ “ ”
/// and box drawing) two columns wide. A table and a chart whose titles,
/// headers, labels and legends hold them fit the width in both modes,
/// counted the way that terminal counts; in the wide mode the charts are
/// drawn in ASCII.
@Suite("ambiguous width", .serialized)
struct AmbiguousWidthTests {
  static let lesson = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()
    .appendingPathComponent("Fixtures/AmbiguousWidth/01-symbols.md").path

  static let cases: [(width: Int, wide: Bool)] = [
    (60, false), (60, true), (80, false), (80, true),
  ]

  @Test(arguments: AmbiguousWidthTests.cases)
  func aTableAndAChartFitInBothModes(width: Int, wide: Bool) throws {
    let result = try Executable.run(
      ["run", AmbiguousWidthTests.lesson, "--width", "\(width)", "--no-color"],
      environment: ["TRAINLAB_AMBIGUOUS_WIDE": wide ? "1" : "0"])
    #expect(result.status == 0, "\(result.stderr)")
    let lines = result.stdout.split(
      separator: "\n", omittingEmptySubsequences: false)
    for line in lines {
      let columns = line.reduce(0) {
        $0 + TextWidth.of($1, ambiguousIsWide: wide)
      }
      #expect(
        columns <= width,
        "\(columns) columns at \(width) (wide: \(wide)): \(line)")
    }
    // The symbols are shown, not replaced.
    for symbol in ["λ", "σ", "·", "‖", "“", "”"] {
      #expect(result.stdout.contains(symbol), "\(symbol) is missing")
    }
    // A CJK terminal gets ASCII chart glyphs: no box drawing.
    let boxDrawing = result.stdout.unicodeScalars.contains {
      (0x2500...0x259F).contains($0.value)
    }
    #expect(boxDrawing == !wide)
    try Golden.check(
      result.stdout,
      named: "ambiguous-\(width)-\(wide ? "wide" : "narrow").txt")
  }
}
