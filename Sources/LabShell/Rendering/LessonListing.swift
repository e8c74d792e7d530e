import TermPlot

/// The list of lessons shown by the welcome, `lessons` and `trainlab list`:
/// number, title, estimated minutes, and the summary on the next line.
enum LessonListing {
  static func lines(_ catalog: LessonCatalog, display: ShellDisplay) -> [String]
  {
    guard !catalog.entries.isEmpty else {
      return ["There are no lessons in this folder."]
    }
    let style = display.style
    var lines = [style.bold("Lessons")]
    let numberWidth = String(catalog.entries.map(\.number).max() ?? 0).count
    let indent = String(repeating: " ", count: numberWidth + 4)
    for entry in catalog.entries {
      let number =
        String(repeating: " ", count: numberWidth - String(entry.number).count)
        + "\(entry.number)"
      switch entry.lesson {
      case .success(let lesson):
        let minutes =
          lesson.estimatedMinutes.map { style.dim(" (\($0) min)") } ?? ""
        lines += LineBreaker(width: display.columns).lines(
          style.bold(lesson.title) + minutes, first: "  \(number). ",
          rest: indent)
        if !lesson.summary.isEmpty {
          let plain = firstSentence(
            of: InlineMarkdown.plainText(lesson.summary))
          lines.append(
            indent
              + display.truncate(plain, to: display.columns - indent.count - 1))
        }
      case .failure:
        lines += LineBreaker(width: display.columns).lines(
          "\(entry.name) "
            + style.error("(not a valid lesson: `trainlab check` says why)"),
          first: "  \(number). ", rest: indent)
      }
    }
    return lines
  }

  /// The first sentence of `text`, or all of it.
  ///
  /// A sentence ends at a full stop followed by a space and a capital
  /// letter, so an abbreviation such as "e.g. this" is not an end.
  static func firstSentence(of text: String) -> String {
    var rest = text[...]
    while let end = rest.firstRange(of: ". ") {
      let next = text[end.upperBound...].first
      if next?.isUppercase == true {
        return String(text[..<end.lowerBound]) + "."
      }
      rest = text[end.upperBound...]
    }
    return text
  }
}

/// Step titles as the shell shows them, after its own "Step 2/7 · ".
enum StepTitle {
  /// `title` without a leading "Step 2 —", "Step 2:" or "Step 2." that
  /// would repeat the shell's numbering.
  static func short(_ title: String) -> String {
    var rest = Substring(title)
    guard rest.lowercased().hasPrefix("step ") else { return title }
    rest = rest.dropFirst(5)
    let digits = rest.prefix { $0.isASCII && $0.isNumber }
    guard !digits.isEmpty else { return title }
    rest = rest.dropFirst(digits.count).drop { $0 == " " }
    guard let mark = rest.first, "—–-:.".contains(mark) else { return title }
    let short = rest.dropFirst().drop { $0 == " " }
    return short.isEmpty ? title : String(short)
  }
}

extension ShellDisplay {
  /// `text` cut to `width` terminal columns, ending in an ellipsis when
  /// cut (its styling kept).
  func truncate(_ text: String, to width: Int) -> String {
    TextWidth.truncate(text, to: width, ascii: ascii)
  }
}
