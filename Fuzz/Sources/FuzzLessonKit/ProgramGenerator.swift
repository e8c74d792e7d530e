import LessonKit

/// The fuzzer's input bytes read as a stream of choices; past the end every
/// choice is 0, so any input, even an empty one, makes a program.
struct Choices {
  private let bytes: [UInt8]
  private var position = 0

  init(_ bytes: [UInt8]) { self.bytes = bytes }

  /// A number in `0..<count` (0 when `count` ≤ 1 or the input is used up).
  mutating func below(_ count: Int) -> Int {
    guard count > 1, position < bytes.count else { return 0 }
    var value = Int(bytes[position])
    position += 1
    if count > 256, position < bytes.count {
      value = value << 8 | Int(bytes[position])
      position += 1
    }
    return value % count
  }

  /// One of `items`.
  mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

  /// True about once in `n` choices.
  mutating func oneIn(_ n: Int) -> Bool { below(n) == 0 }

  var isExhausted: Bool { position >= bytes.count }
}

/// Well-formed programs of the lesson language, built from the grammar
/// (docs/LANGUAGE.md) and the builtin registry, with hostile numbers,
/// sizes and strings in argument positions: the grammar-aware mode of the
/// fuzzer (`FUZZ_MODE=grammar`).
///
/// A program is a few statements: assignments, calls of a builtin with its
/// parameters filled, blocks, functions, a builtin's example with one
/// number replaced by a hostile one, and long flat chains of operators.
struct ProgramGenerator {
  var choices: Choices
  private var variables: [String] = []
  private let builtins = Session.builtinSummaries

  init(_ bytes: [UInt8]) { choices = Choices(bytes) }

  /// Numbers that break conversions, limits and arithmetic.
  static let hostileNumbers = [
    "0", "1", "-1", "2", "3", "0.5", "-0.0", "1e-45", "1e-320", "7", "64",
    "1000", "100000", "3000001", "16777217", "50000001", "2147483648",
    "9223372036854775807", "9223372036854775808", "1e19", "-1e19", "1e300",
    "-1e300", "1e308", "1e400", "-1e400", "(1e400 - 1e400)",
  ]

  /// Sizes for counts, shapes, epochs and ranges.
  static let hostileSizes = [
    "0", "1", "2", "3", "10", "-1", "-7", "1000", "65536", "1000000",
    "2147483648", "1e19", "0.5", "(1e400 - 1e400)",
  ]

  /// Strings: empty, long, escapes for the terminal, names the builtins
  /// know, wide and combining characters.
  static let hostileStrings = [
    "\"\"", "\"a\"", "\"x1\"", "\"digits\"", "\"classification\"",
    "\"regression\"", "\"relu\"", "\"sigmoid\"", "\"adam\"", "\"sgd\"",
    "\"mse\"", "\"label\"", "\"\u{1B}]0;title\u{07}\"", "\"\u{9B}2J\"",
    "\"e\u{301}\u{301}\"", "\"表\"", "\"😀\"", "\"\\n\\t\"",
    "\"" + String(repeating: "x", count: 700) + "\"",
  ]

  static let members = [
    "n", "train", "test", "validation", "shape", "train_loss", "test_loss",
    "train_acc", "test_acc", "names", "x", "y", "lr", "gap", "grad_norms",
  ]

  static let binaryOperators = [
    "+", "-", "*", "/", "%", "**", "==", "!=", "<", "<=", "and", "or",
  ]

