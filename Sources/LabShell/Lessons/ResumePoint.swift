import Localization

/// Where the learner left off: the lesson and step `quit` (or Ctrl-D, or
/// closing the terminal) remembers, so
/// the next start can offer to resume there.
///
/// Kept in a small file next to the history (`…/trainlab/resume`), written
/// with `FileSystem.writeTextAtomically`, two lines of `key=value`:
///
///     lesson=dropout
///     step=3
struct ResumePoint: Equatable {
  /// The lesson, as `open` takes it: a catalog name or a file's path.
  var lesson: String
  /// The step, from 1.
  var step: Int

  /// The file beside the history file at `historyPath`.
  static func path(besideHistory historyPath: String) -> String {
    let folder = historyPath.split(
      separator: "/", omittingEmptySubsequences: false
    )
    .dropLast().joined(separator: "/")
    return folder + "/resume"
  }

  /// The file's text.
  var text: String { "lesson=\(lesson)\nstep=\(step)\n" }

  /// The point written in `text`; nil when it is not one.
  init?(text: String) {
    var fields: [Substring: Substring] = [:]
    for line in text.split(separator: "\n") {
      guard let equals = line.firstIndex(of: "=") else { continue }
      fields[line[..<equals]] = line[line.index(after: equals)...]
    }
    guard let lesson = fields["lesson"], !lesson.isEmpty,
      let step = fields["step"].flatMap({ Int($0) }), step >= 1
    else { return nil }
    self.init(lesson: String(lesson), step: step)
  }

  init(lesson: String, step: Int) {
    self.lesson = lesson
    self.step = step
  }
}

extension Shell {
  /// Remembers the open lesson and step in `resumeFile`.
  ///
  /// Nothing is kept when no lesson is open or no file is kept. A failure
  /// to write is not worth stopping the learner for: it only costs the
  /// offer to resume.
  func rememberPlace() {
    guard let resumeFile, let state = current, state.step >= 0 else { return }
    let point = ResumePoint(lesson: state.entry.name, step: state.step + 1)
    try? FileSystem.writeTextAtomically(point.text, to: resumeFile)
  }

  /// Offers to resume where `quit` left off; true when the learner took it.
  func offerToResume() -> Bool {
    guard display.interactive, let resumeFile, FileSystem.isFile(resumeFile),
      let text = try? FileSystem.readText(resumeFile),
      let point = ResumePoint(text: text),
      let entry = try? catalog.entry(matching: point.lesson),
      case .success(let lesson) = entry.lesson,
      point.step <= lesson.steps.count
    else { return false }
    guard
      ask(
        "Last time you were at step \(point.step) of \(lesson.title). Resume there?",
        byDefault: true)
    else { return false }
    open(entry.name)
    jump(toStep: point.step)
    return true
  }
}
