/// A foreground colour for one cell.
///
/// Backgrounds are never painted.
enum Ink: Sendable, Hashable {
  /// The terminal's default colour.
  case none
  /// An SGR colour code such as 31 (red) or 94 (bright blue).
  case basic(UInt8)
  /// An entry of the 256-colour palette.
  case palette(UInt8)

  var sgr: String {
    switch self {
    case .none: return "\u{1B}[0m"
    case .basic(let code): return "\u{1B}[\(code)m"
    case .palette(let index): return "\u{1B}[38;5;\(index)m"
    }
  }
}

/// A rectangle of single-width cells that renders to exactly `height` lines
/// of exactly `width` display columns.
///
/// A wide character (CJK, most emoji) takes two cells; the second holds a
/// continuation marker. Overwriting half of a wide character blanks the
/// other half, so the column count never drifts.
struct TextGrid {
  /// The largest width any renderer produces; larger requests are clamped.
  static let maximumWidth = 4096
  /// The largest height any renderer produces; larger requests are clamped.
  static let maximumHeight = 2048

  let width: Int
  let height: Int
  private(set) var cells: [Character?]
  private(set) var inks: [Ink]

  init(width: Int, height: Int) {
    self.width = min(max(width, 0), TextGrid.maximumWidth)
    self.height = min(max(height, 0), TextGrid.maximumHeight)
    cells = Array(repeating: " ", count: self.width * self.height)
    inks = Array(repeating: .none, count: self.width * self.height)
  }

  func character(row: Int, column: Int) -> Character? {
    guard row >= 0, row < height, column >= 0, column < width else {
      return nil
    }
    return cells[row * width + column]
  }

  func ink(row: Int, column: Int) -> Ink {
    guard row >= 0, row < height, column >= 0, column < width else {
      return .none
    }
    return inks[row * width + column]
  }

  /// Sets one single-width character; out-of-range positions are ignored.
  mutating func set(
    _ character: Character, row: Int, column: Int, ink: Ink = .none
  ) {
    guard row >= 0, row < height, column >= 0, column < width else { return }
    clearWide(row: row, column: column)
    cells[row * width + column] = character
    inks[row * width + column] = ink
  }

  /// Writes text starting at a column, clipped to the grid; returns the
  /// column after the last written cell.
  @discardableResult
  mutating func write(
    _ text: String, row: Int, column: Int, ink: Ink = .none
  ) -> Int {
    var col = column
    for ch in text {
      let w = TextWidth.of(ch)
      if w == 0 { continue }
      if col >= width { break }
      if w == 2 {
        guard col + 1 < width else { break }
        if col >= 0 {
          set(ch, row: row, column: col, ink: ink)
          clearWide(row: row, column: col + 1)
          cells[row * width + col + 1] = nil
          inks[row * width + col + 1] = ink
        }
      } else if col >= 0 {
        set(ch, row: row, column: col, ink: ink)
      }
      col += w
    }
    return col
  }

  /// Blanks the other half of a wide character that overlaps a cell.
  private mutating func clearWide(row: Int, column: Int) {
    let i = row * width + column
    if cells[i] == nil, column > 0 { cells[i - 1] = " " }
    if column + 1 < width, cells[i + 1] == nil { cells[i + 1] = " " }
  }

  /// The grid as text; with `color`, ANSI codes around coloured runs and a
  /// reset at the end of every line that used colour.
  func rendered(color: Bool) -> String {
    var lines: [String] = []
    lines.reserveCapacity(height)
    for row in 0..<height {
      var line = ""
      line.reserveCapacity(width + 16)
      var current = Ink.none
      var used = false
      for column in 0..<width {
        let i = row * width + column
        guard let ch = cells[i] else { continue }
        if color {
          let ink = ch == " " ? current : inks[i]
          if ink != current {
            line += ink.sgr
            current = ink
            if ink != .none { used = true }
          }
        }
        line.append(ch)
      }
      if used && !line.hasSuffix(Ink.none.sgr) { line += Ink.none.sgr }
      lines.append(line)
    }
    return lines.joined(separator: "\n")
  }
}

