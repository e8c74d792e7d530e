/// What tools outside LessonKit (the fuzzer, generators of programs) may
/// know about a builtin: its name, parameters and example, from the
/// registry.
public struct BuiltinSummary: Sendable, Equatable {
  /// One parameter of a builtin.
  public struct Parameter: Sendable, Equatable {
    /// The name, also the keyword.
    public var name: String
    /// True when a call must give it.
    public var isRequired: Bool
    /// True for `*series`, which takes the remaining positional arguments.
    public var isVariadic: Bool
  }

  /// The name it is called by.
  public var name: String
  /// Its parameters, in positional order.
  public var parameters: [Parameter]
  /// Its runnable example (one or more lines).
  public var example: String
}

extension Session {
  /// Every builtin of the language, aliases included, in registry order.
  public static var builtinSummaries: [BuiltinSummary] {
    BuiltinLibrary.all.map { builtin in
      BuiltinSummary(
        name: builtin.name,
        parameters: builtin.parameters.map {
          BuiltinSummary.Parameter(
            name: $0.name, isRequired: $0.defaultText == nil && !$0.isVariadic,
            isVariadic: $0.isVariadic)
        },
        example: builtin.example)
    }
  }
}
