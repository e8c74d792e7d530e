import LessonKit
import TermPlot

/// Code as the learner sees it (a cell before it runs, a code block in
/// prose), each source line fitted to the width: a line too wide is broken
/// at spaces, and its continuation lines start with a mark (`↪`, ASCII
/// `>`) after the line's own indent, so they read as one line of code.
///
/// ```swift
/// CodeListing(width: 24, style: TextStyle(enabled: false), ascii: false)
///   .lines("h = fit(model, data, epochs=5)", gutter: "│ ", continuation: "│ ")
/// // ["│ h = fit(model, data,", "│ ↪ epochs=5)"]
/// ```
struct CodeListing {
  let width: Int
  let style: TextStyle
  let ascii: Bool

  /// The mark that starts a continuation line.
  var mark: String { ascii ? "> " : "↪ " }

  /// The display lines of one source line.
  ///
  /// The first comes after `gutter`, the others after `continuation`
  /// (gutters may be styled). With `dim` the code itself is dimmed.
  func lines(
    _ line: String, gutter: String, continuation: String, dim: Bool = false
  ) -> [String] {
    // An indent deeper than half the room is shown shallower.
    let room = width - TextWidth.of(gutter)
    let indentWidth = min(line.prefix { $0 == " " }.count, max(0, room / 2))
    let indent = String(repeating: " ", count: indentWidth)
    let body = String(line.drop { $0 == " " })
    let pieces = LineBreaker(width: width).pieces(
      body, first: room - indentWidth,
      rest: width - TextWidth.of(continuation) - indentWidth
        - TextWidth.of(mark))
    return pieces.indices.map { i in
      let text = dim ? style.dim(pieces[i]) : pieces[i]
      return i == 0
        ? gutter + indent + text
        : continuation + indent + style.dim(mark) + text
    }
  }
}

extension CodeListing {
  /// A lesson cell's lines with its file line numbers in a gutter, fitted
  /// to the display's width (a continuation has a blank number).
  static func cell(_ cell: LessonCell, display: ShellDisplay) -> [String] {
    let style = display.style
    let lines = cell.source.split(
      separator: "\n", omittingEmptySubsequences: false)
    let lastNumber = cell.line + max(lines.count - 1, 0)
    let numberWidth = String(lastNumber).count
    let bar = display.ascii ? "|" : "│"
    let listing = CodeListing(
      width: display.columns, style: style, ascii: display.ascii)
    let blank = style.dim(
      String(repeating: " ", count: numberWidth + 1) + bar + " ")
    return lines.enumerated().flatMap { offset, line in
      let number = String(cell.line + offset)
      let gutter =
        String(repeating: " ", count: numberWidth - number.count) + number + " "
        + bar + " "
      return listing.lines(
        String(line), gutter: style.dim(gutter), continuation: blank)
    }
  }
}
