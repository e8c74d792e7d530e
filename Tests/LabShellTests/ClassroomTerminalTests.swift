import Foundation
import Testing

/// Presenter mode and the Playground on a real pseudo-terminal (tmux).
@Suite(
  "presenter and Playground on a terminal",
  .enabled(if: Executable.tmux != nil, "needs tmux"))
struct ClassroomTerminalTests {
  func start(
    _ arguments: [String], width: Int, height: Int, state: ScratchFolder
  ) throws -> TmuxSession {
    try TmuxSession.trainlab(
      arguments + ["--seed", "3"], state: state, width: width, height: height)
  }

  @Test func presenterStepsForwardAndBack() throws {
    let state = try ScratchFolder("classroom")
    let lab = try start(["present", "1"], width: 80, height: 24, state: state)
    // The step opens with its cell (it has no prose before it); its output
    // comes with the next key.
    try lab.waitFor("Step 1/3 · Setting a rate")
    try lab.waitFor("lr = 0.1")
    #expect(!(try lab.screen()).contains("lr is 0.1"))
    try lab.press("Space")
    try lab.waitFor("lr is 0.1")
    try lab.press("Right")
    try lab.waitFor("Step 2/3 · Using it")
    #expect(!(try lab.screen()).contains("Setting a rate"))
    try lab.press("Space")
    try lab.waitFor("ten times lr is 1\n")
    try lab.press("Left")  // hides the output
    try lab.press("Left")  // step 1, all of it
    let back = try lab.waitFor("Step 1/3 · Setting a rate")
    #expect(back.contains("lr is 0.1"), "the output is kept, not rerun")
    try lab.press("q")
    try lab.waitFor("Back at the prompt after step 1/3")
    try lab.command("print(lr * 10)")
    try lab.waitFor("\n1\n")
  }

  /// A cell's output in the presenter reaches the screen through the same
  /// filter as at the prompt: an error quoting a datasets folder whose
  /// name holds OSC 0 (set the window title) shows it as `^[]0;…^G`, and
  /// the title stays as it was.
  @Test func presenterShowsControlCharactersOfOutputAsText() throws {
    let state = try ScratchFolder("classroom")
    let lessons = try state.write(
      "lessons/01-data.md",
      "# Data\n\n## One\n\n```lab\nd = dataset(\"nope\")\n```\n")
    let datasets = state.path + "/data\u{1B}]0;PWNED\u{07}\u{9B}2Jx"
    try FileManager.default.createDirectory(
      atPath: datasets, withIntermediateDirectories: true)
    let lab = try TmuxSession.trainlab(
      ["present", "1", "--datasets", datasets],
      lessons: (lessons as NSString).deletingLastPathComponent, state: state,
      width: 100, height: 24)
    let before = try lab.title()
    try lab.waitFor("Step 1/1 · One")
    try lab.press("Space")
    let screen = try lab.waitFor("no data set named")
    #expect(screen.contains("data^[]0;PWNED^GM-^[2Jx"))
    #expect(try lab.title() == before)
    #expect(try lab.title() != "PWNED")
    try lab.press("q")
    try lab.waitFor("Back at the prompt")
  }

  @Test func playgroundTrainsChangesAControlAndLeavesPg() throws {
    let state = try ScratchFolder("classroom")
    let lab = try start(["playground"], width: 100, height: 35, state: state)
    try lab.waitFor("Playground  epoch 000,000")
    try lab.waitFor("data       circle")
    try lab.press("d")
    try lab.waitFor("data       exclusive or")
    // TensorFlow Playground's view controls: a neuron shown large (the
    // output comes back after the last), the output discretized, the keys
    // listed on the bottom row.
    try lab.waitFor("R new data · f/F focus · o discretize · v test points")
    try lab.press("f")
    try lab.waitFor("x₁ · exclusive or")
    try lab.press("F")
    try lab.press("o")
    try lab.waitFor("output · exclusive or · discrete")
    try lab.press("Space")
    func epoch(_ screen: String) -> Int {
      guard let range = screen.range(of: "epoch ") else { return -1 }
      let digits = screen[range.upperBound...].prefix {
        $0.isNumber || $0 == ","
      }
      return Int(digits.filter(\.isNumber)) ?? -1
    }
    let first = try lab.waitUntil("training") { epoch($0) > 0 }
    let later = try lab.waitUntil("more epochs") { epoch($0) > epoch(first) }
    #expect(epoch(later) > epoch(first))
    try lab.press("q")
    try lab.waitFor("Left the Playground after")
    try lab.command("pg.model")
    try lab.waitFor("model playground [2, 4, 2, 1]: 25 parameters")
    try lab.command("print(pg.settings.data, pg.history.train_loss[-1] < 1)")
    try lab.waitFor("exclusive or true")
  }
}
