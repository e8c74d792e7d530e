import Localization

/// A builtin's arguments, bound to its parameter names, with typed accessors
/// that throw messages naming the builtin, the parameter and what was expected.
struct Arguments {
  /// The builtin being called.
  let builtinName: String
  /// The interpreter running the call (for the random generator, output,
  /// options and calling user functions).
  let interpreter: Interpreter
  /// The whole call's source range.
  let callRange: SourceRange
  /// Bound arguments by parameter name, with the range of each expression.
  var bound: [String: (value: Value, range: SourceRange)]
  /// The arguments collected by a variadic parameter.
  var rest: [(value: Value, range: SourceRange)]
  /// The builtin's parameters, whose defaults the accessors fall back on.
  let parameters: [BuiltinParameter]

  /// True when `name` was given.
  func has(_ name: String) -> Bool { bound[name] != nil }

  /// The raw value of `name`, or nil when not given (or given as `none`).
  func value(_ name: String) -> Value? {
    guard let entry = bound[name] else { return nil }
    if case .none = entry.value { return nil }
    return entry.value
  }

  /// The range of `name`'s argument, or the call's.
  func range(of name: String) -> SourceRange {
    bound[name]?.range ?? callRange
  }

  /// An error pointing at `name`'s argument.
  func error(_ name: String, _ message: Message) -> RuntimeError {
    RuntimeError("\(builtinName): \(message)", at: range(of: name))
  }

  /// An error about the whole call.
  func error(_ message: Message) -> RuntimeError {
    RuntimeError("\(builtinName): \(message)", at: callRange)
  }

  /// The error for a wrong type.
  func typeError(_ name: String, expected: Message, got value: Value)
    -> RuntimeError
  {
    error(name, "`\(name)` must be \(expected), got \(value.typeDescription)")
  }

  /// The value given for `name`, else its parameter's default (a `call`
  /// default made afresh), else nil.
  func valueOrDefault(_ name: String) throws -> Value? {
    if let value = value(name) { return value }
    switch parameters.first(where: { $0.name == name })?.defaultValue {
    case .value(let value):
      if case .none = value { return nil }
      return value
    case .call(let builtin, let settings):
      guard let callee = interpreter.builtins[builtin] else { return nil }
      return try interpreter.call(
        .builtin(callee),
        settings.map {
          CallArgument(
            label: $0.name, labelRange: callRange, value: $0.value,
            range: callRange)
        }, at: callRange, calleeRange: callRange)
    case .described, nil: return nil
    }
  }

  /// The value of a required parameter, or the parameter's default.
  func required(_ name: String) throws -> Value {
    guard let value = try valueOrDefault(name) else {
      throw error(
        "missing `\(name)`; the signature is \(interpreter.builtins[builtinName]?.signature ?? builtinName)"
      )
    }
    return value
  }

  /// A number; the parameter's default when not given.
  func number(_ name: String) throws -> Double {
    try number(of: required(name), name)
  }

  private func number(of value: Value, _ name: String) throws -> Double {
    switch value {
    case .number(let number): return number
    case .bool(let flag): return flag ? 1 : 0
    case .object(let object):
      if let number = try object.scalarValue() { return number }
      throw typeError(name, expected: "a number", got: value)
    default: throw typeError(name, expected: "a number", got: value)
    }
  }

  /// A whole number in `bounds`; the parameter's default when not given.
  func int(
    _ name: String, in bounds: ClosedRange<Int> = 0...1_000_000_000
  ) throws -> Int {
    let number = try number(name)
    return try wholeNumber(
      number, in: bounds, describing: "`\(name)`", at: range(of: name),
      builtin: builtinName)
  }

  /// A string; the parameter's default when not given.
  func string(_ name: String) throws -> String {
    let value = try required(name)
    guard case .string(let text) = value else {
      throw typeError(name, expected: "a string", got: value)
    }
    return text
  }

  /// A boolean; the parameter's default when not given.
  func bool(_ name: String) throws -> Bool {
    let value = try required(name)
    guard case .bool(let flag) = value else {
      throw typeError(name, expected: "true or false", got: value)
    }
    return flag
  }

  /// A list of numbers (a tensor of rank 1 is accepted too); the parameter's
  /// default when not given.
  func numbers(_ name: String) throws -> [Double] {
    let value = try required(name)
    return try interpreter.numbers(
      from: value, describing: "`\(name)`", at: range(of: name),
      builtin: builtinName)
  }

  /// A host object of type `T`, or the parameter's default.
  ///
  /// Throws when neither is there or the value is of another type.
  func object<T: LessonObject>(
    _ name: String, as type: T.Type, expected: Message
  ) throws -> T {
    let value = try required(name)
    guard case .object(let object) = value, let typed = object as? T else {
      throw typeError(name, expected: expected, got: value)
    }
    return typed
  }
}

/// Converts `number` to an `Int`, refusing fractions, infinities and values
/// outside `bounds` with a message naming `what`.
func wholeNumber(
  _ number: Double, in bounds: ClosedRange<Int>, describing what: Message,
  at range: SourceRange,
  builtin: String? = nil
) throws -> Int {
  let prefix = builtin.map { Message("\($0): ") } ?? Message(verbatim: "")
  guard number.isFinite, number == number.rounded() else {
    throw RuntimeError(
      "\(prefix)\(what) must be a whole number, got \(formatNumber(number))",
      at: range)
  }
  guard number >= Double(bounds.lowerBound), number <= Double(bounds.upperBound)
  else {
    throw RuntimeError(
      "\(prefix)\(what) must be between \(bounds.lowerBound) and \(bounds.upperBound), got \(formatNumber(number))",
      at: range)
  }
  return Int(number)
}
