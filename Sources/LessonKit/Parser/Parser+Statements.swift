extension Parser {
  /// Parses statements until end of input or one of `terminators`
  /// (left unconsumed).
  mutating func parseStatements(terminators: Set<Keyword>) -> [Stmt] {
    var statements: [Stmt] = []
    var progress = LoopProgress()
    while progress.evaluate(self) {
      skipSeparators()
      if atEnd { break }
      if case .keyword(let word) = current.kind, terminators.contains(word) {
        break
      }
      if case .keyword(let word) = current.kind,
        [.end, .elifKeyword, .elseKeyword].contains(word)
      {
        report(
          "`\(word.rawValue)` without a matching `\(word == .end ? "for`, `if` or `while" : "if")`",
          at: current.range)
        advance()
        continue
      }
      let before = diagnostics.count
      if let statement = parseStatement() {
        statements.append(statement)
      }
      // A statement ends at a separator, the end, or a block keyword.
      if current.kind == .separator || atEnd { continue }
      if case .keyword(let word) = current.kind, terminators.contains(word) {
        continue
      }
      if diagnostics.count == before {
        report(
          "unexpected \(current.quoted) after the statement; put each statement on its own line",
          at: current.range)
      }
      skipToSeparator()
    }
    return statements
  }

  /// Skips the rest of a broken statement.
  mutating func skipToSeparator() {
    while current.kind != .separator && !atEnd { advance() }
  }

  /// Parses one statement, or records a diagnostic and returns nil.
  mutating func parseStatement() -> Stmt? {
    let start = current
    if case .keyword(let word) = start.kind {
      switch word {
      case .forKeyword: return parseFor()
      case .ifKeyword: return parseIf()
      case .whileKeyword: return parseWhile()
      case .breakKeyword:
        advance()
        return .breakLoop(start.range)
      case .continueKeyword:
        advance()
        return .continueLoop(start.range)
      default: break
      }
    }
    let target = parseExpression()
    guard current.isPunctuation(.equal) else { return .expression(target) }
    let equals = current
    advance()
    skipSeparatorsAfterOperator()
    let value = parseExpression()
    switch target {
    case .name(let name, let range):
      return .assign(name, name: range, value)
    case .index(.name(let name, let nameRange), let index, _):
      return .assignIndex(name, name: nameRange, index: index, value)
    case .invalid:
      return nil
    default:
      report(
        "can only assign to a name (`x = …`) or an element (`xs[0] = …`); to compare, write `==`",
        at: equals.range)
      return nil
    }
  }

  /// Newlines may follow a binary operator, `=` or `=>`: `x = 1 +⏎ 2`.
  mutating func skipSeparatorsAfterOperator() {
    skipSeparators()
  }

  /// Consumes the optional `:` after a block header.
  private mutating func consumeBlockColon() {
    _ = consume(.colon)
  }

  /// Consumes the `end` of the block opened by `opener`.
  private mutating func expectEnd(opening opener: Token, name: String) {
    if consume(.end) { return }
    if atEnd {
      report("this `\(name)` block needs an `end`", at: opener.range)
    } else {
      reportExpected(
        "`end` to close the `\(name)` at line \(opener.range.start.line)")
    }
  }

  private mutating func parseFor() -> Stmt? {
    let opener = current
    advance()
    guard enterNesting() else {
      leaveNesting()
      return nil
    }
    defer { leaveNesting() }
    guard case .identifier(let name) = current.kind else {
      reportExpected("a loop variable name after `for`")
      return nil
    }
    let nameRange = current.range
    advance()
    guard consume(.inKeyword) else {
      reportExpected("`in` after the loop variable, as in `for x in xs:`")
      return nil
    }
    let iterable = parseExpression()
    consumeBlockColon()
    let body = parseStatements(terminators: [.end])
    let endRange = current.range
    expectEnd(opening: opener, name: "for")
    return .forLoop(
      name, name: nameRange, iterable, body, opener.range.joined(with: endRange)
    )
  }

  private mutating func parseIf() -> Stmt? {
    let opener = current
    advance()
    guard enterNesting() else {
      leaveNesting()
      return nil
    }
    defer { leaveNesting() }
    var branches: [Branch] = []
    var elseBody: [Stmt]?
    let condition = parseExpression()
    consumeBlockColon()
    branches.append(
      Branch(
        condition: condition,
        body: parseStatements(terminators: [.end, .elifKeyword, .elseKeyword])))
    var progress = LoopProgress()
    while current.isKeyword(.elifKeyword) && progress.evaluate(self) {
      advance()
      let condition = parseExpression()
      consumeBlockColon()
      branches.append(
        Branch(
          condition: condition,
          body: parseStatements(terminators: [.end, .elifKeyword, .elseKeyword])
        ))
    }
    if consume(.elseKeyword) {
      if current.isKeyword(.ifKeyword) {
        report("write `elif` instead of `else if`", at: current.range)
      }
      consumeBlockColon()
      elseBody = parseStatements(terminators: [
        .end, .elifKeyword, .elseKeyword,
      ])
      if current.isKeyword(.elifKeyword) || current.isKeyword(.elseKeyword) {
        report("`else` must be the last branch of an `if`", at: current.range)
      }
    }
    let endRange = current.range
    expectEnd(opening: opener, name: "if")
    return .ifChain(
      branches, else: elseBody, opener.range.joined(with: endRange))
  }

  private mutating func parseWhile() -> Stmt? {
    let opener = current
    advance()
    guard enterNesting() else {
      leaveNesting()
      return nil
    }
    defer { leaveNesting() }
    let condition = parseExpression()
    consumeBlockColon()
    let body = parseStatements(terminators: [.end])
    let endRange = current.range
    expectEnd(opening: opener, name: "while")
    return .whileLoop(condition, body, opener.range.joined(with: endRange))
  }
}
