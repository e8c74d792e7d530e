extension Table {
  /// The table as GitHub-flavoured Markdown: a bold title line, a header
  /// row with alignment markers, numbers formatted as in the terminal and
  /// each column's best value in bold.
  /// - Returns: Markdown text ending in a newline.
  public func markdown() -> String {
    guard !columns.isEmpty else {
      return title.map { "**\(escape($0))**\n" } ?? ""
    }
    let f = formatted(ascii: true)
    var out = ""
    if let title, !title.isEmpty { out += "**\(escape(title))**\n\n" }
    out += "| " + f.headers.map(escape).joined(separator: " | ") + " |\n"
    out +=
      "|"
      + f.alignments.map { a -> String in
        switch a {
        case .left: return ":---"
        case .right: return "---:"
        case .center: return ":---:"
        }
      }.joined(separator: "|") + "|\n"
    for (r, cells) in f.cells.enumerated() {
      let texts = cells.enumerated().map { c, text -> String in
        var t = text.trimmingSpaces()
        if t.hasSuffix("*") && f.best[c] == r {
          t = "**" + String(t.dropLast()).trimmingSpaces() + "**"
        }
        return escape(t)
      }
      out += "| " + texts.joined(separator: " | ") + " |\n"
    }
    return out
  }

  private func escape(_ s: String) -> String {
    TextWidth.sanitize(s, ascii: false).replacingAll("|", with: "\\|")
  }
}

extension String {
  func trimmingSpaces() -> String {
    String(
      drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " })
        .reversed())
  }

  func replacingAll(_ target: Character, with replacement: String) -> String {
    var out = ""
    for ch in self {
      if ch == target { out += replacement } else { out.append(ch) }
    }
    return out
  }
}
