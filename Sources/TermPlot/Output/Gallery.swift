import Foundation
import Localization

/// One chart of each kind, on deterministic made-up data, for a demo, the
/// README and the golden tests.
///
/// ```swift
/// print(Gallery.render(width: 80, height: 24, options: .plain))
/// ```
public enum Gallery {
  /// The charts, each with a short name: line, line-log, scatter, bars,
  /// bars-log, histogram, heatmap, contour, classifier, grid-search, table,
  /// training (a fit's chart, as it is drawn live).
  public static var charts: [(name: String, chart: any Chart)] {
    [
      ("line", lossCurves), ("line-log", logLoss), ("scatter", polynomialFit),
      ("bars", accuracyBars), ("bars-log", gradientBars),
      ("histogram", weights),
      ("heatmap", heat), ("contour", contour), ("classifier", classifier),
      ("grid-search", gridSearch), ("table", results),
      ("training", training),
    ]
  }

  /// Every chart rendered at one size, separated by blank lines.
  public static func render(width: Int, height: Int, options: RenderOptions)
    -> String
  {
    charts.map {
      $0.chart.render(width: width, height: height, options: options)
    }
    .joined(separator: "\n\n")
  }

  /// A deterministic sequence in [0, 1) (a linear congruential generator).
  static func noise(_ n: Int, seed: UInt64) -> [Double] {
    var state = seed &* 0x9E37_79B9_7F4A_7C15 &+ 1
    return (0..<n).map { _ in
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Double(state >> 11) / Double(UInt64(1) << 53)
    }
  }

  /// Training and validation loss: the validation curve turns up.
  public static var lossCurves: LinePlot {
    let train = (0..<40).map { 2.3 * exp(-Double($0) / 8) + 0.05 }
    let valid = (0..<40).map { (i: Int) -> Double in
      let t = Double(i)
      return 2.3 * exp(-t / 9) + 0.2 + 0.0004 * t * t
    }
    return LinePlot(
      title: String(Message("Training and validation loss")),
      xLabel: String(Message("epoch")), yLabel: String(Message("loss")),
      series: [
        Series(name: String(Message("train")), y: train),
        Series(name: String(Message("valid")), y: valid),
      ])
  }

  /// A classifier's run halfway through: 24 of 40 epochs of losses and
  /// accuracies, and its decision regions (a frame of a live fit).
  public static var training: TrainingChart {
    let done = 24
    let train = (0..<done).map { 0.7 * exp(-Double($0) / 6) + 0.08 }
    let test = (0..<done).map { 0.7 * exp(-Double($0) / 7) + 0.12 }
    return TrainingChart(
      epochs: 40,
      losses: [
        Series(name: String(Message("train")), y: train),
        Series(name: String(Message("test")), y: test),
      ],
      accuracies: [
        Series(name: String(Message("train")), y: train.map { 1 - $0 }),
        Series(name: String(Message("test")), y: test.map { 1 - $0 }),
      ],
      boundary: classifier)
  }

  /// Two losses on a log axis, one with a NaN, an ∞ and a negative value.
  public static var logLoss: LinePlot {
    let a = (1...60).map { 10 * pow(0.85, Double($0)) }
    var b = (1...60).map { 5 * pow(0.9, Double($0)) + 1e-3 }
    b[20] = .nan
    b[21] = .infinity
    b[40] = -1
    return LinePlot(
      title: String(Message("Loss on a log scale")),
      xLabel: String(Message("step")), yLabel: String(Message("loss")),
      series: [Series(name: "sgd", y: a), Series(name: "adam", y: b)],
      yScale: .log10)
  }

  /// Noisy samples of sin 3x, a polynomial fit and the truth.
  public static var polynomialFit: ScatterPlot {
    let xs = (0..<20).map { -1 + 2 * Double($0) / 19 }
    let ys = zip(xs, noise(20, seed: 3)).map { x, u in
      sin(3 * x) + 0.3 * (u - 0.5)
    }
    let gx = (0..<100).map { -1 + 2 * Double($0) / 99 }
    let fit = gx.map { x in 2.6 * x - 3.9 * x * x * x + 1.3 * x * x * x * x * x
    }
    return ScatterPlot(
      title: String(Message("Noisy samples and a degree-5 fit")), xLabel: "x",
      yLabel: "y",
      series: [Series(name: String(Message("data")), y: ys, x: xs)],
      lines: [
        Series(name: String(Message("fit")), y: fit, x: gx),
        Series(
          name: String(Message("truth")), y: gx.map { sin(3 * $0) }, x: gx),
      ])
  }

  /// Test accuracy per model, one missing.
  public static var accuracyBars: BarChart {
    BarChart(
      title: String(Message("Test accuracy by model")),
      xLabel: String(Message("accuracy")),
      labels: [
        String(Message("linear")), "mlp", String(Message("mlp + dropout")),
        String(Message("mlp + weight decay")), String(Message("diverged")),
      ],
      values: [0.71, 0.86, 0.912, 0.9, .nan])
  }

  /// Vanishing gradients: norms per layer over six decades.
  public static var gradientBars: BarChart {
    BarChart(
      title: String(Message("Gradient norm per layer (sigmoid, 10 layers)")),
      xLabel: String(Message("norm")),
      labels: (1...10).map { String(Message("layer \($0)")) },
      values: (0..<10).map { 0.75 * pow(0.25, Double(9 - $0)) }, scale: .log10)
  }

