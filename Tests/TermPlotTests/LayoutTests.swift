import Foundation
import Testing

@testable import TermPlot

/// Parses rendered plots back: tick positions, layout budget at 60×15,
/// legend placement and the degradation order.
@Suite struct LayoutTests {
  static func lines(_ s: String) -> [[Character]] {
    s.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0) }
  }

  /// The row of the x axis (the line starting the `└` corner) and its column.
  static func axisCorner(_ lines: [[Character]]) -> (row: Int, column: Int)? {
    for (r, line) in lines.enumerated() {
      if let c = line.firstIndex(of: "└") { return (r, c) }
    }
    return nil
  }

  @Test func tickLabelsSitWithinHalfACellOfTheirValues() throws {
    // y from 0 to 100 and x from 0 to 50: the axes span exactly these.
    let xs = (0...50).map(Double.init)
    let plot = LinePlot(
      title: "ticks", xLabel: "x", yLabel: "y",
      series: [Series(name: "ramp", y: xs.map { $0 * 2 }, x: xs)])
    for (w, h) in [(60, 15), (100, 30), (80, 24), (47, 13)] {
      let lines = LayoutTests.lines(
        plot.render(width: w, height: h, options: .plain))
      let corner = try #require(LayoutTests.axisCorner(lines))
      let top = 1
      let rows = corner.row - top
      let left = corner.column + 1
      let columns = lines[corner.row].count - left - 1
      // y labels: text left of a ┤ on plot rows.
      var yTicks: [(row: Int, value: Double)] = []
      for r in top..<corner.row where lines[r][corner.column] == "┤" {
        let label = String(lines[r][0..<corner.column]).trimmingCharacters(
          in: .whitespaces)
        yTicks.append((r - top, try #require(Double(label), "label \(label)")))
      }
      #expect(yTicks.count >= 3)
      let yLo = try #require(yTicks.map(\.value).min())
      let yHi = try #require(yTicks.map(\.value).max())
      #expect(yLo == 0 && yHi == 100)
      for t in yTicks {
        let f = (t.value - yLo) / (yHi - yLo)
        let truePosition = (1 - f) * Double(rows)  // from the top edge
        #expect(
          abs(Double(t.row) + 0.5 - truePosition) <= 0.5 + 0.125,
          "\(w)x\(h) y \(t)")
      }
      // x labels: centred under the ┬ marks, values at their columns.
      let tickRow = lines[corner.row + 1]
      var xTicks: [(column: Int, value: Double)] = []
      for c in left..<(left + columns) where lines[corner.row][c] == "┬" {
        // The label is the run of non-space characters around column c.
        var s = c
        var e = c
        while s > 0 && tickRow[s - 1] != " " { s -= 1 }
        while e + 1 < tickRow.count && tickRow[e + 1] != " " { e += 1 }
        let label = String(tickRow[s...e])
        #expect(
          abs((s + e) / 2 - c) <= 1, "label \(label) not centred on its tick")
        xTicks.append((c - left, try #require(Double(label))))
      }
      #expect(xTicks.count >= 3)
      for t in xTicks {
        let f = t.value / 50
        let truePosition = f * Double(columns)
        #expect(
          abs(Double(t.column) + 0.5 - truePosition) <= 0.5 + 0.25,
          "\(w)x\(h) x \(t)")
      }
    }
  }

  @Test func horizontalLineIsDrawnOnItsTickRow() throws {
    // A constant series at 50 among data from 0 to 100 sits on the row of "50".
    let plot = LinePlot(series: [
      Series(name: "a", y: [0, 100]), Series(name: "b", y: [50, 50]),
    ])
    let lines = LayoutTests.lines(
      plot.render(width: 60, height: 20, options: .plain))
    let row40 = try #require(lines.firstIndex { String($0).hasPrefix(" 50┤") })
    let line = String(lines[row40])
    // The flat series fills most of its row with braille.
    let braille = line.unicodeScalars.filter {
      $0.value >= 0x2800 && $0.value <= 0x28FF
    }.count
    #expect(braille > 40)
  }

  @Test func sixtyByFifteenKeepsEverything() throws {
    let text = Gallery.lossCurves.render(width: 60, height: 15, options: .plain)
    let lines = LayoutTests.lines(text)
    #expect(String(lines[0]).contains("Training and validation loss"))
    #expect(String(lines[0]).hasPrefix("loss"))
    #expect(text.contains("epoch"))
    #expect(text.contains("train") && text.contains("valid"))
    let corner = try #require(LayoutTests.axisCorner(lines))
    let rows = corner.row - 1
    let columns = lines[corner.row].count - corner.column - 1
    #expect(rows >= 9)
    #expect(columns >= 44)
    let yTicks = lines.filter { $0.contains("┤") }.count
    let xTicks = lines[corner.row].filter { $0 == "┬" }.count
    #expect(yTicks >= 3 && xTicks >= 3)
  }

  @Test func legendGoesOutsideWhenNoCornerIsFree() {
    // A series that passes through all four corners.
    let y = (0..<40).map { Double($0 % 2 == 0 ? 0 : 10) }
    let plot = LinePlot(series: [
      Series(name: "zigzag", y: y), Series(name: "flat", y: [5, 5]),
    ])
    let text = plot.render(width: 60, height: 20, options: .plain)
    let last = String(LayoutTests.lines(text).last!)
    #expect(last.contains("zigzag") && last.contains("flat"))
  }

  @Test func legendSitsInAnEmptyCorner() {
    let text = Gallery.lossCurves.render(width: 80, height: 24, options: .plain)
    let lines = LayoutTests.lines(text)
    // Top-right corner, inside the plot, not below it.
    #expect(String(lines[1]).hasSuffix("● train "))
    #expect(!String(lines.last!).contains("train"))
  }

  @Test func degradesLegendThenLabelsThenTitleThenSparkline() {
    let plot = Gallery.lossCurves
    func has(_ w: Int, _ h: Int, _ s: String) -> Bool {
      plot.render(width: w, height: h, options: .plain).contains(s)
    }
    #expect(
      has(60, 15, "train") && has(60, 15, "epoch") && has(60, 15, "Training"))
    // Small: legend gone first, labels and title kept.
    #expect(
      !has(60, 8, "train") && has(60, 8, "epoch") && has(60, 8, "Training"))
    // Smaller: labels gone, title kept.
    #expect(!has(60, 6, "epoch") && has(60, 6, "Training"))
    // Smallest plot: title gone.
    #expect(!has(60, 5, "Training") && has(60, 5, "┤"))
    // No room for axes: a sparkline on the first line.
    let tiny = plot.render(width: 12, height: 2, options: .plain)
    let first = String(
      tiny.split(separator: "\n", omittingEmptySubsequences: false)[0])
    #expect(
      first.unicodeScalars.allSatisfy {
        (0x2581...0x2588).contains($0.value) || $0 == " "
      })
    #expect(first.contains("█"))
  }

  @Test func scatterMarkersStayVisible() {
    // 30 points on distinct cells, with two lines drawn through them.
    let xs = (0..<30).map { Double($0) }
    let ys = xs.map { ($0 * 7).truncatingRemainder(dividingBy: 30) }
    let plot = ScatterPlot(
      series: [Series(name: "points", y: ys, x: xs)],
      lines: [Series(name: "a", y: ys, x: xs), Series(name: "b", y: xs, x: xs)])
    let text = plot.render(width: 100, height: 40, options: .plain)
    let markers = text.filter { $0 == "●" }.count - 1  // minus the legend's
    #expect(Double(markers) >= 0.9 * 30)
  }

  @Test func barsSitOnTheirLabelRows() {
    let bars = BarChart(labels: ["a", "bb", "ccc"], values: [1, 2, 3])
    let lines = LayoutTests.lines(
      bars.render(width: 40, height: 8, options: .ascii))
    for (i, label) in ["  a", " bb", "ccc"].enumerated() {
      let line = String(lines[i])
      #expect(line.hasPrefix(label + " |#"))
      #expect(
        line.contains(["1.00", "2.00", "3.00"][i])
          || line.contains(["1.0", "2.0", "3.0"][i]))
    }
  }

  @Test func tooManyBarsAreVisiblyTruncated() {
    let bars = BarChart(
      labels: (1...30).map { "b\($0)" }, values: (1...30).map(Double.init))
    let text = bars.render(width: 40, height: 10, options: .plain)
    #expect(text.contains("… 25 more") || text.contains("more"))
  }

  /// Issue 16, item 3: on a log axis the smallest bar is not empty; bars
  /// start a decade below the smallest value, so nearly equal values give
  /// nearly equal bars (lesson 05, step 4).
  @Test func logBarsStartADecadeBelowTheSmallestValue() {
    let bars = BarChart(
      labels: ["a", "b", "c"], values: [1.0, 1.1, 1.2], scale: .log10)
    for options in [RenderOptions.plain, .ascii] {
      let lines = LayoutTests.lines(
        bars.render(width: 60, height: 10, options: options))
      let lengths = lines.prefix(3).map { line in
        line.filter { "█▏▎▍▌▋▊▉#".contains($0) }.count
      }
      #expect(lengths.allSatisfy { $0 >= 20 }, "\(lengths)")
      #expect(lengths == lengths.sorted())
      #expect(lengths[2] - lengths[0] <= lengths[0] / 5, "\(lengths)")
    }
    #expect(BarChart.axisRange([1.0, 1.1, 1.2], scale: .log10)! == (0.1, 1.2))
    #expect(BarChart.axisRange([0.71, 3], scale: .log10)! == (0.1, 3))
    #expect(BarChart.axisRange([4.6e-9, 0.3], scale: .log10)!.0 == 1e-9)
    #expect(BarChart.axisRange([-2, 3], scale: .linear)! == (-2, 3))
  }

  @Test func logBarsStartAtTheAxisLowerBound() {
    let bars = BarChart(
      labels: ["tiny", "big", "zero"], values: [1e-9, 1, 0], scale: .log10)
    let text = bars.render(width: 60, height: 10, options: .ascii)
    #expect(text.contains("1 point <= 0 omitted"))
    let tiny = String(LayoutTests.lines(text)[0])
    #expect(tiny.contains("1.00e-9"))
  }
}
