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
    return 1
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
  /// non-ASCII character becomes `?`.
  package static func sanitize(_ text: String, ascii: Bool) -> String {
    var out = ""
    for ch in text {
      if ch.isNewline || ch == "\t" {
        out.append(" ")
      } else if ascii {
        if let a = ch.asciiValue, a >= 0x20, a < 0x7F {
          out.append(ch)
        } else if let replacement = asciiReplacements[ch] {
          out += replacement
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
