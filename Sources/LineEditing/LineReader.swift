/// What reading one line from the user produced.
public enum LineInput: Equatable, Sendable {
  /// A complete line, without its newline.
  case line(String)
  /// Ctrl-C at the prompt: the line being typed is abandoned.
  case interrupted
  /// Ctrl-D on an empty line, or the end of piped input.
  case endOfInput
}

/// A source of input lines: the terminal through readline, piped standard
/// input, or a script in tests.
///
/// The shell sees only this protocol, so tests drive it with scripted lines.
public protocol LineReader: AnyObject {
  /// Shows `prompt` (where there is a terminal) and reads one line.
  func readLine(prompt: String) -> LineInput

  /// Records a line the user entered so that it can be recalled later.
  /// Readers without history ignore it.
  func addToHistory(_ line: String)

  /// Called on Tab with the whole line and the cursor position (in
  /// characters); returns candidate words for the word ending at the cursor.
  /// Readers without completion ignore it.
  var completer: ((_ line: String, _ cursor: Int) -> [String])? { get set }

  /// Offers `text` (one line) for editing in place at the next
  /// `readLine`, as if typed; false when the reader cannot.
  func prefillNextLine(_ text: String) -> Bool
}

extension LineReader {
  /// Does nothing: this reader keeps no history.
  public func addToHistory(_ line: String) {}

  /// Returns false: this reader cannot put text into the line.
  public func prefillNextLine(_ text: String) -> Bool { false }
}
