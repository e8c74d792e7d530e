import Foundation
import Testing

@testable import TermPlot

/// Property-style tests: hostile numbers and sizes never trap, and every
/// output keeps the size and byte-class invariants.
@Suite struct RobustnessTests {
  static let nasty: [Double] = [
    .nan, .infinity, -.infinity, Double.leastNonzeroMagnitude,
    -Double.leastNonzeroMagnitude, 1e308, -1e308, 0, -0.0,
    .greatestFiniteMagnitude, .leastNormalMagnitude, 1, -1, 1e-300,
  ]

  /// Deterministic pseudo-random arrays mixing nasty and ordinary values.
  static func arrays(count: Int, seed: UInt64) -> [[Double]] {
    let u = Gallery.noise(count * 40, seed: seed)
    var result: [[Double]] = [
      [], [1], [.nan], [.infinity], [3, 3, 3],
      [Double.leastNonzeroMagnitude, Double.leastNonzeroMagnitude],
    ]
    for k in 0..<count {
      let n = Int(u[k] * 30)
      result.append(
        (0..<n).map { i in
          let r = u[(k * 31 + i) % u.count]
          return r < 0.4
            ? nasty[Int(r * 100) % nasty.count]
            : (r - 0.7) * pow(10, Double(Int(r * 600) % 40 - 20))
        })
    }
    return result
  }

  static let sizes = [
    (0, 0), (-5, 3), (3, -5), (1, 1), (2, 1), (5, 2), (12, 3), (20, 6), (30, 8),
    (60, 15), (Int.max, 2), (2, Int.max), (Int.min, Int.min),
  ]

  static func charts(for values: [Double]) -> [any Chart] {
    let xs = values.indices.map { values[($0 * 7) % values.count] }
    let field = Field(
      x: -1...1, y: -1...1,
      values: values.isEmpty
        ? [] : [values, values.reversed(), Array(values.prefix(3))])
    let traj = Trajectory(name: "t", x: xs, y: values)
    return [
      LinePlot(
        title: "t",
        series: [Series(name: "a", y: values), Series(name: "b", y: xs)]),
      LinePlot(series: [Series(y: values)], yScale: .log10),
      ScatterPlot(
        series: [Series(name: "p", y: values, x: xs)], lines: [Series(y: xs)],
        xScale: .log10),
      BarChart(labels: values.map { String($0) }, values: values),
      BarChart(labels: ["a", "b"], values: values, scale: .log10),
      Histogram(values: values),
      Histogram(values: values, bins: .count(0)),
      Histogram(values: values, bins: .edges([3, 1, .nan])),
      HeatMap(
        field: field, trajectories: [traj],
        points: [PointSet(name: "p", x: xs, y: values)]),
      ContourPlot(field: field, trajectories: [traj]),
      ContourPlot(field: field, levels: values),
      Table(
        title: "t", columns: ["a", "b"],
        rows: values.map { [.number($0), .text("x")] }),
      Sparkline(values: values),
    ]
  }

  @Test func hostileValuesAndSizesNeverTrap() {
    for values in RobustnessTests.arrays(count: 5, seed: 1) {
      for chart in RobustnessTests.charts(for: values) {
        for (w, h) in RobustnessTests.sizes {
          for options in [RenderOptions.color, .plain, .ascii] {
            let out = chart.render(width: w, height: h, options: options)
            let problems = OutputChecks.problems(
              out, width: w, height: h, options: options)
            #expect(
              problems.isEmpty,
              "\(type(of: chart)) \(w)x\(h) \(values): \(problems.prefix(3))")
          }
        }
      }
    }
  }

  @Test func hostileValuesNeverTrapSVG() {
    for values in RobustnessTests.arrays(count: 5, seed: 2) {
      for chart in RobustnessTests.charts(for: values) {
        for (w, h) in [(0, 0), (-3, 5), (1, 1), (60, 15), (Int.max, 3)] {
          let svg = chart.svg(width: w, height: h)
          #expect(
            svg.hasPrefix("<svg") && svg.hasSuffix("</svg>\n"),
            "\(type(of: chart))")
          // No coordinate is NaN or infinite.
          let attributes = svg.split(separator: "\"").enumerated().filter {
            $0.offset % 2 == 1
          }
          #expect(
            !attributes.contains {
              $0.element.lowercased().contains("nan")
                || $0.element.lowercased().contains("inf")
            },
            "\(type(of: chart)) \(values)")
        }
      }
    }
  }

  @Test func nanBreaksALine() {
    let plot = LinePlot(series: [Series(y: [0, 1, .nan, 1, 0])])
    let text = plot.render(width: 40, height: 10, options: .plain)
    #expect(text.contains("1 NaN omitted"))
    // The middle of the plot (where the NaN is) has an empty column.
    let rows = text.split(separator: "\n").map { Array($0) }
    let plotRows = rows.filter { $0.contains("┤") || $0.contains("│") }
    let corner = rows.first { $0.contains("└") }!.firstIndex(of: "└")!
    let width = rows[0].count - corner - 2
    let middle = corner + 1 + width / 2
    #expect(plotRows.allSatisfy { $0[middle] == " " })
  }

  @Test func infinityIsCountedNotDrawn() {
    let plot = LinePlot(series: [Series(y: [1, 2, .infinity, 3, -.infinity])])
    let text = plot.render(width: 50, height: 12, options: .ascii)
    #expect(text.contains("2 +-Inf omitted"))
    // The axis still spans the finite values only.
    #expect(text.contains("3.0+") && !text.contains("1e308"))
  }

  @Test func emptyAndConstantSeriesGetARange() {
    for series in [[], [7.0], [7.0, 7.0, 7.0], [0.0, 0.0]] {
      let text = LinePlot(title: "c", series: [Series(y: series)])
        .render(width: 40, height: 12, options: .ascii)
      let labels = text.split(separator: "\n").compactMap { line -> Double? in
        guard let plus = line.firstIndex(of: "+") else { return nil }
        return Double(line[..<plus].trimmingCharacters(in: .whitespaces))
      }
      #expect(labels.count >= 3, "\(series): \(text)")
      if let v = series.first {
        #expect(labels.min()! < v && labels.max()! > v)
      }
    }
  }
}

@Suite struct SeriesTests {
  @Test func mismatchedLengthsUseTheShorter() {
    let s = Series(y: [1, 2, 3], x: [0, 1])
    #expect(s.points.count == 2)
    let extent = [s].extent(xScale: .linear, yScale: .linear)
    #expect(extent.x! == (0, 1) && extent.y! == (1, 2))
  }
}
