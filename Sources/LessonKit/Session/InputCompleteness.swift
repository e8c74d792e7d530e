/// Decides whether the text typed so far is an unfinished cell, one line at
/// a time.
///
/// The shell feeds each line of an entry as it is read; only the new line
/// is lexed, so a pasted block of n lines costs O(n) in all instead of
/// re-lexing the whole entry after every line. Tokens never span lines
/// (strings end at a newline, and a `\` continuation at the end of the text
/// is an invalid character until the next line arrives, which makes the
/// entry complete), so lexing line by line gives the same tokens as lexing
/// the whole entry.
///
///     var entry = InputCompleteness()
///     entry.append("for i in range(3):")
///     entry.needsMoreInput   // true
///     entry.append("end")
///     entry.needsMoreInput   // false
public struct InputCompleteness: Sendable {
  /// Open `for` / `if` / `while` blocks.
  private var blocks = 0
  /// Open brackets of any kind.
  private var brackets = 0
  /// The last token that is not a separator.
  private var last: TokenKind?
  /// Set once the entry is complete whatever follows: an invalid token, or
  /// more closings than openings.
  private var settled = false
  /// How many characters (Unicode scalars) have been lexed in all: the
  /// work done, which the tests hold to the entry's length.
  private(set) var scalarsLexed = 0

  /// An empty entry.
  public init() {}

  /// Adds the next line (or several lines) of the entry.
  ///
  /// - Complexity: O(length of `text`).
  public mutating func append(_ text: String) {
    guard !settled else { return }
    scalarsLexed += text.unicodeScalars.count
    var lexer = Lexer(text)
    while true {
      let token = lexer.next()
      if token.kind == .endOfInput { return }
      // Inside brackets or after `.`, a reserved word is a label or a
      // member (`f(end=10)`, `t.end`), not a block keyword.
      let isWord = brackets == 0 && last != .punctuation(.dot)
      switch token.kind {
      case .invalid:
        settled = true
        return
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
      if blocks < 0 || brackets < 0 {
        settled = true
        return
      }
      if token.kind != .separator { last = token.kind }
    }
  }

  /// True while the lines so far have an open block (`for`, `if`, `while`
  /// without its `end`), an open bracket, or end with an operator, `=`,
  /// `=>`, `,` or `.`.
  ///
  /// Text with a lexical error (an unterminated string) is complete, so
  /// the shell reports the error at once.
  public var needsMoreInput: Bool {
    if settled { return false }
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

  /// True while `source` is unfinished (the whole entry at once).
  static func needsMoreInput(_ source: String) -> Bool {
    var entry = InputCompleteness()
    entry.append(source)
    return entry.needsMoreInput
  }
}
