import LessonKit
import Localization

extension Shell {
  /// Says, after an empty line at the continuation prompt, why the entry
  /// goes on — which blocks and brackets are still open, and from which
  /// line, or the operator it ends with — and that Ctrl-C cancels it.
  func explainContinuation(_ entry: any EntryCompleteness) {
    hint(Self.continuationHelp(entry))
  }

  /// The text of `explainContinuation(_:)`.
  static func continuationHelp(_ entry: any EntryCompleteness) -> Message {
    // Brackets opened on one line read as one: `f(g([` needs `]))`.
    var groups: [(openers: String, closers: String, line: Int)] = []
    for opening in entry.openings {
      if let last = groups.last, last.line == opening.line,
        opening.closer != "end", last.closers.first != "e"
      {
        groups[groups.count - 1].openers += opening.opener
        groups[groups.count - 1].closers.insert(
          contentsOf: opening.closer, at: last.closers.startIndex)
      } else {
        groups.append((opening.opener, opening.closer, opening.line))
      }
    }
    var reasons = groups.reversed().map { group in
      Message(
        "`\(group.openers)` from line \(group.line) needs `\(group.closers)`")
    }
    if reasons.isEmpty, let mark = entry.trailingOperator {
      reasons.append(
        Message("The last line ends with `\(mark)`, so the entry goes on"))
    }
    guard !reasons.isEmpty else { return Message("Ctrl-C cancels the entry.") }
    let why = reasons.dropFirst().reduce(reasons[0]) {
      Message("\($0); \($1)")
    }
    return Message("\(why). Ctrl-C cancels the entry.")
  }
}
