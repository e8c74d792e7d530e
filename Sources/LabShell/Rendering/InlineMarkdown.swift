import TermPlot

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

  /// An `_` starts or ends emphasis only next to a space, CJK text or the
  /// text's edge, so `train_loss` stays one word.
  private static func isBoundary(_ text: String, _ index: String.Index) -> Bool
  {
    let before =
      index == text.startIndex ? " " : text[text.index(before: index)]
    let afterIndex = text.index(after: index)
    let after = afterIndex == text.endIndex ? " " : text[afterIndex]
    // A CJK character is no word character here: Chinese has no spaces
    // around emphasis (`这是_重点_。`).
    func inWord(_ ch: Character) -> Bool {
      (ch.isLetter || ch.isNumber) && !CJKBreaking.isCJK(ch)
    }
    return !inWord(before) || !inWord(after)
  }
}
