/// Finds every problem of a lesson without running it: `trainlab check`.
enum LessonChecker {
  /// The lesson file's structural problems, or, when it parses, each cell's
  /// problems as the engine reports them (syntax errors, unknown builtins),
  /// all as `file:line: message`.
  static func problems(in entry: LessonCatalog.Entry, engine: LessonEngine) -> [String] {
    switch entry.lesson {
    case .failure(let error):
      return error.problems.map(\.description)
    case .success(let lesson):
      return engine.problems(in: lesson).map(\.description)
    }
  }
}
