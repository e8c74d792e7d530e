import Localization
import TrainKit

extension Interpreter {
  /// The deepest nesting of lists, records and captured functions a value
  /// may have.
  ///
  /// Deeper values are refused when built, because printing,
  /// comparing and even freeing them recurse once per level.
  static let maximumValueNesting = EvaluationLimits.valueNesting

  /// How deeply `value` nests containers, counting at most to `limit + 1`.
  /// - Complexity: O(containers visited); flat lists are scanned once.
  func nestingDepth(
    _ value: Value, limit: Int = Interpreter.maximumValueNesting
  ) -> Int {
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
      return 1
        + record.entries.reduce(0) {
          max($0, nestingDepth($1.value, limit: limit - 1))
        }
    case .function(let function):
      return 1
        + function.captured.reduce(0) {
          max($0, nestingDepth($1, limit: limit - 1))
        }
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

  /// The error for a name that is neither a local, a variable nor a
  /// builtin, with a hint or the closest known name.
  func unknownName(
    _ name: String, localNames: [String], at range: SourceRange
  ) -> RuntimeError {
    if let hint = PythonHabits.words[name] {
      return RuntimeError("unknown name `\(name)`: \(hint)", at: range)
    }
    let candidates =
      localNames + Array(globals.keys) + Array(builtins.keys)
    return RuntimeError(
      "unknown name `\(name)`\(didYouMean(name, among: candidates))", at: range)
  }

  /// `base.name`.
  func member(_ name: String, of base: Value, at range: SourceRange) throws
    -> Value
  {
    switch base {
    case .record(let record):
      if let value = record[name] { return value }
      throw RuntimeError(
        "the record has no key `\(name)`\(didYouMean(name, among: record.keys))",
        at: range)
    case .object(let object):
      do {
        if let value = try object.member(name, in: self) {
          try admit(value, at: range)
          return value
        }
      } catch let error as HostError {
        throw RuntimeError(
          Message(verbatim: error.message), at: error.range ?? range)
      } catch let error as TrainKitError {
        throw RuntimeError(Message(verbatim: error.message), at: range)
      }
      let names = object.memberNames
      let known: Message = names.isEmpty ? "" : didYouMean(name, among: names)
      let list =
        known.key.isEmpty && !names.isEmpty
        ? Message(
          " (it has \(names.map { "`\($0)`" }.joined(separator: ", ")))")
        : ""
      throw RuntimeError(
        "\(base.typeDescription) has no member `\(name)`\(known)\(list)",
        at: range)
    case .list:
      let hint =
        name == "length" || name == "count" || name == "len"
        ? Message("; use `len(xs)`")
        : name == "append" ? Message("; write `xs = xs + [x]`") : ""
      throw RuntimeError("a list has no member `\(name)`\(hint)", at: range)
    default:
      throw RuntimeError(
        "\(base.typeDescription) has no member `\(name)`", at: range)
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
