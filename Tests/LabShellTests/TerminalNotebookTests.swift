import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The notebook loop on a real terminal (tmux): `edit` through the
/// learner's editor, `step N` from a fresh start, resuming after `quit`,
/// a multi-line entry recalled whole, Ctrl-C keeping a fit's history.
@Suite(
  "trainlab's notebook loop on a terminal",
  .enabled(if: Executable.tmux != nil, "needs tmux"))
struct TerminalNotebookTests {
  /// trainlab in tmux with its state in `state`, `arguments` after the
  /// lessons folder, and `environment` added.
  func start(
    _ arguments: [String], state: ScratchFolder,
    environment: [String] = [], width: Int = 100
  ) throws -> TmuxSession {
    try TmuxSession.trainlab(
      arguments, state: state, environment: environment, width: width)
  }

  @Test func editRunsTheChangedCellAndWhereMarksIt() throws {
    let state = try ScratchFolder("edit")
    // The "editor": changes the number in the file it is given.
    let editor = try state.write(
      "editor.sh", "#!/bin/sh\nsed -i 's/lr = 0.1/lr = 0.7/' \"$1\"\n")
    chmod(editor, 0o755)
    let lab = try start(
      ["1"], state: state, environment: ["EDITOR=\(editor)", "VISUAL="])
    try lab.waitFor("Press Enter to begin")
    try lab.command("")
    try lab.waitFor("Enter runs this cell.")
    // A cell of several lines opens in the editor and runs when it ends.
    try lab.command("edit")
    try lab.waitFor("lr = 0.7")
    try lab.waitFor("lr is 0.7\n")
    try lab.command("where")
    try lab.waitFor("1. Setting a rate  ✓  (edited)")
    // A one-line cell is put into the prompt to edit in place (GNU
    // readline; a libedit build opens the editor instead, as above).
    try lab.command("")
    try lab.waitFor("Step 2/3 · Using it")
    let lineEditor = ProcessInfo.processInfo.environment["TRAINLAB_LINE_EDITOR"]
    if lineEditor != "libedit" {
      try lab.enter("edit")
      try lab.waitFor("lab> print(\"ten times lr is\", lr * 10)")
      try lab.press("Left")
      try lab.type("0")
      try lab.press("Enter")
      try lab.waitFor("ten times lr is 70\n")
      try lab.waitForLastLine("lab>")
    }
    // The lesson file is unchanged.
    let file = try String(
      contentsOfFile: Executable.lessons + "/01-stepping.md", encoding: .utf8)
    #expect(file.contains("lr = 0.1\n") && file.contains("lr * 10)"))
    try lab.press("C-d")
    try lab.waitFor("TRAINLAB-EXIT-0")
  }

  @Test func stepNFromAFreshStartRunsTheCellsBeforeIt() throws {
    let state = try ScratchFolder("jump")
    let lab = try start(["1", "--step", "3"], state: state)
    try lab.waitFor("Step 3 builds on steps 1–2: running its 2 cells first.")
    try lab.waitFor("Step 3/3 · A long fit")
    try lab.command("")
    try lab.waitFor("done true")
    #expect(!(try lab.screen()).contains("unknown name"))
    // `step 2` from step 3 runs nothing again.
    try lab.command("step 2")
    #expect(!(try lab.screen()).contains("Step 2 builds on"))
    try lab.press("C-d")
    try lab.waitFor("TRAINLAB-EXIT-0")
  }

  @Test func quitRemembersThePlaceAndTheNextStartResumes() throws {
    let state = try ScratchFolder("resume")
    let first = try start(["1"], state: state)
    try first.command("step 2")
    try first.enter("quit")
    try first.waitFor("TRAINLAB-EXIT-0")
    let resume = try String(
      contentsOfFile: state.path + "/xdg/trainlab/resume", encoding: .utf8)
    #expect(resume == "lesson=stepping\nstep=2\n")

    let lab = try start([], state: state)
    try lab.waitFor(
      "Last time you were at step 2 of Stepping through a lesson. Resume there? [Y/n]"
    )
    try lab.enter("")
    try lab.waitFor("Step 2/3 · Using it")
    try lab.command("")
    try lab.waitFor("ten times lr is 1\n")
    try lab.press("C-d")
    try lab.waitFor("TRAINLAB-EXIT-0")
  }

