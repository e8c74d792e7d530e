import Foundation
import Testing

/// `save NAME.md`: the session written as a lesson that `open` reads again
/// and `run` replays with the same outputs.
@Suite("save NAME.md")
struct SessionSavingTests {
  let lessons = ["--lessons", Executable.lessons]

  @Test func aSavedSessionOpensAndReplaysWithTheSameOutputs() throws {
    let scratch = try ScratchFolder("session")
    let file = scratch.path + "/notes.md"
    // Step 1's cell, a line of the learner's own, step 2's cell, a plot.
    let input =
      "open 1\n\n\nscaled = lr * 3\nprint(\"scaled\", scaled)\nnope(\n)\n\n\n"
      + "plot([3, 2, 1], title=\"falling\")\nsave \(file) --svg\n"
    let session = try Executable.run(
      ["--no-color", "--width", "300"] + lessons, input: input)
    #expect(session.status == 0)
    #expect(
      session.stdout.contains(
        "Saved the session (5 cells with their output and 1 SVG chart) to"
      ))
    let saved = try String(contentsOfFile: file, encoding: .utf8)
    #expect(saved.hasPrefix("# Stepping through a lesson — my session\n"))
    #expect(
      saved.contains(
        """
        ## Setting a rate

        ```lab
        lr = 0.1
        rounds = 2
        print("lr is", lr)
        ```

        ```text
        lr is 0.1
        ```

        *Typed at the prompt:*

        ```lab
        scaled = lr * 3
        ```

        *Typed at the prompt:*

        ```lab
        print("scaled", scaled)
        ```

        ```text
        scaled 0.3
        ```

        ## Using it
        """))
    // The failed entry is not kept: the saved lesson must run.
    #expect(!saved.contains("nope"))
    #expect(saved.contains("![chart 1](notes-1.svg)"))
    let svg = try String(
      contentsOfFile: scratch.path + "/notes-1.svg", encoding: .utf8)
    #expect(svg.hasPrefix("<svg"))

    // `run` replays it: the same outputs, in the same order.
    let replay = try Executable.run(
      ["run", "--no-color", "--width", "300", file])
    #expect(replay.status == 0)
    for output in ["lr is 0.1\n", "scaled 0.3\n", "ten times lr is 1\n"] {
      #expect(replay.stdout.components(separatedBy: output).count - 1 == 2)
    }
    // `open` reads it as a lesson.
    let reopened = try Executable.run(
      ["--no-color", "--width", "300", file], input: "\n\n")
    #expect(reopened.status == 0)
    #expect(reopened.stdout.contains("Stepping through a lesson — my session"))
    #expect(reopened.stdout.contains("Step 1/2 · Setting a rate"))
  }
}
