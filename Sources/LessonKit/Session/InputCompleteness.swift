/// Decides whether the text typed so far is an unfinished cell.
enum InputCompleteness {
  /// True while `source` has an open block (`for`, `if`, `while` without its
  /// `end`), an open bracket, or ends with an operator, `=`, `=>`, `,` or
  /// `.`.
  ///
  /// Text with a lexical error (an unterminated string) is complete, so
  /// the shell reports the error at once.
  static func needsMoreInput(_ source: String) -> Bool {
    var lexer = Lexer(source)
    let tokens = lexer.tokenize()
    var blocks = 0
    var brackets = 0
    var last: TokenKind?
    for token in tokens {
      // Inside brackets or after `.`, a reserved word is a label or a
      // member (`f(end=10)`, `t.end`), not a block keyword.
      let isWord = brackets == 0 && last != .punctuation(.dot)
      switch token.kind {
      case .invalid: return false
      case .keyword(.forKeyword) where isWord,
        .keyword(.ifKeyword) where isWord, .keyword(.whileKeyword) where isWord:
        blocks += 1
      case .keyword(.end) where isWord: blocks -= 1
      case .punctuation(.leftParen), .punctuation(.leftBracket),
        .punctuation(.leftBrace):
        brackets += 1
      case .punctuation(.rightParen), .punctuation(.rightBracket),
        .punctuation(.rightBrace):
        brackets -= 1
      default: break
      }
      if blocks < 0 || brackets < 0 { return false }
      if token.kind != .separator && token.kind != .endOfInput {
        last = token.kind
      }
    }
    if blocks > 0 || brackets > 0 { return true }
    switch last {
    case .punctuation(let mark):
      return ![.rightParen, .rightBracket, .rightBrace, .colon].contains(mark)
    case .keyword(.and), .keyword(.or), .keyword(.not), .keyword(.inKeyword):
      return true
    default:
      return false
    }
  }
}
