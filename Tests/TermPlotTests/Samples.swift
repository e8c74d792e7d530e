import Foundation

@testable import TermPlot

/// Charts for the golden and preview tests: the gallery plus edge cases.
enum Samples {
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
    Gallery.charts.map { ($0.name, $0.chart) } + [("line-many", manySeries)]
  }
}
