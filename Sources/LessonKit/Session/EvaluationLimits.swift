import Foundation

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
  /// Bytes all the session's variables may hold together.
  ///
  /// Tensors, lists and strings all count; a new value that would cross it
  /// is refused. The default is `defaultMemoryBudget`; the shell sets it
  /// from `--memory` or `TRAINLAB_MEMORY`.
  public var memoryBudget: Int

  /// The bytes `text` names, or nil for anything else or less than 1 MB.
  ///
  /// A number with an optional unit K, M, G or T (powers of 1024; case
  /// and a trailing "B" are ignored): "512M", "2G", "1.5g", "1048576".
  public static func byteCount(_ text: String) -> Int? {
    var digits = text.trimmingCharacters(in: .whitespaces).uppercased()
    if digits.hasSuffix("B") { digits.removeLast() }
    let units: [Character: Double] = [
      "K": 1024, "M": 1024 * 1024, "G": 1024 * 1024 * 1024,
      "T": 1024 * 1024 * 1024 * 1024,
    ]
    var scale = 1.0
    if let last = digits.last, let unit = units[last] {
      scale = unit
      digits.removeLast()
    }
    guard let number = Double(digits), number.isFinite else { return nil }
    let bytes = number * scale
    guard bytes >= 1024 * 1024, bytes < 9e18 else { return nil }
    return Int(bytes)
  }

  /// Half the machine's physical memory (at least 256 MB).
  public static var defaultMemoryBudget: Int {
    let physical = ProcessInfo.processInfo.physicalMemory / 2
    return max(256 << 20, Int(clamping: physical))
  }

  /// How deeply brackets, blocks and operators may nest in a cell.
  ///
  /// The parser's limit; fixed, because it bounds the native stack.
  public static let nesting = 48
  /// How deeply evaluation may nest, across function calls.
  ///
  /// Fixed: it bounds the native stack (a level is a few frames of
  /// `evaluate`).
  public static let evaluationDepth = 256
  /// How deeply lists, records and functions may nest inside each other.
  ///
  /// Fixed: printing, comparing and freeing a value recurse once a level.
  public static let valueNesting = 100

  /// Creates limits; the defaults allow any sensible lesson.
  public init(
    steps: Int = 50_000_000, callDepth: Int = 64,
    collectionSize: Int = 1_000_000,
    tensorElements: Int = 50_000_000, classes: Int = 100_000,
    memoryBudget: Int = EvaluationLimits.defaultMemoryBudget
  ) {
    self.steps = steps
    self.callDepth = callDepth
    self.collectionSize = collectionSize
    self.tensorElements = tensorElements
    self.classes = classes
    self.memoryBudget = memoryBudget
  }
}
