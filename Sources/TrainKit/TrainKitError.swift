import Localization

/// An error raised by TrainKit for bad input from a caller: a shape mismatch,
/// an empty data set, a batch size of 0, a malformed CSV file, a value out of
/// range.
///
/// Its `description` is a complete sentence meant for a learner, in the
/// language current when the error was made (its Chinese is in
/// `Catalog+TrainKit.swift`).
///
/// TrainKit never traps on input that comes from a user; it throws this.
public struct TrainKitError: Error, Equatable, Sendable, CustomStringConvertible
{
  /// What went wrong, in one or two plain sentences.
  public let message: String

  /// The thing made with a bad argument that `message` names first
  /// (`"SGD"`, `"step schedule"`), when the error is about one; nil
  /// otherwise.
  ///
  /// A caller that made the thing under a name of its own (the lesson
  /// language's `sgd`) names it with `detail` instead, so the message
  /// names it once.
  public let subject: String?

  /// `message` without the subject that starts it.
  public let detail: String

  /// Creates an error with the given message.
  ///
  /// A NaN interpolated into it reads "nan": Swift writes a NaN whose sign
  /// bit is set (what 0/0 gives on x86) as "-nan", a sign that means
  /// nothing to a learner.
  public init(_ message: Message) {
    self.message = withoutNaNSign(String(message))
    self.subject = nil
    self.detail = self.message
  }

  /// An error about `subject`, read as "subject: detail".
  public init(about subject: Message, _ detail: Message) {
    self.message = withoutNaNSign(String(Message("\(subject): \(detail)")))
    self.subject = String(subject)
    self.detail = withoutNaNSign(String(detail))
  }

  public var description: String { message }

  /// Two errors are equal when they read the same.
  public static func == (left: TrainKitError, right: TrainKitError) -> Bool {
    left.message == right.message
  }
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

/// `text` with every "-nan" that starts a word written "nan".
func withoutNaNSign(_ text: String) -> String {
  guard text.contains("-nan") else { return text }
  let characters = Array(text)
  var result = ""
  var index = 0
  while index < characters.count {
    let startsWord =
      index == 0
      || !(characters[index - 1].isLetter
        || characters[index - 1].isNumber)
    if startsWord, characters[index] == "-",
      characters[index...].starts(with: "-nan")
    {
      index += 1  // drop the sign
      continue
    }
    result.append(characters[index])
    index += 1
  }
  return result
}
