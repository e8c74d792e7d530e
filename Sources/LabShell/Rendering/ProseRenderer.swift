import LessonKit

/// Renders lesson prose (a small Markdown subset) for the terminal:
/// headings, paragraphs wrapped to a width, `*emphasis*`, `**strong**`,
/// `` `code` ``, `[links](url)`, bullet and numbered lists, quotes and fenced
/// blocks (kept as they are, indented).
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
      output += wrap(paragraph.joined(separator: " "), first: "", rest: "")
      paragraph = []
    }
    func separate() {
      if let last = output.last, !last.isEmpty { output.append("") }
    }

    while let raw = lines.popFirst() {
      let line = raw.lessonTrimmed
      if line.isEmpty {
        flush()
        continue
      }
      if let fence = Fence(opening: raw) {
        flush()
        separate()
        while let body = lines.popFirst(), !fence.isClosed(by: body) {
          output.append(style.dim("    " + body))
        }
        continue
      }
      if let heading = LessonFileParser.heading(raw) {
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
        let indent = String(repeating: " ", count: item.marker.count + 1)
        var text = item.text
        while let next = lines.first, !next.lessonTrimmed.isEmpty,
          Self.listItem(next.lessonTrimmed) == nil,
          Fence(opening: next) == nil, LessonFileParser.heading(next) == nil
        {
          text += " " + next.lessonTrimmed
          lines.removeFirst()
        }
        output += wrap(
          text, first: "  " + item.marker + " ", rest: "  " + indent)
        continue
      }
      if line.hasPrefix(">") {
        flush()
        separate()
        var text = String(line.dropFirst()).lessonTrimmed
        while let next = lines.first, next.lessonTrimmed.hasPrefix(">") {
          text += " " + next.lessonTrimmed.dropFirst().lessonTrimmed
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

  private static func listItem(_ line: String) -> (
    marker: String, text: String
  )? {
    for bullet in ["- ", "* ", "+ "] where line.hasPrefix(bullet) {
      return ("•", String(line.dropFirst(2)))
    }
    let digits = line.prefix { $0.isASCII && $0.isNumber }
    guard !digits.isEmpty, digits.count <= 3 else { return nil }
    let rest = line.dropFirst(digits.count)
    guard rest.hasPrefix(". ") || rest.hasPrefix(") ") else { return nil }
    return (digits + ".", String(rest.dropFirst(2)))
  }

  private static func isListLine(_ line: String) -> Bool {
    line.hasPrefix("  ")
  }

  /// Wraps inline Markdown to the width with the given prefixes.
  func wrap(_ text: String, first: String, rest: String) -> [String] {
    let bullet = ascii ? first.replacingBullet : first
    let words = InlineMarkdown.words(text, plain: !style.enabled)
    var lines: [String] = []
    var current = ""
    var currentWidth = 0
    var prefix = bullet
    let available = { (prefix: String) in max(10, width - prefix.count) }
    for word in words {
      let wordWidth = word.width
      if currentWidth > 0 && currentWidth + 1 + wordWidth > available(prefix) {
        lines.append(prefix + current)
        prefix = rest
        current = ""
        currentWidth = 0
      }
      if currentWidth > 0 {
        current += " "
        currentWidth += 1
      }
      current += word.rendered(style)
      currentWidth += wordWidth
    }
    if currentWidth > 0 || lines.isEmpty { lines.append(prefix + current) }
    return lines
  }
}

extension String {
  fileprivate var replacingBullet: String {
    String(map { $0 == "•" ? "*" : $0 })
  }
}

/// Inline Markdown split into words, each a run of styled pieces.
enum InlineMarkdown {
  struct Piece {
    var text: String
    var strong = false
    var emphasis = false
    var code = false
  }

  struct Word {
    var pieces: [Piece]
    var plain: Bool
    var width: Int {
      pieces.reduce(0) { $0 + $1.text.count + ($1.code && plain ? 2 : 0) }
    }

    func rendered(_ style: TextStyle) -> String {
      pieces.map { piece in
        if piece.code {
          return style.enabled ? style.code(piece.text) : "`\(piece.text)`"
        }
        if piece.strong { return style.bold(piece.text) }
        if piece.emphasis { return style.italic(piece.text) }
        return piece.text
      }.joined()
    }
  }

  /// `text` without Markdown markers, on one line (for one-line summaries).
  static func plainText(_ text: String) -> String {
    words(text).map { word in word.pieces.map(\.text).joined() }.joined(
      separator: " ")
  }

  /// Splits `text` into words; code spans keep their spaces.
  static func words(_ text: String, plain: Bool = true) -> [Word] {
    var pieces: [Piece] = []
    var strong = false
    var emphasis = false
    var buffer = ""
    var index = text.startIndex
    func flush() {
      if !buffer.isEmpty {
        pieces.append(Piece(text: buffer, strong: strong, emphasis: emphasis))
      }
      buffer = ""
    }
    while index < text.endIndex {
      let character = text[index]
      let next = text.index(after: index)
      if character == "`", let close = text[next...].firstIndex(of: "`") {
        flush()
        pieces.append(Piece(text: String(text[next..<close]), code: true))
        index = text.index(after: close)
      } else if character == "*" && next < text.endIndex && text[next] == "*" {
        flush()
        strong.toggle()
        index = text.index(after: next)
      } else if character == "*"
        || (character == "_" && isBoundary(text, index))
      {
        flush()
        emphasis.toggle()
        index = next
      } else if character == "[", let close = text[next...].firstIndex(of: "]"),
        text.index(after: close) < text.endIndex,
        text[text.index(after: close)] == "(",
        let end = text[close...].firstIndex(of: ")")
      {
        buffer += text[next..<close]
        let url = text[text.index(close, offsetBy: 2)..<end]
        if !url.isEmpty && !url.hasPrefix("#") { buffer += " (\(url))" }
        index = text.index(after: end)
      } else {
        buffer.append(character)
        index = next
      }
    }
    flush()
    // Split into words at spaces outside code spans.
    var words: [Word] = []
    var current: [Piece] = []
    for piece in pieces {
      if piece.code {
        current.append(piece)
        continue
      }
      let parts = piece.text.split(
        separator: " ", omittingEmptySubsequences: false)
      for (offset, part) in parts.enumerated() {
        if offset > 0 {
          if !current.isEmpty {
            words.append(Word(pieces: current, plain: plain))
          }
          current = []
        }
        if !part.isEmpty {
          var copy = piece
          copy.text = String(part)
          current.append(copy)
        }
      }
    }
    if !current.isEmpty { words.append(Word(pieces: current, plain: plain)) }
    return words
  }

  /// An `_` starts or ends emphasis only next to a space or the text's edge,
  /// so `train_loss` stays one word.
  private static func isBoundary(_ text: String, _ index: String.Index) -> Bool
  {
    let before =
      index == text.startIndex ? " " : text[text.index(before: index)]
    let afterIndex = text.index(after: index)
    let after = afterIndex == text.endIndex ? " " : text[afterIndex]
    return !(before.isLetter || before.isNumber)
      || !(after.isLetter || after.isNumber)
  }
}

/// Wraps preformatted text (help texts) to a width without reflowing it:
/// only lines that are too long are broken, at spaces, and their
/// continuation lines keep the line's indent plus two spaces.
///
/// A word longer
/// than the width stays whole.
enum TextWrap {
  static func wrap(_ text: String, width: Int) -> [String] {
    let width = max(width, 10)
    var result: [String] = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      guard line.count > width else {
        result.append(String(line))
        continue
      }
      let indent = String(line.prefix { $0 == " " })
      let continuation = indent + "  "
      var row = indent
      var lead = indent
      for word in line.dropFirst(indent.count).split(separator: " ") {
        if row.count > lead.count && row.count + 1 + word.count > width {
          result.append(row)
          row = continuation
          lead = continuation
        }
        row += (row.count > lead.count ? " " : "") + word
      }
      result.append(row)
    }
    return result
  }
}
