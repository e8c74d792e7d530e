import Localization
import TermPlot

/// The list of lessons shown by the welcome, `lessons` and `trainlab list`:
/// number, title, estimated minutes, and the summary on the next line.
enum LessonListing {
  static func lines(_ catalog: LessonCatalog, display: ShellDisplay) -> [String]
  {
    guard !catalog.entries.isEmpty else {
      return [String(Message("There are no lessons in this folder."))]
    }
    let style = display.style
    var lines = [style.bold(String(Message("Lessons")))]
    let numberWidth = String(catalog.entries.map(\.number).max() ?? 0).count
    let indent = String(repeating: " ", count: numberWidth + 4)
    for entry in catalog.entries {
      let number =
        String(repeating: " ", count: numberWidth - String(entry.number).count)
        + "\(entry.number)"
      switch entry.lesson {
      case .success(let lesson):
        let minutes =
          lesson.estimatedMinutes.map {
            style.dim(String(Message(" (\($0) min)")))
          } ?? ""
        let untranslated =
          entry.language != Language.current
          ? style.dim(String(Message(" (in English: not translated yet)")))
          : ""
        lines += LineBreaker(width: display.columns).lines(
          style.bold(lesson.title) + minutes + untranslated,
          first: "  \(number). ",
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
            + style.error(
              String(Message("(not a valid lesson: `trainlab check` says why)"))
            ),
          first: "  \(number). ", rest: indent)
      }
    }
    return lines
  }

  /// The first sentence of `text`, or all of it.
  ///
  /// A sentence ends at a full stop followed by a space and a capital
  /// letter, so an abbreviation such as "e.g. this" is not an end; or at
  /// a Chinese full stop, exclamation or question mark (。！？), which
  /// need no space after them.
  static func firstSentence(of text: String) -> String {
    let chinese = text.firstIndex { "。！？".contains($0) }
    var rest = text[...]
    while let end = rest.firstRange(of: ". ") {
      if let chinese, chinese < end.lowerBound { break }
      let next = text[end.upperBound...].first
      if next?.isUppercase == true {
        return String(text[..<end.lowerBound]) + "."
      }
      rest = text[end.upperBound...]
    }
    if let chinese, text.index(after: chinese) < text.endIndex {
      return String(text[...chinese])
    }
    return text
  }
}

/// Step titles as the shell shows them, after its own "Step 2/7 · ".
enum StepTitle {
  /// The header of step `index` (0-based) of `count`: "Step 2/7 · Title"
  /// ("第 2/7 步 · 标题"), the one the shell and `run` print.
  static func header(index: Int, count: Int, title: String) -> String {
    String(Message("Step \(index + 1)/\(count) · \(short(title))"))
  }

  /// `title` without a leading "Step 2 —", "Step 2:" or "Step 2." (or
  /// "第2步 —", "第 2 步：") that would repeat the shell's numbering.
  static func short(_ title: String) -> String {
    var rest = Substring(title)
    if rest.lowercased().hasPrefix("step ") {
      rest = rest.dropFirst(5)
    } else if rest.hasPrefix("第") {
      rest = rest.dropFirst().drop { $0 == " " }
    } else {
      return title
    }
    let digits = rest.prefix { $0.isASCII && $0.isNumber }
    guard !digits.isEmpty else { return title }
    rest = rest.dropFirst(digits.count).drop { $0 == " " }
    if title.hasPrefix("第") {
      guard rest.first == "步" else { return title }
      rest = rest.dropFirst().drop { $0 == " " }
    }
    guard let mark = rest.first, "—–-:.：、".contains(mark) else {
      return title
    }
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
