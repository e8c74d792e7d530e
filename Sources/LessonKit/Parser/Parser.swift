import Localization

/// Parses a cell's tokens into a `Program`.
///
/// The parser is a value whose consuming methods are `mutating`. It never
/// throws: a problem is recorded as a `Diagnostic` and the parser recovers at
/// the next statement, so one typo yields one clear message. Every loop
/// checks that it consumed a token (`LoopProgress`), and nesting deeper than
/// `maximumDepth` is refused, so no input can hang it or exhaust the stack.
///
///     var parser = Parser("x = 1 + 2 * 3")
///     let program = parser.parseProgram()   // [.assign("x", …)], no diagnostics
struct Parser {
  /// The deepest nesting of brackets, operators and blocks accepted.
  static let maximumDepth = EvaluationLimits.nesting

  var tokens: [Token]
  var index = 0
  var diagnostics: [Diagnostic] = []
  var depth = 0
  /// Set when nesting went too deep: the rest is skipped without more diagnostics.
  var abandoned = false

  /// Creates a parser over the tokens of `source`.
  init(_ source: String) {
    var lexer = Lexer(source)
    self.tokens = lexer.tokenize()
  }

  /// The token being looked at.
  var current: Token { tokens[index] }

  /// The token after the current one (or the end).
  var following: Token { tokens[min(index + 1, tokens.count - 1)] }

  /// True at the end of the tokens.
  var atEnd: Bool { current.kind == .endOfInput }

  /// Moves to the next token (never past the end).
  mutating func advance() {
    if index < tokens.count - 1 { index += 1 }
  }

  /// Consumes the current token when it is `mark`.
  mutating func consume(_ mark: Punctuation) -> Bool {
    guard current.isPunctuation(mark) else { return false }
    advance()
    return true
  }

  /// Consumes the current token when it is `word`.
  mutating func consume(_ word: Keyword) -> Bool {
    guard current.isKeyword(word) else { return false }
    advance()
    return true
  }

  /// Skips statement separators (newlines and `;`).
  mutating func skipSeparators() {
    while current.kind == .separator { advance() }
  }

  /// Records a diagnostic, reporting an invalid token's own message instead.
  mutating func report(_ message: Message, at range: SourceRange) {
    if abandoned { return }
    if case .invalid(let lexMessage) = current.kind, current.range == range {
      diagnostics.append(Diagnostic(message: String(lexMessage), range: range))
    } else {
      diagnostics.append(Diagnostic(message: String(message), range: range))
    }
  }

  /// Records "expected X, found Y" at the current token.
  mutating func reportExpected(_ what: Message) {
    report("expected \(what), found \(current.quoted)", at: current.range)
  }

  /// Enters one level of nesting; false (with a diagnostic) when too deep.
  mutating func enterNesting() -> Bool {
    depth += 1
    if depth > Parser.maximumDepth {
      if !diagnostics.contains(where: {
        $0.message.hasPrefix("too deeply nested")
      }) {
        report(
          "too deeply nested: at most \(Parser.maximumDepth) levels of brackets, operators and blocks",
          at: current.range)
      }
      index = tokens.count - 1  // abandon the rest: nothing sensible follows
      abandoned = true
      return false
    }
    return true
  }

  /// Leaves one level of nesting.
  mutating func leaveNesting() {
    depth -= 1
  }

  /// Parses the whole cell.
  mutating func parseProgram() -> Program {
    let statements = parseStatements(terminators: [])
    return Program(statements: statements, diagnostics: diagnostics)
  }
}

/// Guards a parser loop: each iteration must consume at least one token.
///
/// Modelled on swift-syntax's `LoopProgressCondition`: when an iteration
/// consumed nothing, the loop stops instead of spinning forever.
struct LoopProgress {
  private var lastIndex: Int?

  /// True when the parser moved since the previous call (always, the first time).
  mutating func evaluate(_ parser: Parser) -> Bool {
    defer { lastIndex = parser.index }
    guard let lastIndex else { return true }
    return parser.index > lastIndex
  }
}
