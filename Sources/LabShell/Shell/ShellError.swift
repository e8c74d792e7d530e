/// An error of the shell or the command line, with a message for the user.
public struct ShellError: Error, Equatable, Sendable, CustomStringConvertible {
  /// What went wrong, as a sentence without a trailing period.
  public var message: String

  /// Creates an error.
  public init(_ message: String) { self.message = message }

  public var description: String { message }
}
