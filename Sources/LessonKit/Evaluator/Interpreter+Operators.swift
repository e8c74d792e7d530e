import Foundation
import Localization
import TrainKit

extension Interpreter {
  /// `-x`, `+x`, `not x`.
  func unary(_ op: UnaryOperator, _ operand: Value, at range: SourceRange)
    throws -> Value
  {
    switch (op, operand) {
    case (.negate, .number(let x)): return .number(-x)
    case (.plus, .number(let x)): return .number(x)
    case (.not, .bool(let flag)): return .bool(!flag)
    case (.negate, .object(let object)):
      if let value = try hostCall(at: range, { try object.negated(in: self) }) {
        return value
      }
    case (.plus, .object(let object)):
      if object.typeName == "tensor" { return operand }
    default: break
    }
    if op == .not {
      throw RuntimeError(
        "`not` needs true or false, got \(operand.typeDescription)", at: range)
    }
    throw RuntimeError(
      "cannot use `\(op.rawValue)` on \(operand.typeDescription)", at: range)
  }

  /// `left op right` for every operator but `and` / `or`.
  func binary(
    _ op: BinaryOperator, _ left: Value, _ right: Value, at range: SourceRange
  ) throws -> Value {
    switch (left, right) {
    case (.number(let a), .number(let b)):
      return Interpreter.arithmetic(op, a, b)
    case (.object(let object), _):
      if let value = try hostCall(
        at: range,
        { try object.combine(op, with: right, objectIsLeft: true, in: self) })
      {
        try admit(value, at: range)
        return value
      }
    case (_, .object(let object)):
      if let value = try hostCall(
        at: range,
        { try object.combine(op, with: left, objectIsLeft: false, in: self) })
      {
        try admit(value, at: range)
        return value
      }
    case (.string(let a), .string(let b)):
      switch op {
      case .add:
        try checkSize(a.count + b.count, at: range)
        return try admitted(.string(a + b), at: range)
      case .less: return .bool(a < b)
      case .lessEqual: return .bool(a <= b)
      case .greater: return .bool(a > b)
      case .greaterEqual: return .bool(a >= b)
      default: break
      }
    case (.string(let text), .number(let count)) where op == .multiply,
      (.number(let count), .string(let text)) where op == .multiply:
      let times = try repetitions(count, length: text.count, at: range)
      // Admitted before it is built: `times` copies of the text.
      try admit(
        .string(text), extraBytes: max(times - 1, 0) * text.utf8.count,
        at: range)
      return .string(String(repeating: text, count: times))
    case (.list(let a), .list(let b)) where op == .add:
      try checkSize(a.count + b.count, at: range)
      return try admitted(.list(a + b), at: range)
    case (.list(let items), .number(let count)) where op == .multiply,
      (.number(let count), .list(let items)) where op == .multiply:
      let times = try repetitions(count, length: items.count, at: range)
      // Admitted before it is built, element by element: the items once
      // (they are shared) and `times` slots for each.
      try admit(
        .list(items),
        extraBytes: max(times - 1, 0) * items.count
          * MemoryLayout<Value>.stride, at: range)
      return .list(Array([[Value]](repeating: items, count: times).joined()))
    default: break
    }
    switch op {
    case .equal: return .bool(valuesEqual(left, right))
    case .notEqual: return .bool(!valuesEqual(left, right))
    default: break
    }
    var hint: Message = ""
    if op == .add, case .string = left {
      hint = Message("; convert the number with str(x)")
    }
    if op == .add, case .string = right {
      hint = Message("; convert the number with str(x)")
    }
    throw RuntimeError(
      "cannot use `\(op.rawValue)` on \(left.typeDescription) and \(right.typeDescription)\(hint)",
      at: range)
  }

  /// IEEE arithmetic on doubles: `1/0` is `inf`, `0/0` is `nan`; `%` takes
  /// the sign of the divisor as in Python.
  @inline(__always)
  static func arithmetic(_ op: BinaryOperator, _ a: Double, _ b: Double)
    -> Value
  {
    switch op {
    case .add: return .number(a + b)
    case .subtract: return .number(a - b)
    case .multiply: return .number(a * b)
    case .divide: return .number(a / b)
    case .remainder:
      let r = a - b * (a / b).rounded(.down)
      return .number(
        b.isInfinite && a.isFinite ? (a.sign == b.sign || a == 0 ? a : b) : r)
    case .power: return .number(pow(a, b))
    case .equal: return .bool(a == b)
    case .notEqual: return .bool(a != b)
    case .less: return .bool(a < b)
    case .lessEqual: return .bool(a <= b)
    case .greater: return .bool(a > b)
    case .greaterEqual: return .bool(a >= b)
    case .and, .or: return .none  // handled by the evaluator (short circuit)
    }
  }

