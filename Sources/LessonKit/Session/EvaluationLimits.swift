/// Bounds on the work one cell may do, so no input can hang the shell or
/// exhaust memory.
///
/// Exceeding one stops the cell with an error naming it.
public struct EvaluationLimits: Sendable, Equatable {
  /// Evaluation steps (one per expression or statement evaluated) per cell.
  public var steps: Int
  /// Nested calls of `fn` functions (recursion depth).
  public var callDepth: Int
  /// Elements in one list, and characters in one string.
  public var collectionSize: Int
  /// Elements in one tensor.
  public var tensorElements: Int
  /// Classes of a classification data set (labels 0 to `classes - 1`).
  public var classes: Int

  /// Creates limits; the defaults allow any sensible lesson.
  public init(
    steps: Int = 50_000_000, callDepth: Int = 64,
    collectionSize: Int = 1_000_000,
    tensorElements: Int = 50_000_000, classes: Int = 100_000
  ) {
    self.steps = steps
    self.callDepth = callDepth
    self.collectionSize = collectionSize
    self.tensorElements = tensorElements
    self.classes = classes
  }
}