  /// The question to resume fits 40 and 60 columns in English and Chinese.
  ///
  /// It is broken at words (between 汉字), only its last line the prompt.
  /// The screen joins the lines a terminal wrapped, so a prompt readline
  /// wrapped shows as one line.
  @Test(arguments: [
    (
      40, "en",
      "Last time you were at step 2 of Stepping\nthrough a lesson. Resume there?\n[Y/n]"
    ),
    (
      60, "en",
      "Last time you were at step 2 of Stepping through a lesson.\nResume there? [Y/n]"
    ),
    (40, "zh", "上次你学到《Stepping through a lesson》\n的第 2 步。从那里继续吗？[Y/n]"),
    (60, "zh", "上次你学到《Stepping through a lesson》的第 2 步。从那里继续\n吗？[Y/n]"),
  ])
  func theResumeQuestionFitsANarrowTerminal(
    width: Int, language: String, question: String
  ) throws {
    let state = try ScratchFolder("resume-\(width)-\(language)")
    try state.write("xdg/trainlab/resume", "lesson=stepping\nstep=2\n")
    let lab = try start(["--lang", language], state: state, width: width)
    try lab.waitFor(question)
    try lab.enter("")
    try lab.waitFor(language == "en" ? "Step 2/3 · Using it" : "第 2/3 步")
    try lab.press("C-d")
    try lab.waitFor("TRAINLAB-EXIT-0")
  }

  /// Ctrl-C during a pasted block drops the rest of the paste: the lines
  /// after the interrupted one are never run (the terminal flushes its
  /// pending input on Ctrl-C, and the reader keeps none of its own).
  @Test func ctrlCDuringAPasteDropsTheRestOfIt() throws {
    let state = try ScratchFolder("paste")
    let lab = try start([], state: state)
    try lab.waitForLastLine("lab>")
    // Pasted without bracketed-paste marks: the lines arrive as typed.
    try lab.type(
      "h = fit(mlp([2, 64, 64, 2], seed=1), moons(n=2000, seed=1), epochs=100000)\n"
        + "print(\"pasted \" + \"one\")\nprint(\"pasted \" + \"two\")\n")
    try lab.waitFor("/100000")
    try lab.press("C-c")
    try lab.waitFor("stopped by Ctrl-C after epoch")
    try lab.waitForLastLine("lab>")
    try lab.enter("print(\"typed \" + \"after\")")
    let screen = try lab.waitFor("typed after\n")
    #expect(!screen.contains("pasted one"))
    #expect(!screen.contains("pasted two"))
    try lab.press("C-d")
    try lab.waitFor("TRAINLAB-EXIT-0")
  }

  @Test func ctrlDRemembersThePlaceAsQuitDoes() throws {
    let state = try ScratchFolder("resume-eof")
    let first = try start(["1"], state: state)
    try first.command("step 2")
    try first.press("C-d")
    try first.waitFor("TRAINLAB-EXIT-0")
    let resume = try String(
      contentsOfFile: state.path + "/xdg/trainlab/resume", encoding: .utf8)
    #expect(resume == "lesson=stepping\nstep=2\n")
  }

  @Test func aMultiLineEntryIsOneHistoryEntryAcrossRuns() throws {
    let state = try ScratchFolder("history")
    let first = try start([], state: state)
    try first.waitForLastLine("lab>")
    try first.enter("for i in range(2):")
    try first.enter("  print(i * 7)")
    try first.enter("end")
    try first.waitFor("\n7\n")
    try first.press("C-d")
    try first.waitFor("TRAINLAB-EXIT-0")

    let lab = try start([], state: state)
    try lab.waitForLastLine("lab>")
    try lab.press("Up")
    try lab.waitFor("lab> for i in range(2):\n  print(i * 7)\nend")
    try lab.press("Enter")
    try lab.waitFor("\n7\n", count: 1)
    try lab.waitForLastLine("lab>")
    try lab.press("C-d")
    try lab.waitFor("TRAINLAB-EXIT-0")
  }

  @Test func ctrlCDuringAFitKeepsTheHistorySoFar() throws {
    let state = try ScratchFolder("partial")
    let lab = try start(["1"], state: state)
    try lab.waitFor("Press Enter to begin")
    try lab.command("m = mlp([2, 64, 64, 2], seed=1)")
    try lab.command("d = moons(n=1000, seed=1)")
    try lab.enter("h = fit(m, d, epochs=100000)")
    try lab.waitFor("/100000  [")
    Thread.sleep(forTimeInterval: 1)
    try lab.press("C-c")
    try lab.waitFor("`h` holds what ran before Ctrl-C:")
    try lab.waitForLastLine("lab>")
    try lab.command("print(type(h), h.report)")
    try lab.waitFor("history stopped by Ctrl-C after epoch")
    try lab.press("C-d")
    try lab.waitFor("TRAINLAB-EXIT-0")
  }
}
