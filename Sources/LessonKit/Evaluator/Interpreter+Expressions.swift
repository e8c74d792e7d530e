import TrainKit

extension Interpreter {
  /// Hints for words from other languages that are not part of this one.
  private static let foreignWords: [String: String] = [
    "lambda": "functions are written `fn(x) => x**2`",
    "def": "functions are written `f = fn(x) => x**2`",
    "import": "there is nothing to import: every builtin is always available",
    "return": "a function's body is one expression, written after `=>`",
    "null": "the empty value is written `none`",
    "nil": "the empty value is written `none`",
    "elseif": "write `elif`",
    "then": "write `:` after the condition",
    "do": "write `:` after the loop header",
  ]

  /// Evaluates `expr` with the local variables `scope`.
  func evaluate(_ expr: Expr, _ scope: Scope) throws -> Value {
    try tick(expr.range)
    evaluationDepth += 1
    defer { evaluationDepth -= 1 }
    guard evaluationDepth <= Interpreter.maximumEvaluationDepth else {
      throw RuntimeError(
        "too deeply nested (more than \(Interpreter.maximumEvaluationDepth) levels of evaluation)",
        at: expr.range)
    }
    switch expr {
    case .number(let value, _): return .number(value)
    case .string(let text, _): return .string(text)
    case .bool(let flag, _): return .bool(flag)
    case .none: return .none
    case .name(let name, let range): return try lookUp(name, scope, at: range)
    case .list(let elements, let range):
      return try checkedNesting(.list(try elements.map { try evaluate($0, scope) }), at: range)
    case .record(let entries, let range):
      var record = Record()
      for entry in entries { record[entry.key] = try evaluate(entry.value, scope) }
      return try checkedNesting(.record(record), at: range)
    case .unary(let op, let operandExpr, let range):
      return try unary(op, try evaluate(operandExpr, scope), at: range)
    case .binary(.and, let leftExpr, let rightExpr, let opRange, _),
      .binary(.or, let leftExpr, let rightExpr, let opRange, _):
      let isAnd: Bool
      if case .binary(.and, _, _, _, _) = expr { isAnd = true } else { isAnd = false }
      let left = try logical(try evaluate(leftExpr, scope), at: leftExpr.range, op: isAnd ? "and" : "or")
      if left != isAnd { return .bool(left) }
      _ = opRange
      return .bool(try logical(try evaluate(rightExpr, scope), at: rightExpr.range, op: isAnd ? "and" : "or"))
    case .binary(let op, let leftExpr, let rightExpr, let opRange, _):
      let left = try evaluate(leftExpr, scope)
      let right = try evaluate(rightExpr, scope)
      return try binary(op, left, right, at: opRange)
    case .member(let baseExpr, let name, let nameRange, _):
      return try member(name, of: try evaluate(baseExpr, scope), at: nameRange)
    case .index(let baseExpr, let indexExpr, _):
      let base = try evaluate(baseExpr, scope)
      return try element(of: base, at: try evaluate(indexExpr, scope), range: indexExpr.range)
    case .slice(let baseExpr, let lowerExpr, let upperExpr, let range):
      let base = try evaluate(baseExpr, scope)
      let lower = try lowerExpr.map { try evaluate($0, scope) }
      let upper = try upperExpr.map { try evaluate($0, scope) }
      return try slice(base, lower, upper, at: range)
    case .call(let calleeExpr, let argumentExprs, let range):
      let callee = try evaluate(calleeExpr, scope)
      var arguments: [CallArgument] = []
      for argument in argumentExprs {
        arguments.append(
          CallArgument(
            label: argument.label, labelRange: argument.labelRange,
            value: try evaluate(argument.value, scope), range: argument.value.range))
      }
      return try call(callee, arguments, at: range, calleeRange: calleeExpr.range)
    case .function(let parameters, let body, let range):
      return try checkedNesting(
        .function(UserFunction(parameters: parameters, body: body, captured: scope, name: nil)), at: range)
    case .invalid(let range):
      throw RuntimeError("this text could not be read", at: range)
    }
  }

