import TermPlot

/// Where training draws its chart while it runs: the shell's live region
/// on a terminal (`Session.liveCharts`); nil draws nothing live.
///
/// `fit`, `minimize` and `cross_validate` ask `wantsFrame()` after each
/// epoch (or step) and build a frame only when it is true, so a display
/// that throttles by the wall clock costs the training nothing between
/// frames: frames are dropped, never epochs.
public protocol LiveChartDisplay: AnyObject {
  /// True when a frame shown now would be drawn.
  func wantsFrame() -> Bool
  /// Shows `chart`, the state of the training so far. The `final` frame
  /// (training ended or was stopped) is always shown and stays on screen,
  /// exactly as the chart of the finished run is drawn.
  func show(_ chart: any Chart, final: Bool)
}