  /// Structural equality; different kinds are never equal.
  func valuesEqual(_ left: Value, _ right: Value) -> Bool {
    switch (left, right) {
    case (.number(let a), .number(let b)): return a == b
    case (.string(let a), .string(let b)): return a == b
    case (.bool(let a), .bool(let b)): return a == b
    case (.none, .none): return true
    case (.list(let a), .list(let b)):
      return a.count == b.count && zip(a, b).allSatisfy { valuesEqual($0, $1) }
    case (.record(let a), .record(let b)):
      return a.keys == b.keys
        && a.keys.allSatisfy { key in
          guard let x = a[key], let y = b[key] else { return false }
          return valuesEqual(x, y)
        }
    case (.builtin(let a), .builtin(let b)): return a.name == b.name
    default: return false
    }
  }

  private func repetitions(_ count: Double, length: Int, at range: SourceRange)
    throws -> Int
  {
    let limit = options.limits.collectionSize
    let times = try wholeNumber(
      count, in: 0...limit, describing: "the repetition count", at: range)
    try checkSize(
      times.multipliedReportingOverflow(by: length).overflow
        ? Int.max : times * length, at: range)
    return times
  }

  /// Refuses lists and strings longer than the session's limit.
  func checkSize(_ size: Int, at range: SourceRange) throws {
    guard size <= options.limits.collectionSize else {
      throw RuntimeError(
        "too large: at most \(options.limits.collectionSize) elements in a list or string",
        at: range)
    }
  }

  /// Runs a host object's operation, attaching `range` to its errors.
  func hostCall<T>(at range: SourceRange, _ body: () throws -> T) throws -> T {
    do {
      return try body()
    } catch let error as HostError {
      throw RuntimeError(
        Message(verbatim: error.message), at: error.range ?? range)
    } catch let error as TrainKitError {
      throw RuntimeError(Message(verbatim: error.message), at: range)
    }
  }

  /// The position `index` names in a collection of `count` items;
  /// negative indices count from the end.
  func listIndex(_ index: Value, count: Int, at range: SourceRange) throws
    -> Int
  {
    guard case .number(let number) = index else {
      throw RuntimeError(
        "an index must be a number, got \(index.typeDescription)", at: range)
    }
    guard number.isFinite, number == number.rounded() else {
      throw RuntimeError(
        "an index must be a whole number, got \(formatNumber(number))",
        at: range)
    }
    guard number >= Double(-count), number < Double(count) else {
      let valid =
        count == 0
        ? Message("it is empty")
        : Message("valid indices are 0 to \(count - 1), or -\(count) to -1")
      throw RuntimeError(
        "index \(formatNumber(number)) is out of range: \(valid)", at: range)
    }
    let position = Int(number)
    return position < 0 ? position + count : position
  }

  /// `base[index]`.
  func element(of base: Value, at index: Value, range: SourceRange) throws
    -> Value
  {
    switch base {
    case .list(let items):
      return items[try listIndex(index, count: items.count, at: range)]
    case .string(let text):
      let characters = Array(text)
      return .string(
        String(
          characters[try listIndex(index, count: characters.count, at: range)]))
    case .record(let record):
      guard case .string(let key) = index else {
        throw RuntimeError(
          "a record is indexed by a string key, got \(index.typeDescription)",
          at: range)
      }
      if let value = record[key] { return value }
      throw RuntimeError(
        "the record has no key `\(key)`\(didYouMean(key, among: record.keys))",
        at: range)
    case .object(let object):
      if let value = try hostCall(at: range, { try object.element(at: index) })
      {
        return value
      }
    default: break
    }
    throw RuntimeError("cannot index \(base.typeDescription)", at: range)
  }

  /// `base[lower:upper]` for lists and strings, Python's clamping rules.
  func slice(
    _ base: Value, _ lower: Value?, _ upper: Value?, at range: SourceRange
  ) throws -> Value {
    func bound(_ value: Value?, count: Int, fallback: Int) throws -> Int {
      guard let value, !isNone(value) else { return fallback }
      guard case .number(let number) = value, number.isFinite,
        number == number.rounded()
      else {
        throw RuntimeError(
          "a slice bound must be a whole number, got \(quote(value, quoted: false))",
          at: range)
      }
      let clamped = Int(max(-1e15, min(1e15, number)))
      let position = clamped < 0 ? clamped + count : clamped
      return min(max(position, 0), count)
    }
    switch base {
    case .list(let items):
      let from = try bound(lower, count: items.count, fallback: 0)
      let to = try bound(upper, count: items.count, fallback: items.count)
      return .list(from < to ? Array(items[from..<to]) : [])
    case .string(let text):
      let characters = Array(text)
      let from = try bound(lower, count: characters.count, fallback: 0)
      let to = try bound(
        upper, count: characters.count, fallback: characters.count)
      return .string(from < to ? String(characters[from..<to]) : "")
    case .object(let object):
      if let items = object.elements() {
        return try slice(.list(items), lower, upper, at: range)
      }
    default: break
    }
    throw RuntimeError("cannot slice \(base.typeDescription)", at: range)
  }

  private func isNone(_ value: Value) -> Bool {
    if case .none = value { return true }
    return false
  }
}
