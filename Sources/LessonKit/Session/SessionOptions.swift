import TermPlot

/// How a session draws its output and where it finds its data.
public struct SessionOptions: Sendable, Equatable {
  /// The size output is drawn at when a run is given none
  /// (`Session.run(_:origin:size:)`): columns for tables and charts, rows
  /// for a chart.
  public var size: RenderSize
  /// Columns available for tables and charts (`size.width`).
  public var width: Int { size.width }
  /// Rows available for a chart (`size.height`).
  public var height: Int { size.height }
  /// Draw with ASCII only (no braille or block characters).
  public var ascii: Bool
  /// ANSI colour may be used.
  public var color: Bool
  /// The seed of the session's random generator (and of `reset()`).
  public var seed: UInt64
  /// The folder `dataset("name")` reads `name.csv` from.
  public var datasetsDirectory: String
  /// True under `trainlab run`: no terminal, failed expectations fail the run.
  public var headless: Bool
  /// Bounds on the work one cell may do.
  public var limits: EvaluationLimits

  /// Creates options; every parameter has a sensible default.
  public init(
    width: Int = 80, height: Int = RenderSize.defaultHeight,
    ascii: Bool = false, color: Bool = false,
    seed: UInt64 = 0, datasetsDirectory: String = "datasets",
    headless: Bool = false,
    limits: EvaluationLimits = EvaluationLimits()
  ) {
    self.size = RenderSize(width: width, height: height)
    self.ascii = ascii
    self.color = color
    self.seed = seed
    self.datasetsDirectory = datasetsDirectory
    self.headless = headless
    self.limits = limits
  }
}
