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
    #expect(
      rendered("[1, 2] + 1")?.hasPrefix("第 1 行第 8 列：不能对一个列表和一个数使用 `+`") == true)
    #expect(
      rendered("xs = [1]\nxs[3]")?.hasPrefix(
        "第 2 行第 4 列：索引 3 超出范围：有效的索引是 0 到 0，或 -1 到 -1") == true)
  }

  @Test func englishIsUnchanged() {
    let english = Language.with(.en) {
      makeSession().run("epochz", origin: .prompt).error?.message
    }
    #expect(english == "unknown name `epochz`")
  }
}
