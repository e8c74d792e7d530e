import Foundation
import LineEditing
import Localization
import Testing

@testable import LabShell

@Suite("Shell")
struct ShellTests {
  /// Runs the shell on `lines` and returns what it printed.
  func session(
    _ lines: [LineInput], opening: String? = nil,
    display: ShellDisplay = .plain(width: 60),
    engine: FakeEngine = FakeEngine(),
    interrupt: InterruptFlag = InterruptFlag()
  ) throws -> (text: String, engine: FakeEngine, reader: ScriptedReader) {
    let transcript = Transcript()
    let reader = ScriptedReader(lines)
    let shell = Shell(
      catalog: try Fixtures.catalog(), engine: engine, reader: reader,
      display: display, interrupt: interrupt, write: transcript.write)
    shell.run(opening: opening)
    return (transcript.text, engine, reader)
  }

  func session(_ lines: [String], opening: String? = nil) throws -> (
    text: String, engine: FakeEngine, reader: ScriptedReader
  ) {
    try session(lines.map { .line($0) }, opening: opening)
  }

  @Test func welcomeListsLessonsWithMinutesAndHowToStart() throws {
    let (text, _, _) = try session([])
    #expect(
      text == """
        TrainLab — see how deep-learning models are trained, one
        step at a time.

        Lessons
          1. Basics of the lab (5 min)
             A first look at cells, variables and rerun.
          2. Errors (2 min)
             What happens when a cell fails.
          3. broken (not a valid lesson: `trainlab check` says why)

        Type `open 1` (or a lesson's name) to start, `help` for
        commands, or any line of the lesson language to try it.
        Ctrl-D leaves.

        """)
  }

  @Test func stepsRunsChangesAVariableAndReruns() throws {
    let (text, engine, reader) = try session(
      ["", "", "", "", "lr = 0.5", "rerun", "vars", "where"], opening: "1")
    let path = Fixtures.lessons + "/01-basics.md"
    // The outline names the fixture's path, whose length varies: it is
    // checked apart from the rest.
    let outline = try #require(
      text.range(of: "Basics of the lab  (", options: .backwards))
    #expect(
      text[..<outline.lowerBound] == """

        Basics of the lab
        ═════════════════
        A first look at cells, variables and `rerun`.

        3 steps, about 5 minutes. Press Enter to begin; `where`
        shows the outline.

        Step 1/3 · Setting a rate
        ─────────────────────────

        Every cell runs in the lesson's variables. Here is one with
        two lines.

        11 │ lr = 0.1
        12 │ print(lr)
        Enter runs this cell.
        0.1

        End of step 1. Enter shows the next step; try changing a
        value and `rerun`.

        Step 2/3 · Training
        ───────────────────

          • slow training shows progress
          • Ctrl-C stops it

        21 │ slow 3
        22 │ print(lr)
        Enter runs this cell.
        trained 3 epochs
        0.1

        Change `lr` and `rerun`.

        End of step 2. Enter shows the next step; try changing a
        value and `rerun`.
        Stale: step 2, cell 1. They depend on `lr`; `rerun` runs
        them again (`auto on` does it at once).
        Rerunning 1 stale cell: step 2, cell 1.

        ↻ step 2, cell 1
        trained 3 epochs
        0.5
          lr = 0.5

        """)
    #expect(
      text.hasSuffix(
        "    1. Setting a rate  ✓\n  ▶ 2. Training  ✓\n    3. Checking\n"))
    #expect(engine.runs.map(\.line) == [11, 21, 1, 21])
    #expect(engine.runs.map(\.file) == [path, path, "", path])
    #expect(engine.resets == 1)
    #expect(
      reader.history == ["", "", "", "", "lr = 0.5", "rerun", "vars", "where"])
    #expect(reader.prompts.allSatisfy { $0 == Shell.prompt })
  }

  @Test func navigatesWithNextBackAndStep() throws {
    let (text, _, _) = try session(
      [
        "back", "next", "next", "next", "next", "step 9", "step 1", "step x",
        "where",
      ], opening: "basics")
    #expect(text.contains("This is the first step."))
    #expect(text.contains("Step 3/3 · Checking"))
    #expect(
      text.contains("This is the last step. `lessons` lists the other lessons.")
    )
    #expect(text.contains("There is no step 9: this lesson has steps 1 to 3."))
    #expect(text.contains("step takes a step number, as in \"step 3\""))
    #expect(
      text.hasSuffix(
        "  ▶ 1. Setting a rate\n    2. Training\n    3. Checking\n"))
    #expect(text.components("Step 1/3 · Setting a rate") == 2)
  }

  @Test func errorsAndFailedExpectationsKeepTheShellAlive() throws {
    // Wide enough that the fixture's path stays on one line.
    let (text, engine, _) = try session(
      ["", "", "x", "y", "print(x)", "open 1", "step 3", "", "", "quit", "x"]
        .map { .line($0) }, opening: "2", display: .plain(width: 300))
    let path = Fixtures.lessons + "/02-errors.md"
    #expect(text.contains("error: \(path):10: boom went off\n"))
    #expect(text.contains("\n1\nerror: :1: name 'y' is not defined\n1\n"))
    #expect(text.contains("✗ expect failed: the loss went up\n"))
    #expect(
      text.hasSuffix(
        "That was the last step of Basics of the lab. `lessons` lists the others.\n"
      ))
    // boom cell, x, y, print(x), the cells of steps 1 and 2 that `step 3`
    // runs first, expect cell; nothing after quit.
    #expect(engine.runs.count == 7)
  }

  @Test func multiLineEntriesContinueUntilComplete() throws {
    let (_, engine, reader) = try session([
      "for i in [1]:", "print(i)", "end", "z = 2",
    ])
    #expect(
      reader.prompts == [
        Shell.prompt, Shell.continuationPrompt, Shell.continuationPrompt,
        Shell.prompt, Shell.prompt,
      ])
    #expect(
      engine.runs.map(\.source) == ["for i in [1]:\nprint(i)\nend", "z = 2"])
    #expect(engine.runs.map(\.line) == [1, 1])
  }

  @Test func ctrlCAtAContinuationPromptDropsTheEntry() throws {
    let (_, engine, _) = try session([
      .line("if x:"), .interrupted, .line("a = 1"),
    ])
    #expect(engine.runs.map(\.source) == ["a = 1"])
  }

  @Test func interruptingACellStopsItAndKeepsVariables() throws {
    let interrupt = InterruptFlag()
    let engine = FakeEngine()
    engine.cancelFlag = interrupt
    let (text, _, _) = try session(
      [
        .line("a = 7"), .line("cancel_self\nslow 1000\nb = 2"), .line("a"),
        .line("vars"),
      ], engine: engine,
      interrupt: interrupt)
    #expect(
      text.contains(
        "Interrupted. The cell stopped; the variables are kept.\n7\n  a = 7\n"))
    #expect(!interrupt.isRaised)
    #expect(engine.variables == ["a": "7"])
  }

  /// With nothing stale, `rerun` runs nothing and says so (rerunning the
  /// last cell unasked could undo a value just set); `rerun last` runs the
  /// last cell again, with its code; an assignment nothing read leaves no
  /// stale cell.
  @Test func rerunWithNothingStaleRunsNothingAndRerunLastRunsTheLastCell()
    throws
  {
    let (text, _, _) = try session(
      ["", "", "rerun", "unrelated = 1", "rerun", "rerun last", "where"]
        .map { .line($0) },
      opening: "1", display: .plain(width: 200))
    // Messages wrap at 100 columns: compare them on one line.
    let flat = text.replacingOccurrences(of: "\n", with: " ")
    let nothingStale =
      "Nothing is stale, so nothing was rerun: no cell depends on a value"
      + " changed since it ran. `rerun last` runs the last cell again. "
    #expect(flat.components(nothingStale) == 2)
    // Run once by Enter, once by `rerun last`.
    #expect(text.components("11 │ lr = 0.1\n12 │ print(lr)\n") == 2)
    #expect(text.components("\n0.1\n") == 2)
    #expect(!text.contains("Stale"))
    #expect(!text.contains("stale cell"))
  }

  /// The same message in Chinese, from the catalog.
  @Test func rerunWithNothingStaleSaysSoInChinese() throws {
    let (text, _, _) = try Language.with(.zh) {
      try session(
        ["", "", "rerun"].map { .line($0) }, opening: "1",
        display: .plain(width: 200))
    }
    // Chinese wraps between characters: compare without breaks or spaces.
    #expect(
      text.squeezed.hasSuffix(
        ("没有待重算的单元格，所以什么也没有重新运行：没有哪个单元格依赖的值在它运行之后改变过。"
          + "`rerun last` 会再运行一次上一个单元格。").squeezed))
  }

  /// A command word typed alone that also names a variable (lesson 3's
  /// `runs`) runs the command and says which one ran; without such a
  /// variable, nothing is added.
  @Test func aCommandThatNamesAVariableSaysWhichRan() throws {
    let (text, _, _) = try session(
      ["knobs", "runs = [1, 2]", "runs"].map { .line($0) },
      display: .plain(width: 200))
    #expect(
      text.replacingOccurrences(of: "\n", with: " ").hasSuffix(
        "No lesson is open: `lessons` lists them, `open N` opens one. "
          + "That ran the command `runs`, not your variable `runs`:"
          + " `print(runs)` shows the variable. "))
    #expect(text.components("That ran the command") == 1)
    let (chinese, _, _) = try Language.with(.zh) {
      try session(
        ["runs = [1, 2]", "runs"].map { .line($0) },
        display: .plain(width: 200))
    }
    #expect(
      chinese.squeezed.hasSuffix(
        "刚才运行的是命令 `runs`，不是你的变量 `runs`：输入 `print(runs)` 查看这个变量。"
          .squeezed))
  }

  @Test func helpListsCommandsAndAsksTheEngineForNames() throws {
    let (text, _, _) = try session(
      ["help", "help rerun", "help fit", "help nothing"].map { .line($0) },
      display: .plain(width: 100))
    #expect(
      text.contains(
        "  rerun              run the stale cells again, in lesson order\n"
      ))
    #expect(
      text.contains(
        "  save [K] FILE.svg  write the last chart shown, or the K-th of the last output, as an SVG file\n"
      ))
    #expect(text.contains("Builtins (help NAME for one):\n  fit plot print\n"))
    #expect(
      text.contains(
        "rerun  run the stale cells again, in lesson order\n"
      ))
    #expect(text.contains("fit(model, data) trains a model.\n"))
    #expect(
      text.hasSuffix(
        "No help for \"nothing\": `help` lists the commands and builtins.\n"))
  }

  /// Issue 16, item 6: at 60 columns a command's summary wraps under its
  /// own column, and messages wrap at spaces.
  @Test func helpWrapsToTheWidth() throws {
    let (text, _, _) = try session(["help", "help nothing"])
    #expect(
      text.contains(
        "  rerun              run the stale cells again, in lesson\n"
          + "                     order\n"))
    #expect(
      text.hasSuffix(
        "No help for \"nothing\": `help` lists the commands and\nbuiltins.\n"))
  }

  @Test func resetClearsVariables() throws {
    let (text, engine, _) = try session(["a = 1", "reset", "vars"])
    #expect(text.hasSuffix("The variables are cleared.\nNo variables yet.\n"))
    #expect(engine.resets == 1)
  }

  @Test func openReportsUnknownAndBrokenLessons() throws {
    let (text, _, _) = try session(
      ["open nope", "open 3", "open", "", "rerun"].map { .line($0) },
      display: .plain(width: 300))
    #expect(
      text.contains(
        "no lesson \"nope\"; choose one of: 1 basics, 2 errors, 3 broken\n"))
    #expect(text.contains("/03-broken.md is not a valid lesson:\n  "))
    #expect(text.contains("03-broken.md:1: the lesson has no title"))
    #expect(
      text.contains(
        "03-broken.md:5: this fenced block is never closed (expected ```)\n"))
    #expect(
      text.contains("open takes a lesson number or name, as in \"open 1\".\n"))
    #expect(
      text.contains(
        "No lesson is open: `lessons` lists them, `open N` opens one.\n"))
    #expect(text.hasSuffix("No cell has run yet: Enter runs the next one.\n"))
  }

  @Test func progressLineIsDrawnInPlaceOnlyOnATerminal() throws {
    let terminal = ShellDisplay(
      width: 70, color: false, ascii: true, interactive: true)
    let (text, _, _) = try session([.line("slow 3")], display: terminal)
    #expect(
      text.contains(
        "\r\u{1B}[2Kfit 1/3  [####........]  loss 1.0000  0:00 elapsed  ~0:00 left"
      ))
    #expect(
      text.contains(
        "\r\u{1B}[2Kfit 3/3  [############]  loss 0.3333  0:00 elapsed"))
    #expect(text.hasSuffix("0:00 elapsed\r\u{1B}[2Ktrained 3 epochs\n"))
    let (plain, _, _) = try session(["slow 3"])
    #expect(!plain.contains("\u{1B}"))
    #expect(!plain.contains("fit 1/3"))
  }

  @Test func colourStylesOnlyWhenEnabled() throws {
    let colour = ShellDisplay(
      width: 60, color: true, ascii: false, interactive: false)
    let (text, _, _) = try session([.line("help rerun")], display: colour)
    #expect(
      text.contains("\u{1B}[33mrerun\u{1B}[0m  run the stale cells again"))
  }

  @Test func completesCommandsLessonNamesAndEngineNames() throws {
    let reader = ScriptedReader([String]())
    let engine = FakeEngine()
    engine.variables = ["lr": "0.1"]
    let shell = Shell(
      catalog: try Fixtures.catalog(), engine: engine, reader: reader,
      display: .plain(),
      interrupt: InterruptFlag(), write: { _ in })
    defer { withExtendedLifetime(shell) {} }
    let complete = try #require(reader.completer)
    #expect(complete("op", 2).contains("open"))
    #expect(complete("open b", 6) == ["basics", "errors", "broken"])
    #expect(complete("help ", 5).contains("fit"))
    #expect(complete("x = l", 5) == ["fit", "print", "plot", "lr"])
  }
}

