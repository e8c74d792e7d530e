import Foundation

@testable import TermPlot

/// Charts for the golden and preview tests: the gallery plus edge cases.
enum Samples {
  /// A rerun's before-and-after: the loss curves with a larger learning
  /// rate over the earlier run's, dotted.
  static var rerunLoss: any Chart {
    let before = Gallery.lossCurves
    var after = before
    after.series = before.series.map { series in
      Series(name: series.name, y: series.y.map { 0.6 * $0 + 0.1 })
    }
    return after.comparing(
      with: before, labels: RunLabels(previous: "lr=0.1", current: "lr=0.5"))
      ?? after
  }

  /// A rerun table: a column of the earlier values after each column of
  /// numbers.
  static var rerunTable: any Chart {
    let before = Gallery.results
    var after = before
    after.rows = before.rows.map { row in
      row.map { cell in
        if case .number(let value) = cell { return .number(value * 0.9) }
        return cell
      }
    }
    return after.comparing(
      with: before, labels: RunLabels(previous: "lr=0.1", current: "lr=0.5"))
      ?? after
  }

  static var manySeries: LinePlot {
    let series = (0..<10).map { k in
      let ys = (0..<30).map { (i: Int) -> Double in
        sin(Double(i) / 5 + Double(k)) + Double(k) * 0.3
      }
      return Series(name: "s\(k)", y: ys)
    }
    return LinePlot(
      title: "Ten series", xLabel: "t", yLabel: "value", series: series)
  }

  static var all: [(String, any Chart)] {
    Gallery.charts.map { ($0.name, $0.chart) } + [
      ("line-many", manySeries), ("line-rerun", rerunLoss),
      ("table-rerun", rerunTable),
    ]
  }
}
