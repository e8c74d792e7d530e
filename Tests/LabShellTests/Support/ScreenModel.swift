/// A very small terminal for tests: applies text, `\r`, `\n`, cursor up and
/// down (`CSI n A`/`B`), "erase line" (`CSI 2K`) and ignores private modes
/// (`CSI ? … h/l`) and colours, keeping every line written (the scrollback
/// and the screen as one list).
struct ScreenModel {
  private(set) var lines: [String] = [""]
  private var row = 0
  private var column = 0
  /// Rows rewritten by the input, counted per row write.
  private(set) var rowWrites = 0

  mutating func apply(_ text: String) {
    var scalars = Array(text.unicodeScalars)[...]
    while let scalar = scalars.popFirst() {
      switch scalar {
      case "\r": column = 0
      case "\n":
        row += 1
        column = 0
        if row == lines.count { lines.append("") }
      case "\u{1B}":
        guard scalars.first == "[" else { continue }
        scalars.removeFirst()
        var parameter = ""
        while let next = scalars.first, !next.properties.isAlphabetic {
          parameter.unicodeScalars.append(next)
          scalars.removeFirst()
        }
        guard let command = scalars.popFirst() else { return }
        let count = Int(parameter) ?? 1
        switch command {
        case "A": row = max(0, row - count)
        case "B": row = min(lines.count - 1, row + count)
        case "K" where parameter == "2":
          lines[row] = ""
          rowWrites += 1
        default: break  // colours, private modes
        }
      default:
        var characters = Array(lines[row])
        while characters.count < column { characters.append(" ") }
        let character = Character(scalar)
        if column < characters.count {
          characters[column] = character
        } else {
          characters.append(character)
        }
        lines[row] = String(characters)
        column += 1
      }
    }
  }

  /// Everything written, without trailing blank lines.
  var text: String {
    var shown = lines
    while shown.last?.isEmpty == true { shown.removeLast() }
    return shown.joined(separator: "\n")
  }
}
