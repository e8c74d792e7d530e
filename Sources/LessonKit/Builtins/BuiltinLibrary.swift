/// Every builtin of the language, by area.
enum BuiltinLibrary {
  /// The categories in the order `help()` and the reference list them.
  static let categories: [(name: String, title: String)] = [
    ("core", "Core"),
    ("math", "Numbers and lists"),
    ("data", "Data"),
    ("tensors", "Tensors"),
    ("models", "Models"),
    ("training", "Training and optimization"),
    ("output", "Tables and charts"),
  ]

  /// All builtins.
  static var all: [Builtin] {
    CoreBuiltins.all + MathBuiltins.all + ListBuiltins.all + DataBuiltins.all
      + TensorBuiltins.all
      + ModelBuiltins.all + ClosedFormBuiltins.all + OptimizerBuiltins.all
      + TrainingBuiltins.all + FunctionBuiltins.all + OutputBuiltins.all
  }
}