@Suite("ShellCommand")
struct ShellCommandTests {
  @Test(arguments: [
    ("", ShellCommand.advance), ("  ", .advance), ("next", .next),
    ("back", .back), ("rerun", .rerun),
    ("step", .step(nil)), ("step 4", .step(4)), ("where", .whereAmI),
    ("lessons", .lessons),
    ("open 2", .open("2")), ("open", .open(nil)), ("reset", .reset),
    ("vars", .vars), ("help", .help(nil)),
    ("help fit", .help("fit")), ("quit", .quit), ("exit", .quit),
    ("rerun last", .rerunLast), ("auto", .auto(nil)), ("auto on", .auto(true)),
    ("auto off", .auto(false)), ("knobs", .knobs), ("runs", .runs),
    ("compare 1 3", .compare([1, 3])), ("compare", .compare([])),
    ("forget", .forget),
  ])
  func parsesCommands(line: String, command: ShellCommand) {
    #expect(ShellCommand(parsing: line) == command)
  }

  @Test(arguments: [
    "help(fit)", "next = 3", "vars.x", "step = 1", "quit()", "lr = 0.5",
    "open a b", "auto = 1", "runs = []", "compare(a, b)", "compare a",
    "rerun = 2",
  ])
  func leavesLanguageLinesAlone(line: String) {
    #expect(ShellCommand(parsing: line) == nil)
  }
}

extension String {
  /// The text without line breaks and spaces, to compare wrapped Chinese.
  var squeezed: String { filter { $0 != "\n" && $0 != " " } }

  func components(_ piece: String) -> Int {
    var count = 0
    var rest = self[...]
    while let range = rest.firstRange(of: piece) {
      count += 1
      rest = rest[range.upperBound...]
    }
    return count
  }
}
