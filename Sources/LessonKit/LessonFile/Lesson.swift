/// A lesson read from a Markdown file: a title, a one-paragraph summary, an
/// optional introduction and a list of steps.
///
/// A lesson is a value: parsing the same text always gives an equal lesson,
/// and nothing in it refers back to the file system except `path`, which is
/// kept for messages (`04-dropout.md:17: …`).
///
/// ```swift
/// let lesson = try LessonFile.parse(text, path: "Lessons/04-dropout.md")
/// print(lesson.title, lesson.steps.count)
/// // Prints "Dropout 4"
/// ```
public struct Lesson: Equatable, Sendable {
  /// The file the lesson was read from, as given to the parser.
  public var path: String
  /// The text of the `#` heading.
  public var title: String
  /// The first paragraph after the title (or the first paragraph of a
  /// "Learning goals" section), on one line: what the welcome screen lists.
  public var summary: String
  /// Estimated minutes to work through the lesson, from a
  /// `<!-- minutes: 15 -->` comment; `nil` when the file does not say.
  public var estimatedMinutes: Int?
  /// Every `<!-- key: value -->` comment of the file, keys lowercased.
  public var metadata: [String: String]
  /// The prose between the title and the first step.
  public var introduction: [LessonBlock]
  /// The steps, one per `##` heading, in file order.
  public var steps: [LessonStep]

  /// Creates a lesson from its parts.
  public init(
    path: String, title: String, summary: String, estimatedMinutes: Int? = nil,
    metadata: [String: String] = [:], introduction: [LessonBlock] = [],
    steps: [LessonStep]
  ) {
    self.path = path
    self.title = title
    self.summary = summary
    self.estimatedMinutes = estimatedMinutes
    self.metadata = metadata
    self.introduction = introduction
    self.steps = steps
  }

  /// Every code cell of the lesson in file order, with the index of its step.
  public var cells: [(step: Int, cell: LessonCell)] {
    steps.enumerated().flatMap { index, step in
      step.cells.map { (step: index, cell: $0) }
    }
  }
}

/// One step of a lesson: a `##` heading and the prose and cells under it.
public struct LessonStep: Equatable, Sendable {
  /// The heading text without the `##` marker.
  public var title: String
  /// The 1-based line number of the heading in the lesson file.
  public var line: Int
  /// The prose and cells of the step, in file order.
  public var blocks: [LessonBlock]

  /// Creates a step from its parts.
  public init(title: String, line: Int, blocks: [LessonBlock]) {
    self.title = title
    self.line = line
    self.blocks = blocks
  }

  /// The code cells of the step, in file order.
  public var cells: [LessonCell] {
    blocks.compactMap { block in
      if case .cell(let cell) = block { return cell }
      return nil
    }
  }
}

/// A piece of a step: Markdown prose, or a code cell.
public enum LessonBlock: Equatable, Sendable {
  /// Markdown text to render for the reader (may contain `###` headings,
  /// lists and fenced blocks in other languages). HTML comments are removed.
  case prose(String)
  /// A fenced block tagged `lab`.
  case cell(LessonCell)
}

/// A fenced block tagged `lab`: source code of the lesson language.
public struct LessonCell: Equatable, Sendable {
  /// The code between the fences, without the fences, lines joined by `\n`.
  public var source: String
  /// The 1-based line number in the lesson file of the first line of
  /// `source` (the line after the opening fence): add it to a line inside
  /// the cell, minus one, to name the file line of an error.
  public var line: Int
  /// The 1-based line number of the closing fence.
  public var closingLine: Int

  /// Creates a cell from its parts.
  public init(source: String, line: Int, closingLine: Int) {
    self.source = source
    self.line = line
    self.closingLine = closingLine
  }
}
