/// Turns a coloured text rendering into a standalone SVG document: one
/// `<text>` line per row in a monospaced font, each coloured run a
/// `<tspan>` with the RGB value of its ANSI colour.
enum SVGWriter {
  static let cellWidth = 8.4
  static let lineHeight = 17.0

  static func document(fromANSI text: String) -> String {
    let lines =
      text.isEmpty
      ? [] : text.split(separator: "\n", omittingEmptySubsequences: false)
    let columns = lines.map { TextWidth.of(strip(String($0))) }.max() ?? 0
    let w = Double(columns) * cellWidth + 16
    let h = Double(lines.count) * lineHeight + 16
    var out = """
      <svg xmlns="http://www.w3.org/2000/svg" width="\(fmt(w))" height="\(fmt(h))" \
      viewBox="0 0 \(fmt(w)) \(fmt(h))">
      <rect width="100%" height="100%" fill="#ffffff"/>
      <g font-family="DejaVu Sans Mono, Menlo, Consolas, monospace" font-size="14" \
      fill="#202020" xml:space="preserve">

      """
    for (i, line) in lines.enumerated() {
      let y = 8 + Double(i + 1) * lineHeight - 4
      out +=
        "<text x=\"8\" y=\"\(fmt(y))\" textLength=\"\(fmt(Double(TextWidth.of(strip(String(line)))) * cellWidth))\">"
      for (run, color) in runs(String(line)) {
        let escaped = escape(run)
        if let color {
          out += "<tspan fill=\"\(color)\">\(escaped)</tspan>"
        } else {
          out += escaped
        }
      }
      out += "</text>\n"
    }
    out += "</g>\n</svg>\n"
    return out
  }

  private static func fmt(_ v: Double) -> String {
    NumberFormat.fixed(v, decimals: 1)
  }

  /// The text with its escape sequences removed.
  static func strip(_ line: String) -> String {
    runs(line).map(\.0).joined()
  }

  /// Splits a line at SGR sequences into runs with their colours.
  static func runs(_ line: String) -> [(String, String?)] {
    var result: [(String, String?)] = []
    var current: String?
    var text = ""
    var scalars = line.unicodeScalars[...]
    while let s = scalars.first {
      if s == "\u{1B}" {
        scalars = scalars.dropFirst()
        guard scalars.first == "[" else { continue }
        scalars = scalars.dropFirst()
        var params = ""
        while let p = scalars.first, p != "m" {
          params.unicodeScalars.append(p)
          scalars = scalars.dropFirst()
        }
        scalars = scalars.dropFirst()
        if !text.isEmpty {
          result.append((text, current))
          text = ""
        }
        current = rgb(params)
      } else {
        text.unicodeScalars.append(s)
        scalars = scalars.dropFirst()
      }
    }
    if !text.isEmpty { result.append((text, current)) }
    return result
  }

  /// The RGB colour of an SGR parameter list (nil for a reset).
  static func rgb(_ params: String) -> String? {
    let basic: [String: String] = [
      "31": "#c0392b", "32": "#27ae60", "33": "#b7950b", "34": "#2e61c9",
      "35": "#8e44ad", "36": "#16a0a0", "91": "#e74c3c", "92": "#2ecc71",
      "93": "#d4ac0d", "94": "#3498db", "95": "#af7ac5", "96": "#48c9b0",
    ]
    if let c = basic[params] { return c }
    if params.hasPrefix("38;5;"), let n = Int(params.dropFirst(5)) {
      return xterm256(n)
    }
    return nil
  }

  /// The standard xterm RGB value of a 256-colour palette index.
  static func xterm256(_ n: Int) -> String {
    let levels = [0, 95, 135, 175, 215, 255]
    var r = 128
    var g = 128
    var b = 128
    if n >= 16 && n < 232 {
      let i = n - 16
      r = levels[i / 36]
      g = levels[(i / 6) % 6]
      b = levels[i % 6]
    } else if n >= 232 && n < 256 {
      r = 8 + (n - 232) * 10
      g = r
      b = r
    }
    return "#" + [r, g, b].map { hex2($0) }.joined()
  }

  private static func hex2(_ v: Int) -> String {
    let digits = Array("0123456789abcdef")
    return String([digits[(v / 16) % 16], digits[v % 16]])
  }

  static func escape(_ s: String) -> String {
    var out = ""
    for ch in s {
      switch ch {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      default: out.append(ch)
      }
    }
    return out
  }
}
