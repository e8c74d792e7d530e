import LessonKit
import Localization
import TermPlot
import TrainKit

/// One cell or entry that ran to the end in the session, kept for
/// `save NAME.md`.
struct JournalEntry {
  /// The code as it ran (a lesson cell as edited, or what was typed).
  var source: String
  /// What it printed, without escape sequences.
  var output: String
  /// The first line of the lesson cell it is, nil for a typed entry.
  var cellLine: Int?
  /// The step shown when it ran (0-based), or -1 before the first.
  var step: Int
  /// The charts it drew, each with its size, for `save NAME.md --svg`.
  var charts: [ShownChart]
}

extension Shell {
  /// Keeps a run that succeeded for `save NAME.md` (a failed or stopped
  /// one would make the saved lesson fail where the session went on).
  func record(
    _ source: String, cellLine: Int?, outcome: CellOutcome,
    charts: [ShownChart]
  ) {
    guard outcome.succeeded else { return }
    var scanner = TextWidth.EscapeScanner()
    journal.append(
      JournalEntry(
        source: source,
        output: outcome.transcript.filter { !scanner.consumes($0) },
        cellLine: cellLine, step: current?.step ?? -1, charts: charts))
  }

  /// Whether `save` may write `path`.
  ///
  /// Yes when nothing is there, or when the learner at a terminal agrees
  /// to replace it (a script replaces); says so when the file is kept.
  func mayReplace(_ path: String) -> Bool {
    guard FileSystem.exists(path) && display.interactive else { return true }
    let shown = TextFile.visible(path)
    guard ask("\(shown) exists. Replace it?") else {
      tell("Not saved: \(shown) is unchanged.")
      return false
    }
    return true
  }

  /// `save NAME.md [--svg]`: writes the session as a lesson file.
  func saveSession(to path: String, svg: Bool) {
    let shown = TextFile.visible(path)
    guard !journal.isEmpty else {
      tell(
        "Nothing has run yet: run a cell or type a line, then save \(shown).")
      return
    }
    guard mayReplace(path) else { return }
    let stem = String(path.dropLast(3))
    var charts: [(path: String, chart: ShownChart)] = []
    let text = SessionDocument(
      lesson: current?.lesson, journal: journal
    ) { chart in
      guard svg else { return nil }
      let file = "\(stem)-\(charts.count + 1).svg"
      charts.append((file, chart))
      return String(file.split(separator: "/").last ?? Substring(file))
    }.text
    do {
      for (file, chart) in charts {
        try FileSystem.writeTextAtomically(chart.svg, to: file)
      }
      try FileSystem.writeTextAtomically(text, to: path)
    } catch {
      emit(style.errorLabel + error.message)
      return
    }
    let count =
      journal.count == 1
      ? Message("1 cell") : Message("\(journal.count) cells")
    let svgs =
      charts.isEmpty
      ? Message(verbatim: "")
      : charts.count == 1
        ? Message(" and 1 SVG chart")
        : Message(" and \(charts.count) SVG charts")
    say(
      "Saved the session (\(count) with their output\(svgs)) to \(shown): `trainlab open \(shown)` opens it, `trainlab run \(shown)` replays it."
    )
  }
}

/// The session written as a lesson file: the lesson's title and
/// introduction, then, step by step in the order they ran, the step's
/// prose and the cells as edited, the learner's own entries as cells of
/// their own, and each cell's output under it as a fenced `text` block
/// (charts as the text they are, and linked SVG files when asked).
///
/// Replayed with `trainlab run`, the cells run in the order the session
/// ran them, so the numbers are the same.
struct SessionDocument {
  let lesson: Lesson?
  let journal: [JournalEntry]
  /// Names the SVG file for a chart (nil: no SVG).
  let svgFile: (ShownChart) -> String?

  var text: String {
    var lines: [String] = []
    lines.append(
      "# " + (lesson.map { "\($0.title) — my session" } ?? "My session"))
    lines.append("")
    if let lesson {
      for case .prose(let text) in lesson.introduction {
        lines += [text, ""]
      }
    }
    // The next block of each step not yet written.
    var written: [Int: Int] = [:]
    var section: Int?
    for entry in journal {
      let step = max(entry.step, 0)
      if section != step {
        if let section { flushProse(of: section, from: &written, into: &lines) }
        section = step
        let title = lesson.flatMap {
          $0.steps.indices.contains(step) ? $0.steps[step].title : nil
        }
        lines += ["## " + (title ?? "Session"), ""]
      }
      let blocks =
        lesson.flatMap {
          $0.steps.indices.contains(step) ? $0.steps[step].blocks : nil
        } ?? []
      if let line = entry.cellLine,
        let index = blocks.firstIndex(where: {
          if case .cell(let cell) = $0 { return cell.line == line }
          return false
        }), index >= written[step, default: 0]
      {
        for case .prose(let text) in blocks[written[step, default: 0]..<index] {
          lines += [text, ""]
        }
        written[step] = index + 1
      } else if entry.cellLine == nil {
        lines += ["*Typed at the prompt:*", ""]
      }
      let fence = MarkdownExport.fence(for: entry.source)
      lines += [fence + "lab", entry.source, fence, ""]
      var output = entry.output
      while output.hasSuffix("\n") { output.removeLast() }
      if !output.isEmpty {
        let outputFence = MarkdownExport.fence(for: output)
        lines += [outputFence + "text", output, outputFence, ""]
      }
      for (index, chart) in entry.charts.enumerated() {
        if let file = svgFile(chart) {
          lines += ["![chart \(index + 1)](\(file))", ""]
        }
      }
    }
    if let section { flushProse(of: section, from: &written, into: &lines) }
    while lines.last == "" { lines.removeLast() }
    return lines.joined(separator: "\n") + "\n"
  }

  /// Writes the prose of `step` after the last cell written, up to its
  /// next cell.
  private func flushProse(
    of step: Int, from written: inout [Int: Int], into lines: inout [String]
  ) {
    guard let lesson, lesson.steps.indices.contains(step) else { return }
    let blocks = lesson.steps[step].blocks
    var index = written[step, default: 0]
    while index < blocks.count, case .prose(let text) = blocks[index] {
      lines += [text, ""]
      index += 1
    }
    written[step] = index
  }
}
