import TermPlot

/// Reads lesson files: Markdown where `#` is the title, each `##` heading
/// starts a step, fenced blocks tagged `lab` are code cells and everything
/// else is prose.
///
/// The format is documented for authors in `docs/WRITING-LESSONS.md`.
/// Only ATX headings (`# Title`) count; a `#` line inside any fenced block is
/// text. Fences are three or more backticks or tildes, closed by the same
/// character at least as many times. `<!-- key: value -->` comments are
/// metadata (`minutes` is the estimated time) and are never shown.
public enum LessonFile {
  /// Parses the text of a lesson file.
  ///
  /// - Parameters:
  ///   - text: The whole file.
  ///   - path: The file's path, used only in messages.
  /// - Returns: The lesson.
  /// - Throws: `LessonFileError` listing every problem: no `#` title, a
  ///   second `#` title, a fence left open, a `lab` cell before the first
  ///   step, a lesson with no steps, a `minutes` value that is not a whole
  ///   number.
  /// - Complexity: O(n) in the length of `text`.
  public static func parse(_ text: String, path: String) throws(LessonFileError)
    -> Lesson
  {
    var parser = LessonFileParser(text: text, path: path)
    return try parser.parse()
  }
}

/// The line-by-line state machine behind `LessonFile.parse`.
struct LessonFileParser {
  private let lines: [Substring]
  private let path: String
  private var problems: [LessonFileProblem] = []
  private var title: (text: String, line: Int)?
  private var metadata: [String: String] = [:]
  private var metadataLines: [String: Int] = [:]
  private var introduction: [LessonBlock] = []
  private var steps: [LessonStep] = []
  private var prose: [Substring] = []

  init(text: String, path: String) {
    // "\r\n" is one Character in Swift, so it is a separator of its own.
    var lines = text.split(omittingEmptySubsequences: false) {
      $0 == "\n" || $0 == "\r\n"
    }
    if lines.last == "" { lines.removeLast() }
    self.lines = lines
    self.path = path
  }

  mutating func parse() throws(LessonFileError) -> Lesson {
    var index = 0
    while index < lines.count {
      let line = lines[index]
      let lineNumber = index + 1
      if let fence = CodeFence(opening: line) {
        index = consumeFence(fence, openingIndex: index)
        continue
      }
      if let heading = MarkdownSyntax.heading(line) {
        switch heading.level {
        case 1:
          flushProse()
          if let first = title {
            problem(
              lineNumber,
              "a second title (the first is on line \(first.line)); use ## for steps"
            )
          } else if !steps.isEmpty {
            problem(lineNumber, "the title must come before the first step")
          } else {
            title = (heading.text, lineNumber)
          }
        case 2:
          flushProse()
          if heading.text.isEmpty {
            problem(lineNumber, "a step heading needs a title")
          }
          steps.append(
            LessonStep(title: heading.text, line: lineNumber, blocks: []))
        default:
          prose.append(line)
        }
        index += 1
        continue
      }
      if line.markdownLeadingTrimmed.hasPrefix("<!--") {
        index = consumeComment(at: index)
        continue
      }
      prose.append(line)
      index += 1
    }
    flushProse()
    if title == nil {
      problem(
        1, "the lesson has no title: start the file with a line \"# Title\"")
    }
    if steps.isEmpty && title != nil {
      problem(
        lines.count,
        "the lesson has no steps: each step starts with a \"## \" heading")
    }
    var minutes: Int?
    if let value = metadata["minutes"] {
      if let number = Int(value), number > 0 {
        minutes = number
      } else {
        problem(
          metadataLines["minutes"] ?? 1,
          "minutes must be a whole number above 0, not \"\(value)\"")
      }
    }
    guard problems.isEmpty, let title else {
      throw LessonFileError(problems: problems.sorted { $0.line < $1.line })
    }
    return Lesson(
      path: path, title: title.text, summary: summary(),
      estimatedMinutes: minutes,
      metadata: metadata, introduction: introduction, steps: steps)
  }

  // MARK: - Pieces

