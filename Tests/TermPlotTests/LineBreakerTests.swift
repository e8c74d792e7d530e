import Testing

@testable import TermPlot

@Suite struct TextWidthTests {
  @Test func countsTerminalColumns() {
    #expect(TextWidth.of("loss") == 4)
    #expect(TextWidth.of("损失函数") == 8)
    #expect(TextWidth.of("e\u{301}") == 1)
    #expect(TextWidth.of("\u{1B}[1;36mβ\u{1B}[0m") == 1)
    #expect(TextWidth.of("a\u{1B}[38;5;202mb") == 2)
  }

  @Test func truncationKeepsStylesAndResets() {
    let styled = "\u{1B}[33m" + String(repeating: "x", count: 10) + "\u{1B}[0m"
    let cut = TextWidth.truncate(styled, to: 5, ascii: false)
    #expect(cut == "\u{1B}[33mxxxx…\u{1B}[0m")
    #expect(TextWidth.of(cut) == 5)
    #expect(TextWidth.truncate("短い文字列です", to: 6, ascii: false) == "短い…")
  }
}

@Suite struct LineBreakerTests {
  @Test func breaksAtSpacesWithPrefixes() {
    #expect(
      LineBreaker(width: 16).lines("the loss falls as training goes on") == [
        "the loss falls", "as training goes", "on",
      ])
    #expect(
      LineBreaker(width: 13).lines(
        "a long line of text", first: "• ", rest: "  ") == [
          "• a long line", "  of text",
        ])
    #expect(LineBreaker(width: 10).lines("") == [""])
    #expect(LineBreaker(width: 10).lines("", first: "> ") == ["> "])
  }

  @Test func cutsAWordWiderThanALineWhereItReachesTheEdge() {
    #expect(
      LineBreaker(width: 8).lines("a " + String(repeating: "x", count: 20)) == [
        "a xxxxxx", "xxxxxxxx", "xxxxxx",
      ])
    // A word that fits a fresh line moves there whole.
    #expect(LineBreaker(width: 8).lines("abc defghij") == ["abc", "defghij"])
  }

  @Test func wideCharactersCountTwoAndBreakBetweenHanzi() {
    // A wide character is never split; a line may break between any two.
    let lines = LineBreaker(width: 7).lines("梯度 消失 问题很 严重")
    #expect(lines == ["梯度 消", "失 问题", "很 严重"])
    let cut = LineBreaker(width: 5).lines("损失函数下降")
    #expect(cut == ["损失", "函数", "下降"])
    #expect(cut.allSatisfy { TextWidth.of($0) <= 5 })
  }

  @Test func chinesePunctuationFollowsTheKinsokuRules() {
    // Never a line starting with closing punctuation: "数，" moves whole.
    #expect(
      LineBreaker(width: 8).lines("训练误差变小，泛化误差变大。")
        == ["训练误差", "变小，泛", "化误差变", "大。"])
    #expect(
      LineBreaker(width: 7).lines("训练误差变小，泛化误差变大。")
        == ["训练误", "差变", "小，泛", "化误差", "变大。"])
    // Never a line ending with opening punctuation: "（dropout）。" moves
    // whole (a run wider than the line would be cut at the edge).
    #expect(
      LineBreaker(width: 14).lines("这就是暂退法（dropout）。")
        == ["这就是暂退法", "（dropout）。"])
    for width in [14, 16, 20, 24] {
      for line in LineBreaker(width: width).lines(
        "这就是暂退法（dropout），见「第四课」：过拟合、权重衰减；对吗？对！")
      {
        #expect(TextWidth.of(line) <= width)
        #expect(!CJKBreaking.closing.contains(line.first ?? " "), "\(line)")
        #expect(!CJKBreaking.opening.contains(line.last ?? " "), "\(line)")
      }
    }
  }

  @Test func aWordCutAtTheEdgeKeepsTheKinsokuRules() {
    // A URL wider than the line is cut at the edge, but not right before
    // its closing "）。": the cut moves back so they keep a character.
    #expect(
      LineBreaker(width: 12).lines("见（https://zh.d2l.ai/x）。")
        == ["见（https://", "zh.d2l.ai/", "x）。"])
    #expect(
      LineBreaker(width: 10).lines("abcdefghij）。后")
        == ["abcdefghi", "j）。后"])
    // Nor right after an opening bracket inside the word.
    #expect(
      LineBreaker(width: 7).lines("abcdef(ghijkl") == ["abcdef", "(ghijkl"])
    // A run of only closing punctuation has no better place: it is cut at
    // the edge (every line still fits).
    #expect(LineBreaker(width: 4).lines("a。。。。。") == ["a。", "。。", "。。"])
  }

  @Test(arguments: Array(8...30))
  func overWideWordsNeverBreakBeforeClosingPunctuation(width: Int) {
    let identifier = "averyveryverylongidentifier_with_parts"
    let texts = [
      "详见（https://zh.d2l.ai/chapter_multilayer-perceptrons/dropout.html）。",
      "变量 `\(identifier)`，以及 `\(identifier)`：它们都很长。",
      "《\(identifier)》、「\(identifier)」！\(identifier)？",
      "“\(identifier)”……\(identifier)——完。",
    ]
    let closing = CJKBreaking.closing.filter { !$0.isASCII }
    let opening = CJKBreaking.opening.filter { !$0.isASCII }
    for text in texts {
      for line in LineBreaker(width: width).lines(text, first: "", rest: "  ") {
        #expect(TextWidth.of(line) <= width, "\(line)")
        let trimmed = line.drop { $0 == " " }
        #expect(!closing.contains(trimmed.first ?? " "), "\(width): \(line)")
        #expect(!opening.contains(line.last ?? " "), "\(width): \(line)")
      }
    }
  }

  @Test func englishTextBreaksOnlyAtSpaces() {
    #expect(
      LineBreaker(width: 12).lines("train_loss fell, (fast) [yes]")
        == ["train_loss", "fell, (fast)", "[yes]"])
    #expect(!CJKBreaking.allowsBreak(between: "a", and: "b"))
    #expect(CJKBreaking.allowsBreak(between: "损", and: "失"))
    #expect(CJKBreaking.allowsBreak(between: "a", and: "失"))
    #expect(!CJKBreaking.allowsBreak(between: "失", and: "。"))
    #expect(!CJKBreaking.allowsBreak(between: "（", and: "失"))
  }

  @Test func markdownLineBreaksJoinWithoutSpacesBetweenChineseCharacters() {
    #expect(CJKBreaking.joinedLines(["训练误差", "变小了。"]) == "训练误差变小了。")
    #expect(CJKBreaking.joinedLines(["变小了，", "但是"]) == "变小了，但是")
    #expect(CJKBreaking.joinedLines(["the loss", "falls"]) == "the loss falls")
    #expect(CJKBreaking.joinedLines(["用 `fit`", "训练"]) == "用 `fit` 训练")
    #expect(CJKBreaking.joinedLines(["损失", "loss"]) == "损失 loss")
    #expect(CJKBreaking.joinedLines(["它的值，", "`print`用于"]) == "它的值，`print`用于")
    #expect(CJKBreaking.joinedLines(["`x`", "（一个数）"]) == "`x`（一个数）")
    #expect(CJKBreaking.joinedLines(["的影响——", "并且"]) == "的影响——并且")
    #expect(CJKBreaking.joinedLines(["a dash—", "and"]) == "a dash— and")
  }

  @Test func stylesAreClosedAndReopenedAcrossBreaks() {
    let text = "plain \u{1B}[33mcode spans two\u{1B}[0m words"
    let lines = LineBreaker(width: 11).lines(text)
    #expect(
      lines == [
        "plain \u{1B}[33mcode\u{1B}[0m", "\u{1B}[33mspans two\u{1B}[0m",
        "words",
      ])
    #expect(lines.allSatisfy { TextWidth.of($0) <= 11 })
  }

  @Test func fitKeepsShortLinesAndHangsContinuations() {
    let text =
      "short line\n  an indented line that is far too long for the width\nend"
    #expect(
      LineBreaker(width: 24).fit(text) == [
        "short line", "  an indented line that", "    is far too long for",
        "    the width", "end",
      ])
    #expect(LineBreaker(width: 5).fit("ab\n\ncd") == ["ab", "", "cd"])
  }

  @Test(arguments: [3, 4, 7, 20])
  func everyLineFitsWhateverTheInput(width: Int) {
    let inputs = [
      "", " ", "   a   ", "\u{1B}[1m\u{1B}[0m", "x\ty\nz", "日本語のテキスト",
      String(repeating: "ab ", count: 30),
      "\u{1B}[2m \u{1B}[0m\u{1B}[2m \u{1B}[0m",
    ]
    for input in inputs {
      for line in LineBreaker(width: width).lines(input, first: "> ", rest: "")
      {
        #expect(TextWidth.of(line) <= width, "\(input) at \(width)")
      }
    }
  }
}
