import Localization

extension Parser {
  /// Parses an expression: a `fn(…) => …` function, or an `or` chain,
  /// possibly the first branch of a conditional `a if c else b`.
  mutating func parseExpression() -> Expr {
    guard enterNesting() else {
      leaveNesting()
      let range = current.range
      if !atEnd { advance() }
      return .invalid(range)
    }
    defer { leaveNesting() }
    if current.isKeyword(.fn) { return parseFunction() }
    return parseConditional()
  }

  /// `a if c else b`, with Python's precedence: looser than `or`, so
  /// `a or b if c else d` is `(a or b) if c else d`; right-associative, so
  /// `a if c else b if d else e` is `a if c else (b if d else e)`, and the
  /// `else` branch may be a `fn`.
  private mutating func parseConditional() -> Expr {
    let value = parseOr()
    guard current.isKeyword(.ifKeyword) else { return value }
    advance()
    skipSeparatorsAfterOperator()
    let condition = parseOr()
    guard consume(.elseKeyword) else {
      reportExpected(
        "`else` and the value to use otherwise, as in `x if x > 0 else 0`")
      return .invalid(value.range.joined(with: current.range))
    }
    skipSeparatorsAfterOperator()
    let otherwise = parseExpression()
    return .conditional(
      value, condition: condition, otherwise,
      value.range.joined(with: otherwise.range))
  }

  private mutating func parseFunction() -> Expr {
    let start = current.range
    advance()
    guard consume(.leftParen) else {
      reportExpected("`(` after `fn`, as in `fn(x, y) => x + y`")
      return .invalid(start)
    }
    var parameters: [String] = []
    var progress = LoopProgress()
    while !current.isPunctuation(.rightParen) && !atEnd
      && progress.evaluate(self)
    {
      guard case .identifier(let name) = current.kind else {
        reportExpected("a parameter name")
        return .invalid(start.joined(with: current.range))
      }
      if parameters.contains(name) {
        report("parameter `\(name)` is listed twice", at: current.range)
      }
      parameters.append(name)
      advance()
      if !consume(.comma) { break }
    }
    guard consume(.rightParen) else {
      reportExpected("`)` after the parameters of `fn`")
      return .invalid(start.joined(with: current.range))
    }
    guard consume(.arrow) else {
      reportExpected("`=>` before the body of `fn`, as in `fn(x) => x**2`")
      return .invalid(start.joined(with: current.range))
    }
    skipSeparatorsAfterOperator()
    let body = parseExpression()
    return .function(parameters, body, start.joined(with: body.range))
  }

  private mutating func parseOr() -> Expr {
    parseLeftAssociative(
      { $0.isKeyword(.or) ? .or : nil }, operand: { $0.parseAnd() })
  }

  private mutating func parseAnd() -> Expr {
    parseLeftAssociative(
      { $0.isKeyword(.and) ? .and : nil }, operand: { $0.parseNot() })
  }

  private mutating func parseNot() -> Expr {
    guard current.isKeyword(.not) else { return parseComparison() }
    let start = current.range
    advance()
    guard enterNesting() else {
      leaveNesting()
      return .invalid(start)
    }
    defer { leaveNesting() }
    let operand = parseNot()
    return .unary(.not, operand, start.joined(with: operand.range))
  }

  private static let comparisons: [Punctuation: BinaryOperator] = [
    .equalEqual: .equal, .notEqual: .notEqual, .less: .less,
    .lessEqual: .lessEqual, .greater: .greater, .greaterEqual: .greaterEqual,
  ]

  /// `a < b`, and Python's chains `0 < x < 1` meaning `0 < x and x < 1`.
  private mutating func parseComparison() -> Expr {
    var left = parseAdditive()
    var comparisons: [ChainLink] = []
    var progress = LoopProgress()
    while case .punctuation(let mark) = current.kind,
      let op = Parser.comparisons[mark],
      progress.evaluate(self)
    {
      let opRange = current.range
      advance()
      skipSeparatorsAfterOperator()
      let right = parseAdditive()
      comparisons.append(
        ChainLink(
          op: .and, operatorRange: opRange,
          operand: .binary(
            op, left, right, operator: opRange,
            left.range.joined(with: right.range))))
      left = right
    }
    guard let first = comparisons.first else { return left }
    return Parser.chain(first.operand, Array(comparisons.dropFirst()))
  }

  /// `first` followed by `links`: itself, a `.binary` for one link, or a
  /// flat `.chain` for more.
  private static func chain(_ first: Expr, _ links: [ChainLink]) -> Expr {
    guard let last = links.last else { return first }
    let range = first.range.joined(with: last.operand.range)
    if links.count == 1 {
      return .binary(
        last.op, first, last.operand, operator: last.operatorRange, range)
    }
    return .chain(first, links, range)
  }

