import Localization

/// An error of the shell or the command line, with a message for the user.
public struct ShellError: Error, Equatable, Sendable, CustomStringConvertible {
  /// What went wrong, as a sentence without a trailing period.
  public var message: String

  /// Creates an error (its message in the current language).
  public init(_ message: Message) { self.message = String(message) }

  public var description: String { message }
}
