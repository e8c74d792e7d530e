import Foundation

/// Formats a number for display: whole numbers exactly (up to 10¹⁶), others
/// with 6 significant digits as C's `%g` does; `inf`, `-inf`, `nan`.
///
///     formatNumber(3)          // "3"
///     formatNumber(0.1 + 0.2)  // "0.3"
///     formatNumber(1e-5)       // "1e-05"
func formatNumber(_ value: Double) -> String {
  if value.isNaN { return "nan" }
  if value.isInfinite { return value < 0 ? "-inf" : "inf" }
  if value == value.rounded(), abs(value) < 1e16 {
    return value == 0 ? "0" : String(Int64(value))
  }
  return String(format: "%.6g", value)
}

extension Interpreter {
  /// The most elements of a list shown before "…".
  static let listDisplayLimit = 30

  /// A value written inline, as in a list or by `print`: strings unquoted at
  /// the top level, quoted inside lists and records.
  ///
  /// The text is at most `EvaluationLimits.collectionSize` characters (plus
  /// a closing "…"): a list of long strings cannot make `str` or `print`
  /// build more text than a string may hold.
  func describe(_ value: Value, quoted: Bool = false) -> String {
    var text = ""
    var budget = options.limits.collectionSize
    describe(value, quoted: quoted, into: &text, budget: &budget)
    return text
  }

  /// The most characters of a value a message quotes, "…" included.
  static let quotedValueLength = 70

  /// A value as a message quotes it: the first line of
  /// `describe(_:quoted:)`, at most `quotedValueLength` characters (cut
  /// with "…"), so a long list or string cannot make a message long; only
  /// that much of the value is formatted.
  func quote(_ value: Value, quoted: Bool = true) -> String {
    let length = Interpreter.quotedValueLength
    var text = ""
    var budget = length + 1
    describe(value, quoted: quoted, into: &text, budget: &budget)
    let line = text.prefix { !$0.isNewline }
    return line.count > length ? line.prefix(length - 1) + "…" : String(line)
  }

  /// Appends `value` to `text`, spending at most `budget` characters; once
  /// it is spent, writes "…" and stops.
  private func describe(
    _ value: Value, quoted: Bool, into text: inout String, budget: inout Int
  ) {
    func write(_ piece: String) {
      guard budget > 0 else { return }
      let length = piece.count
      if length <= budget {
        text += piece
        budget -= length
      } else {
        text += String(piece.prefix(budget)) + "…"
        budget = 0
      }
    }
    func items(_ values: some Sequence<Value>) {
      var first = true
      for item in values where budget > 0 {
        if !first { write(", ") }
        first = false
        describe(item, quoted: true, into: &text, budget: &budget)
      }
    }
    switch value {
    case .number(let number): write(formatNumber(number))
    case .string(let string): write(quoted ? "\"\(string)\"" : string)
    case .bool(let flag): write(flag ? "true" : "false")
    case .none: write("none")
    case .list(let values):
      write("[")
      if values.count > Interpreter.listDisplayLimit {
        items(values.prefix(Interpreter.listDisplayLimit - 3))
        write(", …, ")
        items(values.suffix(2))
        write("] (\(values.count) items)")
      } else {
        items(values)
        write("]")
      }
    case .record(let record):
      write("{")
      var first = true
      for entry in record.entries where budget > 0 {
        if !first { write(", ") }
        first = false
        write("\(entry.key): ")
        describe(entry.value, quoted: true, into: &text, budget: &budget)
      }
      write("}")
    case .function(let function):
      write("fn(\(function.parameters.joined(separator: ", ")))")
    case .builtin(let builtin):
      write(builtin.signature)
    case .object(let object):
      write(object.summary)
    }
  }

  /// The display of a bare expression's value: objects draw themselves
  /// (tables, charts) at the session's width.
  func render(_ value: Value) -> String {
    switch value {
    case .object(let object):
      return object.render(renderContext)
    default:
      return describe(value)
    }
  }

  /// Width, height and capabilities for drawing.
  var renderContext: RenderContext {
    RenderContext(
      width: size.width, height: size.height,
      ascii: options.ascii, color: options.color)
  }

  /// The numbers in a list (or a host object that iterates to numbers).
  func numbers(
    from value: Value, describing what: String, at range: SourceRange,
    builtin: String? = nil
  ) throws -> [Double] {
    let prefix = builtin.map { "\($0): " } ?? ""
    let items: [Value]
    switch value {
    case .list(let list): items = list
    case .number(let number): return [number]
    case .object(let object):
      guard let elements = object.elements() else { fallthrough }
      items = elements
    default:
      throw RuntimeError(
        "\(prefix)\(what) must be a list of numbers, got \(value.typeDescription)",
        at: range)
    }
    return try items.enumerated().map { offset, item in
      switch item {
      case .number(let number): return number
      case .object(let object):
        if let number = try object.scalarValue() { return number }
        fallthrough
      default:
        throw RuntimeError(
          "\(prefix)\(what) must be a list of numbers, but item \(offset) is \(item.typeDescription)",
          at: range)
      }
    }
  }
}
