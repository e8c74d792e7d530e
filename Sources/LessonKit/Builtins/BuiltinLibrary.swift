/// Every builtin of the language, by area.
enum BuiltinLibrary {
  /// The categories in the order `help()` and the reference list them.
  static let categories: [(name: String, title: String)] = [
    ("core", "Core"),
    ("math", "Numbers and lists"),
  ]

  /// All builtins.
  static var all: [Builtin] {
    CoreBuiltins.all + MathBuiltins.all + ListBuiltins.all
  }
}
