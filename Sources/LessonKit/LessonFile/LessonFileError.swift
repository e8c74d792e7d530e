/// Why a lesson file could not be read: every problem found, each with its
/// file and line.
///
/// The parser does not stop at the first problem, so `trainlab check` can
/// list them all at once.
public struct LessonFileError: Error, Equatable, Sendable,
  CustomStringConvertible
{
  /// The problems, in line order.
  public var problems: [LessonFileProblem]

  /// Creates an error from its problems.
  public init(problems: [LessonFileProblem]) {
    self.problems = problems
  }

  /// One line per problem: `path:line: message`.
  public var description: String {
    problems.map(\.description).joined(separator: "\n")
  }
}

/// One problem in a lesson file.
public struct LessonFileProblem: Equatable, Sendable, CustomStringConvertible {
  /// The file, as given to the parser.
  public var path: String
  /// The 1-based line the problem is on.
  public var line: Int
  /// What is wrong, as a plain sentence without a trailing period.
  public var message: String

  /// Creates a problem.
  public init(path: String, line: Int, message: String) {
    self.path = path
    self.line = line
    self.message = message
  }

  /// `path:line: message`, the form compilers use, so editors can jump to it.
  public var description: String { "\(path):\(line): \(message)" }
}
