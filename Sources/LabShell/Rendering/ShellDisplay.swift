/// How output is drawn: the width, and whether escape codes, colour and
/// Unicode may be used.
///
/// Passed explicitly; nothing reads the terminal behind
/// the shell's back.
public struct ShellDisplay: Sendable {
  /// Returns the current width in columns (asked before each output, so a
  /// terminal resize is honoured by the next output).
  public var width: @Sendable () -> Int
  /// ANSI colour and bold/italic styling.
  public var color: Bool
  /// Only ASCII characters (no box drawing, no Unicode marks).
  public var ascii: Bool
  /// Output goes to a terminal: progress lines may be redrawn in place.
  public var interactive: Bool

  /// Creates a display description.
  public init(
    width: @escaping @Sendable () -> Int, color: Bool, ascii: Bool,
    interactive: Bool
  ) {
    self.width = width
    self.color = color
    self.ascii = ascii
    self.interactive = interactive
  }

  /// A fixed width without colour or escape codes: for files, pipes and tests.
  public static func plain(width: Int = 80, ascii: Bool = false) -> ShellDisplay
  {
    ShellDisplay(
      width: { width }, color: false, ascii: ascii, interactive: false)
  }

  /// The current width, at least 20 columns.
  var columns: Int { max(20, width()) }

  /// The width prose is wrapped to: the terminal's, but at most 100 columns.
  var proseColumns: Int { min(columns, 100) }

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
}
