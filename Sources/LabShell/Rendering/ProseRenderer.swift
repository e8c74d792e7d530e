import LessonKit
import TermPlot

/// Renders lesson prose (a small Markdown subset) for the terminal:
/// headings, paragraphs wrapped to a width, `*emphasis*`, `**strong**`,
/// `` `code` ``, `[links](url)`, bullet and numbered lists, quotes, and code
/// blocks — fenced or indented by four spaces, at the top level or inside
/// a list item — shown as code (dimmed, indented, never reflowed; a line
/// too long for the width continues after a mark).
///
/// Without colour, strong and emphasis markers are dropped and inline code
/// keeps its backticks, so the text still reads well in a log.
///
/// ```swift
/// ProseRenderer(width: 20, style: TextStyle(enabled: false), ascii: true)
///   .render("Dropout zeroes *each* hidden unit.")
/// // ["Dropout zeroes each", "hidden unit."]
/// ```
struct ProseRenderer {
  let width: Int
  let style: TextStyle
  let ascii: Bool

  /// The rendered lines, without newlines.
  func render(_ markdown: String) -> [String] {
    var output: [String] = []
    var paragraph: [String] = []
    var lines = markdown.split(omittingEmptySubsequences: false) {
      $0 == "\n" || $0 == "\r\n"
    }[...]

    func flush() {
      guard !paragraph.isEmpty else { return }
      separate()
      output += wrap(
        CJKBreaking.joinedLines(paragraph), first: "", rest: "")
      paragraph = []
    }
    func separate() {
      if let last = output.last, !last.isEmpty { output.append("") }
    }

    while let raw = lines.popFirst() {
      let line = raw.markdownTrimmed
      if line.isEmpty {
        flush()
        continue
      }
      // An indented code block cannot interrupt a paragraph.
      if paragraph.isEmpty && Self.indentation(raw) >= 4 {
        separate()
        output += code(
          Self.indentedBlock(first: raw, rest: &lines, indent: 4),
          indent: "    ")
        continue
      }
      if let fence = CodeFence(opening: raw) {
        flush()
        separate()
        output += code(
          Self.fencedBlock(fence, rest: &lines, indent: Self.indentation(raw)),
          indent: "    ")
        continue
      }
      if let heading = MarkdownSyntax.heading(raw) {
        flush()
        separate()
        output += wrap(heading.text, first: "", rest: "").map { style.bold($0) }
        continue
      }
      if let item = Self.listItem(line) {
        flush()
        if let last = output.last, !last.isEmpty, !Self.isListLine(last) {
          output.append("")
        }
        output += listItem(
          item, contentIndent: Self.indentation(raw) + item.contentOffset,
          rest: &lines)
        continue
      }
      if line.hasPrefix(">") {
        flush()
        separate()
        var text = String(line.dropFirst()).markdownTrimmed
        while let next = lines.first, next.markdownTrimmed.hasPrefix(">") {
          text = CJKBreaking.joinedLines(
            [text, next.markdownTrimmed.dropFirst().markdownTrimmed])
          lines.removeFirst()
        }
        let bar = ascii ? "| " : "│ "
        output += wrap(text, first: bar, rest: bar)
        continue
      }
      paragraph.append(line)
    }
    flush()
    return output
  }

  /// A list item: its first paragraph (with lazy continuation lines), then
  /// any further paragraphs and code blocks indented to its content.
  private func listItem(
    _ item: (marker: String, text: String, contentOffset: Int),
    contentIndent: Int, rest lines: inout ArraySlice<Substring>
  ) -> [String] {
    let first = "  " + item.marker + " "
    let rest = String(repeating: " ", count: TextWidth.of(first))
    var text = item.text
    while let next = lines.first, !next.markdownTrimmed.isEmpty,
      Self.listItem(next.markdownTrimmed) == nil,
      CodeFence(opening: next) == nil,
      Self.fence(next, within: contentIndent) == nil,
      MarkdownSyntax.heading(next) == nil
    {
      text = CJKBreaking.joinedLines([text, next.markdownTrimmed])
      lines.removeFirst()
    }
    var output = wrap(text, first: first, rest: rest)
    while let next = lines.first {
      if let fence = Self.fence(next, within: contentIndent) {
        lines.removeFirst()
        output += code(
          Self.fencedBlock(fence, rest: &lines, indent: contentIndent),
          indent: rest + "  ")
        continue
      }
      // After blank lines, a line indented to the content continues the
      // item: a paragraph, or code when indented four more.
      guard
        let start = lines.firstIndex(where: { !$0.markdownTrimmed.isEmpty }),
        start > lines.startIndex,
        Self.indentation(lines[start]) >= contentIndent
      else { break }
      lines = lines[start...]
      let line = lines[start]
      output.append("")
      if Self.indentation(line) >= contentIndent + 4 {
        lines.removeFirst()
        output += code(
          Self.indentedBlock(
            first: line, rest: &lines, indent: contentIndent + 4),
          indent: rest + "  ")
      } else if let fence = Self.fence(line, within: contentIndent) {
        lines.removeFirst()
        output += code(
          Self.fencedBlock(fence, rest: &lines, indent: contentIndent),
          indent: rest + "  ")
      } else {
        var paragraph = [line.markdownTrimmed]
        lines.removeFirst()
        while let more = lines.first, !more.markdownTrimmed.isEmpty,
          Self.listItem(more.markdownTrimmed) == nil,
          MarkdownSyntax.heading(more) == nil, CodeFence(opening: more) == nil,
          Self.fence(more, within: contentIndent) == nil
        {
          paragraph.append(more.markdownTrimmed)
          lines.removeFirst()
        }
        output += wrap(
          CJKBreaking.joinedLines(paragraph), first: rest, rest: rest)
      }
    }
    return output
  }

