import Foundation
import Localization

extension BuiltinLibrary {
  /// The builtin reference of `docs/LANGUAGE.md`, generated from the
  /// registry so the documentation cannot drift from the code.
  static func referenceMarkdown() -> String {
    var lines: [String] = ["## Builtin reference", ""]
    lines.append(
      "`help(name)` at the prompt shows the same text. Parameters with a default may be"
    )
    lines.append(
      "left out; `*name` collects any number of positional arguments.")
    let builtins = all
    for category in categories {
      let members = builtins.filter { $0.category == category.name }.sorted {
        $0.name < $1.name
      }
      guard !members.isEmpty else { continue }
      lines += ["", "### \(category.title.text(in: .en))", ""]
      lines.append(
        members.map { "[`\($0.name)`](#\(anchor($0.name)))" }.joined(
          separator: " · "))
      for builtin in members {
        lines += [
          "", "#### \(builtin.name)", "", "`\(builtin.signature)`", "",
          builtin.purpose,
        ]
        if !builtin.notes.isEmpty {
          lines.append("")
          lines += noteBullets(builtin.notes)
        }
        lines += ["", "```lab", builtin.example, "```"]
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// Notes as a Markdown list: each line that does not start with a space
  /// begins an item; indented lines continue the previous one.
  private static func noteBullets(_ notes: String) -> [String] {
    var items: [String] = []
    for line in notes.split(separator: "\n") {
      if line.hasPrefix(" "), let last = items.popLast() {
        items.append(last + " " + line.trimmingCharacters(in: .whitespaces))
      } else {
        items.append(String(line))
      }
    }
    return items.map { "- " + $0 }
  }

  private static func anchor(_ name: String) -> String {
    name.lowercased().filter {
      $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-"
    }
  }
}
