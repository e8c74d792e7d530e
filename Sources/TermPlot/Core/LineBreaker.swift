/// Breaks text into lines no wider than a given number of terminal columns,
/// at word boundaries: the one line breaker of TrainLab (prose, code
/// listings, help, errors, printed values).
///
/// Widths are measured by ``TextWidth``. A break opportunity is a run of
/// spaces, which the break removes; a word wider than a whole line (a long
/// path) fills the line it starts on and is cut where it reaches the edge. Styled text (ANSI SGR sequences) is broken
/// as the terminal shows it: a line that ends inside a style ends in a
/// reset, and the next line reopens the style after its prefix.
///
/// ```swift
/// LineBreaker(width: 16).lines("the loss falls as training goes on")
/// // ["the loss falls", "as training goes", "on"]
/// LineBreaker(width: 13).lines("a long line of text", first: "• ", rest: "  ")
/// // ["• a long line", "  of text"]
/// ```
///
/// Break opportunities are found in one place (`Token.split`): runs of
/// spaces, and between two characters where one is CJK (汉字, kana,
/// full-width forms) — never before closing punctuation (，。、；：？！）」』】》…)
/// nor after opening punctuation (（「『【《…), the basic kinsoku rules
/// (`CJKBreaking`). Such a break removes nothing.
package struct LineBreaker: Sendable {
  /// The widest line, in terminal columns (at least 1).
  package let width: Int

  /// Creates a breaker for lines of at most `width` columns.
  package init(width: Int) {
    self.width = max(1, width)
  }

  /// One paragraph (newlines count as spaces) broken into lines.
  ///
  /// The first line starts with `first`, the others with `rest`. Prefixes
  /// wider than half the width are cut back so text keeps room.
  ///
  /// - Complexity: O(n) in the length of `text`.
  package func lines(_ text: String, first: String = "", rest: String = "")
    -> [String]
  {
    let first = fittedPrefix(first)
    let rest = fittedPrefix(rest)
    let pieces = self.pieces(
      text, first: width - TextWidth.of(first),
      rest: width - TextWidth.of(rest))
    return pieces.indices.map { (($0 == 0) ? first : rest) + pieces[$0] }
  }

  /// One paragraph broken into pieces of at most `first` columns for the
  /// first and `rest` columns for the others (each at least 1), without
  /// prefixes: for callers that style or prefix each piece themselves.
  package func pieces(_ text: String, first: Int, rest: Int) -> [String] {
    let firstRoom = max(1, first)
    let restRoom = max(1, rest)
    var output: [String] = []
    var line = ""
    var lineWidth = 0
    var room = firstRoom
    var hasContent = false
    // SGR sequences in force (since the last reset) where the line stands.
    var style = StyleState()

    func newLine() {
      if style.isActive { line += StyleState.reset }
      output.append(line)
      line = style.active
      lineWidth = 0
      room = restRoom
      hasContent = false
    }

    var pendingSpace = ""
    var pendingSpaceWidth = 0
    for token in Token.split(text) {
      switch token {
      case .space(let text, let columns):
        pendingSpace += text
        pendingSpaceWidth += columns
      case .word(let word, let columns):
        // A word too wide for any line is cut starting on this one.
        let fillsThisLine =
          columns > restRoom && lineWidth + pendingSpaceWidth < room
        if hasContent && !fillsThisLine
          && lineWidth + pendingSpaceWidth + columns > room
        {
          // Escapes in the dropped space still change the style.
          let carried = pendingSpace.filter { $0 != " " }
          newLine()
          style.apply(carried)
          line += carried
        } else if hasContent {
          line += pendingSpace
          style.apply(pendingSpace)
          lineWidth += pendingSpaceWidth
        } else {
          let carried = pendingSpace.filter { $0 != " " }
          style.apply(carried)
          line += carried
        }
        pendingSpace = ""
        pendingSpaceWidth = 0
        if lineWidth + columns <= room {
          line += word
          style.apply(word)
          lineWidth += columns
          hasContent = true
          continue
        }
        // Wider than the room left: cut where it reaches the edge, moved
        // back so that no line starts with closing punctuation or ends
        // with opening punctuation (a long URL before "）。").
        let units = Unit.split(word)
        let breaks = cuts(
          units, used: lineWidth, room: room, rest: restRoom,
          hasContent: hasContent)
        for (index, unit) in units.enumerated() {
          line += unit.escapes
          style.apply(unit.escapes)
          if breaks.contains(index) {
            // A break before the word drops the space before it.
            while index == 0 && line.hasSuffix(" ") {
              line.removeLast()
            }
            newLine()
          }
          if let character = unit.character {
            line.append(character)
            lineWidth += unit.columns
            hasContent = true
          }
        }
      }
    }
    let trailing = pendingSpace.filter { $0 != " " }
    if hasContent || output.isEmpty {
      output.append(line + trailing)
    } else {
      output[output.count - 1] += trailing
    }
    return output
  }

  /// Where to cut a word wider than the room left.
  ///
  /// The result holds the indices of the units that start a new line.
  /// Each cut is at the edge, or moved back
  /// while it would put closing punctuation first on a line or opening
  /// punctuation last — as far as the word's start when the line holds
  /// text before it (the word then starts the next line), else keeping at
  /// least one unit on the line.
  private func cuts(
    _ units: [Unit], used: Int, room: Int, rest: Int, hasContent: Bool
  ) -> Set<Int> {
    var breaks: Set<Int> = []
    var used = used
    var room = room
    var hasContent = hasContent
    // The lowest cut: the word's start on a line with text before it,
    // else one unit past the line's first.
    var floor = hasContent ? 0 : 1
    var index = 0
    func allowed(_ cut: Int) -> Bool {
      guard cut > 0, let before = units[cut - 1].character else { return true }
      return CJKBreaking.allowsCut(between: before, and: units[cut].character)
    }
    while index < units.count {
      guard units[index].character != nil else {
        index += 1
        continue
      }
      guard hasContent && used + units[index].columns > room else {
        used += units[index].columns
        hasContent = true
        index += 1
        continue
      }
      var cut = index
      while cut > floor && !allowed(cut) { cut -= 1 }
      if !allowed(cut) { cut = index }  // no better place: at the edge
      breaks.insert(cut)
      used = units[cut..<index].reduce(0) { $0 + $1.columns }
      hasContent = cut < index
      room = rest
      floor = cut + 1
    }
    return breaks
  }

  /// Preformatted text fitted to the width: lines that fit stay as they
  /// are; a longer line is broken at spaces, its continuation lines
  /// indented like it plus `hang` spaces (help texts, printed values).
  package func fit(_ text: String, hang: Int = 2) -> [String] {
    var result: [String] = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      let line = String(line)
      guard TextWidth.of(line) > width else {
        result.append(line)
        continue
      }
      let indent = String(line.prefix { $0 == " " })
      let body = String(line.dropFirst(indent.count))
      result += lines(
        body, first: indent,
        rest: indent + String(repeating: " ", count: max(0, hang)))
    }
    return result
  }

  /// A prefix cut to at most half the width, keeping its escapes.
  private func fittedPrefix(_ prefix: String) -> String {
    let room = max(width / 2, 1)
    guard TextWidth.of(prefix) > room else { return prefix }
    var out = ""
    var used = 0
    var scanner = TextWidth.EscapeScanner()
    for ch in prefix {
      if scanner.consumes(ch) {
        out.append(ch)
        continue
      }
      used += TextWidth.of(ch)
      if used > room { break }
      out.append(ch)
    }
    return out.contains("\u{1B}") ? out + StyleState.reset : out
  }
}

