import LessonKit
import Localization
import TermPlot

/// Draws one presenter screen: the step number and title at the top, the
/// revealed prose, code and output in the middle, the keys at the bottom.
///
/// A pure function of the state and the display (whose width is the
/// screen's): long output is paged inside the rows left under the step's
/// prose and code, so the prose stays in view; only when prose and code
/// alone overflow is their beginning cut (and marked).
enum PresenterFrame {
  /// Rows a long output keeps at least, when prose and code are long.
  static let minimumOutputRows = 8

  /// The rows of the middle part for a screen `height` rows tall.
  static func bodyRows(height: Int) -> Int { max(height - 4, 1) }

  /// The frame: exactly `height` lines of at most the display's width.
  static func lines(
    _ state: PresenterState, display: ShellDisplay, height: Int,
    status: String? = nil
  ) -> [String] {
    let width = display.columns
    let style = display.style
    let ascii = display.ascii
    let rows = bodyRows(height: height)
    var top: [String] = []
    if state.lesson.steps.indices.contains(state.step) {
      let title = StepTitle.header(
        index: state.step, count: state.stepCount,
        title: state.lesson.steps[state.step].title)
      top.append(
        style.heading(TextWidth.truncate(title, to: width, ascii: ascii)))
    } else {
      top.append(style.heading(state.lesson.title))
    }
    top.append(
      style.dim(
        TextWidth.truncate(
          String(repeating: ascii ? "-" : "─", count: width), to: width,
          ascii: ascii)))
    let (body, page) = self.body(state, display: display, rows: rows)
    var bottom = [
      style.dim(String(repeating: ascii ? "-" : "─", count: width))
    ]
    let back = ascii ? "<-" : "←"
    let next = String(Message("Space")) + (ascii ? "/->" : "/→")
    // The keys in words, or without the words for next and back when
    // that does not fit (60 columns with a page number), or the keys alone
    // (40 columns with a page number).
    var keys = [
      String(
        Message("\(next) next · \(back) back · r rerun · e edit · q quit")),
      String(Message("\(next) · \(back) · r rerun · e edit · q quit")),
      String(Message("\(next) · \(back) · r · e · q")),
    ]
    if let page { keys = keys.map { page + " · " + $0 } }
    if let status { keys = [status] }
    let shown = keys.first { TextWidth.of($0) <= width } ?? keys[keys.count - 1]
    bottom.append(
      style.dim(TextWidth.truncate(shown, to: width, ascii: ascii)))
    return Array((top + body + bottom).prefix(height))
  }

  /// The revealed prose and code, and the revealed output (nil while the
  /// last stage shown is not an output).
  static func content(_ state: PresenterState, display: ShellDisplay) -> (
    pinned: [String], output: [String]?
  ) {
    var pinned: [String] = []
    var output: [String]?
    let prose = ProseRenderer(
      width: display.proseColumns, style: display.style, ascii: display.ascii)
    for stage in state.shown {
      switch stage {
      case .prose(let text):
        if !pinned.isEmpty { pinned.append("") }
        pinned += prose.render(text)
      case .code(let cell):
        if !pinned.isEmpty { pinned.append("") }
        pinned += CodeListing.cell(cell, display: display)
      case .output(let cell):
        let lines = state.outputs[cell.line] ?? []
        output =
          [""] + (lines.isEmpty ? [display.style.dim("(no output)")] : lines)
      }
    }
    return (pinned, output)
  }

  /// How many prose and code lines stay above a paged output.
  static func kept(pinned: Int, rows: Int) -> Int {
    min(pinned, max(rows - minimumOutputRows, 0))
  }

  /// The middle rows and, for a paged output, "output 2/3".
  static func body(
    _ state: PresenterState, display: ShellDisplay, rows: Int
  ) -> ([String], String?) {
    let (pinned, output) = content(state, display: display)
    let ellipsis = display.style.dim(display.ascii ? "..." : "⋮")
    func pad(_ lines: [String]) -> [String] {
      lines + Array(repeating: "", count: max(0, rows - lines.count))
    }
    guard let output else {
      // Prose and code only: the newest at the bottom when they overflow.
      if pinned.count <= rows { return (pad(pinned), nil) }
      return ([ellipsis] + pinned.suffix(rows - 1), nil)
    }
    if pinned.count + output.count <= rows {
      return (pad(pinned + output), nil)
    }
    // Output pages under the prose and code (cut from the top if they
    // leave fewer than minimumOutputRows).
    let keep = kept(pinned: pinned.count, rows: rows)
    var top = Array(pinned.suffix(keep))
    if keep < pinned.count, !top.isEmpty { top[0] = ellipsis }
    let page = max(rows - top.count, 1)
    let offset = min(state.outputOffset, max(output.count - 1, 0))
    let shown = Array(output[offset..<min(offset + page, output.count)])
    let pages = (output.count + page - 1) / page
    let label = "output \(offset / page + 1)/\(pages)"
    return (pad(top + shown), label)
  }

  /// How many output lines one page shows (what Space advances by); 0
  /// when the output fits without paging.
  static func outputPage(
    _ state: PresenterState, display: ShellDisplay, height: Int
  ) -> Int {
    let rows = bodyRows(height: height)
    let (pinned, output) = content(state, display: display)
    guard let output, pinned.count + output.count > rows else { return 0 }
    return max(rows - kept(pinned: pinned.count, rows: rows), 1)
  }
}
