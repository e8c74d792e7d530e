import Foundation
import TermPlot
import Testing
import TrainKit

/// The real `trainlab` executable, run without a terminal.
@Suite("trainlab executable", .serialized)
struct ExecutableTests {
  let lessons = ["--lessons", Executable.lessons]

  @Test func pipedInputDrivesTheShellWithoutEscapeCodes() throws {
    let input =
      "open 1\n\n\n\n\n\nlr = 0.5\nrerun\nfor i in range(2):\nprint(i)\nend\nvars\nquit\nprint(\"not reached\")\n"
    let result = try Executable.run(["--no-color"] + lessons, input: input)
    #expect(result.status == 0)
    #expect(result.stderr == "")
    #expect(!result.stdout.contains("\u{1B}"))
    #expect(!result.stdout.contains("lab> "))
    #expect(result.stdout.contains("lr is 0.1\n"))
    #expect(result.stdout.contains("ten times lr is 1\n"))
    #expect(result.stdout.contains("ten times lr is 5\n"))
    #expect(result.stdout.contains("\n0\n1\n"))
    #expect(result.stdout.contains("  lr     = 0.5\n"))
    #expect(!result.stdout.contains("not reached"))
  }

  @Test func pipedInputWithoutColourFlagStillHasNoEscapes() throws {
    let result = try Executable.run(lessons, input: "1 +\n2\nnope\n")
    #expect(result.status == 0)
    #expect(!result.stdout.contains("\u{1B}"))
    #expect(result.stdout.contains("\n3\n"))
    #expect(result.stdout.contains("unknown name `nope`"))
  }

