import LessonKit
import Localization
import TermPlot

/// Where the learner is in an open lesson.
struct OpenLesson {
  var entry: LessonCatalog.Entry
  var lesson: Lesson
  /// The step shown, or -1 before the first step.
  var step = -1
  /// The next block of the step to show.
  var cursor = 0
  /// A cell that is shown and runs on Enter.
  var pending: LessonCell?
  /// The cell run last, for `rerun`.
  var lastCell: LessonCell?
  /// The first lines of the cells that have run without error.
  var completedCells: Set<Int> = []
  /// The learner's edits of cells, by the cell's first line: the session's
  /// version of the cell (`edit`); the file is never changed.
  var edits: [Int: String] = [:]

  var stepCount: Int { lesson.steps.count }
}

extension Shell {
  // MARK: - Lessons

  func showWelcome() {
    say(
      "**TrainLab** — see how deep-learning models are trained, one step at a time."
    )
    emit("")
    listLessons()
    emit("")
    say(
      "Type `open \(catalog.entries.first?.number ?? 1)` (or a lesson's name) to start, `help` for commands, or any line of the lesson language to try it. Ctrl-D leaves."
    )
  }

  func listLessons() {
    if let reloadCatalog, let fresh = try? reloadCatalog() { catalog = fresh }
    emit(lines: LessonListing.lines(catalog, display: display))
  }

  func truncate(_ text: String, to width: Int) -> String {
    display.truncate(text, to: width)
  }

  func open(_ query: String) {
    if let reloadCatalog {
      do { catalog = try reloadCatalog() } catch {
        emit(style.errorLabel + error.message)
      }
    }
    let entry: LessonCatalog.Entry
    do {
      if let file = try LessonCatalog.fileEntry(query) {
        entry = file
      } else {
        entry = try catalog.entry(matching: query)
      }
    } catch {
      emit(error.message)
      return
    }
    switch entry.lesson {
    case .failure(let error):
      emit(
        style.errorLabel
          + String(Message("\(entry.path) is not a valid lesson:")))
      emit(lines: error.problems.map { "  " + $0.description })
    case .success(let lesson):
      engine.reset()
      variablesCleared()
      current = OpenLesson(entry: entry, lesson: lesson)
      journal = []
      showIntroduction(of: lesson)
    }
  }

  /// The lesson's title and introduction, and how to begin.
  func showIntroduction(of lesson: Lesson) {
    emit("")
    emit(style.heading(lesson.title))
    emit(style.dim(underline(lesson.title, display.ascii ? "=" : "═")))
    for block in lesson.introduction {
      if case .prose(let text) = block { emitProse(text) }
    }
    let steps = lesson.steps.count
    emit("")
    if let minutes = lesson.estimatedMinutes {
      hint(
        "\(steps) steps, about \(minutes) minutes. Press Enter to begin; `where` shows the outline."
      )
    } else {
      hint(
        "\(steps) steps. Press Enter to begin; `where` shows the outline.")
    }
  }

  func emitProse(_ markdown: String) {
    emit(lines: prose.render(markdown))
  }

  /// A rule under `title` as wide as the title's first line.
  func underline(_ title: String, _ rule: String) -> String {
    String(
      repeating: rule,
      count: min(TextWidth.of(title), display.columns))
  }

  // MARK: - Stepping

  /// Enter on an empty line: runs the shown cell, or shows the next step.
  func advance() {
    guard var state = current else {
      say("No lesson is open: `lessons` lists them, `open N` opens one.")
      return
    }
    if let cell = state.pending {
      state.pending = nil
      current = state
      runLessonCell(cell)
      showUntilNextCell()
      return
    }
    if state.step < 0
      || state.cursor >= state.lesson.steps[state.step].blocks.count
    {
      if state.step + 1 < state.stepCount {
        show(step: state.step + 1)
      } else {
        say(
          "That was the last step of **\(state.lesson.title)**. `lessons` lists the others."
        )
      }
      return
    }
    showUntilNextCell()
  }

  /// Shows step `index` (0-based) from its start.
  func show(step index: Int) {
    guard var state = current else { return }
    state.step = index
    state.cursor = 0
    state.pending = nil
    current = state
    showStepHeader(index)
    showUntilNextCell()
  }

  /// The header of step `index` (0-based) of the open lesson.
  func showStepHeader(_ index: Int) {
    guard let state = current else { return }
    let title = StepTitle.header(
      index: index, count: state.stepCount,
      title: state.lesson.steps[index].title)
    emit("")
    emit(style.heading(title))
    emit(style.dim(underline(title, display.ascii ? "-" : "─")))
  }

  /// Shows the blocks of the current step up to and including the next
  /// cell (which then waits for Enter), or to the end of the step.
  func showUntilNextCell() {
    guard var state = current, state.step >= 0 else { return }
    let blocks = state.lesson.steps[state.step].blocks
    while state.cursor < blocks.count {
      let block = blocks[state.cursor]
      state.cursor += 1
      switch block {
      case .prose(let text):
        emit("")
        emitProse(text)
      case .cell(let cell):
        state.pending = state.edited(cell)
        current = state
        emit("")
        showCode(cell)
        hint("Enter runs this cell.")
        return
      }
    }
    current = state
    emit("")
    hintAtEndOfStep()
  }

  /// What Enter does at the end of the current step.
  func hintAtEndOfStep() {
    guard let state = current else { return }
    if state.step + 1 < state.stepCount {
      hint(
        "End of step \(state.step + 1). Enter shows the next step; try changing a value and `rerun`."
      )
    } else {
      hint("End of the lesson. `lessons` lists the others.")
    }
  }

  /// Prints a cell's code with its file line numbers in a gutter; a line
  /// too wide continues after a mark, with a blank number.
  func showCode(_ cell: LessonCell) {
    emit(lines: CodeListing.cell(cell, display: display))
  }

  @discardableResult
  func runLessonCell(_ cell: LessonCell) -> CellOutcome {
    guard var state = current else { return CellOutcome() }
    state.lastCell = cell
    current = state
    let outcome = runTracked(cell, file: state.entry.path)
    if outcome.succeeded { current?.completedCells.insert(cell.line) }
    return outcome
  }

  func showOutline() {
    guard let state = current else {
      say("No lesson is open: `lessons` lists them, `open N` opens one.")
      return
    }
    emit(
      style.bold(state.lesson.title)
        + style.dim(String(Message("  (\(state.entry.path))"))))
    for (index, step) in state.lesson.steps.enumerated() {
      let marker = index == state.step ? (display.ascii ? ">" : "▶") : " "
      let cells = step.cells
      let done =
        !cells.isEmpty
        && cells.allSatisfy { state.completedCells.contains($0.line) }
      let tick =
        done ? (display.ascii ? String(Message("  (done)")) : "  ✓") : ""
      let edited =
        cells.contains { state.edits[$0.line] != nil }
        ? String(Message("  (edited)")) : ""
      let stale = staleCells(inStep: index)
      let staleMark =
        stale.isEmpty
        ? ""
        : String(
          Message(
            "  stale: cell\(stale.count == 1 ? "" : "s") \(stale.map(String.init).joined(separator: ", "))"
          ))
      emit(
        "  \(marker) \(index + 1). \(StepTitle.short(step.title))"
          + style.success(tick) + style.dim(edited) + style.error(staleMark))
    }
    if !reactive.stale.isEmpty && reactive.lessonPath == state.entry.path {
      hint(
        "Stale cells depend on a value changed since they ran: `rerun` runs them again."
      )
    }
  }
}
