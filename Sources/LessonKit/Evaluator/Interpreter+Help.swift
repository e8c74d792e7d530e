import Localization
import TermPlot

extension Interpreter {
  /// What `help("for")` and friends say about the language's keywords.
  static let keywordHelp: [String: Message] = [
    "for":
      Message(
        "for x in xs: … end\n  Runs the block once for each item of a list (or range(n), or a record's keys).\n  Example:\n    for lr in [0.01, 0.1]:\n        print(lr)\n    end"
      ),
    "if":
      Message(
        "if condition: … elif condition: … else: … end\n  Runs the first block whose condition is true.\n  Example:\n    if 2 > 1:\n        print(\"yes\")\n    else:\n        print(\"no\")\n    end"
      ),
    "while":
      Message(
        "while condition: … end\n  Repeats the block while the condition is true (Ctrl-C stops it).\n  Example:\n    i = 0\n    while i < 3:\n        i = i + 1\n    end"
      ),
    "fn":
      Message(
        "fn(x, y) => expression\n  A function of its parameters; on tensors its arithmetic is differentiable,\n  so `minimize` can descend it.\n  Example: f = fn(x, y) => 0.1*x**2 + 2*y**2"
      ),
    "end": Message("end closes a `for`, `if` or `while` block."),
    "break": Message("break leaves the innermost `for` or `while` loop."),
    "continue": Message(
      "continue skips to the next round of the innermost loop."),
    "and":
      Message(
        "a and b: true when both are true (b is not evaluated when a is false)."
      ),
    "or":
      Message(
        "a or b: true when either is true (b is not evaluated when a is true)."),
    "not": Message("not a: true when a is false."),
  ]

  /// Help for a builtin, a keyword or a variable; nil when unknown.
  func helpText(for name: String) -> String? {
    if let value = globals[name] {
      switch value {
      case .object(let object): return "\(name): \(object.helpText)"
      case .builtin(let builtin): return builtin.helpText
      default: return "\(name) = \(summary(of: value)) (\(value.typeName))"
      }
    }
    if let builtin = builtins[name] { return builtin.helpText }
    if let text = Interpreter.keywordHelp[name] { return String(text) }
    if name == "elif" || name == "else" {
      return Interpreter.keywordHelp["if"].map(String.init)
    }
    return nil
  }

  /// `help()` with no topic: every builtin by category, with its purpose.
  func builtinOverview() -> String {
    var lines: [String] = [
      String(Message("Builtins (help(name) for details and an example):"))
    ]
    for category in BuiltinLibrary.categories {
      let members = builtins.values.filter { $0.category == category.name }
        .sorted { $0.name < $1.name }
      guard !members.isEmpty else { continue }
      lines.append("")
      lines.append(String(Message("\(category.title):")))
      let width = min(14, members.map { TextWidth.of($0.name) }.max() ?? 0)
      for builtin in members {
        let head =
          "  " + builtin.name.padding(toLength: max(width, builtin.name.count))
          + "  "
        // One line per builtin, cut to the terminal's width.
        let purpose = TextWidth.truncate(
          builtin.localizedPurpose,
          to: renderContext.width - TextWidth.of(head),
          ascii: options.ascii)
        lines.append(head + purpose)
      }
    }
    lines.append("")
    lines.append(
      String(
        Message(
          "Keywords: for, if, elif, else, while, end, fn, and, or, not, break,"
        )))
    lines.append(String(Message("  continue (help(\"for\") and so on).")))
    return lines.joined(separator: "\n")
  }

  /// A one-line summary of a value (`quote(_:)`).
  func summary(of value: Value) -> String { quote(value) }
}

extension String {
  /// The string padded with spaces to `length` characters.
  func padding(toLength length: Int) -> String {
    count >= length
      ? self : self + String(repeating: " ", count: length - count)
  }
}