  @Test func runPrintsTheLessonAndExportsItAtomically() throws {
    let scratch = try ScratchFolder("export")
    let export = scratch.path + "/exported.md"
    let result = try Executable.run(
      ["run", "1", "--width", "60", "--export", export] + lessons)
    #expect(result.status == 0)
    #expect(
      result.stdout.hasPrefix(
        "Stepping through a lesson\n═════════════════════════\n"))
    #expect(
      result.stdout.contains(
        "│ lr = 0.1\n│ rounds = 2\n│ print(\"lr is\", lr)\nlr is 0.1\n"))
    let document = try String(contentsOfFile: export, encoding: .utf8)
    #expect(
      document.contains(
        "print(\"lr is\", lr)\n```\n\n```text\nlr is 0.1\n```\n"))
    #expect(document.contains("```text\ntraining\ndone true\n```\n"))
    #expect(result.stderr == "trainlab: wrote \(export)\n")
  }

  @Test func inputEndingInsideABlockReportsWhatWasLeftOpen() throws {
    let result = try Executable.run(
      ["--no-color"] + lessons, input: "x = 1\nfor i in range(2):\nprint(i)\n")
    #expect(result.status == 0)
    #expect(
      result.stdout.hasSuffix(
        "error: line 1, column 1: this `for` block needs an `end`\n  for i in range(2):\n  ^^^\n"
      ))
  }

  @Test func saveWritesTheLastChartAsSVG() throws {
    let scratch = try ScratchFolder("save")
    let folder = scratch.path
    let input =
      "save \(folder)/early.svg\nplot([3, 2, 1], title=\"falling\")\n1 + 1\nsave \(folder)/loss.svg\nsave notes.txt\n"
    // Wide enough that the temporary paths stay on one line.
    let result = try Executable.run(
      ["--no-color", "--width", "300"] + lessons, input: input)
    #expect(result.status == 0)
    #expect(
      result.stdout.contains(
        "No chart yet: run a cell that draws one, then save \(folder)/early.svg.\n"
      ))
    #expect(
      result.stdout.contains("Saved the last chart to \(folder)/loss.svg.\n"))
    #expect(
      result.stdout.contains(
        "save takes a file name ending in .svg, as in \"save loss.svg\"\n"))
    let svg = try String(contentsOfFile: "\(folder)/loss.svg", encoding: .utf8)
    #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
    #expect(svg.contains(">falling</text>"))
    #expect(!FileManager.default.fileExists(atPath: "\(folder)/early.svg"))
  }

  @Test func runWritesEveryChartAsSVG() throws {
    let scratch = try ScratchFolder("svg")
    // Made by `run --svg`.
    let folder = scratch.path + "/charts"
    let lesson = try scratch.write(
      "charts.md",
      """
      # Charts

      ## One

      ```lab
      plot([1, 2, 3], title="first")
      bars(["a", "b"], [1, 2], title="second")
      ```

      ## Two

      ```lab
      hist([1, 2, 2, 3], title="third")
      ```
      """)
    let result = try Executable.run(["run", lesson, "--svg", folder])
    #expect(result.status == 0)
    let files = try FileManager.default.contentsOfDirectory(atPath: folder)
      .sorted()
    let name = (lesson as NSString).lastPathComponent.replacingOccurrences(
      of: ".md", with: "")
    #expect(
      files == [
        "\(name)-step-1-1.svg", "\(name)-step-1-2.svg", "\(name)-step-2-1.svg",
      ])
    let second = try String(
      contentsOfFile: "\(folder)/\(name)-step-1-2.svg", encoding: .utf8)
    #expect(second.contains(">second</text>"))
    #expect(
      result.stderr.contains("trainlab: wrote 3 SVG chart(s) to \(folder)\n"))
  }

  @Test func runFailsNamingStepAndLine() throws {
    let result = try Executable.run(["run", "failing", "--ascii"] + lessons)
    #expect(result.status == 1)
    #expect(result.stdout.contains("x expect failed: x is above three\n"))
    #expect(result.stdout.contains("still here\n"))
    #expect(
      result.stderr
        == "trainlab: \(Executable.lessons)/02-failing.md:13: step 2 (It fails): expect failed: x is above three\n"
    )
  }

  @Test(arguments: [["--help"], ["run", "--help"], ["demo", "--help"]])
  func helpReadsInChineseWithinItsWidth(arguments: [String]) throws {
    // TRAINLAB_LANG chooses the language of the help, as --lang does.
    let result = try Executable.run(
      arguments, environment: ["TRAINLAB_LANG": "zh", "COLUMNS": "80"])
    #expect(result.status == 0)
    let text = result.stdout
    // The commands' and options' own text is Chinese …
    for english in [
      "A terminal lab", "Run every cell", "Show what the terminal",
      "The lessons folder", "Seed of the random",
    ] {
      #expect(!text.contains(english), "\(english) in: \(text)")
    }
    #expect(text.contains("课程") || text.contains("终端"))
    // … and every line fits 80 columns, though ArgumentParser counts
    // characters, not columns.
    for line in text.split(separator: "\n") {
      #expect(TextWidth.of(String(line)) <= 80, "too wide: \(line)")
    }
    // ArgumentParser's own words are Chinese too.
    for english in [
      "OVERVIEW", "OPTIONS:", "Show help information", "(default",
    ] {
      #expect(!text.contains(english), "\(english) in: \(text)")
    }
    #expect(text.contains("显示帮助信息。"))
    // Paragraphs stay apart: the overview, a blank line, the discussion.
    #expect(text.hasPrefix("概述："))
    #expect(
      text.split(separator: "\n", omittingEmptySubsequences: false)[1] == "")
  }

  @Test func usageErrorsReadInChinese() throws {
    let result = try Executable.run(["run", "--lang", "zh"])
    #expect(result.status != 0)
    #expect(
      result.stderr == """
        错误：请给出一个课程（文件、编号或名字）或 --all
        用法：trainlab run [<options>] [<lesson>]
          更多信息见 `trainlab run --help`。

        """)
    // ArgumentParser's own errors, and its usage line fitted to the width
    // (80 columns when standard error is not a terminal).
    let typo = try Executable.run(["--seeed", "3", "--lang", "zh"])
    #expect(typo.status == 64)
    let lines = typo.stderr.split(separator: "\n").map(String.init)
    #expect(lines.first == "错误：未知的选项 `--seeed`；你是不是想输入 `--seed`？")
    #expect(
      lines.dropFirst().first?.hasPrefix("用法：trainlab shell [<lesson>]") == true
    )
    #expect(lines.last == "  更多信息见 `trainlab shell --help`。")
    for line in lines { #expect(TextWidth.of(line) <= 80, "too wide: \(line)") }
    let width = try Executable.run(["demo", "--lang", "zh", "--width", "3"])
    #expect(width.stderr.contains("--width 必须在"))
  }

  @Test func runAllReportsEachLessonAndFails() throws {
    let result = try Executable.run(["run", "--all"] + lessons)
    #expect(result.status == 1)
    #expect(result.stdout.contains("Lessons run:\n  stepping: ok in "))
    #expect(result.stdout.contains("\n  failing: FAILED in "))
    #expect(result.stdout.contains("\n  errors: FAILED in "))
    #expect(result.stderr.contains("03-errors.md:6: step 1 (Bad cells): "))
  }

  @Test func checkReportsEveryProblemWithoutRunning() throws {
    let path = Executable.lessons + "/03-errors.md"
    let result = try Executable.run(["check", path])
    #expect(result.status == 1)
    let lines = result.stderr.split(separator: "\n").map(String.init)
    #expect(lines.count == 2)
    #expect(lines.first?.hasPrefix("\(path):6: column ") == true)
    #expect(
      lines.last
        == "\(path):10: column 1: unknown builtin `prnt`; did you mean `print`?"
    )
    let good = try Executable.run([
      "check", Executable.lessons + "/01-stepping.md",
    ])
    #expect(good.status == 0)
    #expect(
      good.stdout == "\(Executable.lessons)/01-stepping.md: no problems found\n"
    )
  }

  /// `trainlab check` alone checks every lesson of the lessons folder and
  /// of its translation folder, each translation against its English.
  @Test func checkWithoutFilesChecksEveryLessonEnglishAndChinese() throws {
    let scratch = try ScratchFolder("check-all")
    let lesson = "# A lesson\n\n## One\n\n```lab\nx = 1\n```\n"
    try scratch.write("lessons/01-a.md", lesson)
    try scratch.write("lessons/02-b.md", lesson)
    try scratch.write("lessons/zh/01-a.md", lesson)
    let folder = scratch.path + "/lessons"
    let good = try Executable.run(["check", "--lessons", folder])
    #expect(good.status == 0)
    #expect(good.stdout == "3 lessons: no problems found\n")
    // A Chinese lesson whose cell differs from its English is found.
    try scratch.write(
      "lessons/zh/02-b.md",
      lesson.replacingOccurrences(of: "x = 1", with: "y = 1"))
    let bad = try Executable.run(["check", "--lessons", folder])
    #expect(bad.status == 1)
    #expect(bad.stderr.hasPrefix(folder + "/zh/02-b.md:"))
    #expect(bad.stderr.split(separator: "\n").count == 1)
    // One lesson is one; a folder without any fails instead of passing.
    try scratch.write("one/01-a.md", lesson)
    let one = try Executable.run(["check", "--lessons", scratch.path + "/one"])
    #expect(one.stdout == "1 lesson: no problems found\n")
    try scratch.write("none/notes.txt", "not a lesson\n")
    let none = try Executable.run([
      "check", "--lessons", scratch.path + "/none",
    ])
    #expect(none.status == 1)
    #expect(none.stdout == "")
    #expect(
      none.stderr.hasSuffix("none: no lessons to check\n"), "\(none.stderr)")
  }

  /// The options every command shares are accepted before the command's
  /// name as after it, with the same effect.
  @Test(arguments: [
    ["list"], ["check", "1"], ["demo"],
  ])
  func sharedOptionsGoBeforeOrAfterTheCommand(command: [String]) throws {
    let options =
      lessons + ["--lang", "zh", "--no-color", "--ascii", "--width", "50"]
    let after = try Executable.run(command + options)
    let before = try Executable.run(options + command)
    #expect(after.status == 0)
    #expect(before.status == after.status)
    #expect(before.stdout == after.stdout)
    #expect(before.stderr == after.stderr)
    #expect(!after.stdout.isEmpty)
  }

  @Test func sharedOptionsBeforeTheDefaultCommand() throws {
    let result = try Executable.run(
      lessons + ["--width", "60", "open", "1"], input: "quit\n")
    #expect(result.status == 0)
    #expect(result.stdout.contains("Stepping through a lesson"))
  }

  @Test func listAndUsageErrors() throws {
    let list = try Executable.run(["list", "--width", "60"] + lessons)
    #expect(list.status == 0)
    #expect(
      list.stdout.hasPrefix(
        "Lessons\n  1. Stepping through a lesson (3 min)\n     A lesson for the end-to-end tests"
      ))
    let missing = try Executable.run(["run", "nine"] + lessons)
    #expect(missing.status == 1)
    #expect(
      missing.stderr.contains(
        "no lesson \"nine\"; choose one of: 1 stepping, 2 failing, 3 errors"))
    let noFolder = try Executable.run(["list", "--lessons", "/nonexistent"])
    #expect(noFolder.status == 1)
    #expect(noFolder.stderr.contains("--lessons /nonexistent: no such folder"))
    let badWidth = try Executable.run(["run", "1", "--width", "5"] + lessons)
    #expect(badWidth.status != 0)
    #expect(
      badWidth.stderr.contains("--width must be between 20 and 1000, not 5"))
  }

  @Test(arguments: [[], ["shell"], ["run"], ["list"], ["check"], ["demo"]])
  func everyCommandHasHelp(command: [String]) throws {
    let result = try Executable.run(command + ["--help"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("USAGE: trainlab"))
  }

  @Test func version() throws {
    #expect(
      try Executable.run(["--version"]).stdout
        == "trainlab 0.1.0 (kernels: \(ComputeKernels.name))\n")
  }

  @Test func trainkitISAForcesAKernelSetOrIsRefusedAtStart() throws {
    let portable = try Executable.run(
      ["--version"], environment: ["TRAINKIT_ISA": "portable"])
    #expect(portable.stdout == "trainlab 0.1.0 (kernels: portable)\n")
    let unknown = try Executable.run(
      ["--version"], environment: ["TRAINKIT_ISA": "sse9"])
    #expect(unknown.status == 2)
    #expect(unknown.stdout == "")
    // Standard error is a file: 80 columns, in the environment's language.
    let names = ComputeKernels.supported.joined(separator: ", ")
    let text =
      "trainlab: the environment variable TRAINKIT_ISA is \"sse9\", which is "
      + "not a kernel set (this build has: "
      + KernelSet.all.map(\.name).joined(separator: ", ")
      + "); this CPU runs: \(names)"
    #expect(
      unknown.stderr.split(separator: "\n").map {
        $0.trimmingCharacters(in: .whitespaces)
      }.joined(separator: " ") == text)
    #expect(
      unknown.stderr.split(separator: "\n").allSatisfy {
        TextWidth.of(String($0)) <= 80
      })
    // --lang chooses the refusal's language as it does everything else's.
    let chinese = try Executable.run(
      ["--lang", "zh", "--version"], environment: ["TRAINKIT_ISA": "sse9"])
    #expect(chinese.status == 2)
    #expect(
      chinese.stderr.hasPrefix("trainlab: 环境变量 TRAINKIT_ISA"),
      "\(chinese.stderr)")
  }
}
