import Foundation
import Testing

@testable import TermPlot

/// Log axes over less than a few decades: round non-decade ticks spread
/// over the whole range, at their log positions, parsed back from output.
@Suite struct LogTickTests {
  static let narrowRanges: [(Double, Double)] = [
    (0.71, 1.93), (0.3, 0.9), (0.5, 30), (2, 7), (0.012, 0.045), (3e-6, 8e-6),
    (140, 960),
  ]

  @Test(arguments: narrowRanges)
  func narrowLogAxesGetRoundTicksOverTheWholeRange(range: (Double, Double)) {
    for (cells, orientation) in [
      (50, AxisOrientation.horizontal(leftRoom: 3, rightRoom: 1)),
      (90, .horizontal(leftRoom: 3, rightRoom: 1)), (10, .vertical),
      (25, .vertical),
    ] {
      let axis = AxisBuilder.build(
        range: range, scale: .log10, cells: cells, orientation: orientation,
        ascii: true)
      let context = "\(range) \(cells) \(orientation)"
      #expect(axis.ticks.count >= 3, "\(context): \(axis.labels)")
      #expect(AxisBuilder.fits(axis, cells: cells, orientation: orientation))
      // The axis holds the data and pads it by at most 15%.
      let la = Foundation.log10(range.0)
      let lb = Foundation.log10(range.1)
      #expect(axis.lo <= la + 1e-9 && axis.hi >= lb - 1e-9, "\(context)")
      #expect((lb - la) / (axis.hi - axis.lo) >= 0.85 - 1e-9, "\(context)")
      // Ticks ascend, lie on the axis and span most of it.
      let logs = axis.ticks.map { Foundation.log10($0) }
      #expect(zip(logs, logs.dropFirst()).allSatisfy { $0 < $1 }, "\(context)")
      #expect(logs.allSatisfy { $0 >= axis.lo - 1e-9 && $0 <= axis.hi + 1e-9 })
      let span = axis.hi - axis.lo
      if let first = logs.first, let last = logs.last {
        #expect((last - first) / span >= 0.6, "\(context): \(axis.labels)")
      }
      // No stretch of the axis without a tick longer than half of it.
      let gaps = zip(logs.dropFirst(), logs).map { $0 - $1 }
      #expect((gaps.max() ?? 0) / span <= 0.5, "\(context): \(axis.labels)")
      // Round values: labels parse back to the ticks, two significant
      // digits at most.
      for (t, label) in zip(axis.ticks, axis.labels) {
        let v = Double(label) ?? .nan
        #expect(abs(v - t) <= t * 1e-9, "\(label) vs \(t)")
        let m = t / NumberFormat.pow10(Int(Foundation.log10(t).rounded(.down)))
        #expect(abs(m * 10 - (m * 10).rounded()) < 1e-6, "\(t) is not round")
      }
    }
  }

  @Test func wideLogAxesStillTickWholeDecades() {
    let axis = AxisBuilder.build(
      range: (0.002, 300), scale: .log10, cells: 50,
      orientation: .horizontal(leftRoom: 3, rightRoom: 1), ascii: true)
    #expect(axis.ticks.count >= 3)
    for t in axis.ticks {
      let e = Foundation.log10(t)
      #expect(abs(e - e.rounded()) < 1e-9, "\(t) is not a power of ten")
    }
  }

  /// Checks parsed (position, value) ticks against a log map fitted to the
  /// first and last: each within `tolerance` cells of its log position.
  static func onLogPositions(
    _ ticks: [(position: Int, value: Double)], tolerance: Double
  ) -> Bool {
    guard let a = ticks.first, let b = ticks.last, b.value != a.value else {
      return false
    }
    let slope =
      Double(b.position - a.position)
      / (Foundation.log10(b.value) - Foundation.log10(a.value))
    return ticks.allSatisfy { t in
      let expected =
        Double(a.position) + slope
        * (Foundation.log10(t.value) - Foundation.log10(a.value))
      return abs(expected - Double(t.position)) <= tolerance
    }
  }

  @Test func narrowLogBarChartTicksReachAcrossTheAxis() throws {
    let values = [0.71, 0.95, 1.2, 1.5, 1.93]
    let bars = BarChart(
      title: "ratios", xLabel: "ratio", labels: values.map { "v\($0)" },
      values: values, scale: .log10)
    for (w, h) in [(100, 30), (60, 15), (40, 10)] {
      let lines = LayoutTests.lines(
        bars.render(width: w, height: h, options: .plain))
      let corner = try #require(LayoutTests.axisCorner(lines))
      let axisRow = lines[corner.row]
      let tickRow = lines[corner.row + 1]
      var ticks: [(position: Int, value: Double)] = []
      for c in corner.column..<axisRow.count where axisRow[c] == "┬" {
        var s = c
        var e = c
        while s > 0 && tickRow[s - 1] != " " { s -= 1 }
        while e + 1 < tickRow.count && tickRow[e + 1] != " " { e += 1 }
        ticks.append((c, try #require(Double(String(tickRow[s...e])))))
      }
      #expect(ticks.count >= 3, "\(w)x\(h)")
      // Ticks reach into the right part of the axis (which starts a decade
      // below the smallest bar, at 0.1), not only its left part.
      let reach = Foundation.log10((ticks.last?.value ?? 0.1) / 0.1)
      #expect(
        reach >= 0.6 * Foundation.log10(1.93 / 0.1), "\(w)x\(h): \(ticks)")
      #expect((ticks.first?.value ?? 9) <= 0.8, "\(w)x\(h): \(ticks)")
      #expect(LogTickTests.onLogPositions(ticks, tolerance: 1), "\(ticks)")
    }
  }

  @Test func narrowLogLinePlotTicksAreSpreadOnLogPositions() throws {
    let ys = (0..<40).map { 0.3 + 0.6 * Double($0) / 39 }
    let plot = LinePlot(
      title: "narrow", xLabel: "x", yLabel: "y",
      series: [Series(name: "a", y: ys)], yScale: .log10)
    for (w, h) in [(100, 30), (60, 15), (40, 10)] {
      let lines = LayoutTests.lines(
        plot.render(width: w, height: h, options: .plain))
      let corner = try #require(LayoutTests.axisCorner(lines))
      var ticks: [(position: Int, value: Double)] = []
      for r in 1..<corner.row where lines[r][corner.column] == "┤" {
        let label = String(lines[r][0..<corner.column])
          .trimmingCharacters(in: .whitespaces)
        ticks.append((r, try #require(Double(label), "label \(label)")))
      }
      #expect(ticks.count >= 3, "\(w)x\(h)")
      #expect((ticks.first?.value ?? 0) >= 0.8, "\(w)x\(h): \(ticks)")
      #expect((ticks.last?.value ?? 1) <= 0.4, "\(w)x\(h): \(ticks)")
      #expect(LogTickTests.onLogPositions(ticks, tolerance: 1), "\(ticks)")
    }
  }

  @Test func endsThatPrintAlikeGetOneLabel() {
    // Too narrow for 1.000000025-style labels: the ends both print as 1.
    for scale in [Scale.log10, .linear] {
      let axis = AxisBuilder.build(
        range: (1, 1.0000001), scale: scale, cells: 40,
        orientation: .horizontal(leftRoom: 2, rightRoom: 1), ascii: true)
      #expect(Set(axis.labels).count == axis.labels.count, "\(axis.labels)")
      #expect(!axis.labels.isEmpty)
    }
  }
}
