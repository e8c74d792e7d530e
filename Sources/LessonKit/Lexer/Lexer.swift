/// Turns a cell's source text into tokens.
///
/// The lexer never fails: text it cannot read becomes an `.invalid` token
/// whose message the parser reports with the token's position. Newlines end
/// statements, except inside `( )`, `[ ]` and `{ }`, where they are ignored
/// so that long calls can span lines. `#` starts a comment to the end of the
/// line; `;` separates statements like a newline.
///
///     var lexer = Lexer("x = 1e-3 # the rate")
///     lexer.tokenize().map(\.kind)
///     // [.identifier("x"), .punctuation(.equal), .number(0.001), .endOfInput]
struct Lexer {
  private let scalars: [Unicode.Scalar]
  private var position = 0
  private var line = 1
  private var column = 1
  /// How many brackets are open; newlines inside brackets are not separators.
  private var bracketDepth = 0

  /// The longest string literal the lexer accepts, in characters.
  static let maximumStringLength = 100_000

  /// Creates a lexer over `source`.
  init(_ source: String) {
    self.scalars = Array(source.unicodeScalars)
  }

  /// All tokens up to and including `.endOfInput`.
  mutating func tokenize() -> [Token] {
    var tokens: [Token] = []
    while true {
      let token = next()
      tokens.append(token)
      if token.kind == .endOfInput { return tokens }
    }
  }

  private var location: SourceLocation {
    SourceLocation(offset: position, line: line, column: column)
  }

  private func peek(_ ahead: Int = 0) -> Unicode.Scalar? {
    position + ahead < scalars.count ? scalars[position + ahead] : nil
  }

  private mutating func advance() {
    guard position < scalars.count else { return }
    if scalars[position] == "\n" {
      line += 1
      column = 1
    } else {
      column += 1
    }
    position += 1
  }

  /// The next token; after the end, `.endOfInput` forever.
  mutating func next() -> Token {
    skipSpaceAndComments()
    let start = location
    guard let scalar = peek() else {
      return Token(
        kind: .endOfInput, range: SourceRange(start: start, end: start))
    }
    let kind: TokenKind
    if scalar == "\n" || scalar == ";" {
      advance()
      kind = .separator
    } else if isDigit(scalar) || (scalar == "." && peek(1).map(isDigit) == true)
    {
      kind = lexNumber()
    } else if isIdentifierStart(scalar) {
      kind = lexIdentifier()
    } else if scalar == "\"" || scalar == "'" {
      kind = lexString(quote: scalar)
    } else {
      kind = lexPunctuation(scalar)
    }
    return Token(kind: kind, range: SourceRange(start: start, end: location))
  }

  private mutating func skipSpaceAndComments() {
    while let scalar = peek() {
      if scalar == " " || scalar == "\t" || scalar == "\r" {
        advance()
      } else if scalar == "\n" && bracketDepth > 0 {
        advance()
      } else if scalar == "\\" && peek(1) == "\n" {
        advance()  // an explicit line continuation
        advance()
      } else if scalar == "#" {
        while let next = peek(), next != "\n" { advance() }
      } else {
        return
      }
    }
  }

  private mutating func lexNumber() -> TokenKind {
    var text = ""
    func digits(_ lexer: inout Lexer, into text: inout String) {
      while let scalar = lexer.peek(), isDigit(scalar) || scalar == "_" {
        if scalar != "_" { text.unicodeScalars.append(scalar) }
        lexer.advance()
      }
    }
    digits(&self, into: &text)
    if peek() == ".", let after = peek(1), isDigit(after) {
      text += "."
      advance()
      digits(&self, into: &text)
    }
    if let e = peek(), e == "e" || e == "E" {
      let sign = peek(1)
      let hasSign = sign == "+" || sign == "-"
      if let digit = peek(hasSign ? 2 : 1), isDigit(digit) {
        text += "e"
        advance()
        if hasSign, let sign {
          text.unicodeScalars.append(sign)
          advance()
        }
        digits(&self, into: &text)
      } else {
        advance()
        return .invalid(
          "malformed number: an exponent needs digits, as in `1e-3`")
      }
    }
    if let scalar = peek(), isIdentifierStart(scalar) {
      while let next = peek(), isIdentifierContinue(next) { advance() }
      return .invalid("malformed number: a number cannot run into letters")
    }
    if text.hasPrefix(".") { text = "0" + text }
    if text.hasSuffix(".") { text += "0" }
    guard let value = Double(text) else {
      return .invalid("malformed number")
    }
    return .number(value)
  }

  private mutating func lexIdentifier() -> TokenKind {
    var text = ""
    while let scalar = peek(), isIdentifierContinue(scalar) {
      text.unicodeScalars.append(scalar)
      advance()
    }
    if let keyword = Keyword.named(text) { return .keyword(keyword) }
    return .identifier(text)
  }

  private mutating func lexString(quote: Unicode.Scalar) -> TokenKind {
    advance()
    var text = ""
    var length = 0
    while let scalar = peek() {
      if scalar == quote {
        advance()
        guard length <= Lexer.maximumStringLength else {
          return .invalid(
            "string too long: at most \(Lexer.maximumStringLength) characters")
        }
        return .string(text)
      }
      if scalar == "\n" { break }
      advance()
      length += 1
      if scalar == "\\", let escaped = peek(), escaped != "\n" {
        advance()
        switch escaped {
        case "n": text += "\n"
        case "t": text += "\t"
        case "\\": text += "\\"
        case "'": text += "'"
        case "\"": text += "\""
        default:
          text += "\\"
          text.unicodeScalars.append(escaped)
        }
      } else if length <= Lexer.maximumStringLength {
        text.unicodeScalars.append(scalar)
      }
    }
    return .invalid(
      "unterminated string: add the closing \(quote) on the same line")
  }

  private mutating func lexPunctuation(_ scalar: Unicode.Scalar) -> TokenKind {
    let next = peek(1)
    let two: Punctuation? =
      switch (scalar, next) {
      case ("*", "*"): .starStar
      case ("=", "="): .equalEqual
      case ("!", "="): .notEqual
      case ("<", "="): .lessEqual
      case (">", "="): .greaterEqual
      case ("=", ">"): .arrow
      default: nil
      }
    if let two {
      advance()
      advance()
      return .punctuation(two)
    }
    if let one = Punctuation(rawValue: String(scalar)) {
      advance()
      switch one {
      case .leftParen, .leftBracket, .leftBrace: bracketDepth += 1
      case .rightParen, .rightBracket, .rightBrace:
        bracketDepth = max(0, bracketDepth - 1)
      default: break
      }
      return .punctuation(one)
    }
    advance()
    switch (scalar, next) {
    case ("&", "&"):
      advance()
      return .invalid("`&&` is written `and` here")
    case ("|", "|"):
      advance()
      return .invalid("`||` is written `or` here")
    case ("!", _):
      return .invalid("`!` is written `not` here")
    default:
      let shown =
        scalar.properties.isWhitespace || scalar.value < 32
        ? "U+\(String(scalar.value, radix: 16, uppercase: true))"
        : String(scalar)
      return .invalid("unexpected character `\(shown)`")
    }
  }
}

private func isDigit(_ scalar: Unicode.Scalar) -> Bool {
  scalar >= "0" && scalar <= "9"
}

private func isIdentifierStart(_ scalar: Unicode.Scalar) -> Bool {
  scalar == "_"
    || (scalar.isASCII
      ? (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z")
      : scalar.properties.isAlphabetic)
}

private func isIdentifierContinue(_ scalar: Unicode.Scalar) -> Bool {
  isIdentifierStart(scalar) || isDigit(scalar)
}
