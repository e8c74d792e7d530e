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
  /// The last token, separators included.
  private var previous: TokenKind?
  /// Set once the entry is complete whatever follows: an invalid token, or
  /// more closings than openings.
  private var settled = false
  /// How many characters (Unicode scalars) have been lexed in all: the
  /// work done, which the tests hold to the entry's length.
  private(set) var scalarsLexed = 0
  /// The lines appended so far.
  private var lines = 0
  /// The blocks and brackets still open, innermost last.
  public private(set) var openings: [Opening] = []

  /// A block or bracket the entry has opened and not yet closed.
  public struct Opening: Sendable, Equatable {
    /// What opened it: `for`, `if`, `while`, `(`, `[` or `{`.
    public var opener: String
    /// The line of the entry it is on, from 1.
    public var line: Int

    /// What closes it: `end`, `)`, `]` or `}`.
    public var closer: String {
      switch opener {
      case "(": return ")"
      case "[": return "]"
      case "{": return "}"
      default: return "end"
      }
    }
  }

  /// An empty entry.
  public init() {}

  /// Adds the next line (or several lines) of the entry.
  ///
  /// - Complexity: O(length of `text`).
  public mutating func append(_ text: String) {
    guard !settled else { return }
    scalarsLexed += text.unicodeScalars.count
    // Each append starts a new line: what came before is a separator.
    if previous != nil { previous = .separator }
    let firstLine = lines
    lines += 1 + text.unicodeScalars.count { $0 == "\n" }
    var lexer = Lexer(text)
    while true {
      let token = lexer.next()
      if token.kind == .endOfInput { return }
      let line = firstLine + token.range.start.line
      // Inside brackets or after `.`, a reserved word is a label or a
      // member (`f(end=10)`, `t.end`), not a block keyword.
      let isWord = brackets == 0 && last != .punctuation(.dot)
      switch token.kind {
      case .invalid:
        settled = true
        return
      // An `if` after an operand is a conditional expression's
      // (`x if c else y`); after `else` it is Python's `else if`, which
      // the parser answers with `elif`, so it opens no block of its own.
      case .keyword(.ifKeyword)
      where isWord && !Self.endsOperand(previous)
        && previous != .keyword(.elseKeyword),
        .keyword(.forKeyword) where isWord,
        .keyword(.whileKeyword) where isWord:
        blocks += 1
        if case .keyword(let word) = token.kind {
          openings.append(Opening(opener: word.rawValue, line: line))
        }
      case .keyword(.end) where isWord:
        blocks -= 1
        // Blocks open only outside brackets, so the innermost opening is
        // the block this `end` closes (and for a closer, the bracket).
        _ = openings.popLast()
      case .punctuation(let mark)
      where [.leftParen, .leftBracket, .leftBrace].contains(mark):
        brackets += 1
        openings.append(Opening(opener: mark.rawValue, line: line))
      case .punctuation(.rightParen), .punctuation(.rightBracket),
        .punctuation(.rightBrace):
        brackets -= 1
        _ = openings.popLast()
      default: break
      }
      if blocks < 0 || brackets < 0 {
        settled = true
        return
      }
      if token.kind != .separator { last = token.kind }
      previous = token.kind
    }
  }

  /// The last token of the entry that is not a separator, as written, when
  /// it leaves the entry unfinished (`+`, `=`, `and`, `else`…); nil when
  /// the entry ends otherwise.
  public var trailingOperator: String? {
    guard !settled, let last else { return nil }
    switch last {
    case .punctuation(let mark)
    where ![.rightParen, .rightBracket, .rightBrace, .colon].contains(mark):
      return mark.rawValue
    case .keyword(let word)
    where [.and, .or, .not, .inKeyword, .ifKeyword, .elseKeyword].contains(
      word):
      return word.rawValue
    default:
      return nil
    }
  }

  /// True when `token` can end an operand, so an `if` after it starts a
  /// conditional expression (`x if c else y`), not an `if` block.
  static func endsOperand(_ token: TokenKind?) -> Bool {
    switch token {
    case .number, .string, .identifier, .keyword(.trueKeyword),
      .keyword(.falseKeyword), .keyword(.none), .punctuation(.rightParen),
      .punctuation(.rightBracket), .punctuation(.rightBrace):
      return true
    default:
      return false
    }
  }

  /// True while the lines so far have an open block (`for`, `if`, `while`
  /// without its `end`), an open bracket, or end with an operator, `=`,
  /// `=>`, `,`, `.`, or the `if` or `else` of a conditional expression.
  ///
  /// Text with a lexical error (an unterminated string) is complete, so
  /// the shell reports the error at once.
  public var needsMoreInput: Bool {
    if settled { return false }
    if blocks > 0 || brackets > 0 { return true }
    return trailingOperator != nil
  }

  /// True while `source` is unfinished (the whole entry at once).
  static func needsMoreInput(_ source: String) -> Bool {
    var entry = InputCompleteness()
    entry.append(source)
    return entry.needsMoreInput
  }
}
