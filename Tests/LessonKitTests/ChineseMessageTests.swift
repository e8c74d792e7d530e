import Localization
import Testing

@testable import LessonKit

/// Errors of the lexer, the parser, the evaluator and the builtins read in
/// Chinese when the language is Chinese (names and code stay as written).
@Suite struct ChineseMessageTests {
  private func rendered(_ source: String, setup: String = "") -> String? {
    Language.with(.zh) {
      let session = makeSession()
      if !setup.isEmpty { _ = session.run(setup, origin: .prompt) }
      return session.run(source, origin: .prompt).error?.description
    }
  }

  @Test func unknownNameSuggestsTheClosestVariable() {
    #expect(
      rendered("epochz * 2", setup: "epochs = 20") == """
        第 1 行第 1 列：未知的名字 `epochz`；你是不是想输入 `epochs`？
          epochz * 2
          ^^^^^^
        """)
  }

  @Test func parserLexerAndBuiltinErrors() {
    #expect(
      rendered("x = (1 +") == """
        第 1 行第 9 列：这里需要一个表达式，却遇到了输入的结尾（后面还有 1 个问题）
          x = (1 +
                  ^
        """)
    #expect(
      rendered("x = 1 && 2")?.hasPrefix("第 1 行第 7 列：这里的 `&&` 要写成 `and`") == true
    )
    #expect(
      rendered("print(1, sepp=', ')")?.hasPrefix(
        "第 1 行第 10 列：print 没有参数 `sepp`；你是不是想输入 `sep`？") == true)
    // The opener's place, inside the message, is in Chinese too.
    #expect(
      rendered("print(max(1, 2)")?.hasPrefix(
        "第 1 行第 16 列：这里需要用来结束第 1 行第 6 列处 `(` 的 `)`") == true)
    #expect(
      rendered("[1, 2] + 1")?.hasPrefix("第 1 行第 8 列：不能对一个列表和一个数使用 `+`") == true)
    #expect(
      rendered("xs = [1]\nxs[3]")?.hasPrefix(
        "第 2 行第 4 列：索引 3 超出范围：有效的索引是 0 到 0，或 -1 到 -1") == true)
  }

  @Test func outputsNameTheirPartsInChinese() {
    let output = Language.with(.zh) {
      lab(
        """
        h = fit(linear(10), dataset("diabetes"), epochs=5, optimizer=sgd(lr=10), seed=1)
        d = moons(n=40, test=0.5, seed=1)
        m = mlp([2, 4, 2], seed=1)
        boundary(m, d, part="train")
        scatter(column(d.train, 0), column(d.train, 1), groups=d.train.y)
        print(split(d.train, train=0.5, test=0.5, seed=1))
        """, in: labSession(width: 100))
    }
    // The divergence report after `fit`, its name as code.
    #expect(output.hasPrefix("`fit` 已停止：损失变成了 inf"))
    // The decision regions' part, the groups' legend, a split's parts.
    #expect(output.contains("决策区域（训练）"))
    #expect(output.contains("类别 0") && output.contains("类别 1"))
    #expect(output.contains("划分：训练 10、测试 10"))
    for english in ["fit stopped", "(train)", "class 0", "split:"] {
      #expect(!output.contains(english), "\(english) in \(output)")
    }
  }

  @Test func englishIsUnchanged() {
    let english = Language.with(.en) {
      makeSession().run("epochz", origin: .prompt).error?.message
    }
    #expect(english == "unknown name `epochz`")
  }
}
