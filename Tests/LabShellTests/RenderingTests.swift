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

  @Test func longWordsAreCutAtTheWidth() {
    #expect(
      render("a " + String(repeating: "x", count: 40), width: 20) == [
        "a " + String(repeating: "x", count: 18),
        String(repeating: "x", count: 20), "xx",
      ])
  }

  /// Issue 16, item 2: lesson 06 step 9's "Try this" is an indented code
  /// block; it was joined into the paragraph and `*`/`**` became emphasis.
  @Test func indentedCodeBlocksAreCode() {
    let text = """
      Type any function of two variables and
      minimize it:

          g = fn(a, b) => 0.1 * (a + b) ** 2 + 2 * (a - b) ** 2
          t = minimize(g, start=[-3, 2], steps=50)

      Does it still help?
      """
    #expect(
      render(text, width: 80) == [
        "Type any function of two variables and minimize it:", "",
        "    g = fn(a, b) => 0.1 * (a + b) ** 2 + 2 * (a - b) ** 2",
        "    t = minimize(g, start=[-3, 2], steps=50)", "",
        "Does it still help?",
      ])
    // Inside a paragraph, an indented line is only a continuation.
    #expect(render("one\n    two", width: 80) == ["one two"])
  }

  /// Issue 16, item 2: code inside list items, indented or fenced.
  @Test func codeInsideListItemsIsCode() {
    let text = """
      - Train longer:

            h = fit(model, data, epochs=4000) ** 2

        then compare *both* losses.
      - Fewer points:
        ```
        data = poly_data(n_train=20)  # *not* emphasis
        ```
      1. Last
      """
    #expect(
      render(text, width: 60) == [
        "  • Train longer:", "",
        "      h = fit(model, data, epochs=4000) ** 2", "",
        "    then compare both losses.", "  • Fewer points:",
        "      data = poly_data(n_train=20)  # *not* emphasis", "  1. Last",
      ])
  }

  @Test func codeLinesTooWideContinueAfterAMark() {
    #expect(
      render("    x = fit(model, data, epochs=4000, batch=10)", width: 30) == [
        "    x = fit(model, data,", "    ↪ epochs=4000, batch=10)",
      ])
    #expect(
      render(
        "    x = fit(model, data, epochs=4000, batch=10)", width: 30,
        ascii: true)
        == ["    x = fit(model, data,", "    > epochs=4000, batch=10)"])
  }

  @Test func colouredCodeBlocksAreDimmedLineByLine() {
    let lines = render(
      "```\nx = fit(model, data, epochs=4000)\n```", width: 24, color: true)
    #expect(
      lines == [
        "    \u{1B}[2mx = fit(model, data,\u{1B}[0m",
        "    \u{1B}[2m↪ \u{1B}[0m\u{1B}[2mepochs=4000)\u{1B}[0m",
      ])
  }
}

@Suite("CodeListing")
struct CodeListingTests {
  @Test func continuationKeepsTheIndentAndTheGutter() {
    let listing = CodeListing(
      width: 30, style: TextStyle(enabled: false), ascii: false)
    #expect(
      listing.lines(
        "    rows = rows + [[w, hw.train_loss[-1], hw.test_acc[-1]]]",
        gutter: "12 │ ", continuation: "   │ ") == [
          "12 │     rows = rows + [[w,", "   │     ↪ hw.train_loss[-1],",
          "   │     ↪ hw.test_acc[-1]]]",
        ])
    #expect(listing.lines("", gutter: "1 │ ", continuation: "  │ ") == ["1 │ "])
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
