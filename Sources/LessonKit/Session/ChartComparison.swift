import TermPlot

/// An earlier run's charts and what differs between that run and the next:
/// what `Session.comparison` shows beside a rerun cell's charts.
public struct ChartComparison: Sendable {
  /// The earlier run's charts, in the order the cell showed them.
  public var previous: [any Chart]
  /// What the legend calls the two runs (`lr=0.1`, `lr=0.5`).
  public var labels: RunLabels

  /// Creates a comparison.
  public init(previous: [any Chart], labels: RunLabels) {
    self.previous = previous
    self.labels = labels
  }
}

extension Interpreter {
  /// Records a chart the cell shows and returns what to draw: the chart
  /// beside the earlier run's chart in the same place, when there is one.
  func show(_ chart: any Chart) -> any Chart {
    let index = drawnCharts.count
    drawnCharts.append(chart)
    var shown = chart
    if let comparison, index < comparison.previous.count,
      let comparable = chart as? any ComparableChart,
      let compared = comparable.comparing(
        with: comparison.previous[index], labels: comparison.labels)
    {
      shown = compared
    }
    shownCharts.append(ShownChart(chart: shown, size: size))
    return shown
  }
}
