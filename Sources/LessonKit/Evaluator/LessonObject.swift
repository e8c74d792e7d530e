import TrainKit

/// How a host object is drawn when it is the value of a bare expression.
struct RenderContext {
  /// Columns available.
  var width: Int
  /// Rows available for a chart.
  var height: Int
  /// Draw with ASCII only.
  var ascii: Bool
  /// ANSI colour may be used.
  var color: Bool
}

/// A host object the language can hold: a tensor, a data set, a model, an
/// optimizer, a history, a chart.
///
/// Only `typeName` and `summary` are required; everything else has a default
/// meaning "not supported", which the evaluator turns into a clear error
/// naming the type (for example "a model has no member `los`; did you mean
/// `loss`?").
protocol LessonObject {
  /// The name of the kind of object, lower case: "tensor", "model".
  var typeName: String { get }
  /// A one-line description: "model mlp [2, 16, 2] (factory 82 parameters)".
  var summary: String { get }
  /// The full display when the object is the value of a bare expression:
  /// a table, a chart. Defaults to `summary`.
  func render(_ context: RenderContext) -> String
  /// The names `member(_:)` answers, for completion and "did you mean".
  var memberNames: [String] { get }
  /// The member `name` (`h.train_loss`, `data.train`), or nil when unknown.
  func member(_ name: String, in interpreter: Interpreter) throws -> Value?
  /// `object[index]`, or nil when the object cannot be indexed.
  func element(at index: Value) throws -> Value?
  /// The elements a `for` loop visits, or nil when it cannot be iterated.
  func elements() -> [Value]?
  /// What `len(x)` answers, or nil; defaults to the number of `elements()`.
  var length: Int? { get }
  /// The result of `self op other` (`objectIsLeft`) or `other op self`, or nil
  /// when the operation does not apply to these operands.
  func combine(
    _ op: BinaryOperator, with other: Value, objectIsLeft: Bool,
    in interpreter: Interpreter
  ) throws -> Value?
  /// `-self`, or nil when not supported.
  func negated(in interpreter: Interpreter) throws -> Value?
  /// The elementwise math function `name` ("exp", "tanh", …) applied to the
  /// object, or nil when not supported.
  func applying(function name: String, in interpreter: Interpreter) throws
    -> Value?
  /// The number a one-element object stands for (a scalar tensor), or nil.
  func scalarValue() throws -> Double?
  /// Extra text for `help(x)` about this object.
  var helpText: String { get }
  /// The tensors the object keeps alive, for the session's memory budget.
  var heldTensors: [Tensor] { get }
}

extension LessonObject {
  func render(_ context: RenderContext) -> String { summary }
  var memberNames: [String] { [] }
  func member(_ name: String, in interpreter: Interpreter) throws -> Value? {
    nil
  }
  func element(at index: Value) throws -> Value? { nil }
  func elements() -> [Value]? { nil }
  var length: Int? { elements()?.count }
  func combine(
    _ op: BinaryOperator, with other: Value, objectIsLeft: Bool,
    in interpreter: Interpreter
  ) throws -> Value? { nil }
  func negated(in interpreter: Interpreter) throws -> Value? { nil }
  func scalarValue() throws -> Double? { nil }
  var heldTensors: [Tensor] { [] }
  func applying(function name: String, in interpreter: Interpreter) throws
    -> Value?
  { nil }
  var helpText: String {
    memberNames.isEmpty
      ? summary : "\(summary)\nmembers: \(memberNames.joined(separator: ", "))"
  }
}