  /// Roughly normal weights.
  public static var weights: Histogram {
    let u = noise(2000, seed: 11)
    let v = noise(2000, seed: 12)
    let normal = zip(u, v).map { a, b in
      sqrt(-2 * log(max(a, 1e-12))) * cos(2 * .pi * b) * 0.5
    }
    return Histogram(
      title: String(Message("Weights after training")),
      xLabel: String(Message("weight")),
      values: normal + [.nan, .infinity])
  }

  /// The ill-conditioned bowl 0.1x² + 2y².
  public static var bowl: Field {
    Field(x: -3...3, y: -2...2, columns: 61, rows: 41) { x, y in
      0.1 * x * x + 2 * y * y
    }
  }

  /// Gradient descent (with optional momentum) on the bowl from (−2.8, 1.6).
  public static func descent(lr: Double, momentum: Double, steps: Int)
    -> Trajectory
  {
    var (x, y, vx, vy) = (-2.8, 1.6, 0.0, 0.0)
    var xs = [x]
    var ys = [y]
    for _ in 0..<max(steps, 0) {
      vx = momentum * vx + 0.2 * x
      vy = momentum * vy + 4 * y
      x -= lr * vx
      y -= lr * vy
      xs.append(x)
      ys.append(y)
    }
    return Trajectory(
      name: momentum > 0 ? String(Message("momentum")) : String(Message("gd")),
      x: xs, y: ys)
  }

  /// The bowl as a heat map with gradient descent zig-zagging across it.
  public static var heat: HeatMap {
    HeatMap(
      title: String(Message("Loss 0.1x² + 2y² and gradient descent")),
      xLabel: "w1",
      yLabel: "w2",
      field: bowl, trajectories: [descent(lr: 0.45, momentum: 0, steps: 20)])
  }

  /// The bowl's contours with plain and momentum descent.
  public static var contour: ContourPlot {
    ContourPlot(
      title: String(Message("Contours with two optimizers")), xLabel: "w1",
      yLabel: "w2",
      field: bowl,
      trajectories: [
        descent(lr: 0.45, momentum: 0, steps: 20),
        descent(lr: 0.2, momentum: 0.7, steps: 25),
      ])
  }

  /// A circular decision boundary with the two classes' points.
  public static var classifier: HeatMap {
    let field = Field(x: -2...2, y: -2...2, columns: 41, rows: 41) { x, y in
      1 / (1 + exp(-(3 * x * x + 3 * y * y - 3)))
    }
    let u = noise(60, seed: 5)
    let v = noise(60, seed: 6)
    var inner = PointSet(name: String(Message("class 0")), x: [], y: [])
    var outer = PointSet(name: String(Message("class 1")), x: [], y: [])
    for i in 0..<60 {
      let r = i % 2 == 0 ? 0.6 * u[i] : 1.2 + 0.6 * u[i]
      let a = 2 * .pi * v[i]
      if i % 2 == 0 {
        inner.x.append(r * cos(a))
        inner.y.append(r * sin(a))
      } else {
        outer.x.append(r * cos(a))
        outer.y.append(r * sin(a))
      }
    }
    return HeatMap(
      title: String(Message("Decision boundary: p(class 1)")), xLabel: "x1",
      yLabel: "x2",
      field: field,
      points: [inner, outer])
  }

  /// A grid search: final loss over log₁₀ learning rate × momentum, as
  /// blocks, with the diverged runs (∞, NaN) marked.
  public static var gridSearch: HeatMap {
    let rates = (0..<5).map { -4 + Double($0) }  // 1e-4 … 1
    let momenta = [0.0, 0.5, 0.9]
    let values = momenta.map { m in
      rates.map { e -> Double in
        let effective = pow(10, e) / (1 - m)
        if effective > 2 { return m > 0.8 ? .nan : .infinity }
        return 0.05 + 2 * exp(-30 * effective) + 0.3 * effective
      }
    }
    return HeatMap(
      title: String(Message("Final loss: learning rate × momentum")),
      xLabel: "log10 lr",
      yLabel: "momentum",
      field: Field(
        x: -4...0, y: 0...0.9, values: values, interpolation: .nearest))
  }

  /// Optimizers compared, best train loss and test accuracy highlighted.
  public static var results: Table {
    Table(
      title: String(Message("Optimizers after 20 epochs")),
      columns: [
        Table.Column(String(Message("optimizer"))), "lr",
        Table.Column(String(Message("train loss")), highlight: .min),
        Table.Column(String(Message("test acc")), highlight: .max),
        Table.Column(String(Message("grad norm"))),
      ],
      rows: [
        ["SGD", 0.1, 0.4123, 0.861, 1.2e-07],
        [.text(String(Message("Momentum"))), 0.1, 0.2051, 0.902, 3.5e-3],
        ["Adam", 0.001, 0.0731, 0.9125, 0.25],
        [
          .text(String(Message("RMSProp (diverged)"))), 0.01, .number(.nan),
          0.1, .number(.infinity),
        ],
      ])
  }
}
