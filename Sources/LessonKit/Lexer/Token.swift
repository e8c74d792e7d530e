import Localization

/// The reserved words of the lesson language.
enum Keyword: String, Sendable, CaseIterable {
  case forKeyword = "for"
  case inKeyword = "in"
  case ifKeyword = "if"
  case elifKeyword = "elif"
  case elseKeyword = "else"
  case whileKeyword = "while"
  case end
  case fn
  case and
  case or
  case not
  case trueKeyword = "true"
  case falseKeyword = "false"
  case none
  case breakKeyword = "break"
  case continueKeyword = "continue"

  /// Spellings accepted as well, for readers coming from Python.
  static let aliases: [String: Keyword] = [
    "True": .trueKeyword, "False": .falseKeyword, "None": .none,
  ]

  /// The keyword spelled `text`, if any.
  static func named(_ text: String) -> Keyword? {
    Keyword(rawValue: text) ?? aliases[text]
  }
}

/// The operators and punctuation of the lesson language.
enum Punctuation: String, Sendable, CaseIterable {
  case plus = "+"
  case minus = "-"
  case star = "*"
  case slash = "/"
  case starStar = "**"
  case caret = "^"
  case percent = "%"
  case equalEqual = "=="
  case notEqual = "!="
  case less = "<"
  case lessEqual = "<="
  case greater = ">"
  case greaterEqual = ">="
  case equal = "="
  case comma = ","
  case dot = "."
  case colon = ":"
  case leftParen = "("
  case rightParen = ")"
  case leftBracket = "["
  case rightBracket = "]"
  case leftBrace = "{"
  case rightBrace = "}"
  case arrow = "=>"
}

/// What a token is.
enum TokenKind: Sendable, Equatable {
  /// A number literal, already converted (`1e400` is `+infinity`).
  case number(Double)
  /// A string literal with its escapes resolved.
  case string(String)
  /// A name: a variable, a builtin, a member, a keyword argument.
  case identifier(String)
  /// A reserved word.
  case keyword(Keyword)
  /// An operator or punctuation mark.
  case punctuation(Punctuation)
  /// A newline or `;` that ends a statement.
  case separator
  /// Text the lexer could not read; the message says why.
  case invalid(Message)
  /// The end of the source.
  case endOfInput
}

/// One token of source text with the range it came from.
struct Token: Sendable, Equatable {
  /// What the token is.
  var kind: TokenKind
  /// Where it is in the cell.
  var range: SourceRange

  /// True when this token is the punctuation `mark`.
  func isPunctuation(_ mark: Punctuation) -> Bool {
    kind == .punctuation(mark)
  }

  /// True when this token is the keyword `word`.
  func isKeyword(_ word: Keyword) -> Bool {
    kind == .keyword(word)
  }

  /// How the token reads in an error message: `` `)` ``, `end of input`.
  var quoted: Message {
    switch kind {
    case .number(let value): return Message("number `\(formatNumber(value))`")
    case .string: return Message("a string")
    case .identifier(let name): return "`\(name)`"
    case .keyword(let word): return "`\(word.rawValue)`"
    case .punctuation(let mark): return "`\(mark.rawValue)`"
    case .separator: return Message("end of line")
    case .invalid: return Message("invalid text")
    case .endOfInput: return Message("end of input")
    }
  }
}
