import LessonKit
import Localization

/// Finds every problem of a lesson without running it: `trainlab check`.
enum LessonChecker {
  /// The lesson file's structural problems, or, when it parses, each cell's
  /// problems as the engine reports them (syntax errors, unknown builtins),
  /// and for a translation (`Lessons/zh/NAME.md`) where its steps and
  /// cells differ from the English `Lessons/NAME.md`; all as
  /// `file:line: message`.
  static func problems(in entry: LessonCatalog.Entry, engine: LessonEngine)
    -> [String]
  {
    switch entry.lesson {
    case .failure(let error):
      return error.problems.map(\.description)
    case .success(let lesson):
      return engine.problems(in: lesson).map(\.description)
        + translationProblems(of: lesson)
    }
  }

  /// Where a lesson in a translation folder (`…/zh/NAME.md`) differs in
  /// structure from its original (`…/NAME.md`); none for a lesson that is
  /// not in such a folder or whose original does not parse.
  static func translationProblems(of lesson: Lesson) -> [String] {
    guard let original = originalPath(of: lesson.path),
      FileSystem.isFile(original),
      let entry = try? LessonCatalog.entry(path: original),
      case .success(let originalLesson) = entry.lesson
    else { return [] }
    return LessonFile.translationProblems(lesson, of: originalLesson).map(
      \.description)
  }

  /// `…/NAME.md` for `…/zh/NAME.md` (a folder named after a language
  /// other than English); nil otherwise.
  static func originalPath(of path: String) -> String? {
    let parts = path.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count >= 2,
      let language = Language(rawValue: String(parts[parts.count - 2])),
      language != .en
    else { return nil }
    return (parts.dropLast(2) + [parts[parts.count - 1]]).joined(
      separator: "/")
  }
}
