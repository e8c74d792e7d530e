import Localization

/// Words of other languages (mostly Python) a learner is likely to type,
/// each answered with the lab's own spelling: the one list behind the hints
/// of unknown names (`unknown name `lambda`: …`) and of Python statements
/// the parser meets (`def f(x):`, `import numpy`, `print x`).
enum PythonHabits {
  /// Each word and the lab's equivalent.
  static let words: [String: Message] = [
    "lambda": Message("functions are written `fn(x) => x**2`"),
    "def":
      Message(
        "functions are written `f = fn(x) => x**2`, one expression that can branch with `a if c else b`"
      ),
    "import": Message(
      "there is nothing to import, every builtin is always available"),
    "from": Message(
      "there is nothing to import, every builtin is always available"),
    "return": Message(
      "a function's body is one expression, written after `=>`"),
    "null": Message("the empty value is written `none`"),
    "nil": Message("the empty value is written `none`"),
    "elseif": Message("write `elif`"),
    "then": Message("write `:` after the condition"),
    "do": Message("write `:` after the loop header"),
  ]

  /// Words that begin a statement of another language when a name follows
  /// (`def f`, `import numpy`, `lambda x`) — two names side by side, which
  /// is never the lesson language — or, for `return`, a literal too.
  private static let statementWords: Set = ["def", "lambda", "import", "from"]

  /// The hint for the name `word` followed by `next`, when the two read as
  /// another language's statement; nil otherwise.
  static func hint(for word: String, followedBy next: TokenKind) -> Message? {
    let nameFollows: Bool
    let literalFollows: Bool
    switch next {
    case .identifier:
      nameFollows = true
      literalFollows = true
    case .number, .string, .keyword(.trueKeyword), .keyword(.falseKeyword),
      .keyword(.none):
      nameFollows = false
      literalFollows = true
    default: return nil
    }
    if word == "print" && literalFollows {
      return Message("`print` is a function here: write `print(x)`")
    }
    guard let text = words[word],
      statementWords.contains(word) && nameFollows
        || word == "return" && literalFollows
    else { return nil }
    return Message("`\(word)` is not part of this language; \(text)")
  }
}
