import Localization
import TermPlot

/// A yes-or-no question asked through the line reader, fitted to the width.
///
/// Readline wraps a prompt wherever the edge falls, mid-word; so the
/// question is broken by ``LineBreaker``, all its lines but the last are
/// written as output, and only the last is the prompt. That line keeps
/// ``answerRoom`` columns free for the answer and the cursor.
struct Question: Equatable {
  /// The lines written before the prompt.
  var lines: [String]
  /// The prompt: the question's last line and a space.
  var prompt: String

  /// Columns the prompt line leaves free for the answer ("yes" and the
  /// cursor).
  static let answerRoom = 4

  /// The answers that mean yes, whatever the language.
  static let yesWords: Set<String> = ["y", "yes", "是", "是的", "好"]

  /// `text` fitted to `width` columns.
  init(_ text: String, width: Int) {
    var lines = LineBreaker(width: width).lines(text)
    let last = lines.popLast() ?? ""
    // The prompt line: its text, a space, and the answer's room.
    let promptRoom = max(1, width - 1 - Self.answerRoom)
    var pieces = [last]
    if TextWidth.of(last) > promptRoom {
      pieces = LineBreaker(width: promptRoom).lines(last)
    }
    self.prompt = (pieces.popLast() ?? "") + " "
    self.lines = lines + pieces
  }

  /// Whether `answer` says yes; an empty answer means `byDefault`.
  static func isYes(_ answer: String, byDefault: Bool) -> Bool {
    let word = answer.filter { !$0.isWhitespace }.lowercased()
    return word.isEmpty ? byDefault : yesWords.contains(word)
  }
}

extension Shell {
  /// Asks `question`, followed by the answers (`[Y/n]` or `[y/N]`, the
  /// default in capitals, from `byDefault`), and reads the answer: true
  /// for yes, `byDefault` for an empty answer, false for anything else,
  /// Ctrl-C or the end of input.
  ///
  /// The one way the shell asks: every question is fitted to the width
  /// (``Question``).
  func ask(_ question: Message, byDefault: Bool = false) -> Bool {
    let asked =
      byDefault ? Message("\(question) [Y/n]") : Message("\(question) [y/N]")
    let question = Question(String(asked), width: display.columns)
    clearProgress()
    for line in question.lines { write(line + "\n") }
    guard case .line(let text) = reader.readLine(prompt: question.prompt)
    else { return false }
    return Question.isYes(text, byDefault: byDefault)
  }
}
