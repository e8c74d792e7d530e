/// An error raised by TrainKit for bad input from a caller: a shape mismatch,
/// an empty data set, a batch size of 0, a malformed CSV file, a value out of
/// range.
///
/// Its `description` is a complete sentence meant for a learner.
///
/// TrainKit never traps on input that comes from a user; it throws this.
public struct TrainKitError: Error, Equatable, Sendable, CustomStringConvertible
{
  /// What went wrong, in one or two plain sentences.
  public let message: String

  /// Creates an error with the given message.
  public init(_ message: String) {
    self.message = message
  }

  public var description: String { message }
}

extension TrainKitError {
  /// A shape mismatch in `operation`, naming both shapes.
  static func shapeMismatch(_ operation: String, _ a: [Int], _ b: [Int])
    -> TrainKitError
  {
    TrainKitError(
      "\(operation): shapes \(describeShape(a)) and \(describeShape(b)) do not match"
    )
  }
}

/// Formats a shape the way NumPy prints it: `[2, 3]`, `[]` for a scalar.
func describeShape(_ shape: [Int]) -> String {
  "[" + shape.map(String.init).joined(separator: ", ") + "]"
}