  private mutating func parseAdditive() -> Expr {
    parseLeftAssociative(
      punctuation([(.plus, .add), (.minus, .subtract)])
    ) { $0.parseMultiplicative() }
  }

  private mutating func parseMultiplicative() -> Expr {
    parseLeftAssociative(
      punctuation([
        (.star, .multiply), (.slash, .divide), (.percent, .remainder),
      ])
    ) { $0.parseUnary() }
  }

  /// Matches a token against punctuation operators of one precedence level.
  private func punctuation(_ operators: [(Punctuation, BinaryOperator)])
    -> (Token) -> BinaryOperator?
  {
    { token in operators.first { token.isPunctuation($0.0) }?.1 }
  }

  /// One left-associative precedence level: operands parsed by `operand`,
  /// joined by the operators `match` recognizes (`a - b - c` is
  /// `(a - b) - c`, `a or b or c` is `(a or b) or c`), as one flat chain.
  private mutating func parseLeftAssociative(
    _ match: (Token) -> BinaryOperator?,
    operand: (inout Parser) -> Expr
  ) -> Expr {
    let first = operand(&self)
    var links: [ChainLink] = []
    var progress = LoopProgress()
    while progress.evaluate(self) {
      guard let op = match(current) else { break }
      let opRange = current.range
      advance()
      skipSeparatorsAfterOperator()
      links.append(
        ChainLink(op: op, operatorRange: opRange, operand: operand(&self)))
    }
    return Parser.chain(first, links)
  }

  /// `-x`, `+x`; binds looser than `**`, so `-2**2` is -4 as in Python.
  private mutating func parseUnary() -> Expr {
    let op: UnaryOperator
    if current.isPunctuation(.minus) {
      op = .negate
    } else if current.isPunctuation(.plus) {
      op = .plus
    } else {
      return parsePower()
    }
    let start = current.range
    advance()
    guard enterNesting() else {
      leaveNesting()
      return .invalid(start)
    }
    defer { leaveNesting() }
    let operand = parseUnary()
    return .unary(op, operand, start.joined(with: operand.range))
  }

  /// `a ** b` and `a ^ b`, right-associative: `2**3**2` is `2**9`.
  private mutating func parsePower() -> Expr {
    let base = parsePostfix()
    guard current.isPunctuation(.starStar) || current.isPunctuation(.caret)
    else { return base }
    let opRange = current.range
    advance()
    skipSeparatorsAfterOperator()
    guard enterNesting() else {
      leaveNesting()
      return .invalid(opRange)
    }
    defer { leaveNesting() }
    let exponent = parseUnary()
    return .binary(
      .power, base, exponent, operator: opRange,
      base.range.joined(with: exponent.range))
  }

  /// A primary followed by any number of `.name`, `[index]` and `(args)`.
  private mutating func parsePostfix() -> Expr {
    var expr = parsePrimary()
    // Each `.name`, `[i]` and `(args)` nests the tree one level deeper (its
    // base is the expression so far), so each counts as one level.
    var levels = 0
    defer { depth -= levels }
    var progress = LoopProgress()
    while progress.evaluate(self) {
      if current.isPunctuation(.dot) || current.isPunctuation(.leftBracket)
        || current.isPunctuation(.leftParen)
      {
        levels += 1
        guard enterNesting() else { return .invalid(expr.range) }
      }
      if current.isPunctuation(.dot) {
        advance()
        let name: String
        switch current.kind {
        case .identifier(let identifier): name = identifier
        case .keyword(let word): name = word.rawValue
        default:
          reportExpected("a member name after `.`")
          return .invalid(expr.range.joined(with: current.range))
        }
        let nameRange = current.range
        advance()
        expr = .member(
          expr, name, name: nameRange, expr.range.joined(with: nameRange))
      } else if current.isPunctuation(.leftBracket) {
        expr = parseSubscript(of: expr)
      } else if current.isPunctuation(.leftParen) {
        expr = parseCall(of: expr)
      } else {
        break
      }
    }
    return expr
  }

  private mutating func parseSubscript(of base: Expr) -> Expr {
    let opener = current
    advance()
    var lower: Expr?
    if !current.isPunctuation(.colon) {
      lower = parseExpression()
    }
    if consume(.colon) {
      var upper: Expr?
      if !current.isPunctuation(.rightBracket) {
        upper = parseExpression()
      }
      let end = current.range
      expectCloser(.rightBracket, opener: opener)
      return .slice(base, lower, upper, base.range.joined(with: end))
    }
    let end = current.range
    expectCloser(.rightBracket, opener: opener)
    return .index(
      base, lower ?? .invalid(opener.range), base.range.joined(with: end))
  }

