import Localization

/// What a left-out parameter is worth: the one place a builtin's default
/// lives.
///
/// The signature, `help`, the generated reference and the accessors of
/// ``Arguments`` all derive from it, as swift-argument-parser derives an
/// option's help from `@Option var max = 3`.
enum ParameterDefault {
  /// A value of the language (`0.001`, `"auto"`, `[0.9, 0.999]`, `none`).
  case value(Value)
  /// A call of another builtin with keyword arguments, made afresh for each
  /// call that leaves the parameter out (optimizers hold state):
  /// `sgd(lr=0.1)`.
  case call(String, [(name: String, value: Value)])
  /// No value; the builtin decides from the other arguments, as the text
  /// says (`test=the rest`).
  case described(String)

  /// How the default reads in a signature.
  var text: String {
    switch self {
    case .value(let value): return Self.literal(value)
    case .call(let builtin, let arguments):
      let settings = arguments.map { "\($0.name)=\(Self.literal($0.value))" }
      return "\(builtin)(\(settings.joined(separator: ", ")))"
    case .described(let text): return text
    }
  }

  /// A literal value as the language writes it.
  static func literal(_ value: Value) -> String {
    switch value {
    case .number(let number):
      // 1e-5 rather than printf's 1e-05.
      return formatNumber(number).replacing("e-0", with: "e-")
    case .string(let text): return "\"\(text)\""
    case .bool(let flag): return flag ? "true" : "false"
    case .list(let items):
      return "[" + items.map(literal).joined(separator: ", ") + "]"
    default: return "none"
    }
  }

  /// A TrainKit hyper-parameter as a language number.
  static func number(_ value: Float) -> Value { .float(value) }
}

// Defaults hold only literal values (numbers, strings, flags, lists of
// them), never an object, so sharing them between threads is safe.
extension ParameterDefault: @unchecked Sendable {}

/// One parameter of a builtin.
struct BuiltinParameter {
  /// The name, also the keyword: `epochs`.
  var name: String
  /// Its default, or nil for a required parameter.
  var defaultValue: ParameterDefault?
  /// True for `*series`: takes all remaining positional arguments.
  var isVariadic: Bool

  /// How the default reads in the signature, or nil for a required
  /// parameter.
  var defaultText: String? { defaultValue?.text }

  /// A required parameter.
  static func required(_ name: String) -> BuiltinParameter {
    BuiltinParameter(name: name, defaultValue: nil, isVariadic: false)
  }

  /// An optional parameter with the given default.
  static func optional(_ name: String, _ value: ParameterDefault)
    -> BuiltinParameter
  {
    BuiltinParameter(name: name, defaultValue: value, isVariadic: false)
  }

  /// An optional parameter that defaults to `none`.
  static func optional(_ name: String) -> BuiltinParameter {
    optional(name, .value(.none))
  }

  /// An optional number.
  static func optional(_ name: String, _ value: Double) -> BuiltinParameter {
    optional(name, .value(.number(value)))
  }

  /// An optional number whose default is a TrainKit hyper-parameter.
  static func optional(_ name: String, trainKit value: Float)
    -> BuiltinParameter
  {
    optional(name, .value(ParameterDefault.number(value)))
  }

  /// An optional flag.
  static func optional(_ name: String, _ value: Bool) -> BuiltinParameter {
    optional(name, .value(.bool(value)))
  }

  /// An optional string.
  static func optional(_ name: String, _ value: String) -> BuiltinParameter {
    optional(name, .value(.string(value)))
  }

  /// A parameter collecting the remaining positional arguments.
  static func variadic(_ name: String) -> BuiltinParameter {
    BuiltinParameter(name: name, defaultValue: nil, isVariadic: true)
  }
}

/// The Chinese text of a builtin's help (its signature and example are
/// code and read the same in both languages; backticked names stay as they
/// are).
struct BuiltinText {
  /// One line saying what it does, ending in "。" (or "……").
  var purpose: String
  /// Longer notes, one item per line as in ``Builtin/notes``; empty exactly
  /// when the English notes are.
  var notes: String = ""
}

/// A function provided by LessonKit, with everything `help` shows about it.
struct Builtin {
  /// The name it is called by.
  var name: String
  /// The group it is listed under in `help()` and the reference: "data".
  var category: String
  /// Its parameters, in positional order.
  var parameters: [BuiltinParameter]
  /// One line saying what it does.
  var purpose: String
  /// A runnable example (executed by the tests).
  var example: String
  /// Longer notes shown by `help(name)`, may be empty.
  var notes: String = ""
  /// The purpose and notes in Chinese (`help` under `--lang zh`).
  var zh: BuiltinText
  /// True when the value depends on the arguments alone and the call
  /// writes, reads and trains nothing, so `trainlab check` runs a call of
  /// it whose arguments are all literals and reports its error
  /// (`Session.problems(in:)`).
  var checksLiteralCalls = false
  /// The implementation.
  var implementation: (inout Arguments) throws -> Value

  /// `fit(model, data, epochs=10, …)`.
  var signature: String {
    let parts = parameters.map { parameter -> String in
      if parameter.isVariadic { return "*\(parameter.name)" }
      if let defaultText = parameter.defaultText {
        return "\(parameter.name)=\(defaultText)"
      }
      return parameter.name
    }
    return "\(name)(\(parts.joined(separator: ", ")))"
  }

  /// The purpose in the current language.
  var localizedPurpose: String {
    Language.current == .zh && !zh.purpose.isEmpty ? zh.purpose : purpose
  }

  /// The notes in the current language.
  var localizedNotes: String {
    Language.current == .zh && !zh.purpose.isEmpty ? zh.notes : notes
  }

  /// The text of `help(name)`, in the current language (the signature and
  /// the example are code, the same in both).
  var helpText: String {
    var text = "\(signature)\n  \(localizedPurpose)"
    let notes = localizedNotes
    if !notes.isEmpty {
      text +=
        "\n"
        + notes.split(separator: "\n", omittingEmptySubsequences: false).map {
          "  \($0)"
        }.joined(separator: "\n")
    }
    let exampleLines = example.split(separator: "\n").map(String.init)
    if exampleLines.count == 1 {
      text += String(Message("\n  Example: \(exampleLines[0])"))
    } else {
      text +=
        String(Message("\n  Example:\n"))
        + exampleLines.map { "    \($0)" }.joined(separator: "\n")
    }
    return text
  }
}
