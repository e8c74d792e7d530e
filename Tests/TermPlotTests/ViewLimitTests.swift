import Testing

@testable import TermPlot

/// `xRange` / `yRange`: the axes span the view, lines are clipped at its
/// edge, points outside are counted.
@Suite struct ViewLimitTests {
  static let xs = (0...20).map { -1 + Double($0) / 10 }

  @Test func divergingFitDoesNotFlattenTheData() {
    let data = Series(
      name: "data", y: ViewLimitTests.xs.map { $0 * $0 }, x: ViewLimitTests.xs)
    let wild = Series(
      name: "fit", y: ViewLimitTests.xs.map { 1e6 * $0 * $0 * $0 },
      x: ViewLimitTests.xs)
    let plot = ScatterPlot(series: [data], lines: [wild], yRange: -0.5...1.5)
    let text = plot.render(width: 60, height: 15, options: .ascii)
    // The y axis shows the view, not ±1e6.
    #expect(text.contains("1.5+") && text.contains("-0.5+"))
    #expect(!text.contains("e6"))
    // Every data point is inside the view: nothing counted.
    #expect(!text.contains("outside the view"))
    #expect(
      OutputChecks.problems(text, width: 60, height: 15, options: .ascii)
        .isEmpty)
  }

  @Test func pointsOutsideAreCountedAndLinesClipped() {
    let plot = LinePlot(
      series: [Series(name: "loss", y: [5, 1, 0.5, 100, 0.2])], yRange: 0...2)
    let text = plot.render(width: 50, height: 12, options: .plain)
    #expect(text.contains("2 points outside the view"))
    // The spike is clipped at the top edge, not drawn along it.
    let lines = text.split(separator: "\n").map(String.init)
    let topRow = lines.first { $0.hasPrefix("2.0┤") }!
    let braille = topRow.unicodeScalars.filter {
      (0x2801...0x28FF).contains($0.value)
    }.count
    #expect(braille <= 6)
  }

  @Test func unusableLimitsAreIgnoredWithANote() {
    let text = LinePlot(
      series: [Series(y: [1, 2])], xRange: 0...0, yRange: -1...(.infinity)
    )
    .render(width: 100, height: 12, options: .plain)
    #expect(
      text.contains("x range ignored") && text.contains("y range ignored"))
    let log = LinePlot(
      series: [Series(y: [1, 2])], yScale: .log10, yRange: -1...10
    )
    .render(width: 50, height: 12, options: .plain)
    #expect(log.contains("y range ignored"))
  }
}
