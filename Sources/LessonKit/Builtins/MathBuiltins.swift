import Foundation

/// Elementwise math on numbers (and on tensors, which make these
/// differentiable inside `fn` bodies), rounding, `min` and `max`.
enum MathBuiltins {
  static var all: [Builtin] {
    let functions: [(String, String, String, String, (Double) -> Double)] = [
      (
        "abs", "The absolute value |x|.", "绝对值|x|。", "abs(-3)",
        { Swift.abs($0) }
      ),
      (
        "sqrt", "The square root of x (nan for negative x).",
        "x的平方根（x为负时得nan）。", "sqrt(2)",
        { $0.squareRoot() }
      ),
      ("exp", "e raised to x.", "e的x次幂。", "exp(1)", { Foundation.exp($0) }),
      (
        "log", "The natural logarithm of x (-inf at 0, nan below).",
        "x的自然对数（在0处为-inf，小于0时为nan）。", "log(10)",
        { Foundation.log($0) }
      ),
      (
        "log10", "The base-10 logarithm of x.", "x的以10为底的对数。", "log10(0.001)",
        { Foundation.log10($0) }
      ),
      (
        "sin", "The sine of x (radians).", "x（弧度）的正弦。", "sin(3.14159 / 2)",
        { Foundation.sin($0) }
      ),
      (
        "cos", "The cosine of x (radians).", "x（弧度）的余弦。", "cos(0)",
        { Foundation.cos($0) }
      ),
      (
        "tanh", "The hyperbolic tangent of x.", "x的双曲正切。", "tanh(0.5)",
        { Foundation.tanh($0) }
      ),
      (
        "sigmoid", "The logistic function 1 / (1 + exp(-x)).",
        "sigmoid函数1 / (1 + exp(-x))。", "sigmoid(0)",
        { 1 / (1 + Foundation.exp(-$0)) }
      ),
      ("relu", "max(x, 0).", "max(x, 0)。", "relu(-2)", { Swift.max($0, 0) }),
      (
        "floor", "The largest whole number ≤ x.", "不大于x的最大整数。", "floor(2.7)",
        { $0.rounded(.down) }
      ),
      (
        "ceil", "The smallest whole number ≥ x.", "不小于x的最小整数。", "ceil(2.1)",
        { $0.rounded(.up) }
      ),
    ]
    var builtins = functions.map { name, purpose, chinese, example, function in
      Builtin(
        name: name, category: "math", parameters: [.required("x")],
        purpose: purpose + " Works elementwise on lists and tensors.",
        example: example,
        zh: BuiltinText(purpose: chinese + "对列表和张量逐元素计算。")
      ) { arguments in
        try applyElementwise(
          name, function, try arguments.required("x"), arguments)
      }
    }
    builtins += [
      Builtin(
        name: "round", category: "math",
        parameters: [.required("x"), .optional("digits", 0)],
        purpose:
          "x rounded to `digits` decimal places (halves away from zero).",
        example: "round(3.14159, 2)",
        zh: BuiltinText(purpose: "把x四舍五入到`digits`位小数（恰好一半时远离零取整）。")
      ) { arguments in
        let digits = try arguments.int("digits", in: -15...15)
        let scale = Foundation.pow(10, Double(digits))
        return try applyElementwise(
          "round",
          { x in
            // From 2^52 on, every double is whole: scaling x could only
            // overflow (round(1e308, 2) gave inf), so it is its own rounding.
            let scaled = x * scale
            guard scaled.isFinite, abs(scaled) < 0x1p52 else { return x }
            return scaled.rounded() / scale
          },
          try arguments.required("x"), arguments)
      },
      Builtin(
        name: "is_nan", category: "math", parameters: [.required("x")],
        purpose:
          "True when x is nan (not a number), as after 0/0 or a diverged fit.",
        example: "is_nan(0 / 0)",
        zh: BuiltinText(purpose: "x是nan（非数）时为真，例如0/0之后或训练发散之后。")
      ) { arguments in
        .bool(try arguments.number("x").isNaN)
      },
      Builtin(
        name: "is_finite", category: "math", parameters: [.required("x")],
        purpose: "True when x is neither infinite nor nan.",
        example: "is_finite(1e400)",
        zh: BuiltinText(purpose: "x既不是无穷大也不是nan时为真。")
      ) { arguments in
        .bool(try arguments.number("x").isFinite)
      },
      extremum(
        "min", "The smallest of the values, or of one list.",
        "各个值中的最小值，或一个列表中的最小值。",
        "min(3, 1, 2)\nmin([0.5, 0.2])", <),
      extremum(
        "max", "The largest of the values, or of one list.",
        "各个值中的最大值，或一个列表中的最大值。",
        "max(3, 1, 2)\nmax([0.5, 0.2])", >),
    ]
    return builtins
  }

  /// Applies `function` to a number, to each number of a list, or to a host
  /// object that implements `name`.
  static func applyElementwise(
    _ name: String, _ function: (Double) -> Double, _ value: Value,
    _ arguments: Arguments
  ) throws -> Value {
    switch value {
    case .number(let x): return .number(function(x))
    case .bool(let flag): return .number(function(flag ? 1 : 0))
    case .list(let items):
      return .list(
        try items.map { try applyElementwise(name, function, $0, arguments) })
    case .object(let object):
      if let result = try object.applying(
        function: name, in: arguments.interpreter)
      {
        return result
      }
      if let number = try object.scalarValue() {
        return .number(function(number))
      }
      fallthrough
    default:
      throw arguments.typeError(
        "x", expected: "a number, a list of numbers or a tensor", got: value)
    }
  }

  private static func extremum(
    _ name: String, _ purpose: String, _ chinese: String, _ example: String,
    _ better: @escaping (Double, Double) -> Bool
  ) -> Builtin {
    Builtin(
      name: name, category: "math", parameters: [.variadic("values")],
      purpose: purpose, example: example, zh: BuiltinText(purpose: chinese)
    ) { arguments in
      let interpreter = arguments.interpreter
      var numbers: [Double] = []
      for entry in arguments.rest {
        numbers += try interpreter.numbers(
          from: entry.value, describing: "each value", at: entry.range,
          builtin: name)
      }
      guard var best = numbers.first else {
        throw arguments.error("needs at least one number")
      }
      for number in numbers.dropFirst()
      where better(number, best) || number.isNaN { best = number }
      return .number(best)
    }
  }
}
