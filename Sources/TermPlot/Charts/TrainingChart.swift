import Localization

/// The picture of a training run: its loss curves, its accuracy curves when
/// there are any, and beside them a 2-D classifier's decision regions.
///
/// The x axes span epochs 1…`epochs` (the planned number), so while
/// training runs the curves grow from the left into a fixed frame: a live
/// chart is this chart redrawn with more data, and its last frame is the
/// chart of the finished run.
///
/// ```swift
/// TrainingChart(
///   epochs: 40,
///   losses: [Series(name: "train", y: train), Series(name: "test", y: test)],
///   accuracies: [Series(name: "test", y: accuracy)]
/// ).render(width: 120, height: 36, options: .plain)
/// ```
/// Panels are dropped as space runs out: the decision regions below 70
/// columns or 12 rows, the accuracy panel below 16 rows.
public struct TrainingChart: Chart {
  /// The number of epochs planned: the end of the x axes.
  public var epochs: Int
  /// The number of the first value (1 for epochs, 0 for the steps of an
  /// optimizer from its start): the start of the x axes.
  public var first: Int
  /// The loss curves, one value per epoch done (x `first`, `first` + 1, …
  /// unless given).
  public var losses: [Series]
  /// The accuracy curves (0…1), one value per epoch done; may be empty.
  public var accuracies: [Series]
  /// The decision regions and points of a 2-D classifier, or nil.
  public var boundary: HeatMap?
  /// What the x axes count ("epoch", "step").
  public var unit: String

  /// The least width at which the decision regions are drawn.
  public static let boundaryMinimumWidth = 70
  /// The least height at which the decision regions are drawn.
  public static let boundaryMinimumHeight = 12
  /// The least height at which loss and accuracy get a panel each.
  public static let stackedMinimumHeight = 16
  /// The y tick labels' column in both panels: wide enough for the labels
  /// of most losses (`0.6934`, `2.5e-4`), so that as the curves fall and the
  /// ticks change (`0.5` → `0.05`) the axes and titles stay in place, and
  /// the loss and accuracy axes line up.
  public static let yLabelWidth = 6

  /// Creates a training chart.
  public init(
    epochs: Int, losses: [Series], accuracies: [Series] = [],
    boundary: HeatMap? = nil, first: Int = 1,
    unit: String = String(Message("epoch"))
  ) {
    self.epochs = epochs
    self.first = first
    self.losses = losses
    self.accuracies = accuracies
    self.boundary = boundary
    self.unit = unit
  }

  /// Renders the chart; see ``Chart/render(width:height:options:)``.
  public func render(width: Int, height: Int, options: RenderOptions) -> String
  {
    let width = min(max(width, 0), TextGrid.maximumWidth)
    let height = min(max(height, 0), TextGrid.maximumHeight)
    guard width > 0, height > 0 else {
      return TextGrid(width: width, height: height).rendered(color: false)
    }
    let showsBoundary =
      boundary != nil && width >= Self.boundaryMinimumWidth
      && height >= Self.boundaryMinimumHeight
    // The regions get about a square in data units (a cell is twice as
    // tall as wide), with room for their axis labels, at most 2/5 of the
    // width.
    let boundaryWidth = showsBoundary ? min(width * 2 / 5, 2 * height + 14) : 0
    let curvesWidth = width - boundaryWidth - (showsBoundary ? 1 : 0)
    let range = Double(first)...Double(max(epochs, first + 1))
    // Values are per epoch, counted from `first`.
    let counted = { (series: [Series]) in
      series.map { series in
        var numbered = series
        if numbered.x == nil {
          numbered.x = series.y.indices.map { Double($0 + first) }
        }
        return numbered
      }
    }
    var panels: [(chart: LinePlot, height: Int)] = []
    let stacked = !accuracies.isEmpty && height >= Self.stackedMinimumHeight
    let lossHeight = stacked ? (height + 1) / 2 : height
    var loss = LinePlot(
      title: String(Message("loss")), xLabel: stacked ? nil : unit,
      series: counted(losses), xRange: range)
    loss.minimumYLabelWidth = Self.yLabelWidth
    panels.append((loss, lossHeight))
    if stacked {
      var accuracy = LinePlot(
        title: String(Message("accuracy")), xLabel: unit,
        series: counted(accuracies), xRange: range, yRange: 0...1)
      accuracy.minimumYLabelWidth = Self.yLabelWidth
      panels.append((accuracy, height - lossHeight))
    }
    var left: [Substring] = []
    for panel in panels {
      left += panel.chart.render(
        width: curvesWidth, height: panel.height, options: options
      ).split(separator: "\n", omittingEmptySubsequences: false)
    }
    guard showsBoundary, let boundary else {
      return left.joined(separator: "\n")
    }
    let right = boundary.render(
      width: boundaryWidth, height: height, options: options
    ).split(separator: "\n", omittingEmptySubsequences: false)
    return zip(left, right).map { $0 + " " + $1 }.joined(separator: "\n")
  }
}
