import Localization

/// A value of the lesson language.
///
/// Numbers are `Double` (so no arithmetic can trap); the objects of TrainKit
/// and TermPlot — tensors, data sets, models, histories, charts — are wrapped
/// in `.object`, so adding one needs a `LessonObject` conformance and no
/// change here.
///
/// The large payloads (builtins, objects) are `indirect`, boxed once when
/// the value is made, so a value is 17 bytes and copying one in
/// the evaluator's hot paths moves a number or a reference, not a builtin's
/// hundred bytes of descriptions.
enum Value {
  /// A number (all numbers are double precision).
  case number(Double)
  /// A string.
  case string(String)
  /// `true` or `false`.
  case bool(Bool)
  /// The absence of a value; what `print` returns.
  case none
  /// A list of values.
  case list([Value])
  /// Keys and values, in the order written.
  case record(Record)
  /// A function written with `fn(…) => …`.
  case function(UserFunction)
  /// A function provided by LessonKit.
  indirect case builtin(Builtin)
  /// A host object: tensor, data set, model, optimizer, history, chart, …
  indirect case object(any LessonObject)
}

/// The keys and values of a record, in insertion order.
struct Record {
  /// The keys, in the order they were first set.
  private(set) var keys: [String] = []
  private var storage: [String: Value] = [:]

  /// Creates an empty record.
  init() {}

  /// Creates a record from key-value pairs; a repeated key keeps its last value.
  init(_ pairs: [(String, Value)]) {
    for (key, value) in pairs { self[key] = value }
  }

  /// The value for `key`, or nil.
  subscript(key: String) -> Value? {
    get { storage[key] }
    set {
      if storage[key] == nil, newValue != nil { keys.append(key) }
      if newValue == nil { keys.removeAll { $0 == key } }
      storage[key] = newValue
    }
  }

  /// The number of entries.
  var count: Int { keys.count }

  /// The entries in order.
  var entries: [(key: String, value: Value)] {
    keys.compactMap { key in storage[key].map { (key, $0) } }
  }
}

/// A function written in a cell: `fn(x, y) => 0.1*x**2 + 2*y**2`.
///
/// Immutable, so sharing one between values is as good as copying it; a
/// class so that a call reads it through one reference instead of copying
/// its fields out of a box (measured: a fifth of a call's time went to
/// retaining and releasing them).
final class UserFunction {
  /// The compiled function: parameters, body, the names of its locals.
  let code: FunctionCode
  /// The values of the local variables visible where the function was
  /// written (the parameters of enclosing functions, innermost first),
  /// captured by value; they follow the parameters in the call's frame.
  let captured: [Value]
  /// The name it was first assigned to, for messages; nil until assigned.
  let name: String?

  /// Creates a function value.
  init(code: FunctionCode, captured: [Value], name: String?) {
    self.code = code
    self.captured = captured
    self.name = name
  }

  /// The parameter names.
  var parameters: [String] { code.parameters }
}

extension Value {
  /// How the value's kind reads in a sentence: "a number", "a list", "a model".
  var typeDescription: Message {
    switch self {
    case .number: return Message("a number")
    case .string: return Message("a string")
    case .bool: return Message("a boolean (true or false)")
    case .none: return Message("none")
    case .list: return Message("a list")
    case .record: return Message("a record")
    case .function: return Message("a function")
    case .builtin: return Message("a builtin function")
    case .object(let object): return withArticle(object.typeName)
    }
  }

  /// The short type name shown by `type(x)`.
  var typeName: String {
    switch self {
    case .number: return "number"
    case .string: return "string"
    case .bool: return "boolean"
    case .none: return "none"
    case .list: return "list"
    case .record: return "record"
    case .function, .builtin: return "function"
    case .object(let object): return object.typeName
    }
  }
}

/// "a model", "an optimizer".
func withArticle(_ noun: String) -> Message {
  let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
  return noun.first.map { vowels.contains($0) } == true
    ? Message("an \(noun)") : Message("a \(noun)")
}

extension Value {
  /// A TrainKit `Float` as a number: the shortest decimal that reads back as
  /// the same `Float` (`1.2`, not 1.2000000476837158).
  static func float(_ value: Float) -> Value {
    .number(Double(value.description) ?? Double(value))
  }
}
