import Localization
import TermPlot

/// An error in a cell: it could not be read (syntax) or failed while running.
///
/// `description` is what the learner sees: where, what, and the line itself
/// with a caret under the offending text:
///
///     line 1, column 8: unknown name `lrr`; did you mean `lr`?
///       fit(m, lrr * 2)
///              ^^^
public struct LessonError: Error, Sendable, Equatable, CustomStringConvertible {
  /// Which stage found the problem.
  public enum Kind: String, Sendable, Equatable {
    /// The text could not be read or parsed.
    case syntax
    /// The cell parsed but failed while running.
    case runtime
  }

  /// Which stage found the problem.
  public var kind: Kind
  /// The message, one or two plain sentences.
  public var message: String
  /// The file the cell came from (empty at the prompt).
  public var file: String
  /// The line in `file` (the cell's line plus the origin's), starting at 1.
  public var line: Int
  /// The column, starting at 1.
  public var column: Int
  /// The text of the offending line.
  public var sourceLine: String
  /// How many characters the caret underlines (at least 1).
  public var length: Int

  /// Creates an error.
  public init(
    kind: Kind, message: String, file: String, line: Int, column: Int,
    sourceLine: String, length: Int
  ) {
    self.kind = kind
    self.message = message
    self.file = file
    self.line = line
    self.column = column
    self.sourceLine = sourceLine
    self.length = max(1, length)
  }

  /// "file, line L, column C" or "line L, column C" at the prompt.
  public var location: String {
    let position = Message("line \(line), column \(column)")
    return String(file.isEmpty ? position : Message("\(file), \(position)"))
  }

  /// Columns the echoed line and caret may take, with their indent; the
  /// line is cut around the caret to fit (the session's width).
  public var width: Int = 80
  /// For an error inside a function's body: the call that ran it, in the
  /// cell that was running (the error's own location is in the body).
  public var callSite: CallSite?

  /// Where a failing function was called: a location and its line.
  public struct CallSite: Sendable, Equatable {
    /// The file (empty at the prompt).
    public var file: String
    /// The line in `file`, starting at 1.
    public var line: Int
    /// The column, starting at 1.
    public var column: Int
    /// The text of the calling line.
    public var sourceLine: String
    /// How many characters the caret underlines.
    public var length: Int
  }

  /// The most characters of a message shown; the middle of a longer one
  /// (a 10 MB name quoted in it) becomes "…".
  static let maximumMessageLength = 400

  /// The full report: location, message, the line and a caret, and for an
  /// error in a function's body the calling line too.
  public var description: String {
    var text =
      String(Message("\(location): \(LessonError.shortened(message))")) + "\n"
      + LessonError.echo(
        sourceLine, column: column, length: length, width: width)
    if let callSite {
      let position = Message(
        "line \(callSite.line), column \(callSite.column)")
      let place =
        callSite.file.isEmpty
        ? position : Message("\(callSite.file), \(position)")
      let calledAt = Message("called at \(place):")
      text +=
        "\n\(calledAt)\n"
        + LessonError.echo(
          callSite.sourceLine, column: callSite.column, length: callSite.length,
          width: width)
    }
    return text
  }

  /// `message`, its middle cut when longer than `maximumMessageLength`.
  static func shortened(_ message: String) -> String {
    let limit = maximumMessageLength
    guard message.unicodeScalars.count > limit else { return message }
    let scalars = Array(message.unicodeScalars)
    var text = String(String.UnicodeScalarView(scalars.prefix(limit * 3 / 4)))
    text += "…"
    text += String(String.UnicodeScalarView(scalars.suffix(limit / 4 - 1)))
    return text
  }

  /// The line, indented by two spaces, and a caret under `length`
  /// characters from `column`; a line wider than `width` is cut around the
  /// caret, with "…" where text was left out.
  static func echo(_ line: String, column: Int, length: Int, width: Int)
    -> String
  {
    var scalars = Array(line.unicodeScalars)
    var start = max(0, min(column - 1, scalars.count))
    var length = max(1, min(length, max(1, scalars.count - start)))
    let room = max(10, width - 2)
    if scalars.count > room {
      // Keep a third of the room before the caret, the rest after it.
      var from = max(0, start - room / 3)
      let to = min(scalars.count, from + room)
      from = max(0, min(from, to - room))
      let cutBefore = from > 0
      let cutAfter = to < scalars.count
      var window = Array(scalars[from..<to])
      if cutBefore { window[0] = "…" }
      if cutAfter { window[window.count - 1] = "…" }
      scalars = window
      start -= from
      length = max(1, min(length, scalars.count - start - (cutAfter ? 1 : 0)))
    }
    var indent = ""
    for character in scalars.prefix(start) {
      indent.unicodeScalars.append(character == "\t" ? "\t" : " ")
    }
    let shown = String(String.UnicodeScalarView(scalars))
    return "  \(shown)\n  \(indent)\(String(repeating: "^", count: length))"
  }

  /// The full report with the echoed lines fitted to `width` terminal
  /// columns (nil: the error's own `width`).
  public func description(width: Int?) -> String {
    var fitted = self
    if let width { fitted.width = width }
    return fitted.description
  }

  /// Builds an error for `range` in `source`, located in the file by `origin`.
  init(
    kind: Kind, message: String, range: SourceRange, source: String,
    origin: SourceOrigin
  ) {
    let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
    let lineIndex = min(max(range.start.line - 1, 0), max(lines.count - 1, 0))
    let text = lines.isEmpty ? "" : String(lines[lineIndex])
    let length =
      range.end.line == range.start.line
      ? range.end.column - range.start.column
      : text.unicodeScalars.count - (range.start.column - 1)
    self.init(
      kind: kind, message: message, file: origin.file,
      line: origin.line + range.start.line - 1, column: range.start.column,
      sourceLine: text.droppingCarriageReturn(), length: length)
  }
}

extension String {
  /// The line as written, minus a trailing carriage return.
  fileprivate func droppingCarriageReturn() -> String {
    hasSuffix("\r") ? String(dropLast()) : self
  }
}
