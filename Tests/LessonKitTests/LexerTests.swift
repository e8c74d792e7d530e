import Testing

@testable import LessonKit

@Suite struct LexerTests {
  private func kinds(_ source: String) -> [TokenKind] {
    var lexer = Lexer(source)
    return lexer.tokenize().map(\.kind)
  }

  @Test func assignmentWithComment() {
    #expect(
      kinds("x = 1e-3 # the rate") == [
        .identifier("x"), .punctuation(.equal), .number(0.001), .endOfInput,
      ])
  }

  @Test(arguments: [
    ("42", 42.0), ("3.25", 3.25), (".5", 0.5), ("1e3", 1000), ("1E+2", 100),
    ("2.5e-1", 0.25),
    ("1_000", 1000), ("0", 0),
  ])
  func numbers(source: String, value: Double) {
    #expect(kinds(source) == [.number(value), .endOfInput])
  }

  @Test func hugeNumberIsInfinity() {
    #expect(kinds("1e400") == [.number(.infinity), .endOfInput])
    #expect(kinds("1e-400") == [.number(0), .endOfInput])
  }

  @Test func malformedNumbers() {
    #expect(
      kinds("1e") == [
        .invalid("malformed number: an exponent needs digits, as in `1e-3`"),
        .endOfInput,
      ])
    #expect(
      kinds("12abc") == [
        .invalid("malformed number: a number cannot run into letters"),
        .endOfInput,
      ])
  }

  @Test func strings() {
    #expect(kinds("'a' \"b\"") == [.string("a"), .string("b"), .endOfInput])
    #expect(
      kinds(#""tab\there\n\"q\" \\ \d""#) == [
        .string("tab\there\n\"q\" \\ \\d"), .endOfInput,
      ])
    #expect(kinds("'it\\'s'") == [.string("it's"), .endOfInput])
  }

  @Test func unterminatedString() {
    #expect(
      kinds("'abc\nx") == [
        .invalid("unterminated string: add the closing ' on the same line"),
        .separator, .identifier("x"),
        .endOfInput,
      ])
  }

  @Test func keywordsAndPythonSpellings() {
    #expect(
      kinds(
        "for in if elif else while end fn and or not true false none break continue"
      ) == [
        .keyword(.forKeyword), .keyword(.inKeyword), .keyword(.ifKeyword),
        .keyword(.elifKeyword),
        .keyword(.elseKeyword), .keyword(.whileKeyword), .keyword(.end),
        .keyword(.fn), .keyword(.and),
        .keyword(.or), .keyword(.not), .keyword(.trueKeyword),
        .keyword(.falseKeyword), .keyword(.none),
        .keyword(.breakKeyword), .keyword(.continueKeyword), .endOfInput,
      ])
    #expect(
      kinds("True False None") == [
        .keyword(.trueKeyword), .keyword(.falseKeyword), .keyword(.none),
        .endOfInput,
      ])
  }

  @Test func everyOperator() {
    let source = "+ - * / ** ^ % == != < <= > >= = , . : ( ) [ ] { } =>"
    let expected: [Punctuation] = [
      .plus, .minus, .star, .slash, .starStar, .caret, .percent, .equalEqual,
      .notEqual, .less, .lessEqual,
      .greater, .greaterEqual, .equal, .comma, .dot, .colon, .leftParen,
      .rightParen, .leftBracket,
      .rightBracket, .leftBrace, .rightBrace, .arrow,
    ]
    #expect(kinds(source) == expected.map { .punctuation($0) } + [.endOfInput])
  }

  @Test func separators() {
    #expect(
      kinds("a\nb; c") == [
        .identifier("a"), .separator, .identifier("b"), .separator,
        .identifier("c"), .endOfInput,
      ])
  }

  @Test func newlinesInsideBracketsAreIgnored() {
    #expect(
      kinds("f(1,\n 2)\n[3,\n4]") == [
        .identifier("f"), .punctuation(.leftParen), .number(1),
        .punctuation(.comma), .number(2),
        .punctuation(.rightParen), .separator, .punctuation(.leftBracket),
        .number(3), .punctuation(.comma),
        .number(4), .punctuation(.rightBracket), .endOfInput,
      ])
  }

  @Test func backslashContinuesALine() {
    #expect(
      kinds("1 +\\\n2") == [
        .number(1), .punctuation(.plus), .number(2), .endOfInput,
      ])
  }

  @Test func helpfulInvalidCharacters() {
    #expect(kinds("a && b")[1] == .invalid("`&&` is written `and` here"))
    #expect(kinds("a || b")[1] == .invalid("`||` is written `or` here"))
    #expect(kinds("!a")[0] == .invalid("`!` is written `not` here"))
    #expect(kinds("$")[0] == .invalid("unexpected character `$`"))
    #expect(kinds("\u{7}")[0] == .invalid("unexpected character `U+7`"))
  }

  @Test func unicodeIdentifiers() {
    #expect(
      kinds("η = 1") == [
        .identifier("η"), .punctuation(.equal), .number(1), .endOfInput,
      ])
  }

  @Test func rangesCountLinesAndColumns() {
    var lexer = Lexer("a = 1\n  bb")
    let tokens = lexer.tokenize()
    #expect(tokens[4].kind == .identifier("bb"))
    #expect(
      tokens[4].range.start == SourceLocation(offset: 8, line: 2, column: 3))
    #expect(
      tokens[4].range.end == SourceLocation(offset: 10, line: 2, column: 5))
    #expect(tokens[2].range.start.column == 5)
  }

  @Test func emptyInput() {
    #expect(kinds("") == [.endOfInput])
    #expect(kinds("   # only a comment") == [.endOfInput])
  }
}
