import Localization
import TermPlot

/// How output is drawn: its size, and whether escape codes, colour and
/// Unicode may be used.
///
/// Passed explicitly; nothing reads the terminal behind
/// the shell's back.
public struct ShellDisplay: Sendable {
  /// The terminal's columns and rows, asked afresh before each output (so
  /// a resize is honoured by the next one); nil when output is no terminal.
  public var terminal: @Sendable () -> (columns: Int, rows: Int)?
  /// A fixed width (`--width`), or nil for the terminal's.
  public var width: Int?
  /// A fixed chart height (`--height`, `set height N`), or nil to size
  /// charts to the terminal (`RenderSize.forTerminal`).
  public var height: Int?
  /// ANSI colour and bold/italic styling.
  public var color: Bool
  /// Only ASCII characters (no box drawing, no Unicode marks).
  public var ascii: Bool
  /// Output goes to a terminal: progress lines may be redrawn in place.
  public var interactive: Bool
  /// Training draws its chart as it goes (`set live off` turns it off);
  /// only on an interactive terminal whose size is known.
  public var liveCharts: Bool

  /// Creates a display description.
  public init(
    terminal: @escaping @Sendable () -> (columns: Int, rows: Int)?,
    width: Int? = nil, height: Int? = nil, color: Bool, ascii: Bool,
    interactive: Bool, liveCharts: Bool = true
  ) {
    self.terminal = terminal
    self.width = width
    self.height = height
    self.color = color
    self.ascii = ascii
    self.interactive = interactive
    self.liveCharts = liveCharts
  }

  /// A display of a fixed size, not measured from a terminal.
  public init(
    width: Int, height: Int? = nil, color: Bool, ascii: Bool,
    interactive: Bool
  ) {
    self.init(
      terminal: { nil }, width: width, height: height, color: color,
      ascii: ascii, interactive: interactive, liveCharts: false)
  }

  /// A fixed width without colour or escape codes: for files, pipes and tests.
  public static func plain(width: Int = 80, ascii: Bool = false) -> ShellDisplay
  {
    ShellDisplay(width: width, color: false, ascii: ascii, interactive: false)
  }

  /// The size of the next output, decided once for it: the fixed sides,
  /// the rest from the terminal (`RenderSize.forTerminal`), else 80 columns
  /// and `RenderSize.defaultHeight` rows.
  public func size() -> RenderSize {
    if let screen = terminal() {
      return .forTerminal(
        columns: screen.columns, rows: screen.rows, width: width,
        height: height)
    }
    return RenderSize(
      width: width ?? 80, height: height ?? RenderSize.defaultHeight)
  }

  /// The current width.
  var columns: Int { size().width }

  /// The width prose is wrapped to: the terminal's, but at most 100 columns.
  var proseColumns: Int { min(columns, 100) }

  /// True when training may draw a live chart: output is an interactive
  /// terminal whose size is known, and live charts are on.
  var drawsLiveCharts: Bool { interactive && liveCharts && terminal() != nil }

  var style: TextStyle { TextStyle(enabled: color) }
}

/// ANSI styling that does nothing when disabled.
struct TextStyle {
  let enabled: Bool

  func apply(_ code: String, _ text: String) -> String {
    enabled && !text.isEmpty ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }
  func bold(_ text: String) -> String { apply("1", text) }
  func dim(_ text: String) -> String { apply("2", text) }
  func italic(_ text: String) -> String { apply("3", text) }
  func heading(_ text: String) -> String { apply("1;36", text) }
  func code(_ text: String) -> String { apply("33", text) }
  func error(_ text: String) -> String { apply("1;31", text) }
  func success(_ text: String) -> String { apply("32", text) }
  /// "error: " in the current language: the label before every error
  /// the shell prints.
  var errorLabel: String { error(String(Message("error: "))) }
}
