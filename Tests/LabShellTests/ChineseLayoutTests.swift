import LessonKit
import LineEditing
import Localization
import TermPlot
import Testing

@testable import LabShell

/// Chinese laid out by terminal columns: every line within its width, no
/// line starting with closing punctuation or ending with opening
/// punctuation, and no space between two 汉字 that the source did not
/// have — for the Chinese lessons' prose, the shell's messages, help,
/// errors, tables and charts with Chinese titles, labels and legends, at
/// 40, 60, 80 and 100 columns.
@Suite struct ChineseLayoutTests {
  static let widths = [40, 60, 80, 100]

  static let chineseLessons: [LessonCatalog.Entry] = {
    (try? LessonCatalog.load(directory: WidthTests.root + "/Lessons/zh")
      .entries) ?? []
  }()

  static func isHan(_ ch: Character) -> Bool {
    guard let v = ch.unicodeScalars.first?.value else { return false }
    return (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v)
  }

  /// What is wrong with `lines` at `width`; `source`, when given, is the
  /// text they were rendered from (a space between two 汉字 must be in it).
  static func problems(_ lines: [String], width: Int, source: String? = nil)
    -> [String]
  {
    var found: [String] = []
    for line in lines {
      if TextWidth.of(line) > width {
        found.append("wider than \(width): \(line)")
      }
      let trimmed = line.drop { $0 == " " }
      // "…" also marks text cut at the edge (an echoed source line).
      if let first = trimmed.first, CJKBreaking.closing.contains(first),
        !".)]…".contains(first)
      {
        found.append("starts with closing punctuation: \(line)")
      }
      if let last = line.last, CJKBreaking.opening.contains(last),
        !"([{".contains(last)
      {
        found.append("ends with opening punctuation: \(line)")
      }
      if let source {
        let characters = Array(line)
        for index in characters.indices.dropFirst().dropLast()
        where characters[index] == " " && isHan(characters[index - 1])
          && isHan(characters[index + 1])
        {
          let triple = String(characters[(index - 1)...(index + 1)])
          if !source.contains(triple) {
            found.append("a space the source lacks, \"\(triple)\": \(line)")
          }
        }
      }
    }
    return found
  }

  @Test func everyChineseLessonIsFound() {
    #expect(ChineseLayoutTests.chineseLessons.count == 10)
  }

  @Test(arguments: ChineseLayoutTests.widths)
  func chineseProseFitsAndBreaksWell(width: Int) throws {
    let renderer = ProseRenderer(
      width: width, style: TextStyle(enabled: false), ascii: false)
    for entry in ChineseLayoutTests.chineseLessons {
      let lesson = try entry.lesson.get()
      let blocks = lesson.introduction + lesson.steps.flatMap(\.blocks)
      for case .prose(let text) in blocks {
        let lines = renderer.render(text)
        let found = ChineseLayoutTests.problems(
          lines, width: width, source: text)
        #expect(found.isEmpty, "\(entry.name) at \(width): \(found.prefix(3))")
      }
    }
  }

  /// The lessons' prose with a word wider than any line (a long URL, an
  /// identifier) put before each closing and after each opening
  /// punctuation mark: cut at the edge, it still leaves no closing
  /// punctuation first on a line and no opening punctuation last.
  @Test(arguments: ChineseLayoutTests.widths)
  func overWideWordsInChineseProseKeepTheKinsokuRules(width: Int) throws {
    let renderer = ProseRenderer(
      width: width, style: TextStyle(enabled: false), ascii: false)
    let long =
      "https://zh.d2l.ai/chapter_multilayer-perceptrons/"
      + String(repeating: "x", count: width)
    var checked = 0
    for entry in ChineseLayoutTests.chineseLessons {
      let lesson = try entry.lesson.get()
      let blocks = lesson.introduction + lesson.steps.flatMap(\.blocks)
      for case .prose(let text) in blocks {
        var widened = ""
        for character in text {
          if CJKBreaking.closing.contains(character) && !character.isASCII {
            widened += long
          }
          widened.append(character)
          if CJKBreaking.opening.contains(character) && !character.isASCII {
            widened += long
          }
        }
        let lines = renderer.render(widened)
        checked += lines.count
        let found = ChineseLayoutTests.problems(lines, width: width)
        #expect(found.isEmpty, "\(entry.name) at \(width): \(found.prefix(3))")
      }
    }
    #expect(checked > 1000)
  }

  @Test func aChineseParagraphAt40Columns() {
    let renderer = ProseRenderer(
      width: 40, style: TextStyle(enabled: false), ascii: false)
    let text = """
      训练误差小、泛化误差大，就是过拟合（overfitting）。
      _暂退法_和权重衰减都能缓解它：前者在训练时随机关闭隐藏单元，
      后者惩罚大的权重。
      """
    #expect(
      renderer.render(text) == [
        "训练误差小、泛化误差大，就是过拟合",
        "（overfitting）。暂退法和权重衰减都能缓",
        "解它：前者在训练时随机关闭隐藏单元，后者",
        "惩罚大的权重。",
      ])
  }

  /// The shell in Chinese: the welcome and lesson list, `save` with
  /// nothing to save, help, `help fit`,
  /// `help()`, errors, a step, a table and a chart with Chinese title,
  /// labels and legend.
  @Test(arguments: ChineseLayoutTests.widths)
  func chineseShellFitsAndBreaksWell(width: Int) throws {
    let catalog = try Language.with(.zh) {
      try LessonCatalog.load(
        directory: WidthTests.root + "/Lessons", language: .zh)
    }
    let entries = [
      "save 会话.md", "help", "help fit", "help()", "lessons", "x = 1 y = 2",
      "epochs = 1",
      "epochz",
      "fit(mlp([2, 16, 2]), moons(n=200, seed=1), epochs=20, no_such_argument=3)",
      "plot([1, 2, 3, 4], [4, 3, 2, 1], labels=[\"训练损失\", \"测试损失\"], title=\"损失曲线，训练与测试（每一轮）\", xlabel=\"轮\", ylabel=\"损失\")",
      "table([\"方法（中文）\", \"强度\"], [[\"暂退法\", 0.5], [\"权重衰减\", 0.001]], title=\"正则化方法一览\")",
      "open 0", "", "", "where", "step 9", "quit",
    ]
    let text = Language.with(.zh) {
      WidthTests.shellTranscript(
        entries, catalog: catalog, width: width, color: false)
    }
    #expect(text.contains("一步一步地看深度学习模型"))
    #expect(text.contains("你是不是想输入"))
    #expect(text.contains("还没有运行过任何内容："))
    #expect(text.contains("第 1/7 步 · 单元格与提示符"))
    #expect(text.contains("训练损失"))
    #expect(text.contains("正则化方法一览"))
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
      .map(String.init)
    let found = ChineseLayoutTests.problems(lines, width: width)
    #expect(found.isEmpty, "at \(width): \(found.prefix(5))")
  }
}
