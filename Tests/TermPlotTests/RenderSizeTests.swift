import Testing

@testable import TermPlot

/// Issue 15, item 2 and issue 13, item 4: one size per output, one clamp,
/// one terminal policy.
@Suite struct RenderSizeTests {
  @Test func chartsUseTheScreenWithASensibleAspectRatio() {
    #expect(
      RenderSize.forTerminal(columns: 80, rows: 24)
        == RenderSize(width: 80, height: 20))
    #expect(
      RenderSize.forTerminal(columns: 200, rows: 60)
        == RenderSize(width: 200, height: 56))
    #expect(
      RenderSize.forTerminal(columns: 60, rows: 20)
        == RenderSize(width: 60, height: 16))
    #expect(
      RenderSize.forTerminal(columns: 120, rows: 40)
        == RenderSize(width: 120, height: 36))
    // A wide, short terminal: the screen limits the height.
    #expect(RenderSize.forTerminal(columns: 200, rows: 30).height == 26)
    // A narrow, tall one: the aspect ratio does.
    #expect(RenderSize.forTerminal(columns: 60, rows: 60).height == 20)
    // A tiny one still gets the least height.
    #expect(RenderSize.forTerminal(columns: 40, rows: 8).height == 10)
  }

  @Test func fixedSidesWinAndEverySizeIsClampedOnce() {
    #expect(
      RenderSize.forTerminal(columns: 80, rows: 24, width: 100, height: 30)
        == RenderSize(width: 100, height: 30))
    #expect(RenderSize(width: 3, height: 1) == RenderSize(width: 20, height: 5))
    #expect(
      RenderSize(width: 5000, height: 5000)
        == RenderSize(
          width: RenderSize.widths.upperBound,
          height: RenderSize.heights.upperBound))
  }

  /// At 80×24 a four-series chart gets 20 rows: the legend and the plot
  /// both fit.
  @Test func fourSeriesAt80x24AreNotSqueezed() {
    let size = RenderSize.forTerminal(columns: 80, rows: 24)
    let chart = LinePlot(
      title: "four", xLabel: "epoch",
      series: (0..<4).map { k in
        Series(name: "series \(k)", y: (0..<30).map { Double($0 * (k + 1)) })
      })
    let text = chart.render(width: size.width, height: size.height)
    for k in 0..<4 { #expect(text.contains("series \(k)")) }
    // The plot area: rows between the title and the x axis.
    let rows = text.split(separator: "\n")
    #expect(rows.count == 20)
  }

  /// A legend that does not fit inside moves below the plot instead of
  /// vanishing (at 60×10 it used to vanish).
  @Test func legendMovesBelowInsteadOfVanishing() {
    let chart = LinePlot(
      title: "losses", xLabel: "epoch",
      series: (0..<4).map { k in
        Series(
          name: "run \(k)", y: (0..<30).map { Double(($0 * 7 + k * 13) % 17) })
      })
    for (width, height) in [(60, 10), (60, 16)] {
      let text = chart.render(width: width, height: height)
      for k in 0..<4 {
        #expect(text.contains("run \(k)"), "\(width)x\(height)")
      }
      #expect(text.contains("losses"))
    }
  }
}
