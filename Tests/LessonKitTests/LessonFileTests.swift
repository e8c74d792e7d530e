import Testing

@testable import LessonKit

@Suite("LessonFile")
struct LessonFileTests {
  static let sample = """
    # Dropout
    <!-- minutes: 15 -->

    Why zeroing units at random
    helps a network generalize.

    More introduction.

    ## Step 1 — The gap

    Some prose with `code`.

    ```lab
    x = 1
    y = x + 1
    ```

    After the cell.

    ```python
    # not a heading
    ```

    ## Step 2 — Closing it

    ### A subheading

    ```lab
    print(y)
    ```
    """

  @Test func parsesTitleSummaryMinutesAndSteps() throws {
    let lesson = try LessonFile.parse(Self.sample, path: "04-dropout.md")
    #expect(lesson.title == "Dropout")
    #expect(
      lesson.summary
        == "Why zeroing units at random helps a network generalize.")
    #expect(lesson.estimatedMinutes == 15)
    #expect(lesson.metadata == ["minutes": "15"])
    #expect(
      lesson.introduction == [
        .prose(
          "Why zeroing units at random\nhelps a network generalize.\n\nMore introduction."
        )
      ])
    #expect(
      lesson.steps.map(\.title) == ["Step 1 — The gap", "Step 2 — Closing it"])
    #expect(lesson.steps.map(\.line) == [9, 24])
  }

  @Test func keepsBlocksInOrderWithCellLineNumbers() throws {
    let lesson = try LessonFile.parse(Self.sample, path: "04-dropout.md")
    let first = lesson.steps[0]
    #expect(
      first.blocks == [
        .prose("Some prose with `code`."),
        .cell(
          LessonCell(source: "x = 1\ny = x + 1", line: 14, closingLine: 16)),
        .prose("After the cell.\n\n```python\n# not a heading\n```"),
      ])
    #expect(
      lesson.steps[1].blocks == [
        .prose("### A subheading"),
        .cell(LessonCell(source: "print(y)", line: 29, closingLine: 30)),
      ])
    #expect(lesson.cells.map(\.step) == [0, 1])
  }

  @Test func learningGoalsSectionGivesTheSummary() throws {
    let text = """
      # Optimizers

      Learning goals:

      See how momentum smooths the path.

      ## One
      """
    let lesson = try LessonFile.parse(text, path: "x.md")
    #expect(lesson.summary == "See how momentum smooths the path.")
    #expect(lesson.estimatedMinutes == nil)
  }

  @Test func emptyCellAndTildeFencesAndLongerFences() throws {
    let text = """
      # T
      ## S
      ~~~lab
      ~~~
      ````lab extra words
      a = "```"
      ```
      ````
      """
    let lesson = try LessonFile.parse(text, path: "x.md")
    #expect(
      lesson.steps[0].cells == [
        LessonCell(source: "", line: 4, closingLine: 4),
        LessonCell(source: "a = \"```\"\n```", line: 6, closingLine: 8),
      ])
  }

  @Test func reportsEveryProblemWithItsLine() {
    let text = """
      Intro without a title.
      ```lab
      x = 1
      ```
      <!-- minutes: soon -->
      ## Step
      ```lab
      never closed
      """
    #expect(throws: LessonFileError.self) {
      try LessonFile.parse(text, path: "bad.md")
    }
    do {
      _ = try LessonFile.parse(text, path: "bad.md")
    } catch {
      #expect(
        error.problems.map(\.description) == [
          "bad.md:1: the lesson has no title: start the file with a line \"# Title\"",
          "bad.md:2: a lab cell before the first step: put it under a \"## \" heading",
          "bad.md:5: minutes must be a whole number above 0, not \"soon\"",
          "bad.md:7: this fenced block is never closed (expected ```)",
        ])
    }
  }

  @Test func secondTitleAndNoStepsAreProblems() {
    do {
      _ = try LessonFile.parse("# A\ntext\n# B\n", path: "t.md")
      Issue.record("expected an error")
    } catch {
      #expect(
        error.description == """
          t.md:3: a second title (the first is on line 1); use ## for steps
          t.md:3: the lesson has no steps: each step starts with a "## " heading
          """)
    }
  }

  @Test(arguments: ["", "\n", "#", "##", "```", "<!--", "# T\n## S\n<!-- a: b"])
  func degenerateInputNeverTraps(text: String) {
    #expect(throws: LessonFileError.self) {
      try LessonFile.parse(text, path: "d.md")
    }
  }

  @Test func crlfLineEndingsAndHeadingClosers() throws {
    let lesson = try LessonFile.parse(
      "# Title ##\r\n## Step #\r\n```lab\r\nx = 1\r\n```\r\n", path: "w.md")
    #expect(lesson.title == "Title")
    #expect(lesson.steps[0].title == "Step")
    #expect(lesson.steps[0].cells[0].source == "x = 1")
  }

  @Test func commentsAreHiddenFromProse() throws {
    let lesson = try LessonFile.parse(
      "# T\n## S\nbefore\n<!-- note\nmulti -->\nafter\n", path: "c.md")
    #expect(lesson.steps[0].blocks == [.prose("before\nafter")])
  }
}
