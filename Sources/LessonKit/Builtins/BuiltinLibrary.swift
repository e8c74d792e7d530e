import Foundation
import Localization

/// Every builtin of the language, by area.
enum BuiltinLibrary {
  /// The categories in the order `help()` and the reference list them.
  static let categories: [(name: String, title: Message)] = [
    ("core", Message("Core")),
    ("math", Message("Numbers and lists")),
    ("data", Message("Data")),
    ("tensors", Message("Tensors")),
    ("models", Message("Models")),
    ("training", Message("Training and optimization")),
    ("output", Message("Tables and charts")),
  ]

  /// Other names some builtins answer to (alias → builtin), from the
  /// project's design notes, so either spelling works.
  static let aliases: [(alias: String, name: String)] = [
    ("spirals", "spiral"), ("residual_mlp", "resmlp"),
    ("highdim_data", "linear_data"),
    ("features", "expand"),
  ]

  /// All builtins, aliases included.
  static var all: [Builtin] {
    let builtins =
      CoreBuiltins.all + MathBuiltins.all + ListBuiltins.all + DataBuiltins.all
      + TensorBuiltins.all
      + ModelBuiltins.all + ClosedFormBuiltins.all + OptimizerBuiltins.all
      + TrainingBuiltins.all + FunctionBuiltins.all + OutputBuiltins.all
    let byName = Dictionary(
      builtins.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
    let aliased = aliases.compactMap { alias, name -> Builtin? in
      guard var builtin = byName[name] else { return nil }
      builtin.name = alias
      builtin.purpose = "Another name for `\(name)`: " + builtin.purpose
      builtin.zh.purpose = "`\(name)`的另一个名字：" + builtin.zh.purpose
      builtin.example = builtin.example.replacingOccurrences(
        of: "\(name)(", with: "\(alias)(")
      return builtin
    }
    return builtins + aliased
  }
}
