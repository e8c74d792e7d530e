import TermPlot

/// Rendering a 120×40 line plot of three series of 10,000 points each.
public struct PlotWorkload: Sendable {
  /// The plot to render.
  public let plot: LinePlot
  /// Terminal columns.
  public let width = 120
  /// Terminal rows.
  public let height = 40

  /// Three smooth, noisy curves (loss-like) of `points` points each.
  public init(points: Int = 10_000) {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func noise() -> Double {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Double(state >> 11) / Double(1 << 53) - 0.5
    }
    let series = (0..<3).map { index -> Series in
      let y = (0..<points).map { i -> Double in
        let t = Double(i) / Double(points)
        return (1 + Double(index)) * 1 / (1 + 20 * t) + 0.05 * noise()
      }
      return Series(name: ["train", "validation", "test"][index], y: y)
    }
    plot = LinePlot(
      title: "loss", xLabel: "step", yLabel: "loss", series: series)
  }

  /// Renders the plot once and returns the text's length (so the work is
  /// not optimized away).
  public func run() -> Int {
    plot.render(width: width, height: height, options: .plain).utf8.count
  }
}
