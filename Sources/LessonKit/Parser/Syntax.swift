/// A unary operator.
enum UnaryOperator: String, Sendable {
  case negate = "-"
  case plus = "+"
  case not = "not"
}

/// A binary operator, including the short-circuit `and` / `or`.
enum BinaryOperator: String, Sendable {
  case add = "+"
  case subtract = "-"
  case multiply = "*"
  case divide = "/"
  case remainder = "%"
  case power = "**"
  case equal = "=="
  case notEqual = "!="
  case less = "<"
  case lessEqual = "<="
  case greater = ">"
  case greaterEqual = ">="
  case and = "and"
  case or = "or"
}

/// One argument of a call: positional (`label == nil`) or keyword.
struct Argument: Sendable {
  /// The keyword, for `epochs=20`.
  var label: String?
  /// Where the keyword is written.
  var labelRange: SourceRange?
  /// The argument's expression.
  var value: Expr
}

/// One `op operand` step of a flat operator chain (`.chain`).
struct ChainLink: Sendable {
  /// The operator applied to the value so far and `operand`.
  var op: BinaryOperator
  /// Where the operator is written.
  var operatorRange: SourceRange
  /// The right-hand operand.
  var operand: Expr
}

/// One `key: value` entry of a record literal.
struct RecordEntry: Sendable {
  /// The key.
  var key: String
  /// The value's expression.
  var value: Expr
}

/// An expression: something that evaluates to a value.
///
/// Every case ends with the source range it covers, so the evaluator can
/// point at the exact text that went wrong.
indirect enum Expr: Sendable {
  /// A number literal.
  case number(Double, SourceRange)
  /// A string literal.
  case string(String, SourceRange)
  /// `true` or `false`.
  case bool(Bool, SourceRange)
  /// `none`.
  case none(SourceRange)
  /// A variable or builtin name.
  case name(String, SourceRange)
  /// `[a, b, c]`.
  case list([Expr], SourceRange)
  /// `{key: value, …}`.
  case record([RecordEntry], SourceRange)
  /// `-x`, `not x`.
  case unary(UnaryOperator, Expr, SourceRange)
  /// `a + b`; the middle range is the operator's.
  case binary(BinaryOperator, Expr, Expr, operator: SourceRange, SourceRange)
  /// Two or more operators of one precedence level, applied left to right:
  /// `a + b - c` is `(a + b) - c`, `a and b and c` stops at the first false,
  /// and a comparison chain `0 < x < 1` is the `and` of its comparisons.
  ///
  /// Kept flat, not as nested `.binary`, so that a chain of any length is
  /// parsed, evaluated, checked and freed without one level of recursion per
  /// operator (a 100,000-term sum would otherwise exhaust the stack).
  case chain(Expr, [ChainLink], SourceRange)
  /// `a.name`; the middle range is the name's.
  case member(Expr, String, name: SourceRange, SourceRange)
  /// `a[i]`.
  case index(Expr, Expr, SourceRange)
  /// `a[i:j]`, either bound optional.
  case slice(Expr, Expr?, Expr?, SourceRange)
  /// `f(x, key=value)`.
  case call(Expr, [Argument], SourceRange)
  /// `fn(x, y) => body`.
  case function([String], Expr, SourceRange)
  /// `a if c else b`: `a` when `c` is true, else `b`; only the chosen
  /// branch is evaluated.
  case conditional(Expr, condition: Expr, Expr, SourceRange)
  /// Text that did not parse; a diagnostic was recorded for it.
  case invalid(SourceRange)

  /// The source range the expression covers.
  var range: SourceRange {
    switch self {
    case .number(_, let r), .string(_, let r), .bool(_, let r), .none(let r),
      .name(_, let r), .list(_, let r), .record(_, let r), .unary(_, _, let r),
      .binary(_, _, _, _, let r), .chain(_, _, let r), .member(_, _, _, let r),
      .index(_, _, let r),
      .slice(_, _, _, let r), .call(_, _, let r), .function(_, _, let r),
      .conditional(_, _, _, let r), .invalid(let r):
      return r
    }
  }
}

/// One branch of an `if`: its condition and body.
struct Branch: Sendable {
  /// The condition; the branch runs when it is true.
  var condition: Expr
  /// The statements of the branch.
  var body: [Stmt]
}

/// A statement: one line of a cell, or a whole block.
indirect enum Stmt: Sendable {
  /// A bare expression; its value is shown when it is at the top level.
  case expression(Expr)
  /// `name = value`; the middle range is the name's.
  case assign(String, name: SourceRange, Expr)
  /// `target[index] = value`, for lists and records held in variables.
  case assignIndex(String, name: SourceRange, index: Expr, Expr)
  /// `for name in iterable: … end`.
  case forLoop(String, name: SourceRange, Expr, [Stmt], SourceRange)
  /// `if c: … elif c: … else: … end`.
  case ifChain([Branch], else: [Stmt]?, SourceRange)
  /// `while c: … end`.
  case whileLoop(Expr, [Stmt], SourceRange)
  /// `break`.
  case breakLoop(SourceRange)
  /// `continue`.
  case continueLoop(SourceRange)
}

/// A parsed cell.
struct Program: Sendable {
  /// The top-level statements.
  var statements: [Stmt]
  /// Everything the parser had to complain about, first to last.
  var diagnostics: [Diagnostic]
}

/// A problem found while lexing or parsing, with where it is.
struct Diagnostic: Sendable, Equatable {
  /// The complete sentence shown to the learner.
  var message: String
  /// The text the caret underlines.
  var range: SourceRange
}
