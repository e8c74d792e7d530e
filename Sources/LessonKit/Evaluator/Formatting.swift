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
  func describe(_ value: Value, quoted: Bool = false) -> String {
    switch value {
    case .number(let number): return formatNumber(number)
    case .string(let text): return quoted ? "\"\(text)\"" : text
    case .bool(let flag): return flag ? "true" : "false"
    case .none: return "none"
    case .list(let items):
      if items.count > Interpreter.listDisplayLimit {
        let head = items.prefix(Interpreter.listDisplayLimit - 3).map {
          describe($0, quoted: true)
        }
        let tail = items.suffix(2).map { describe($0, quoted: true) }
        return "[" + head.joined(separator: ", ") + ", …, "
          + tail.joined(separator: ", ") + "] (\(items.count) items)"
      }
      return "["
        + items.map { describe($0, quoted: true) }.joined(separator: ", ") + "]"
    case .record(let record):
      return "{"
        + record.entries.map {
          "\($0.key): \(describe($0.value, quoted: true))"
        }.joined(separator: ", ") + "}"
    case .function(let function):
      return "fn(\(function.parameters.joined(separator: ", ")))"
    case .builtin(let builtin):
      return builtin.signature
    case .object(let object):
      return object.summary
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
      width: max(20, min(options.width, 400)),
      height: max(5, min(options.height, 200)),
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