  private mutating func parseCall(of callee: Expr) -> Expr {
    let opener = current
    advance()
    var arguments: [Argument] = []
    var progress = LoopProgress()
    while !current.isPunctuation(.rightParen) && !atEnd
      && progress.evaluate(self)
    {
      if let label = argumentLabel(current), following.isPunctuation(.equal) {
        let labelRange = current.range
        advance()
        advance()
        arguments.append(
          Argument(
            label: label, labelRange: labelRange, value: parseExpression()))
      } else {
        arguments.append(
          Argument(label: nil, labelRange: nil, value: parseExpression()))
      }
      if !consume(.comma) { break }
    }
    let end = current.range
    expectCloser(.rightParen, opener: opener)
    return .call(callee, arguments, callee.range.joined(with: end))
  }

  /// The keyword-argument label `token` spells: a name, or a reserved word
  /// such as `end` (`lr_range(m, d, end=10)`).
  private func argumentLabel(_ token: Token) -> String? {
    switch token.kind {
    case .identifier(let name): return name
    case .keyword(let word): return word.rawValue
    default: return nil
    }
  }

  /// Consumes `closer`, or reports which bracket it should have closed.
  mutating func expectCloser(_ closer: Punctuation, opener: Token) {
    if consume(closer) { return }
    let at = Message(
      "line \(opener.range.start.line), column \(opener.range.start.column)")
    reportExpected(
      "`\(closer.rawValue)` to close the `\(Self.openerText(opener))` at \(at)")
  }

  private static func openerText(_ token: Token) -> String {
    if case .punctuation(let mark) = token.kind { return mark.rawValue }
    return "("
  }

  private mutating func parsePrimary() -> Expr {
    let token = current
    switch token.kind {
    case .number(let value):
      advance()
      return .number(value, token.range)
    case .string(let text):
      advance()
      return .string(text, token.range)
    case .identifier(let name):
      if let hint = PythonHabits.hint(for: name, followedBy: following.kind) {
        // Only the hint is worth reading: what follows is Python.
        report(hint, at: token.range)
        abandoned = true
        index = tokens.count - 1
        return .invalid(token.range)
      }
      advance()
      return .name(name, token.range)
    case .keyword(.trueKeyword):
      advance()
      return .bool(true, token.range)
    case .keyword(.falseKeyword):
      advance()
      return .bool(false, token.range)
    case .keyword(.none):
      advance()
      return .none(token.range)
    case .keyword(.fn):
      return parseExpression()
    case .punctuation(.leftParen):
      advance()
      let inner = parseExpression()
      let end = current.range
      expectCloser(.rightParen, opener: token)
      _ = end
      return inner
    case .punctuation(.leftBracket):
      return parseList()
    case .punctuation(.leftBrace):
      return parseRecord()
    case .invalid(let message):
      report(message, at: token.range)
      advance()
      return .invalid(token.range)
    default:
      reportExpected("an expression")
      if token.kind != .separator && !atEnd && !isBlockKeyword(token) {
        advance()
      }
      return .invalid(token.range)
    }
  }

  private func isBlockKeyword(_ token: Token) -> Bool {
    token.isKeyword(.end) || token.isKeyword(.elifKeyword)
      || token.isKeyword(.elseKeyword)
  }

  private mutating func parseList() -> Expr {
    let opener = current
    advance()
    var elements: [Expr] = []
    var progress = LoopProgress()
    while !current.isPunctuation(.rightBracket) && !atEnd
      && progress.evaluate(self)
    {
      elements.append(parseExpression())
      if !consume(.comma) { break }
    }
    let end = current.range
    expectCloser(.rightBracket, opener: opener)
    return .list(elements, opener.range.joined(with: end))
  }

  private mutating func parseRecord() -> Expr {
    let opener = current
    advance()
    var entries: [RecordEntry] = []
    var progress = LoopProgress()
    while !current.isPunctuation(.rightBrace) && !atEnd
      && progress.evaluate(self)
    {
      let key: String
      switch current.kind {
      case .identifier(let name): key = name
      case .string(let text): key = text
      case .keyword(let word): key = word.rawValue
      default:
        reportExpected("a key (a name or a string) in the record")
        skipPast(.rightBrace)
        return .invalid(opener.range)
      }
      advance()
      guard consume(.colon) else {
        reportExpected("`:` after the key `\(key)`, as in `{lr: 0.1}`")
        skipPast(.rightBrace)
        return .invalid(opener.range)
      }
      entries.append(RecordEntry(key: key, value: parseExpression()))
      if !consume(.comma) { break }
    }
    let end = current.range
    expectCloser(.rightBrace, opener: opener)
    return .record(entries, opener.range.joined(with: end))
  }

  private mutating func skipPast(_ closer: Punctuation) {
    while !atEnd && current.kind != .separator && !current.isPunctuation(closer)
    { advance() }
    _ = consume(closer)
  }
}
