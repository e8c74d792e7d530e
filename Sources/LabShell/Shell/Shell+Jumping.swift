import LessonKit
import Localization

extension Shell {
  /// `step N`: first runs the cells of the steps before N that have not
  /// run yet, quietly and with a progress line, so that step N finds the
  /// variables it builds on; then shows step N.
  ///
  /// A cell that fails or is stopped ends the catching up: its output and
  /// error are shown, and step N is not.
  func jump(toStep number: Int) {
    guard let state = current else {
      say("No lesson is open: `lessons` lists them, `open N` opens one.")
      return
    }
    guard (1...max(state.stepCount, 1)).contains(number), state.stepCount > 0
    else {
      tell(
        "There is no step \(number): this lesson has steps 1 to \(state.stepCount)."
      )
      return
    }
    let missing = state.lesson.steps.prefix(number - 1).flatMap(\.cells)
      .filter { !state.completedCells.contains($0.line) }.map(state.edited)
    if !missing.isEmpty && !catchUp(missing, before: number) { return }
    show(step: number - 1)
  }

  /// Runs `cells` with their output held back; true when every one
  /// succeeded.
  private func catchUp(_ cells: [LessonCell], before number: Int) -> Bool {
    let steps =
      number == 2 ? Message("step 1") : Message("steps 1–\(number - 1)")
    let count =
      cells.count == 1
      ? Message("its cell") : Message("its \(cells.count) cells")
    hint("Step \(number) builds on \(steps): running \(count) first.")
    for (index, cell) in cells.enumerated() {
      if display.interactive {
        showProgress(
          ProgressUpdate(
            label: String(Message("catching up")), completed: index,
            total: cells.count, detail: String(Message("line \(cell.line)"))))
      }
      guard let path = current?.entry.path else { return false }
      current?.lastCell = cell
      heldOutput = ""
      interrupt.lower()
      let outcome = engine.run(
        cell.source, file: path, line: cell.line, size: display.size())
      _ = interrupt.take()
      let held = heldOutput ?? ""
      heldOutput = nil
      if !outcome.charts.isEmpty { lastCharts = outcome.charts }
      record(
        cell.source, cellLine: cell.line, outcome: outcome,
        charts: outcome.charts)
      clearProgress()
      guard outcome.succeeded else {
        emit("")
        showCode(cell)
        write(held)
        emit(
          lines: OutcomeReport.lines(
            for: outcome, style: style, ascii: display.ascii))
        tell(
          "The cell at line \(cell.line) did not finish, so step \(number) is not shown; fix it and `step \(number)` again."
        )
        return false
      }
      current?.completedCells.insert(cell.line)
      recordQuietRun(of: cell)
    }
    clearProgress()
    progressLine.reset()
    return true
  }
}
