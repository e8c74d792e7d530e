/// A table of numbers and text: decimal-aligned numeric columns formatted
/// per column, an optional title, an optional highlight of each column's
/// best value, box (Unicode) or ASCII borders, and Markdown output.
///
/// ```swift
/// let table = Table(
///   title: "Results",
///   columns: ["model", Table.Column("test loss", highlight: .min)],
///   rows: [["linear", 0.412], ["mlp", 0.0731]])
/// print(table.render(width: 80, options: .plain))
/// ```
public struct Table: Chart {
  /// Which value of a column to highlight.
  public enum Highlight: Sendable, Hashable {
    /// No highlight.
    case none
    /// The smallest finite value (a loss, an error).
    case min
    /// The largest finite value (an accuracy).
    case max
  }

  /// One column: its header and how its values are written.
  public struct Column: Sendable, ExpressibleByStringLiteral {
    /// The header text.
    public var name: String
    /// Alignment; nil aligns numbers on the decimal point and text left.
    public var alignment: Alignment?
    /// Significant digits for numbers (at least 1).
    public var significantDigits: Int
    /// Which value to highlight.
    public var highlight: Highlight

    /// Creates a column.
    public init(
      _ name: String, alignment: Alignment? = nil, significantDigits: Int = 4,
      highlight: Highlight = .none
    ) {
      self.name = name
      self.alignment = alignment
      self.significantDigits = significantDigits
      self.highlight = highlight
    }

    /// A column with default formatting, from its header.
    public init(stringLiteral value: String) {
      self.init(value)
    }
  }

  /// One cell: a number, text, or nothing.
  public enum Cell: Sendable, Hashable, ExpressibleByFloatLiteral,
    ExpressibleByIntegerLiteral, ExpressibleByStringLiteral
  {
    /// A number, formatted by its column.
    case number(Double)
    /// Text, shown as is (control characters become spaces).
    case text(String)
    /// An empty cell.
    case empty

    /// A number cell from a literal.
    public init(floatLiteral value: Double) { self = .number(value) }
    /// A number cell from an integer literal.
    public init(integerLiteral value: Int) { self = .number(Double(value)) }
    /// A text cell from a literal.
    public init(stringLiteral value: String) { self = .text(value) }
  }

  /// The title above the table.
  public var title: String?
  /// The columns, left to right.
  public var columns: [Column]
  /// The rows; a short row is padded with empty cells, extra cells ignored.
  public var rows: [[Cell]]

  /// Creates a table.
  public init(title: String? = nil, columns: [Column], rows: [[Cell]]) {
    self.title = title
    self.columns = columns
    self.rows = rows
  }

  /// Renders the table at its natural height, at most `width` columns wide
  /// (columns shrink, widest first, with "…" truncation, when it does not
  /// fit).
  ///
  /// Lines are as wide as the table, not padded to `width`.
  public func render(width: Int, options: RenderOptions) -> String {
    let lines = layoutLines(width: width, maxLines: nil, options: options)
    var grid = TextGrid(
      width: lines.map { TextWidth.of($0.text) }.max() ?? 0, height: lines.count
    )
    for (r, line) in lines.enumerated() { line.draw(into: &grid, row: r) }
    return grid.rendered(color: options.color)
  }

  /// Renders the table padded to exactly `height` lines of `width` columns;
  /// rows that do not fit are replaced by a "… N more rows" line.
  public func render(width: Int, height: Int, options: RenderOptions) -> String
  {
    var grid = TextGrid(width: width, height: height)
    let lines = layoutLines(
      width: grid.width, maxLines: grid.height, options: options)
    for (r, line) in lines.prefix(grid.height).enumerated() {
      line.draw(into: &grid, row: r)
    }
    return grid.rendered(color: options.color)
  }
}

/// A laid-out line of a table: text with coloured spans.
struct TableLine {
  var text: String
  var spans: [(start: Int, length: Int, ink: Ink)] = []

  func draw(into grid: inout TextGrid, row: Int) {
    grid.write(text, row: row, column: 0)
    for span in spans {
      for c in span.start..<(span.start + span.length) {
        if let ch = grid.character(row: row, column: c) {
          grid.set(ch, row: row, column: c, ink: span.ink)
        }
      }
    }
  }
}