  /// Reads a fenced block starting at `openingIndex`; returns the index after it.
  private mutating func consumeFence(_ fence: CodeFence, openingIndex: Int)
    -> Int
  {
    var index = openingIndex + 1
    while index < lines.count, !fence.isClosed(by: lines[index]) { index += 1 }
    let closed = index < lines.count
    if !closed {
      problem(
        openingIndex + 1,
        "this fenced block is never closed (expected \(fence.marker))")
    }
    let body = lines[(openingIndex + 1)..<min(index, lines.count)]
    if fence.isLab {
      flushProse()
      let cell = LessonCell(
        source: body.joined(separator: "\n"), line: openingIndex + 2,
        closingLine: closed ? index + 1 : lines.count)
      if steps.isEmpty {
        problem(
          openingIndex + 1,
          "a lab cell before the first step: put it under a \"## \" heading")
      } else {
        steps[steps.count - 1].blocks.append(.cell(cell))
      }
    } else {
      prose.append(
        contentsOf: lines[openingIndex..<min(index + 1, lines.count)])
    }
    return index + 1
  }

  /// Reads an HTML comment starting at `start`, recording `key: value`
  /// metadata; returns the index after it.
  private mutating func consumeComment(at start: Int) -> Int {
    var index = start
    var text = ""
    while index < lines.count {
      text += (text.isEmpty ? "" : "\n") + lines[index]
      index += 1
      if text.contains("-->") { break }
    }
    guard let open = text.firstRange(of: "<!--"),
      let close = text.firstRange(of: "-->")
    else {
      problem(start + 1, "this HTML comment is never closed (expected -->)")
      return index
    }
    let inside = text[open.upperBound..<close.lowerBound]
    for entry in inside.split(separator: "\n") {
      guard let colon = entry.firstIndex(of: ":") else { continue }
      let key = entry[..<colon].markdownTrimmed.lowercased()
      let value = entry[entry.index(after: colon)...].markdownTrimmed
      guard !key.isEmpty,
        key.allSatisfy({ $0.isLetter || $0 == "-" || $0 == "_" })
      else { continue }
      metadata[key] = value
      metadataLines[key] = start + 1
    }
    let rest = text[close.upperBound...].markdownTrimmed
    if !rest.isEmpty { prose.append(Substring(rest)) }
    return index
  }

  private mutating func flushProse() {
    defer { prose.removeAll() }
    var lines = prose
    while lines.first?.markdownTrimmed.isEmpty == true { lines.removeFirst() }
    while lines.last?.markdownTrimmed.isEmpty == true { lines.removeLast() }
    guard !lines.isEmpty else { return }
    let block = LessonBlock.prose(lines.joined(separator: "\n"))
    if steps.isEmpty {
      introduction.append(block)
    } else {
      steps[steps.count - 1].blocks.append(block)
    }
  }

  /// The first paragraph of the introduction, or of a "Learning goals"
  /// ("学习目标") section, on one line.
  private func summary() -> String {
    let paragraphs = introduction.flatMap { block -> [String] in
      guard case .prose(let text) = block else { return [] }
      return Self.paragraphs(text)
    }
    if let goals = paragraphs.firstIndex(where: {
      $0.lowercased().hasPrefix("learning goals") || $0.hasPrefix("学习目标")
    }) {
      let heading = paragraphs[goals]
      let afterColon =
        heading.split(maxSplits: 1) { $0 == ":" || $0 == "：" }.dropFirst()
        .first?.markdownTrimmed ?? ""
      if !afterColon.isEmpty { return afterColon }
      if goals + 1 < paragraphs.count { return paragraphs[goals + 1] }
    }
    return paragraphs.first {
      !$0.hasPrefix("#") && !$0.hasPrefix("```") && !$0.hasPrefix("~~~")
    } ?? ""
  }

  /// Splits prose into paragraphs, each joined onto one line.
  private static func paragraphs(_ text: String) -> [String] {
    var result: [String] = []
    var current: [String] = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      let trimmed = line.markdownTrimmed
      if trimmed.isEmpty || trimmed.hasPrefix("#") {
        if !current.isEmpty { result.append(CJKBreaking.joinedLines(current)) }
        current = []
        if trimmed.hasPrefix("#") {
          result.append(String(trimmed.drop { $0 == "#" }.markdownTrimmed))
        }
      } else {
        current.append(trimmed)
      }
    }
    if !current.isEmpty { result.append(CJKBreaking.joinedLines(current)) }
    return result
  }

  private mutating func problem(_ line: Int, _ message: String) {
    problems.append(
      LessonFileProblem(path: path, line: max(line, 1), message: message))
  }
}
