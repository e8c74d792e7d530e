import Localization

extension LessonFile {
  /// Where `translation` differs in structure from `original`, the lesson
  /// it translates: the rule that keeps `Lessons/zh/NAME.md` in step with
  /// `Lessons/NAME.md`.
  ///
  /// Both have the same number of steps, each step the same number of
  /// cells, and each cell the same tokens once the contents of string
  /// literals and the comments are set aside (a title, a label, a `print`
  /// or `expect` message is translated; the code is not). The prose is
  /// free. Each problem names the translation's line and the original's.
  public static func translationProblems(
    _ translation: Lesson, of original: Lesson
  ) -> [LessonFileProblem] {
    var problems: [LessonFileProblem] = []
    func problem(_ line: Int, _ message: Message) {
      problems.append(
        LessonFileProblem(
          path: translation.path, line: line, message: String(message)))
    }
    guard translation.steps.count == original.steps.count else {
      problem(
        translation.steps.first?.line ?? 1,
        "the translation has \(translation.steps.count) steps and \(original.path) has \(original.steps.count); translate each step as one step"
      )
      return problems
    }
    for (index, (step, originalStep)) in zip(
      translation.steps, original.steps
    ).enumerated() {
      let cells = step.cells
      let originalCells = originalStep.cells
      guard cells.count == originalCells.count else {
        problem(
          step.line,
          "step \(index + 1) has \(cells.count) cells and step \(index + 1) of \(original.path) (line \(originalStep.line)) has \(originalCells.count)"
        )
        continue
      }
      for (cell, originalCell) in zip(cells, originalCells) {
        let tokens = structuralTokens(cell.source)
        let originalTokens = structuralTokens(originalCell.source)
        guard tokens.map(\.text) != originalTokens.map(\.text) else {
          continue
        }
        let position =
          (0..<min(tokens.count, originalTokens.count)).first {
            tokens[$0].text != originalTokens[$0].text
          } ?? min(tokens.count, originalTokens.count)
        let line =
          position < tokens.count
          ? tokens[position].line : (tokens.last?.line ?? 1)
        let found = position < tokens.count ? tokens[position].text : "the end"
        let expected =
          position < originalTokens.count
          ? originalTokens[position].text : "the end"
        let originalLine =
          position < originalTokens.count
          ? originalTokens[position].line : (originalTokens.last?.line ?? 1)
        problem(
          cell.line + line - 1,
          "this cell's code differs from \(original.path):\(originalCell.line + originalLine - 1): \(found) where the original has \(expected) (only strings and comments may be translated)"
        )
      }
    }
    return problems
  }

  /// The tokens of a cell that must match between languages.
  ///
  /// Each comes with its text (a string literal as `"…"`, whatever it
  /// holds) and its line in the cell. Line breaks count once however many there are (a
  /// comment may take more or fewer lines in translation).
  static func structuralTokens(_ source: String) -> [(text: String, line: Int)]
  {
    let separator = "a line break"
    var lexer = Lexer(source)
    var tokens: [(text: String, line: Int)] = []
    while true {
      let token = lexer.next()
      let text: String
      switch token.kind {
      case .endOfInput:
        if tokens.last?.text == separator { tokens.removeLast() }
        return tokens
      case .separator:
        if tokens.isEmpty || tokens.last?.text == separator { continue }
        text = separator
      case .string: text = "\"…\""
      case .number(let value): text = "`\(formatNumber(value))`"
      case .identifier(let name): text = "`\(name)`"
      case .keyword(let word): text = "`\(word.rawValue)`"
      case .punctuation(let mark): text = "`\(mark.rawValue)`"
      case .invalid: text = "invalid text"
      }
      tokens.append((text, token.range.start.line))
    }
  }
}
