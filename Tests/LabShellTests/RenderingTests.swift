import LessonKit
import Testing

@testable import LabShell

@Suite("ProseRenderer")
struct ProseRendererTests {
  func render(
    _ text: String, width: Int = 30, color: Bool = false, ascii: Bool = false
  ) -> [String] {
    ProseRenderer(width: width, style: TextStyle(enabled: color), ascii: ascii)
      .render(text)
  }

  @Test func wrapsParagraphsAtTheWidth() {
    #expect(
      render(
        "Dropout zeroes each hidden unit with probability p during training.\nSo no unit relies on another."
      )
        == [
          "Dropout zeroes each hidden", "unit with probability p during",
          "training. So no unit relies on", "another.",
        ])
  }

  @Test func separatesParagraphsHeadingsAndLists() {
    // "Tail." continues the list item lazily, as in CommonMark.
    let text =
      "First.\n\n### Why\n\n- one item that is long enough to wrap around\n- two\n1. first\nTail."
    #expect(
      render(text) == [
        "First.", "", "Why", "",
        "  • one item that is long", "    enough to wrap around", "  • two",
        "  1. first Tail.",
      ])
    #expect(render("- a", ascii: true) == ["  * a"])
  }

  @Test func inlineMarkupWithoutColourKeepsBackticksAndDropsMarkers() {
    #expect(
      render("Set **lr** to *0.5* with `lr = 0.5`; see train_loss.", width: 80)
        == [
          "Set lr to 0.5 with `lr = 0.5`; see train_loss."
        ])
    #expect(
      render("[d2l](https://d2l.ai) and [above](#x)", width: 80) == [
        "d2l (https://d2l.ai) and above"
      ])
  }

  @Test func inlineMarkupWithColourUsesAnsiAndWrapsByVisibleWidth() {
    let lines = render("**bold** and `code` words here", width: 14, color: true)
    #expect(
      lines == [
        "\u{1B}[1mbold\u{1B}[0m and \u{1B}[33mcode\u{1B}[0m", "words here",
      ])
  }

  @Test func fencedBlocksAndQuotesAreKept() {
    #expect(
      render("```\nx  =  1\n```\n> a quote\n> more", width: 40) == [
        "    x  =  1", "", "│ a quote more",
      ])
  }

  @Test(arguments: [
    "", "\n\n", "*", "`", "[", "[a](", "**", "_", "- ", "1. ", "```",
  ])
  func oddInputNeverTraps(text: String) {
    _ = render(text, width: 1)
  }

  @Test func longWordsOverflowRatherThanLoop() {
    #expect(
      render("a " + String(repeating: "x", count: 40), width: 20) == [
        "a", String(repeating: "x", count: 40),
      ])
  }
}

@Suite("ProgressLine")
struct ProgressLineTests {
  @Test func showsCountBarDetailElapsedAndRemaining() {
    let report = ProgressUpdate(
      label: "fit", completed: 10, total: 40, detail: "train_loss 0.213")
    #expect(
      ProgressLine.render(report, elapsed: 3, width: 100, ascii: false)
        == "fit 10/40  [███░░░░░░░░░]  train_loss 0.213  0:03 elapsed  ~0:09 left"
    )
    #expect(
      ProgressLine.render(report, elapsed: 3, width: 30, ascii: true)
        == "fit 10/40  [###.........]")
  }

  @Test func finishedAndDegenerateReports() {
    let done = ProgressUpdate(label: "fit", completed: 5, total: 5)
    #expect(
      ProgressLine.render(done, elapsed: 3725, width: 80, ascii: true)
        == "fit 5/5  [############]  1:02:05 elapsed")
    let odd = ProgressUpdate(label: "cv", completed: 9, total: 0)
    #expect(
      ProgressLine.render(odd, elapsed: .nan, width: 80, ascii: true)
        == "cv 1/1  [############]  0:00 elapsed")
  }

  @Test func fixedFormatting() {
    #expect(ProgressLine.fixed(0.12345, decimals: 4) == "0.1235")
    #expect(ProgressLine.fixed(-2.5, decimals: 1) == "-2.5")
    #expect(ProgressLine.fixed(-0.00001, decimals: 2) == "0.00")
    #expect(ProgressLine.formatDuration(59.6) == "1:00")
  }
}

@Suite("MarkdownExport")
struct MarkdownExportTests {
  @Test func insertsOutputsAfterTheirCells() {
    let text = "# T\n## S\n```lab\nprint(1)\n```\nprose\n```lab\nx = 1\n```\n"
    #expect(
      MarkdownExport.document(text: text, outputs: [5: "1\n", 9: ""]) == """
        # T
        ## S
        ```lab
        print(1)
        ```

        ```text
        1
        ```
        prose
        ```lab
        x = 1
        ```

        """)
  }

  @Test func fenceOutgrowsBackticksInTheOutput() {
    #expect(MarkdownExport.fence(for: "a ``` b") == "````")
    #expect(MarkdownExport.fence(for: "plain") == "```")
  }
}

@Suite("StepTitle")
struct StepTitleTests {
  @Test(arguments: [
    ("Step 1 — Cells and the prompt", "Cells and the prompt"),
    ("Step 12: Adam", "Adam"), ("step 3. x", "x"),
    ("Steps to take", "Steps to take"), ("Step 2", "Step 2"),
    ("Step 2 —", "Step 2 —"), ("Stepping", "Stepping"),
    ("Step two — words", "Step two — words"),
  ])
  func dropsARepeatedStepNumber(title: String, short: String) {
    #expect(StepTitle.short(title) == short)
  }

  @Test func firstSentenceOfASummary() {
    #expect(
      LessonListing.firstSentence(of: "One thing. Then more.") == "One thing.")
    #expect(LessonListing.firstSentence(of: "No stop") == "No stop")
    #expect(LessonListing.firstSentence(of: "e.g. this") == "e.g. this")
  }
}

@Suite("TextWrap")
struct TextWrapTests {
  @Test func breaksOnlyLongLinesKeepingTheirIndent() {
    let text =
      "short line\n  an indented line that is far too long for the width\nend"
    #expect(
      TextWrap.wrap(text, width: 24) == [
        "short line", "  an indented line that", "    is far too long for",
        "    the width", "end",
      ])
    #expect(
      TextWrap.wrap("x " + String(repeating: "y", count: 30), width: 12) == [
        "x", "  " + String(repeating: "y", count: 30),
      ])
  }
}
