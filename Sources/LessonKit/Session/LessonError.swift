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
    let position = "line \(line), column \(column)"
    return file.isEmpty ? position : "\(file), \(position)"
  }

  /// The full report: location, message, the line and a caret.
  public var description: String {
    var indent = ""
    for (offset, character) in sourceLine.unicodeScalars.enumerated()
    where offset < column - 1 {
      indent.unicodeScalars.append(character == "\t" ? "\t" : " ")
    }
    let available = max(1, sourceLine.unicodeScalars.count - (column - 1))
    let caret = String(repeating: "^", count: min(length, available))
    return "\(location): \(message)\n  \(sourceLine)\n  \(indent)\(caret)"
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
