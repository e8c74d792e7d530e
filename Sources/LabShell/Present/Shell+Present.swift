import LessonKit
import LineEditing
import TermPlot
import TrainKit

extension Shell {
  /// `present [N]`: the open lesson (or lesson N), one step per screen,
  /// from the current step, until `q` (or `e`, which leaves at that step
  /// and edits its cell as the prompt's `edit` does).
  func present(_ query: String?) {
    if let query { open(query) }
    guard let opened = current else {
      say(
        "No lesson is open: `present N` presents lesson N, `lessons` lists them."
      )
      return
    }
    guard display.interactive, let screen = TerminalOutput.openFullScreen()
    else {
      say(
        "Presenter mode needs a terminal; `trainlab run \(opened.entry.name)` shows the whole lesson with its outputs."
      )
      return
    }
    guard opened.stepCount > 0 else {
      screen.close()
      say("**\(opened.lesson.title)** has no steps to present.")
      return
    }
    var state = PresenterState(lesson: opened.lesson, step: max(opened.step, 0))
    var leaveForEditing = false
    presenting: while Termination.signal == nil {
      let size = screen.size
      let display = presenterDisplay(columns: size.columns)
      if let cell = state.needsRun {
        screen.draw(
          PresenterFrame.lines(
            state, display: display, height: size.rows,
            status: "running the cell… (Ctrl-C stops it)"))
        state.outputs[cell.line] = runForPresenter(
          cell, screen: screen, columns: size.columns)
        continue
      }
      screen.draw(
        PresenterFrame.lines(state, display: display, height: size.rows))
      guard case .key(let key) = screen.readKey(timeout: nil) else { continue }
      let page = PresenterFrame.outputPage(
        state, display: display, height: size.rows)
      switch key {
      case .character(" "), .right, .enter, .pageDown, .down:
        _ = state.forward(outputPage: page)
      case .left, .backspace, .pageUp, .up:
        _ = state.back(outputPage: page)
      case .character("r"):
        if let cell = state.lastCell {
          state.outputs[cell.line] = nil
          state.revealOutput(of: cell)
        }
      case .character("e"):
        leaveForEditing = true
        break presenting
      case .character("q"), .escape, .interrupt, .endOfInput:
        break presenting
      default: break
      }
    }
    screen.close()
    current?.step = state.step
    current?.cursor = state.lesson.steps[state.step].blocks.count
    current?.pending = nil
    let cells = state.lesson.steps[state.step].cells
    if leaveForEditing, let cell = state.lastCell,
      let index = cells.firstIndex(where: { $0.line == cell.line })
    {
      // The prompt's `edit`: the cell in the prompt or the editor, then run.
      edit(.step(state.step + 1, cell: index + 1))
    } else if leaveForEditing {
      show(step: state.step)
    } else {
      hint(
        "Back at the prompt after step \(state.step + 1)/\(state.stepCount). Enter shows the next step; `present` goes on presenting."
      )
    }
  }

  /// The shell's display at the screen's width.
  func presenterDisplay(columns: Int) -> ShellDisplay {
    var copy = display
    copy.width = columns
    return copy
  }

  /// Runs `cell` with its output captured as lines (Ctrl-C stops it).
  func runForPresenter(_ cell: LessonCell, screen: FullScreen, columns: Int)
    -> [String]
  {
    var captured = ""
    let savedOutput = engine.output
    let savedProgress = engine.progress
    engine.output = { captured += $0 }
    engine.progress = nil
    interrupt.lower()
    screen.setRaw(allowSignals: true)
    current?.lastCell = cell
    // The session's version of the cell, if `edit` changed it.
    let source = current?.edited(cell).source ?? cell.source
    let outcome = engine.run(
      source, file: current?.entry.path ?? "", line: cell.line,
      size: presenterDisplay(columns: columns).size())
    screen.setRaw(allowSignals: false)
    _ = interrupt.take()
    engine.output = savedOutput
    engine.progress = savedProgress
    if !outcome.charts.isEmpty { lastCharts = outcome.charts }
    if outcome.succeeded { current?.completedCells.insert(cell.line) }
    // Cleaned before it is fitted, so each line's width is that of the
    // text the screen shows.
    var lines = TextFile.visible(captured, keepingStyle: true).split(
      separator: "\n", omittingEmptySubsequences: false
    )
    .map(String.init)
    if lines.last == "" { lines.removeLast() }
    lines += OutcomeReport.lines(
      for: outcome, style: style, ascii: display.ascii)
    return lines.flatMap { LineBreaker(width: columns).fit($0) }
  }
}
