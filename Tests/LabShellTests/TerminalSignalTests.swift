import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The real executable on a pseudo-terminal (tmux): SIGTERM and SIGHUP at
/// the prompt, and the question before `save` replaces a file.
///
/// After a signal the terminal is given back with echo on, the history is
/// kept, and the status is 128 + the signal.
@Suite(
  "trainlab signals and questions on a terminal",
  .enabled(if: Executable.tmux != nil, "needs tmux"))
struct TerminalSignalTests {
  @Test(arguments: [SIGTERM, SIGHUP])
  func aSignalAtThePromptRestoresTheTerminalAndKeepsTheHistory(
    signal: Int32
  ) throws {
    let state = try ScratchFolder("signal")
    let pidFile = state.path + "/pid"
    let trainlab = [
      "env", "HOME=\(state.path)", "XDG_STATE_HOME=\(state.path)/xdg",
      "LC_ALL=C.UTF-8", Executable.trainlab, "--lessons", Executable.lessons,
    ].map { "'\($0)'" }.joined(separator: " ")
    // The shell records its pid, then becomes trainlab; afterwards the
    // terminal's echo setting is printed.
    let command =
      "sh -c 'echo $$ > \(pidFile); exec \(trainlab.replacingOccurrences(of: "'", with: ""))'; "
      + "echo TRAINLAB-EXIT-$?; stty -a | tr ' ' '\\n' | grep -x -- '-*echo'; sleep 600"
    let lab = try TmuxSession(
      command: command, width: 80, height: 24, tmux: Executable.tmux ?? "tmux")
    try lab.command("kept = 42")
    try lab.type("half typed")
    try lab.waitFor("lab> half typed")
    let pid = try String(contentsOfFile: pidFile, encoding: .utf8)
      .trimmingCharacters(in: .whitespacesAndNewlines)
    kill(pid_t(pid) ?? 0, signal)
    let screen = try lab.waitFor("TRAINLAB-EXIT-\(128 + signal)\necho")
    #expect(!screen.contains("-echo"))
    // libedit writes its history with vis(3) escapes (a space is "\\040").
    let history = try String(
      contentsOfFile: state.path + "/xdg/trainlab/history", encoding: .utf8
    )
    .replacingOccurrences(of: "\\040", with: " ")
    #expect(history.contains("kept = 42\n"))
  }

  @Test func saveAsksBeforeReplacingAFile() throws {
    let state = try ScratchFolder("ask")
    let file = try state.write("chart.svg", "old\n")
    let command = [
      "env", "HOME=\(state.path)", "XDG_STATE_HOME=\(state.path)/xdg",
      "LC_ALL=C.UTF-8", Executable.trainlab, "--lessons", Executable.lessons,
    ].map { "'\($0)'" }.joined(separator: " ")
    let lab = try TmuxSession(
      command: command + "; sleep 600", width: 120, height: 40,
      tmux: Executable.tmux ?? "tmux")
    try lab.command("plot([1, 2, 3])")
    try lab.enter("save \(file)")
    try lab.waitFor("\(file) exists. Replace it? [y/N] ")
    try lab.enter("n")
    try lab.waitFor("Not saved: \(file) is unchanged.")
    #expect(try String(contentsOfFile: file, encoding: .utf8) == "old\n")
    try lab.enter("save \(file)")
    try lab.waitFor("Replace it? [y/N] ", count: 2)
    try lab.enter("y")
    try lab.waitFor(
      "Saved the last chart to \(file), replacing the file there.")
    #expect(
      try String(contentsOfFile: file, encoding: .utf8).hasPrefix("<svg"))
  }
}