/// A piece of text between break opportunities.
private enum Token {
  /// A run of spaces (with any escapes among them), and its columns.
  case space(String, Int)
  /// A run of other characters, and its columns.
  case word(String, Int)

  /// The words and spaces of `text`; newlines and tabs count as spaces.
  static func split(_ text: String) -> [Token] {
    var tokens: [Token] = []
    var current = ""
    var columns = 0
    var inSpace = false
    var scanner = TextWidth.EscapeScanner()
    func flush() {
      guard !current.isEmpty else { return }
      tokens.append(
        inSpace ? .space(current, columns) : .word(current, columns))
      current = ""
      columns = 0
    }
    // The last visible character of the current word.
    var previous: Character?
    for ch in text {
      if scanner.consumes(ch) {
        current.append(ch)
        continue
      }
      let isSpace = ch == " " || ch == "\t" || ch.isNewline
      if isSpace != inSpace {
        flush()
        inSpace = isSpace
      } else if !isSpace, let previous,
        CJKBreaking.allowsBreak(between: previous, and: ch)
      {
        // A break inside a run of CJK text: an empty space token.
        flush()
        tokens.append(.space("", 0))
      }
      previous = isSpace ? nil : ch
      current.append(isSpace ? " " : ch)
      columns += isSpace ? 1 : TextWidth.of(ch)
    }
    flush()
    return tokens
  }
}

/// One visible character of a word and the escapes just before it (the
/// last unit of a word may hold only escapes).
private struct Unit {
  var escapes: String
  var character: Character?
  var columns: Int

