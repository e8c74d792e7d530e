import Foundation
import Testing

/// The real executable on a pseudo-terminal (tmux): readline, Ctrl-C, Ctrl-D,
/// resize, history.
@Suite(
  "trainlab on a terminal", .enabled(if: Executable.tmux != nil, "needs tmux"))
struct TerminalSessionTests {
  func start(width: Int = 100, height: Int = 40, state: ScratchFolder) throws
    -> TmuxSession
  {
    try TmuxSession.trainlab(
      ["1"], state: state, width: width, height: height)
  }

  @Test func stepChangeRerunInterruptAndLeave() throws {
    let state = try ScratchFolder("e2e")
    let lab = try start(state: state)

    try lab.waitFor("Press Enter to begin")
    try lab.command("")
    try lab.waitFor("Step 1/3 · Setting a rate")
    try lab.command("")
    try lab.waitFor("lr is 0.1")
    try lab.command("")
    try lab.waitFor("Step 2/3 · Using it")
    try lab.command("")
    try lab.waitFor("ten times lr is 1\n")

    try lab.command("lr = 0.5")
    try lab.command("rerun")
    try lab.waitFor("ten times lr is 5\n")

    // A long cell, stopped by Ctrl-C: the prompt comes back, variables kept.
    try lab.command("rounds = 100000")
    try lab.command("step 3")
    try lab.waitFor("Step 3/3 · A long fit")
    try lab.enter()
    try lab.waitFor("\ntraining\n")  // the output, not the source line
    try lab.waitFor("/100000  [")  // the progress line of the fit
    try lab.press("C-c")
    try lab.waitFor("Interrupted. The cell stopped; the variables are kept.")
    try lab.waitForLastLine("lab>")
    #expect(!(try lab.screen()).contains("done "))
    try lab.command("print(lr, rounds, data.train.n)")
    try lab.waitFor("0.5 100000 ")

    // Ctrl-C at the prompt abandons the line.
    try lab.type("abandoned")
    try lab.waitFor("lab> abandoned")
    try lab.press("C-c")
    try lab.waitFor("lab> abandoned^C")
    try lab.command("lr")
    try lab.waitFor("lab> lr\n0.5")

    try lab.press("C-d")
    try lab.waitFor("TRAINLAB-EXIT-0")
    let history = Self.historyText(
      try String(
        contentsOfFile: state.path + "/xdg/trainlab/history", encoding: .utf8))
    #expect(history.contains("lr = 0.5\nrerun\nrounds = 100000\nstep 3\n"))
    #expect(!history.contains("abandoned"))
  }

  /// Issue 15, item 1: a live fit on a real terminal.
  ///
  /// Mid-training the screen shows a partial chart with the progress line under it; after
  /// it the scrollback holds the final chart once and no progress line.
  @Test func liveFitDrawsInPlaceAndLeavesOnlyTheFinalChart() throws {
    let state = try ScratchFolder("e2e")
    let lab = try start(width: 100, height: 30, state: state)
    try lab.waitForLastLine("lab>")
    try lab.command("d = moons(n=200, seed=1)")
    try lab.enter(
      "h = fit(mlp([2, 16, 2], seed=1), d, epochs=400, batch=10, seed=1)")
    // A partial chart: the regions' title and the progress line under it,
    // before training ends.
    let partial = try lab.waitUntil("a partial chart") {
      $0.contains("decision regions (test)") && $0.contains("/400  [")
    }
    #expect(partial.contains("accuracy"))
    #expect(!partial.contains("fit 400/400"))
    try lab.waitForLastLine("lab>")
    try lab.command("print(len(h.train_loss))")
    let after = try lab.waitFor("\n400\n")
    #expect(after.components(separatedBy: "decision regions (test)").count == 2)
    #expect(!after.contains("/400  ["))
    // The chart was drawn for the screen: 30 rows less 4.
    let lines = after.split(separator: "\n", omittingEmptySubsequences: false)
    let title = try #require(
      lines.firstIndex { $0.contains("decision regions (test)") })
    let end = try #require(lines.firstIndex { $0.hasPrefix("lab> print(") })
    #expect(end - title == 26)
    // `clear` gives the class a clean screen (its erase reaches the
    // terminal as control, not as `^[` text).
    try lab.enter("clear")
    let cleared = try lab.waitUntil("a clean screen") {
      !$0.contains("decision regions") && $0.contains("lab>")
    }
    #expect(!cleared.contains("^["))
    try lab.press("C-d")
    try lab.waitFor("TRAINLAB-EXIT-0")
  }

  @Test func historyIsRecalledAndResizeIsHonoured() throws {
    let state = try ScratchFolder("e2e")
    let first = try start(state: state)
    try first.command("x = 41 + 1")
    try first.press("C-d")
    try first.waitFor("TRAINLAB-EXIT-0")

    let lab = try start(width: 100, state: state)
    try lab.waitForLastLine("lab>")
    try lab.press("Up")
    try lab.waitFor("lab> x = 41 + 1")
    try lab.press("Enter")
    try lab.command("x")
    try lab.waitFor("lab> x\n42")

    try lab.resize(width: 44, height: 40)
    try lab.command("help")
    let help = try lab.waitFor("Builtins")
    let builtinLines =
      help.components(separatedBy: "Builtins").last?.split(separator: "\n")
      .dropLast() ?? []
    #expect(builtinLines.count > 2)
    #expect(builtinLines.allSatisfy { $0.count <= 44 })
    try lab.press("C-d")
    try lab.waitFor("TRAINLAB-EXIT-0")
  }

  /// A history file's lines as typed.
  ///
  /// GNU readline writes them as they are; libedit (`TRAINLAB_LINE_EDITOR=libedit`) writes a `_HiStOrY_V2_` line
  /// first and escapes spaces and other characters as octal (`\040`).
  static func historyText(_ file: String) -> String {
    let marker = "_HiStOrY_V2_\n"
    guard file.hasPrefix(marker) else { return file }
    var text = ""
    var rest = Substring(file.dropFirst(marker.count))
    while let first = rest.first {
      let octal = rest.dropFirst().prefix(3)
      if first == "\\", octal.count == 3, let code = UInt8(octal, radix: 8) {
        text.append(Character(Unicode.Scalar(code)))
        rest = rest.dropFirst(4)
      } else {
        text.append(first)
        rest = rest.dropFirst()
      }
    }
    return text
  }
}
