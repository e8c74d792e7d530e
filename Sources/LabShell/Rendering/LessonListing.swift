/// The list of lessons shown by the welcome, `lessons` and `trainlab list`:
/// number, title, estimated minutes, and the summary on the next line.
enum LessonListing {
  static func lines(_ catalog: LessonCatalog, display: ShellDisplay) -> [String] {
    guard !catalog.entries.isEmpty else { return ["There are no lessons in this folder."] }
    let style = display.style
    var lines = [style.bold("Lessons")]
    let numberWidth = String(catalog.entries.map(\.number).max() ?? 0).count
    let indent = String(repeating: " ", count: numberWidth + 4)
    for entry in catalog.entries {
      let number = String(repeating: " ", count: numberWidth - String(entry.number).count) + "\(entry.number)"
      switch entry.lesson {
      case .success(let lesson):
        let minutes = lesson.estimatedMinutes.map { style.dim(" (\($0) min)") } ?? ""
        lines.append("  \(number). " + style.bold(lesson.title) + minutes)
        if !lesson.summary.isEmpty {
          let plain = InlineMarkdown.plainText(lesson.summary)
          lines.append(indent + display.truncate(plain, to: display.columns - indent.count - 1))
        }
      case .failure:
        lines.append("  \(number). \(entry.name) " + style.error("(not a valid lesson: `trainlab check` says why)"))
      }
    }
    return lines
  }
}

extension ShellDisplay {
  /// `text` cut to `width` characters, ending in an ellipsis when cut.
  func truncate(_ text: String, to width: Int) -> String {
    guard text.count > width else { return text }
    return String(text.prefix(max(0, width - 1))) + (ascii ? "." : "…")
  }
}