  /// Code lines, dimmed and indented, each fitted to the width.
  private func code(_ lines: [String], indent: String) -> [String] {
    let listing = CodeListing(width: width, style: style, ascii: ascii)
    return lines.flatMap {
      listing.lines($0, gutter: indent, continuation: indent, dim: true)
    }
  }

  /// The lines of an indented code block starting at `first`: it goes on
  /// through blank lines while lines are indented by `indent`, which is
  /// removed; trailing blank lines are not part of it.
  private static func indentedBlock(
    first: Substring, rest lines: inout ArraySlice<Substring>, indent: Int
  ) -> [String] {
    var block = [first]
    while let next = lines.first,
      next.markdownTrimmed.isEmpty || indentation(next) >= indent
    {
      block.append(next)
      lines.removeFirst()
    }
    while let last = block.last, last.markdownTrimmed.isEmpty {
      block.removeLast()
      lines.insert(last, at: lines.startIndex)
    }
    return block.map { dedent($0, by: indent) }
  }

  /// The body of a fenced block whose opening line was just read; up to
  /// `indent` leading spaces are removed from each line.
  private static func fencedBlock(
    _ fence: CodeFence, rest lines: inout ArraySlice<Substring>, indent: Int
  ) -> [String] {
    var body: [String] = []
    while let line = lines.popFirst(), !fence.isClosed(by: line) {
      body.append(dedent(line, by: indent))
    }
    return body
  }

  /// A fence opening indented at least to a list item's content (`indent`
  /// columns), up to three more.
  private static func fence(_ line: Substring, within indent: Int) -> CodeFence?
  {
    guard indent > 0, indentation(line) >= indent else { return nil }
    return CodeFence(opening: Substring(dedent(line, by: indent)))
  }

  /// Leading columns of white space (a tab counts as 4).
  static func indentation(_ line: Substring) -> Int {
    var columns = 0
    for character in line {
      if character == " " {
        columns += 1
      } else if character == "\t" {
        columns += 4 - columns % 4
      } else {
        break
      }
    }
    return columns
  }

  /// `line` without up to `columns` columns of leading white space.
  private static func dedent(_ line: Substring, by columns: Int) -> String {
    var removed = 0
    var rest = line
    while removed < columns, let first = rest.first,
      first == " " || first == "\t"
    {
      removed += first == " " ? 1 : 4 - removed % 4
      rest = rest.dropFirst()
    }
    return String(rest)
  }

  private static func listItem(_ line: String) -> (
    marker: String, text: String, contentOffset: Int
  )? {
    for bullet in ["- ", "* ", "+ "] where line.hasPrefix(bullet) {
      let text = line.dropFirst(2)
      let spaces = min(text.prefix { $0 == " " }.count, 3)
      return ("•", text.markdownTrimmed, 2 + spaces)
    }
    let digits = line.prefix { $0.isASCII && $0.isNumber }
    guard !digits.isEmpty, digits.count <= 3 else { return nil }
    let rest = line.dropFirst(digits.count)
    guard rest.hasPrefix(". ") || rest.hasPrefix(") ") else { return nil }
    let text = rest.dropFirst(2)
    let spaces = min(text.prefix { $0 == " " }.count, 3)
    return (digits + ".", text.markdownTrimmed, digits.count + 2 + spaces)
  }

  private static func isListLine(_ line: String) -> Bool {
    line.hasPrefix("  ")
  }

  /// Wraps inline Markdown to the width with the given prefixes.
  func wrap(_ text: String, first: String, rest: String) -> [String] {
    let bullet = ascii ? first.replacingBullet : first
    let words = InlineMarkdown.words(text, plain: !style.enabled)
    return LineBreaker(width: width).lines(
      words.map { $0.rendered(style) }.joined(separator: " "),
      first: bullet, rest: rest)
  }
}

extension String {
  fileprivate var replacingBullet: String {
    String(map { $0 == "•" ? "*" : $0 })
  }
}