  /// The deepest nesting of lists, records and captured functions a value
  /// may have. Deeper values are refused when built, because printing,
  /// comparing and even freeing them recurse once per level.
  static let maximumValueNesting = 100

  /// How deeply `value` nests containers, counting at most to `limit + 1`.
  /// - Complexity: O(containers visited); flat lists are scanned once.
  func nestingDepth(_ value: Value, limit: Int = Interpreter.maximumValueNesting) -> Int {
    guard limit >= 0 else { return 1 }
    switch value {
    case .list(let items):
      var deepest = 0
      for item in items {
        switch item {
        case .list, .record, .function:
          deepest = max(deepest, nestingDepth(item, limit: limit - 1))
          if deepest > limit { return deepest + 1 }
        default: continue
        }
      }
      return deepest + 1
    case .record(let record):
      return 1 + record.entries.reduce(0) { max($0, nestingDepth($1.value, limit: limit - 1)) }
    case .function(let function):
      return 1 + function.captured.values.reduce(0) { max($0, nestingDepth($1, limit: limit - 1)) }
    default:
      return 0
    }
  }

  /// `value`, unless it nests deeper than `maximumValueNesting`.
  func checkedNesting(_ value: Value, at range: SourceRange) throws -> Value {
    guard nestingDepth(value) <= Interpreter.maximumValueNesting else {
      throw RuntimeError(
        "nested too deeply: lists, records and functions may nest at most \(Interpreter.maximumValueNesting) levels",
        at: range)
    }
    return value
  }

  /// The value of `name`: a local, a variable, or a builtin.
  func lookUp(_ name: String, _ scope: Scope, at range: SourceRange) throws -> Value {
    if let value = scope[name] ?? globals[name] { return value }
    if let builtin = builtins[name] { return .builtin(builtin) }
    if let hint = Interpreter.foreignWords[name] {
      throw RuntimeError("unknown name `\(name)`: \(hint)", at: range)
    }
    let candidates = Array(scope.keys) + Array(globals.keys) + Array(builtins.keys)
    throw RuntimeError("unknown name `\(name)`\(didYouMean(name, among: candidates))", at: range)
  }

  private func logical(_ value: Value, at range: SourceRange, op: String) throws -> Bool {
    guard case .bool(let flag) = value else {
      throw RuntimeError("`\(op)` needs true or false on both sides, got \(value.typeDescription)", at: range)
    }
    return flag
  }

  /// `base.name`.
  func member(_ name: String, of base: Value, at range: SourceRange) throws -> Value {
    switch base {
    case .record(let record):
      if let value = record[name] { return value }
      throw RuntimeError(
        "the record has no key `\(name)`\(didYouMean(name, among: record.keys))", at: range)
    case .object(let object):
      do {
        if let value = try object.member(name, in: self) { return value }
      } catch let error as HostError {
        throw RuntimeError(error.message, at: error.range ?? range)
      } catch let error as TrainKitError {
        throw RuntimeError(error.message, at: range)
      }
      let names = object.memberNames
      let known = names.isEmpty ? "" : didYouMean(name, among: names)
      let list = known.isEmpty && !names.isEmpty ? " (it has \(names.map { "`\($0)`" }.joined(separator: ", ")))" : ""
      throw RuntimeError("\(base.typeDescription) has no member `\(name)`\(known)\(list)", at: range)
    case .list:
      let hint =
        name == "length" || name == "count" || name == "len" ? "; use `len(xs)`"
        : name == "append" ? "; write `xs = xs + [x]`" : ""
      throw RuntimeError("a list has no member `\(name)`\(hint)", at: range)
    default:
      throw RuntimeError("\(base.typeDescription) has no member `\(name)`", at: range)
    }
  }
}

/// An evaluated argument of a call.
struct CallArgument {
  /// The keyword, or nil for a positional argument.
  var label: String?
  /// Where the keyword is written.
  var labelRange: SourceRange?
  /// The argument's value.
  var value: Value
  /// Where the argument's expression is written.
  var range: SourceRange
}
