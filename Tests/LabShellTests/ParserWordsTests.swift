import Foundation
import Localization
import TermPlot
import Testing

@testable import LabShell

/// ArgumentParser's own words in Chinese; English comes back untouched.
@Suite struct ParserWordsTests {
  static let help = """
    OVERVIEW: 列出课程。

    USAGE: trainlab list [--seed <n>]

    OPTIONS:
      --seed <n>              随机数生成器的种子。 (default: 0)
      --version               Show the version.
      -h, --help              Show help information.

    SUBCOMMANDS:
      shell, open (default)   打开交互式环境（默认命令）。
      run                     运行课程的每个单元格，打印文字和输出。

      See 'trainlab help <subcommand>' for detailed help.
    """

  @Test func englishIsLeftAsItIs() {
    let text = Self.help + "\nError: Unknown option '--x'. Did you mean '--y'?"
    #expect(Language.with(.en) { ParserWords.translated(text) } == text)
  }

  @Test func helpReadsInChinese() {
    #expect(
      Language.with(.zh) { ParserWords.translated(Self.help) } == """
        概述：列出课程。

        用法：trainlab list [--seed <n>]

        选项：
          --seed <n>              随机数生成器的种子。（默认：0）
          --version               显示版本。
          -h, --help              显示帮助信息。

        子命令：
          shell, open（默认）     打开交互式环境（默认命令）。
          run                     运行课程的每个单元格，打印文字和输出。

          详细的帮助见 `trainlab help <subcommand>`。
        """)
  }

  @Test(arguments: [
    (
      "Unknown option '--seeed'. Did you mean '--seed'?",
      "未知的选项 `--seeed`；你是不是想输入 `--seed`？"
    ),
    ("Unexpected argument 'extra'", "多余的参数 `extra`"),
    ("Missing value for '--width <n>'", "`--width <n>` 缺少值"),
    ("Missing expected argument '<lesson>'", "缺少参数 `<lesson>`"),
    (
      "The value 'abc' is invalid for '--width <n>'",
      "`abc` 不是 `--width <n>` 的有效值"
    ),
    ("2 unexpected arguments: '2', '3'", "多余的 2 个参数：'2'、'3'"),
    // Our own messages are translated already; an unknown one stays.
    ("请给出一个课程（文件、编号或名字）或 --all", "请给出一个课程（文件、编号或名字）或 --all"),
    ("Something else 'x'", "Something else 'x'"),
  ])
  func usageErrorsReadInChinese(english: String, chinese: String) {
    #expect(
      Language.with(.zh) { ParserWords.translated("Error: " + english) }
        == "错误：" + chinese)
  }

  @Test func usageAndWhereToReadMore() {
    let text = """
      Help:  --width <n>  作图的列数。
      Usage: trainlab run [<options>] [<lesson>]
        See 'trainlab run --help' for more information.
      """
    #expect(
      Language.with(.zh) { ParserWords.translated(text) } == """
        帮助：--width <n>  作图的列数。
        用法：trainlab run [<options>] [<lesson>]
          更多信息见 `trainlab run --help`。
        """)
  }

  /// Help as ArgumentParser writes it when it is not to wrap (Chinese):
  /// a paragraph a line, names in a column of 26.
  static let unwrapped = """
    概述：在终端里学习深度学习模型是怎样训练的实验室。

    用法：trainlab [--lessons <dir>] [--datasets <dir>] [--ascii] [--no-color] [--width <n>] <subcommand>

    选项：
      --lessons <dir>         课程文件夹。
      --no-color              不使用 ANSI 颜色（NO_COLOR 的作用相同）。
      --memory <size>         一次会话中所有的值最多可占用的内存，如 512M 或 4G（默认：TRAINLAB_MEMORY，否则为物理内存的一半）。
      -h, --help              显示帮助信息。

    子命令：
      shell, open（默认）     打开交互式环境（默认命令）。
      playground              终端里的全屏 TensorFlow Playground（游乐场）。
    """

  @Test(arguments: [40, 50, 60, 80, 100])
  func helpFitsEveryWidthAndKeepsEachNameOnItsOwnLine(width: Int) {
    let lines = ParserWords.fittedHelp(Self.unwrapped, width: width)
      .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    for line in lines {
      #expect(TextWidth.of(line) <= width, "too wide at \(width): \(line)")
      #expect(
        !line.trimmingCharacters(in: .whitespaces).hasPrefix("，")
          && !line.trimmingCharacters(in: .whitespaces).hasPrefix("。"),
        "closing punctuation starts: \(line)")
    }
    // Every option and subcommand still starts a line of its own, at its
    // indent, and its text is all there.
    for name in [
      "--lessons", "--no-color", "--memory", "-h, --help", "shell, open（默认）",
      "playground",
    ] {
      #expect(
        lines.contains { $0.hasPrefix("  " + name) }, "\(name) at \(width)")
    }
    let text = lines.map { $0.trimmingCharacters(in: .whitespaces) }.joined()
    for phrase in ["物理内存的一半）。", "（默认命令）。", "（游乐场）。"] {
      #expect(text.contains(phrase), "\(phrase) at \(width)")
    }
  }

  @Test func aNarrowHelpPutsTheTextUnderTheName() {
    #expect(
      ParserWords.fittedHelp(
        """
        选项：
          --lessons <dir>         课程文件夹。
          --no-color              不使用 ANSI 颜色（NO_COLOR 的作用相同）。
        """, width: 40) == """
          选项：
            --lessons <dir>
                课程文件夹。
            --no-color
                不使用 ANSI 颜色（NO_COLOR 的作用
                相同）。
          """)
    // With room beside the names, the text stays there; a name with 汉字
    // keeps its text's column in terminal columns.
    #expect(
      ParserWords.fittedHelp(
        """
          shell, open（默认）     打开交互式环境（默认命令）。
          run                     运行课程的每个单元格，打印文字和输出。
        """, width: 52) == """
            shell, open（默认）     打开交互式环境（默认命
                                    令）。
            run                     运行课程的每个单元格，打印
                                    文字和输出。
          """)
  }

  @Test func aUsageErrorFitsLineByLine() {
    #expect(
      ParserWords.fittedError(
        """
        错误：未知的选项 `--bogus`
        用法：trainlab shell [<lesson>] [--step <step>] [--lessons <dir>]
          更多信息见 `trainlab shell --help`。
        """, width: 40) == """
          错误：未知的选项 `--bogus`
          用法：trainlab shell [<lesson>] [--step
            <step>] [--lessons <dir>]
            更多信息见 `trainlab shell --help`。
          """)
  }
}
