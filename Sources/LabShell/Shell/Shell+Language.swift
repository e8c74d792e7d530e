import LessonKit
import Localization
import TermPlot

extension Shell {
  /// After `lang` with a lesson open: the same lesson in the new language
  /// (the catalog's file for it, `Lessons/zh/NAME.md` or `Lessons/NAME.md`)
  /// at the same step, with the session's variables, edits, finished and
  /// stale cells kept, and the current step shown again; or a sentence on
  /// why the lesson stays as it is.
  ///
  /// Cells are matched by position (step, then cell): a translation has
  /// the structure of its original (`LessonFile.translationProblems`).
  func reopenInCurrentLanguage() {
    guard let state = current else { return }
    let language = Language.current
    guard
      let entry = catalog.entries.first(where: {
        $0.number == state.entry.number && $0.name == state.entry.name
      })
    else {
      say(
        "\(state.entry.path) is not in the lessons folder, so it stays as it is."
      )
      return
    }
    guard entry.path != state.entry.path else {
      if entry.language != language {
        say(
          "**\(state.lesson.title)** has no translation in \(language.description) yet; it stays as it is."
        )
      }
      return
    }
    guard case .success(let lesson) = entry.lesson else {
      say(
        "\(entry.path) is not a valid lesson (`trainlab check` says why); the lesson stays as it is."
      )
      return
    }
    let problems =
      entry.language == .en
      ? LessonFile.translationProblems(state.lesson, of: lesson)
      : LessonFile.translationProblems(lesson, of: state.lesson)
    guard problems.isEmpty else {
      say(
        "\(entry.path) differs in structure from \(state.entry.path) (`trainlab check` says where); the lesson stays as it is."
      )
      return
    }
    current = state.translated(to: lesson, entry: entry)
    if reactive.lessonPath == state.entry.path {
      reactive.lessonPath = entry.path
      reactive.graph = LessonDependencies(
        lesson: lesson, builtinNames: engine.builtinNames)
    }
    showCurrentStepAgain()
  }

  /// The open lesson's current step as far as it was shown (its cells as
  /// code, not run), or the lesson's introduction before its first step.
  func showCurrentStepAgain() {
    guard let state = current else { return }
    guard state.step >= 0 else {
      showIntroduction(of: state.lesson)
      return
    }
    showStepHeader(state.step)
    for block in state.lesson.steps[state.step].blocks.prefix(state.cursor) {
      emit("")
      switch block {
      case .prose(let text): emitProse(text)
      case .cell(let cell): showCode(state.edited(cell))
      }
    }
    emit("")
    if state.pending != nil {
      hint("Enter runs this cell.")
    } else {
      hintAtEndOfStep()
    }
  }
}

extension OpenLesson {
  /// This state for `lesson`, a translation of the open one (or the
  /// original of it), whose cells are matched to the open one's by
  /// position.
  func translated(to lesson: Lesson, entry: LessonCatalog.Entry) -> OpenLesson {
    var lines: [Int: Int] = [:]
    for (old, new) in zip(self.lesson.cells, lesson.cells) {
      lines[old.cell.line] = new.cell.line
    }
    func moved(_ cell: LessonCell?) -> LessonCell? {
      guard let cell, let line = lines[cell.line] else { return nil }
      return lesson.cells.first { $0.cell.line == line }?.cell
    }
    var result = OpenLesson(entry: entry, lesson: lesson)
    result.step = step
    result.cursor = cursor
    result.completedCells = Set(completedCells.compactMap { lines[$0] })
    result.edits = Dictionary(
      uniqueKeysWithValues: edits.compactMap { line, source in
        lines[line].map { ($0, source) }
      })
    result.pending = moved(pending).map(result.edited)
    result.lastCell = moved(lastCell).map(result.edited)
    return result
  }
}
