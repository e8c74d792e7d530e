import Testing

@testable import TermPlot

/// ASCII line shapes: steep, diagonal and moderate slopes (PLOTS.md 18).
@Suite struct AsciiLineTests {
  static func draw(from a: (Double, Double), to b: (Double, Double)) -> [String]
  {
    var canvas = Canvas(columns: 20, rows: 8, ascii: true)
    canvas.line(from: (x: a.0, y: a.1), to: (x: b.0, y: b.1), ink: .none)
    return (0..<8).map { r in
      String((0..<20).map { c in canvas.cell(column: c, row: r)?.0 ?? " " })
    }
  }

  @Test func moderateSlopeIsAStaircaseOfDashesAndUnderscores() {
    // Half a row per column: 45° on screen would be one row per column.
    let down = AsciiLineTests.draw(from: (0.5, 0.25), to: (16.5, 8 - 1e-3))
    #expect(down[0].hasPrefix("-_"))
    #expect(down[1].hasPrefix("  -_"))
    for row in down {
      #expect(!row.contains("\\"), "\(down)")
      #expect(row.filter { $0 != " " }.count <= 3, "\(down)")
    }
    // Rising: `_` on the left, `-` on the right of each row.
    let up = AsciiLineTests.draw(from: (0.5, 7.75), to: (16.5, 0))
    #expect(up[7].hasPrefix("_-"))
    #expect(up.allSatisfy { !$0.contains("/") }, "\(up)")
  }

  @Test func steepAndDiagonalAndFlatKeepTheirShapes() {
    let steep = AsciiLineTests.draw(from: (3.5, 0), to: (3.6, 7.9))
    #expect(steep.allSatisfy { $0.contains("|") }, "\(steep)")
    // One row per column (about 60° on screen): diagonals.
    let diagonal = AsciiLineTests.draw(from: (0.5, 0.5), to: (7.5, 7.5))
    #expect(diagonal.allSatisfy { $0.contains("\\") }, "\(diagonal)")
    #expect(diagonal.allSatisfy { !$0.contains("_") && !$0.contains("-") })
    let flat = AsciiLineTests.draw(from: (0, 2.2), to: (19.9, 2.4))
    #expect(flat[2] == String(repeating: "-", count: 20), "\(flat)")
  }
}
