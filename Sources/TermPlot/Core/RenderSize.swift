/// The size one output is drawn at: the columns and the chart rows every
/// chart and table of that output gets.
///
/// The one owner of the limits and of the terminal-size policy: the shell
/// decides a size once per output (from `--width`/`--height`, its settings
/// or the terminal) and passes it down; nothing below picks its own.
public struct RenderSize: Sendable, Hashable {
  /// The widths output may be drawn at.
  public static let widths = 20...1000
  /// The chart heights output may be drawn at.
  public static let heights = 5...200
  /// The chart height when there is no terminal to measure (files, pipes,
  /// `trainlab run` into a file): the output stays the same everywhere.
  public static let defaultHeight = 20
  /// Lines of the screen a chart leaves free on a terminal: the prompt, the
  /// line that drew the chart and the progress line stay visible with it.
  public static let reservedRows = 4
  /// The least rows a chart gets on a terminal, however short it is.
  public static let smallestTerminalHeight = 10

  /// Columns.
  public let width: Int
  /// Rows of a chart.
  public let height: Int

  /// A size, each side clamped into `widths` and `heights` (the one clamp).
  public init(width: Int, height: Int) {
    self.width = min(max(width, Self.widths.lowerBound), Self.widths.upperBound)
    self.height = min(
      max(height, Self.heights.lowerBound), Self.heights.upperBound)
  }

  /// The size for a terminal of `columns` × `rows`, unless `width` or
  /// `height` fix a side.
  ///
  /// A chart gets the terminal's width and a height with a sensible aspect
  /// ratio: a terminal cell is about twice as tall as it is wide, so
  /// `columns / 3` rows look like a 3:2 landscape picture. It never takes
  /// more than the screen less `reservedRows`, nor fewer than
  /// `smallestTerminalHeight` rows. At 80×24 that is 80×20; at 200×60 it is
  /// 200×56; at 60×20 it is 60×16.
  public static func forTerminal(
    columns: Int, rows: Int, width: Int? = nil, height: Int? = nil
  ) -> RenderSize {
    let shownWidth = width ?? columns
    let chosen =
      height
      ?? max(
        smallestTerminalHeight,
        min(shownWidth / 3, rows - reservedRows))
    return RenderSize(width: shownWidth, height: chosen)
  }
}
