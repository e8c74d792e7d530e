import LessonKit

/// Where presenter mode is: the step, how much of it is revealed, the
/// outputs of the cells run so far and the page of a long output.
///
/// A step is revealed in stages — each prose block, each cell's code,
/// then that cell's output — one per key. Moving is pure; running a cell
/// is the view's job (`needsRun` says which cell to run).
struct PresenterState: Equatable {
  /// One thing revealed by a key.
  enum Stage: Equatable {
    case prose(String)
    case code(LessonCell)
    case output(LessonCell)
  }

  let lesson: Lesson
  /// The step shown (0-based).
  private(set) var step: Int
  /// How many stages of the step are shown (at least 1 when it has any).
  private(set) var revealed: Int
  /// The output lines of each cell run, by the cell's first line.
  var outputs: [Int: [String]] = [:]
  /// The first output line shown when a long output is paged.
  var outputOffset = 0

  init(lesson: Lesson, step: Int = 0) {
    self.lesson = lesson
    self.step = min(max(step, 0), max(lesson.steps.count - 1, 0))
    revealed = 1
  }

  var stepCount: Int { lesson.steps.count }

  /// The stages of step `index`.
  func stages(of index: Int) -> [Stage] {
    guard lesson.steps.indices.contains(index) else { return [] }
    return lesson.steps[index].blocks.flatMap { block -> [Stage] in
      switch block {
      case .prose(let text): return [.prose(text)]
      case .cell(let cell): return [.code(cell), .output(cell)]
      }
    }
  }

  /// The stages shown now.
  var shown: [Stage] { Array(stages(of: step).prefix(revealed)) }

  /// The cell whose output is revealed but not computed yet.
  var needsRun: LessonCell? {
    guard case .output(let cell) = shown.last, outputs[cell.line] == nil
    else { return nil }
    return cell
  }

  /// The last cell shown (for `r`), if any.
  var lastCell: LessonCell? {
    for stage in shown.reversed() {
      if case .code(let cell) = stage { return cell }
    }
    return nil
  }

  /// Space or →: the next page of a long output, else the next stage,
  /// else the next step; false at the very end.
  mutating func forward(outputPage: Int) -> Bool {
    if case .output(let cell) = shown.last, let lines = outputs[cell.line],
      outputPage > 0, outputOffset + outputPage < lines.count
    {
      outputOffset += outputPage
      return true
    }
    if revealed < stages(of: step).count {
      revealed += 1
      outputOffset = 0
      return true
    }
    guard step + 1 < stepCount else { return false }
    step += 1
    revealed = 1
    outputOffset = 0
    return true
  }

  /// ←: the previous page, else hides the last stage, else the previous
  /// step (all of it); false at the very start.
  mutating func back(outputPage: Int) -> Bool {
    if outputOffset > 0 {
      outputOffset = max(0, outputOffset - max(outputPage, 1))
      return true
    }
    if revealed > 1 {
      revealed -= 1
      return true
    }
    guard step > 0 else { return false }
    step -= 1
    revealed = max(stages(of: step).count, 1)
    outputOffset = 0
    return true
  }

  /// Shows the output of `cell` (after a rerun), from its first page.
  mutating func revealOutput(of cell: LessonCell) {
    let stages = stages(of: step)
    if let index = stages.firstIndex(of: .output(cell)) {
      revealed = max(revealed, index + 1)
    }
    outputOffset = 0
  }
}
