import LessonKit
import Localization
import TermPlot
import Testing

@testable import LabShell

@Suite("Presenter mode")
struct PresenterTests {
  static let lesson: Lesson = {
    let text = """
      # Presenting

      ## Step 1 — Words first

      Some prose that introduces the step.

      ```lab
      x = 1
      ```

      More prose after the cell.

      ## Step 2 — A long output

      It prints many lines.

      ```lab
      for i in range(40):
          print(i)
      end
      ```
      """
    // swift-format-ignore: NeverUseForceTry
    return try! LessonFile.parse(text, path: "p.md")
  }()

  @Test func stagesAreRevealedOneKeyAtATimeAndBack() {
    var state = PresenterState(lesson: Self.lesson)
    #expect(state.shown.count == 1)
    let moved1 = state.forward(outputPage: 0)
    #expect(moved1)  // code
    #expect(state.needsRun == nil)
    let moved2 = state.forward(outputPage: 0)
    #expect(moved2)  // output
    let cell = state.needsRun
    #expect(cell?.source == "x = 1")
    state.outputs[cell?.line ?? 0] = ["done"]
    #expect(state.needsRun == nil)
    let moved3 = state.forward(outputPage: 0)
    #expect(moved3)  // prose after the cell
    let moved4 = state.forward(outputPage: 0)
    #expect(moved4)  // step 2
    #expect(state.step == 1 && state.shown.count == 1)
    let moved5 = state.back(outputPage: 0)
    #expect(moved5)
    #expect(state.step == 0 && state.shown.count == 4)
    for _ in 0..<4 { _ = state.back(outputPage: 0) }
    #expect(state.step == 0 && state.shown.count == 1)
    let moved6 = state.back(outputPage: 0)
    #expect(!moved6)
    #expect(state.lastCell == nil)
  }

  static func atLongOutput() -> PresenterState {
    var state = PresenterState(lesson: Self.lesson, step: 1)
    _ = state.forward(outputPage: 0)
    _ = state.forward(outputPage: 0)
    if let cell = state.needsRun {
      state.outputs[cell.line] = (0..<40).map { String($0) }
    }
    return state
  }

  @Test func longOutputPagesUnderTheProse() {
    let display = ShellDisplay.plain(width: 80)
    var state = Self.atLongOutput()
    let page = PresenterFrame.outputPage(state, display: display, height: 24)
    #expect(page > 0)
    let first = PresenterFrame.lines(state, display: display, height: 24)
    #expect(first.count == 24)
    #expect(first[0] == "Step 2/2 · A long output")
    #expect(first[2] == "It prints many lines.")
    #expect(first.last?.hasPrefix("output 1/") == true)
    let moved7 = state.forward(outputPage: page)
    #expect(moved7)
    let second = PresenterFrame.lines(state, display: display, height: 24)
    #expect(second[2] == "It prints many lines.", "the prose stays")
    #expect(second.last?.hasPrefix("output 2/") == true)
    #expect(second != first)
    let moved8 = state.back(outputPage: page)
    #expect(moved8)
    #expect(PresenterFrame.lines(state, display: display, height: 24) == first)
  }

  @Test(arguments: [
    ("present-80x24-plain.txt", 80, 24, false),
    ("present-100x35-color.txt", 100, 35, true),
  ])
  func golden(name: String, width: Int, height: Int, color: Bool) throws {
    let display = ShellDisplay(
      width: width, color: color, ascii: false, interactive: true)
    try Golden.check(
      PresenterFrame.lines(
        Self.atLongOutput(), display: display, height: height
      )
      .joined(separator: "\n") + "\n", named: name)
  }

  @Test func everyLineFitsTheWidth() {
    for width in [60, 80, 100] {
      let display = ShellDisplay.plain(width: width)
      var state = PresenterState(lesson: Self.lesson)
      repeat {
        if let cell = state.needsRun {
          state.outputs[cell.line] = [String(repeating: "y", count: width)]
        }
        for line in PresenterFrame.lines(state, display: display, height: 24) {
          #expect(TextWidth.of(line) <= width)
        }
      } while state.forward(outputPage: 5)
    }
  }

  /// The keys' row is never cut: at 40 columns with a page number, in
  /// Chinese as in English, it drops words until it fits.
  @Test(arguments: [Language.en, .zh])
  func theKeysFitFortyColumnsWhole(language: Language) {
    let lines = Language.with(language) {
      PresenterFrame.lines(
        Self.atLongOutput(), display: .plain(width: 40), height: 24)
    }
    let keys = lines.last ?? ""
    #expect(TextWidth.of(keys) <= 40)
    #expect(!keys.contains("…"), "\(keys)")
    #expect(
      keys.hasSuffix("q") || keys.hasSuffix("quit") || keys.hasSuffix("退出"))
  }
}
