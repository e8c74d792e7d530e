import Foundation

@testable import TermPlot

/// Deterministic sample charts used by the golden and preview tests.
enum Samples {
  static var lossCurves: LinePlot {
    let train = (0..<40).map { 2.3 * exp(-Double($0) / 8) + 0.05 }
    let valid = (0..<40).map { (i: Int) -> Double in
      let t = Double(i)
      return 2.3 * exp(-t / 9) + 0.2 + 0.0004 * t * t
    }
    return LinePlot(
      title: "Training and validation loss", xLabel: "epoch", yLabel: "loss",
      series: [Series(name: "train", y: train), Series(name: "valid", y: valid)])
  }

  static var logLoss: LinePlot {
    let a = (1...60).map { 10 * pow(0.85, Double($0)) }
    var b = (1...60).map { 5 * pow(0.9, Double($0)) + 1e-3 }
    b[20] = .nan
    b[21] = .infinity
    b[40] = -1
    return LinePlot(
      title: "Log-scale loss with NaN, Inf and a negative value", xLabel: "step",
      yLabel: "loss", series: [Series(name: "sgd", y: a), Series(name: "adam", y: b)],
      yScale: .log10)
  }

  static var manySeries: LinePlot {
    let series = (0..<10).map { k in
      let ys = (0..<30).map { (i: Int) -> Double in
        sin(Double(i) / 5 + Double(k)) + Double(k) * 0.3
      }
      return Series(name: "s\(k)", y: ys)
    }
    return LinePlot(title: "Ten series", xLabel: "t", yLabel: "value", series: series)
  }

  static var gradientBars: BarChart {
    BarChart(
      title: "Gradient norm per layer (sigmoid, 10 layers)", xLabel: "norm",
      labels: (1...10).map { "layer \($0)" },
      values: (0..<10).map { 0.25 * pow(0.25, Double(9 - $0)) * 3 }, scale: .log10)
  }

  static var linearBars: BarChart {
    BarChart(
      title: "Test accuracy by model", xLabel: "accuracy",
      labels: ["linear", "mlp", "mlp + dropout", "mlp + weight decay", "broken"],
      values: [0.71, 0.86, 0.912, 0.9, .nan])
  }

  static var results: Table {
    Table(
      title: "Optimizers after 20 epochs",
      columns: [
        "optimizer", Table.Column("lr"), Table.Column("train loss", highlight: .min),
        Table.Column("test acc", highlight: .max), Table.Column("grad norm"),
      ],
      rows: [
        ["SGD", 0.1, 0.4123, 0.861, 1.2e-07],
        ["Momentum", 0.1, 0.2051, 0.902, 3.5e-3],
        ["Adam", 0.001, 0.0731, 0.9125, 0.25],
        ["RMSProp (diverged)", 0.01, .number(.nan), 0.1, .number(.infinity)],
      ])
  }

  static var all: [(String, any Chart)] {
    [
      ("line", lossCurves), ("line-log-nan", logLoss), ("line-many", manySeries),
      ("bars-log", gradientBars), ("bars", linearBars), ("table", results),
    ]
  }
}
