import LessonKit
import LineEditing
import Localization

#if canImport(Glibc)
import Glibc
#endif

extension OpenLesson {
  /// `cell` as the learner has edited it in this session (the lesson file
  /// is never changed).
  func edited(_ cell: LessonCell) -> LessonCell {
    guard let source = edits[cell.line] else { return cell }
    return LessonCell(
      source: source, line: cell.line, closingLine: cell.closingLine)
  }
}

extension Shell {
  /// `edit`, `edit N`, `edit N.K`, `edit last`: a one-line cell or entry is
  /// put into the prompt to edit in place (where the line editor can);
  /// anything longer opens in the learner's editor, and the edited cell
  /// runs when it closes, unless nothing changed.
  func edit(_ target: EditTarget) {
    if case .last = target {
      editLastEntry()
      return
    }
    guard let state = current else {
      say(
        "No lesson is open: `open N` opens one; `edit last` edits your last entry."
      )
      return
    }
    guard let (cell, step) = cell(for: target, in: state) else { return }
    let source = state.edited(cell).source
    if !source.contains("\n") && reader.prefillNextLine(source) {
      pendingInPlaceEdit = cell
      hint(
        "Edit the line and press Enter to run it as the cell of step \(step).")
      return
    }
    guard let text = editInEditor(source, name: "step-\(step)") else { return }
    apply(text, to: cell)
  }

  /// The cell `target` names, with its step number (from 1); nil, with a
  /// message, when there is none.
  private func cell(for target: EditTarget, in state: OpenLesson)
    -> (LessonCell, Int)?
  {
    let steps = state.lesson.steps
    func step(of cell: LessonCell) -> Int {
      (steps.firstIndex { $0.cells.contains { $0.line == cell.line } } ?? 0) + 1
    }
    switch target {
    case .step(let number, let index):
      guard (1...steps.count).contains(number) else {
        tell(
          "There is no step \(number): this lesson has steps 1 to \(steps.count)."
        )
        return nil
      }
      let cells = steps[number - 1].cells
      guard index <= cells.count else {
        let message: Message =
          cells.isEmpty
          ? Message("Step \(number) has no cell to edit.")
          : cells.count == 1
            ? Message(
              "Step \(number) has one cell: `edit \(number)` or `edit \(number).1`."
            )
            : Message(
              "Step \(number) has \(cells.count) cells: `edit \(number)` or `edit \(number).\(cells.count)`."
            )
        emit(String(message))
        return nil
      }
      return (cells[index - 1], number)
    default:
      guard let cell = state.pending ?? state.lastCell else {
        tell(
          "No cell is shown yet: Enter shows the next one; `edit N` edits step N's."
        )
        return nil
      }
      return (cell, step(of: cell))
    }
  }

  private func editLastEntry() {
    guard let entry = lastEntry else {
      tell("Nothing typed yet: `edit last` edits the last entry you typed.")
      return
    }
    if !entry.contains("\n") && reader.prefillNextLine(entry) { return }
    guard let text = editInEditor(entry, name: "entry") else { return }
    lastEntry = text
    reader.addToHistory(text)
    runEntry(text)
  }

  /// Keeps `text` as the session's version of `cell`, shows it and runs it.
  func apply(_ text: String, to cell: LessonCell) {
    guard var state = current else { return }
    let original = state.lesson.cells.first { $0.cell.line == cell.line }?.cell
    state.edits[cell.line] = text == original?.source ? nil : text
    let edited = state.edited(cell)
    if state.pending?.line == cell.line { state.pending = nil }
    current = state
    emit("")
    showCode(edited)
    runLessonCell(edited)
  }

  /// The line entered after a cell was put into the prompt: it replaces the
  /// cell and runs (true), unless it is empty (false: handled as usual).
  func runInPlaceEdit(_ line: String, of cell: LessonCell) -> Bool {
    guard !line.allSatisfy(\.isWhitespace), let state = current else {
      return false
    }
    if line == state.edited(cell).source {
      hint("Nothing changed; the cell is not run again.")
      return true
    }
    apply(line, to: cell)
    return true
  }

  /// Opens `text` in the learner's editor, in a file of its own in a new
  /// private folder, and returns what was saved; nil (with a message) when
  /// no editor could run, it failed, or nothing changed.
  func editInEditor(_ text: String, name: String) -> String? {
    let environment = Terminal.environment()
    guard let command = ExternalEditor.command(environment: environment) else {
      say(
        "No editor found: set `EDITOR` (for example `export EDITOR=nano`) and start again."
      )
      return nil
    }
    let base =
      environment["TMPDIR"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? "/tmp"
    var template = Array((base + "/trainlab-edit-XXXXXX").utf8CString)
    guard let folder = mkdtemp(&template).map({ String(cString: $0) }) else {
      emit(
        style.errorLabel
          + "cannot make a folder for the file to edit in \(base)")
      return nil
    }
    let path = folder + "/\(name).lab"
    defer {
      unlink(path)
      rmdir(folder)
    }
    let status: Int32
    let edited: String
    do {
      try FileSystem.writeTextAtomically(text + "\n", to: path)
      status = try ExternalEditor.edit(path, with: command)
      _ = interrupt.take()
      edited = try FileSystem.readText(path, inside: folder)
    } catch let failure as ExternalEditor.Failure {
      emit(style.errorLabel + failure.message)
      return nil
    } catch let error as ShellError {
      emit(style.errorLabel + error.message)
      return nil
    } catch {
      return nil
    }
    guard status == 0 else {
      tell("The editor ended with status \(status); nothing was run.")
      return nil
    }
    let trimmed = String(edited.reversed().drop { $0 == "\n" }.reversed())
    if trimmed == text || trimmed.allSatisfy(\.isWhitespace) {
      hint(
        trimmed == text
          ? "Nothing changed; nothing was run."
          : "The file was left empty; nothing was run.")
      return nil
    }
    return trimmed
  }
}