  static func split(_ word: String) -> [Unit] {
    var units: [Unit] = []
    var scanner = TextWidth.EscapeScanner()
    var escapes = ""
    for ch in word {
      if scanner.consumes(ch) {
        escapes.append(ch)
        continue
      }
      units.append(
        Unit(escapes: escapes, character: ch, columns: TextWidth.of(ch)))
      escapes = ""
    }
    if !escapes.isEmpty {
      units.append(Unit(escapes: escapes, character: nil, columns: 0))
    }
    return units
  }
}

/// The SGR sequences in force: everything since the last reset.
private struct StyleState {
  static let reset = "\u{1B}[0m"
  private(set) var active = ""

  var isActive: Bool { !active.isEmpty }

  /// Follows the escape sequences in `text`.
  mutating func apply(_ text: String) {
    guard text.contains("\u{1B}") else { return }
    var scanner = TextWidth.EscapeScanner()
    var sequence = ""
    for ch in text {
      guard scanner.consumes(ch) else { continue }
      sequence.append(ch)
      if sequence.count > 1, let a = ch.asciiValue, (0x40...0x7E).contains(a),
        ch != "["
      {
        if sequence == StyleState.reset || sequence == "\u{1B}[m" {
          active = ""
        } else if sequence.hasSuffix("m") {
          active += sequence
        }
        sequence = ""
      }
    }
  }
}

/// Where CJK text may break, and which characters are CJK: the rules
/// `LineBreaker` and the prose renderer share.
package enum CJKBreaking {
  /// Punctuation a line never starts with.
  package static let closing: Set<Character> = [
    "，", "。", "、", "；", "：", "？", "！", "）", "」", "』", "】", "》", "〉",
    "”", "’", "…", "—", "～", "·", "％", "〕", "］", "｝",
    ",", ".", ";", ":", "?", "!", ")", "]", "}", "%",
  ]
  /// Punctuation a line never ends with.
  package static let opening: Set<Character> = [
    "（", "「", "『", "【", "《", "〈", "“", "‘", "〔", "［", "｛",
    "(", "[", "{",
  ]

  /// True for a Han character, kana, Hangul, CJK punctuation or a
  /// full-width form: text written without spaces between words.
  package static func isCJK(_ ch: Character) -> Bool {
    guard let scalar = ch.unicodeScalars.first else { return false }
    switch scalar.value {
    case 0x2E80...0x2FDF, 0x3000...0x303F, 0x3040...0x30FF, 0x3100...0x31FF,
      0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7A3, 0xF900...0xFAFF,
      0xFE30...0xFE4F, 0xFF00...0xFFEF, 0x20000...0x3FFFD:
      return true
    default: return false
    }
  }

  /// True for CJK characters and the punctuation Chinese shares with
  /// other scripts (— … “ ” ‘ ’), which joins CJK text without spaces.
  static func isCJKText(_ ch: Character) -> Bool {
    isCJK(ch) || "—…“”‘’".contains(ch)
  }

  /// True for CJK punctuation and full-width forms that are not letters
  /// or digits: ，。、；：？！（）「」《》 and the like.
  package static func isFullWidthPunctuation(_ ch: Character) -> Bool {
    guard let scalar = ch.unicodeScalars.first else { return false }
    switch scalar.value {
    case 0x3000...0x303F, 0xFE30...0xFE4F: return true
    case 0xFF00...0xFFEF: return !ch.isLetter && !ch.isNumber
    default: return false
    }
  }

  /// True when a line may break between `before` and `after` (two
  /// characters written next to each other, no space between).
  package static func allowsBreak(
    between before: Character, and after: Character
  )
    -> Bool
  {
    guard isCJK(before) || isCJK(after) else { return false }
    return !closing.contains(after) && !opening.contains(before)
  }

  /// True when a line cut inside a word (one wider than the line) may
  /// fall between `before` and `after`: anywhere but before closing or
  /// after opening punctuation.
  package static func allowsCut(
    between before: Character, and after: Character?
  ) -> Bool {
    guard let after else { return true }
    return !closing.contains(after) && !opening.contains(before)
  }

  /// `lines` of one paragraph joined as Markdown does, with a space —
  /// except between two CJK characters, or next to full-width punctuation,
  /// where the source's line break stands for nothing (Chinese puts no
  /// spaces between words, nor around its punctuation).
  package static func joinedLines<S: StringProtocol>(_ lines: [S]) -> String {
    var text = ""
    for line in lines {
      if let last = text.last, let first = line.first,
        !(isCJKText(last) && isCJKText(first)),
        !isFullWidthPunctuation(last), !isFullWidthPunctuation(first)
      {
        text += " "
      }
      text += line
    }
    return text
  }
}
