import Foundation
import Testing

/// Stale cells, `rerun`, `auto on`, knobs and before-and-after charts, on a
/// real terminal (tmux), with a lesson whose cells print markers.
@Suite(
  "reruns on a terminal", .enabled(if: Executable.tmux != nil, "needs tmux"))
struct ReactiveTerminalTests {
  static let lessons: String = {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Fixtures/ReactiveLessons").path
  }()

  func start(state: ScratchFolder) throws -> TmuxSession {
    try TmuxSession.trainlab(
      ["1"], lessons: Self.lessons, state: state, environment: ["NO_COLOR=1"])
  }

  func count(_ text: String, in screen: String) -> Int {
    screen.components(separatedBy: text).count - 1
  }

  @Test func aKnobChangeMakesItsDependentsStaleAndRerunRunsExactlyThem() throws
  {
    let state = try ScratchFolder("reactive")
    let lab = try start(state: state)

    try lab.waitFor("Press Enter to begin")
    // Every cell once: A sets the knobs, B and D read lr (D through y),
    // C reads scale.
    for _ in 0..<8 { try lab.command("") }
    try lab.waitFor("MARK-D 0.125")

    try lab.command("knobs")
    try lab.waitFor("learning rate")
    var screen = try lab.screen()
    #expect(screen.contains("│ lr    │ 0.1 │ 0.1    │ 1.1  │ 2.1 2.3 │"))
    #expect(screen.contains("│ scale │ 2   │ 2      │ 1.1  │ 2.2     │"))

    try lab.command("lr = 0.5")
    try lab.waitFor(
      "Stale: step 2, cell 1; step 2, cell 3. They depend on `lr`")
    try lab.command("where")
    try lab.waitFor("2. Using them  ✓  stale: cells 1, 3")

    try lab.command("rerun")
    screen = try lab.waitFor("MARK-D 0.625")
    #expect(
      screen.contains(
        "Rerunning 2 stale cells: step 2, cell 1; step 2, cell 3."))
    // Exactly the dependents ran again.
    #expect(count("MARK-A lr ", in: screen) == 1)
    #expect(count("MARK-B y ", in: screen) == 2)
    #expect(count("MARK-C scale ", in: screen) == 1)
    #expect(count("MARK-D ", in: screen) == 2)
    // The rerun's chart shows the earlier run, dotted, and names both.
    #expect(screen.contains("─ loss, lr=0.5"))
    #expect(screen.contains("· loss, lr=0.1"))
    #expect(screen.contains("·····"))

    // The rerun cleared the stale marks.
    try lab.command("where")
    try lab.waitFor("Using them  ✓\n")

    // auto on: a change reruns its dependents at once.
    try lab.command("auto on")
    try lab.command("scale = 3")
    screen = try lab.waitFor("MARK-C scale 3")
    #expect(count("MARK-B y ", in: screen) == 2)
    #expect(count("MARK-D ", in: screen) == 2)

    try lab.command("runs")
    screen = try lab.waitFor("final values")
    #expect(screen.contains("│   1 │ 2.3  │ 0.1 │ 2     │ loss 0.125   │"))
    #expect(screen.contains("│   2 │ 2.3  │ 0.5 │ 2     │ loss 0.625   │"))
    try lab.command("compare 2 1")
    try lab.waitFor("─ loss, lr=0.1")
    try lab.waitFor("· loss, lr=0.5")
    try lab.command("forget")
    try lab.command("runs")
    try lab.waitFor("No runs yet")

    try lab.press("C-d")
    try lab.waitFor("TRAINLAB-EXIT-0")
  }
}