/// Display widths of characters and strings in terminal columns: the one
/// place TrainLab measures text (TermPlot's grids, the shell's prose, help
/// and errors, the interpreter's printed values), so every width agrees.
///
/// East Asian wide characters and emoji take 2 columns, combining and
/// zero-width marks 0. ANSI escape sequences (TrainLab's own styling) take
/// none, so styled text is measured as the terminal shows it.
///
/// ```swift
/// TextWidth.of("loss")          // 4
/// TextWidth.of("损失")           // 4
/// TextWidth.of("\u{1B}[1mβ\u{1B}[0m")  // 1
/// ```
package enum TextWidth {
  /// Columns a character takes: 0 for controls and zero-width marks,
  /// 2 for East Asian wide and emoji, else 1.
  package static func of(_ ch: Character) -> Int {
    of(ch, ambiguousIsWide: ambiguousIsWide)
  }

  /// Whether East Asian ambiguous-width characters take 2 columns.
  ///
  /// They are λ σ · ‖ “ ” … — × and box drawing, which terminals set up
  /// for CJK draw 2 columns wide; 1 by default. Set once at start (`TRAINLAB_AMBIGUOUS_WIDE=1`), before any drawing.
  nonisolated(unsafe) package static var ambiguousIsWide = false

  /// Columns a character takes, ambiguous-width ones counting
  /// `ambiguousIsWide ? 2 : 1`.
  package static func of(_ ch: Character, ambiguousIsWide: Bool) -> Int {
    guard let scalar = ch.unicodeScalars.first else { return 0 }
    let v = scalar.value
    if v < 0x20 || (v >= 0x7F && v < 0xA0) { return 0 }
    if v == 0x200B || v == 0x200C || v == 0x200D || v == 0xFEFF { return 0 }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return 0
    default: break
    }
    if (0x1100...0x115F).contains(v) || (0x2E80...0x303E).contains(v)
      || (0x3041...0x33FF).contains(v) || (0x3400...0x4DBF).contains(v)
      || (0x4E00...0x9FFF).contains(v) || (0xA000...0xA4CF).contains(v)
      || (0xAC00...0xD7A3).contains(v) || (0xF900...0xFAFF).contains(v)
      || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
      || (0xFFE0...0xFFE6).contains(v) || (0x1F300...0x1F64F).contains(v)
      || (0x1F680...0x1F6FF).contains(v) || (0x1F900...0x1F9FF).contains(v)
      || (0x1FA70...0x1FAFF).contains(v) || (0x20000...0x3FFFD).contains(v)
    {
      return 2
    }
    if ambiguousIsWide && isAmbiguous(v) { return 2 }
    return 1
  }

  /// East Asian Width "A" (Unicode's EastAsianWidth.txt), the ranges a
  /// lab's text and charts use: Latin-1 signs, Greek, Cyrillic,
  /// punctuation, arrows, mathematical operators, box drawing and blocks,
  /// geometric shapes.
  static func isAmbiguous(_ v: UInt32) -> Bool {
    switch v {
    case 0xA1, 0xA4, 0xA7, 0xA8, 0xAA, 0xAD, 0xAE, 0xB0...0xB4, 0xB6...0xBA,
      0xBC...0xBF, 0xC6, 0xD0, 0xD7, 0xD8, 0xDE...0xE1, 0xE6, 0xE8...0xEA,
      0xEC, 0xED, 0xF0, 0xF2, 0xF3, 0xF7...0xFA, 0xFC, 0xFE,
      0x391...0x3A1, 0x3A3...0x3A9, 0x3B1...0x3C1, 0x3C3...0x3C9,
      0x401, 0x410...0x44F, 0x451,
      0x2010, 0x2013...0x2016, 0x2018, 0x2019, 0x201C, 0x201D,
      0x2020...0x2022, 0x2024...0x2027, 0x2030, 0x2032, 0x2033, 0x2035,
      0x203B, 0x203E, 0x2074, 0x207F, 0x2081...0x2084, 0x20AC, 0x2103,
      0x2105, 0x2109, 0x2113, 0x2116, 0x2121, 0x2122, 0x2126, 0x212B,
      0x2153, 0x2154, 0x215B...0x215E, 0x2160...0x216B, 0x2170...0x2179,
      0x2190...0x2199, 0x21B8, 0x21B9, 0x21D2, 0x21D4, 0x21E7, 0x2200,
      0x2202, 0x2203, 0x2207, 0x2208, 0x220B, 0x220F, 0x2211, 0x2215,
      0x221A, 0x221D...0x2220, 0x2223, 0x2225, 0x2227...0x222C, 0x222E,
      0x2234...0x2237, 0x223C, 0x223D, 0x2248, 0x224C, 0x2252, 0x2260,
      0x2261, 0x2264...0x2267, 0x226A, 0x226B, 0x226E, 0x226F, 0x2282,
      0x2283, 0x2286, 0x2287, 0x2295, 0x2299, 0x22A5, 0x22BF, 0x2312,
      0x2460...0x24E9, 0x24EB...0x254B, 0x2550...0x2573, 0x2580...0x258F,
      0x2592...0x2595, 0x25A0, 0x25A1, 0x25A3...0x25A9, 0x25B2, 0x25B3,
      0x25B6, 0x25B7, 0x25BC, 0x25BD, 0x25C0, 0x25C1, 0x25C6...0x25C8,
      0x25CB, 0x25CE...0x25D1, 0x25E2...0x25E5, 0x25EF, 0x2605, 0x2606,
      0x2609, 0x260E, 0x260F, 0x261C, 0x261E, 0x2640, 0x2642, 0x2660,
      0x2661, 0x2663...0x2665, 0x2667...0x266A, 0x266C, 0x266D, 0x266F,
      0x273D, 0x2776...0x277F, 0xE000...0xF8FF, 0xFFFD:
      return true
    default: return false
    }
  }

  /// Display width of a string; escape sequences take no columns.
  package static func of(_ text: String) -> Int {
    var total = 0
    var escape = EscapeScanner()
    for ch in text where !escape.consumes(ch) { total += of(ch) }
    return total
  }

  /// Recognizes ANSI escape sequences character by character: `ESC [ … final`
  /// (CSI, such as SGR colours) and two-character `ESC x` sequences.
  package struct EscapeScanner {
    private enum State { case text, escape, csi }
    private var state = State.text

    package init() {}

    /// True when `ch` belongs to an escape sequence (and takes no columns).
    package mutating func consumes(_ ch: Character) -> Bool {
      switch state {
      case .text:
        guard ch == "\u{1B}" else { return false }
        state = .escape
      case .escape:
        state = ch == "[" ? .csi : .text
      case .csi:
        if let a = ch.asciiValue, (0x40...0x7E).contains(a) { state = .text }
      }
      return true
    }
  }

  /// Text made printable: controls become spaces; in ASCII mode every
  /// non-ASCII character becomes `?` or an ASCII spelling, except CJK
  /// text, which is kept (ASCII mode is for the drawing characters, not
  /// for the words: a Chinese title stays Chinese), and, when
  /// `ambiguousIsWide` (a CJK terminal, which draws charts in ASCII),
  /// the ambiguous-width characters such a terminal shows well (λ σ “ ”).
  package static func sanitize(_ text: String, ascii: Bool) -> String {
    var out = ""
    for ch in text {
      if ch.isNewline || ch == "\t" {
        out.append(" ")
      } else if ascii {
        if let a = ch.asciiValue, a >= 0x20, a < 0x7F {
          out.append(ch)
        } else if ambiguousIsWide,
          let scalar = ch.unicodeScalars.first, isAmbiguous(scalar.value)
        {
          out.append(ch)
        } else if let replacement = asciiReplacements[ch] {
          out += replacement
        } else if CJKBreaking.isCJK(ch) {
          out.append(ch)
        } else if of(ch) > 0 {
          out.append("?")
        }
      } else if of(ch) > 0 {
        out.append(ch)
      }
    }
    return out
  }

  /// ASCII spellings of characters common in lesson titles and labels.
  static let asciiReplacements: [Character: String] = [
    "²": "^2", "³": "^3", "¹": "^1", "⁰": "^0", "⁻": "^-", "₀": "0", "₁": "1",
    "₂": "2", "₃": "3", "ᵢ": "i", "×": "x", "·": ".", "—": "-", "–": "-",
    "…": "...", "‖": "||", "≤": "<=", "≥": ">=", "≈": "~", "→": "->",
    "←": "<-", "±": "+-", "α": "alpha", "β": "beta", "γ": "gamma",
    "η": "eta", "θ": "theta", "λ": "lambda", "μ": "mu", "σ": "sigma",
    "ε": "eps", "∇": "grad", "∞": "inf", "‘": "'", "’": "'", "“": "\"",
    "”": "\"", "é": "e", "è": "e", "ü": "u", "ö": "o", "ä": "a",
  ]

  /// Text cut to at most `width` columns, ending in an ellipsis when cut.
  ///
  /// Escape sequences are kept, and a cut styled text ends in a reset.
  package static func truncate(_ text: String, to width: Int, ascii: Bool)
    -> String
  {
    guard width > 0 else { return "" }
    if of(text) <= width { return text }
    let ellipsis = ascii ? "..." : "…"
    let ew = of(ellipsis)
    if width <= ew { return String(repeating: ".", count: width) }
    var out = ""
    var used = 0
    var escape = EscapeScanner()
    var styled = false
    for ch in text {
      if escape.consumes(ch) {
        out.append(ch)
        styled = true
        continue
      }
      let w = of(ch)
      if used + w > width - ew { break }
      out.append(ch)
      used += w
    }
    return out + ellipsis + (styled ? "\u{1B}[0m" : "")
  }

  /// Text padded with spaces to exactly `width` columns (cut if longer).
  package static func pad(
    _ text: String, to width: Int, alignment: Alignment, ascii: Bool
  ) -> String {
    let t = truncate(text, to: width, ascii: ascii)
    let gap = max(0, width - of(t))
    switch alignment {
    case .left: return t + String(repeating: " ", count: gap)
    case .right: return String(repeating: " ", count: gap) + t
    case .center:
      let left = gap / 2
      return String(repeating: " ", count: left) + t
        + String(repeating: " ", count: gap - left)
    }
  }
}

/// Horizontal placement of text in a cell or column.
public enum Alignment: Sendable, Hashable {
  /// Flush left.
  case left
  /// Flush right.
  case right
  /// Centred (an odd gap leaves the extra space on the right).
  case center
}