  /// The program: up to eight statements, one per line.
  mutating func program() -> String {
    var lines: [String] = []
    let count = 1 + choices.below(8)
    for _ in 0..<count where !choices.isExhausted || lines.isEmpty {
      lines.append(statement(depth: 0))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private mutating func statement(depth: Int) -> String {
    switch choices.below(depth > 1 ? 3 : 9) {
    case 0:
      let name = "v\(choices.below(4))"
      let line = "\(name) = \(expression(depth: depth))"
      if !variables.contains(name) { variables.append(name) }
      return line
    case 1: return call(depth: depth)
    case 2: return example()
    case 3:
      let name = "v\(choices.below(4))"
      variables.append(name)
      return
        "for \(name) in \(choices.oneIn(2) ? "range(\(size()))" : expression(depth: depth + 1)):\n"
        + "    \(statement(depth: depth + 1))\nend"
    case 4:
      return
        "if \(expression(depth: depth + 1)):\n    \(statement(depth: depth + 1))\n"
        + "else:\n    \(statement(depth: depth + 1))\nend"
    case 5:
      let name = "f\(choices.below(2))"
      variables.append(name)
      if choices.oneIn(3) {
        // A recursive function that stops itself through a conditional.
        return
          "\(name) = fn(a, b) => a if a < \(size()) else \(name)(a - 1, b)"
      }
      return "\(name) = fn(a, b) => \(expression(depth: depth + 1))"
    case 6: return chain()
    case 7:
      return
        "while \(expression(depth: depth + 1)):\n    \(statement(depth: depth + 1))\n    break\nend"
    default:
      guard let name = variables.isEmpty ? nil : choices.pick(variables) else {
        return call(depth: depth)
      }
      return "\(name)[\(size())] = \(expression(depth: depth + 1))"
    }
  }

  /// An expression; deeper ones are more often leaves.
  private mutating func expression(depth: Int) -> String {
    let leaf = depth > 3 || choices.below(depth + 2) > 0
    if leaf {
      switch choices.below(5) {
      case 0: return choices.pick(Self.hostileStrings)
      case 1 where !variables.isEmpty: return choices.pick(variables)
      case 2: return list(depth: depth + 1)
      default: return choices.pick(Self.hostileNumbers)
      }
    }
    switch choices.below(7) {
    case 0, 1: return call(depth: depth + 1)
    case 5:
      // A conditional expression; its condition is mostly a comparison.
      let value = expression(depth: depth + 1)
      let condition =
        choices.oneIn(3)
        ? expression(depth: depth + 1)
        : "\(expression(depth: depth + 1)) < \(expression(depth: depth + 1))"
      return "(\(value) if \(condition) else \(expression(depth: depth + 1)))"
    case 2:
      return
        "(\(expression(depth: depth + 1)) \(choices.pick(Self.binaryOperators)) \(expression(depth: depth + 1)))"
    case 3:
      return "\(expression(depth: depth + 1)).\(choices.pick(Self.members))"
    case 4:
      return
        "\(expression(depth: depth + 1))[\(choices.pick(Self.hostileSizes))]"
    default:
      return
        "(fn(a) => \(expression(depth: depth + 1)))(\(expression(depth: depth + 1)))"
    }
  }

  private mutating func list(depth: Int) -> String {
    switch choices.below(4) {
    case 0: return "[]"
    case 1: return "[[1, 2], [3, 4]]"
    case 2: return "[0] * \(size())"
    default:
      let count = choices.below(5)
      return "["
        + (0..<count).map { _ in
          depth > 3
            ? choices.pick(Self.hostileNumbers) : expression(depth: depth + 1)
        }.joined(separator: ", ") + "]"
    }
  }

  private mutating func size() -> String { choices.pick(Self.hostileSizes) }

  /// A builtin called with every required parameter and some optional
  /// ones, each argument hostile or an expression.
  private mutating func call(depth: Int) -> String {
    let builtin = choices.pick(builtins)
    var arguments: [String] = []
    var keywordsStarted = false
    for parameter in builtin.parameters {
      if parameter.isVariadic {
        arguments += (0..<choices.below(4)).map { _ in argument(depth: depth) }
        continue
      }
      if parameter.isRequired && !keywordsStarted {
        arguments.append(argument(depth: depth))
      } else if choices.oneIn(2) {
        keywordsStarted = true
        arguments.append("\(parameter.name)=\(argument(depth: depth))")
      } else if parameter.isRequired {
        arguments.append("\(parameter.name)=\(argument(depth: depth))")
      }
    }
    return "\(builtin.name)(\(arguments.joined(separator: ", ")))"
  }

  private mutating func argument(depth: Int) -> String {
    switch choices.below(5) {
    case 0: return choices.pick(Self.hostileNumbers)
    case 1: return size()
    case 2: return choices.pick(Self.hostileStrings)
    default: return expression(depth: depth + 1)
    }
  }

  /// A builtin's example with one of its numbers replaced by a hostile one.
  private mutating func example() -> String {
    let text = choices.pick(builtins).example
    let numbers = Self.numberRanges(in: text)
    guard !numbers.isEmpty else { return text }
    let target = numbers[choices.below(numbers.count)]
    return text.replacingCharacters(
      in: target, with: choices.pick(Self.hostileNumbers))
  }

  /// A long flat chain of one operator, `1+1+…+1`, up to 100,000 terms.
  private mutating func chain() -> String {
    let terms = choices.pick([2, 30, 300, 3000, 100_000])
    let (glue, term) = choices.pick([
      ("+", "1"), ("*", "1"), (" and ", "true"), (" or ", "false"),
      ("<", "1"), ("-", "2"),
    ])
    if choices.oneIn(4) {
      return "x = [1]" + String(repeating: "[0]", count: terms)
    }
    return "x = "
      + Array(repeating: term, count: terms).joined(separator: glue)
  }

  /// Where the numbers in `text` are.
  static func numberRanges(in text: String) -> [Range<String.Index>] {
    var ranges: [Range<String.Index>] = []
    var index = text.startIndex
    while index < text.endIndex {
      let character = text[index]
      let previous =
        index > text.startIndex ? text[text.index(before: index)] : " "
      if character.isNumber && !(previous.isLetter || previous == "_") {
        var end = index
        while end < text.endIndex
          && (text[end].isNumber || text[end] == "." || text[end] == "e")
        {
          end = text.index(after: end)
        }
        ranges.append(index..<end)
        index = end
      } else {
        index = text.index(after: index)
      }
    }
    return ranges
  }
}
