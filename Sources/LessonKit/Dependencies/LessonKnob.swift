import Foundation

/// A value a lesson invites the learner to change.
///
/// A knob is declared by a trailing comment on an assignment in a cell:
///
/// ```
/// lr = 0.1          # knob: learning rate
/// epochs = 40       # knob
/// ```
///
/// The annotation is `# knob`, optionally followed by `:` and a short
/// description. It must end a line of the form `name = value` at the top
/// level of the cell. `trainlab check` reports one anywhere else. The shell's
/// `knobs` lists them with their current values and the cells they drive.
public struct LessonKnob: Equatable, Sendable {
  /// The variable the knob sets.
  public var name: String
  /// The description after `# knob:` (empty when there is none).
  public var label: String
  /// The value as written in the lesson (`0.1`).
  public var value: String
  /// The line of the cell it is on (1-based).
  public var line: Int

  /// The word that marks a knob comment.
  public static let marker = "knob"

  /// Creates a knob from its parts.
  public init(name: String, label: String, value: String, line: Int) {
    self.name = name
    self.label = label
    self.value = value
    self.line = line
  }

  /// The knobs declared in `source`, in line order.
  public static func find(in source: String) -> [LessonKnob] {
    annotations(in: source).compactMap { annotation in
      guard let name = annotation.name else { return nil }
      return LessonKnob(
        name: name, label: annotation.label, value: annotation.value,
        line: annotation.line)
    }
  }

  /// Every `# knob` comment of `source`, with the name it sets (nil when
  /// its line is not a top-level `name = value`: a mistake `check` reports).
  static func annotations(in source: String) -> [(
    line: Int, name: String?, label: String, value: String
  )] {
    var found: [(line: Int, name: String?, label: String, value: String)] = []
    var depth = 0  // open brackets: a line inside a call is not top level
    var inBlock = 0  // open `for`/`if`/`while` blocks
    for (offset, line) in source.split(
      separator: "\n", omittingEmptySubsequences: false
    ).enumerated() {
      let (code, comment) = split(String(line))
      let topLevel = depth == 0 && inBlock == 0
      depth += bracketBalance(code)
      let trimmedCode = code.trimmingCharacters(in: .whitespaces)
      let firstWord = trimmedCode.prefix { $0.isLetter || $0 == "_" }
      if ["for", "if", "while"].contains(firstWord) { inBlock += 1 }
      if firstWord == "end" && trimmedCode == "end" { inBlock -= 1 }
      guard let comment, let label = knobLabel(comment) else { continue }
      var name: String?
      var value = ""
      if topLevel && depth == 0 {
        var parser = Parser(trimmedCode)
        let program = parser.parseProgram()
        if program.diagnostics.isEmpty, program.statements.count == 1,
          case .assign(let assigned, _, let expression) =
            program
            .statements[0]
        {
          name = assigned
          value = String(
            String.UnicodeScalarView(
              trimmedCode.unicodeScalars.dropFirst(
                expression.range.start.offset)))
        }
      }
      found.append((offset + 1, name, label, value))
    }
    return found
  }

  /// The description of a knob comment, or nil when `comment` (the text
  /// after `#`) is not one.
  private static func knobLabel(_ comment: String) -> String? {
    let text = comment.trimmingCharacters(in: .whitespaces)
    guard text.lowercased().hasPrefix(marker) else { return nil }
    let rest = text.dropFirst(marker.count)
    if rest.isEmpty { return "" }
    guard rest.first == ":" else { return nil }
    return rest.dropFirst().trimmingCharacters(in: .whitespaces)
  }

  /// A line's code and the text after its comment's `#` (nil: no comment);
  /// a `#` inside a string is not a comment.
  private static func split(_ line: String) -> (String, String?) {
    var quote: Character?
    var escaped = false
    for index in line.indices {
      let character = line[index]
      if let open = quote {
        if escaped {
          escaped = false
        } else if character == "\\" {
          escaped = true
        } else if character == open {
          quote = nil
        }
      } else if character == "\"" || character == "'" {
        quote = character
      } else if character == "#" {
        return (
          String(line[..<index]), String(line[line.index(after: index)...])
        )
      }
    }
    return (line, nil)
  }

  private static func bracketBalance(_ code: String) -> Int {
    var balance = 0
    var quote: Character?
    for character in code {
      if let open = quote {
        if character == open { quote = nil }
      } else if character == "\"" || character == "'" {
        quote = character
      } else if "([{".contains(character) {
        balance += 1
      } else if ")]}".contains(character) {
        balance -= 1
      }
    }
    return balance
  }
}

extension LessonCell {
  /// The knobs the cell declares (`lr = 0.1  # knob: learning rate`).
  public var knobs: [LessonKnob] { LessonKnob.find(in: source) }
}
