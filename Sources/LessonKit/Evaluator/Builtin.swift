/// One parameter of a builtin.
struct BuiltinParameter {
  /// The name, also the keyword: `epochs`.
  var name: String
  /// How the default reads in the signature (`"10"`, `"sgd(lr=0.1)"`), or
  /// nil for a required parameter.
  var defaultText: String?
  /// True for `*series`: takes all remaining positional arguments.
  var isVariadic: Bool

  /// A required parameter.
  static func required(_ name: String) -> BuiltinParameter {
    BuiltinParameter(name: name, defaultText: nil, isVariadic: false)
  }

  /// An optional parameter with the given default, as shown in the signature.
  static func optional(_ name: String, _ defaultText: String)
    -> BuiltinParameter
  {
    BuiltinParameter(name: name, defaultText: defaultText, isVariadic: false)
  }

  /// A parameter collecting the remaining positional arguments.
  static func variadic(_ name: String) -> BuiltinParameter {
    BuiltinParameter(name: name, defaultText: nil, isVariadic: true)
  }
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

  /// The text of `help(name)`.
  var helpText: String {
    var text = "\(signature)\n  \(purpose)"
    if !notes.isEmpty {
      text +=
        "\n"
        + notes.split(separator: "\n", omittingEmptySubsequences: false).map {
          "  \($0)"
        }.joined(separator: "\n")
    }
    let exampleLines = example.split(separator: "\n").map(String.init)
    if exampleLines.count == 1 {
      text += "\n  Example: \(exampleLines[0])"
    } else {
      text +=
        "\n  Example:\n"
        + exampleLines.map { "    \($0)" }.joined(separator: "\n")
    }
    return text
  }
}
