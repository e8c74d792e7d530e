/// The character repertoire a chart may use.
public enum Charset: Sendable, Hashable {
  /// Braille dots, block elements, box drawing and a few symbols.
  case unicode
  /// Printable ASCII only (bytes 0x20–0x7E): reads on any projector or log.
  case ascii
}

/// What the output device can show.
///
/// Rendering never asks the terminal: the caller decides once (see
/// ``ColorPolicy``) and passes the answer in.
public struct RenderOptions: Sendable, Hashable {
  /// Unicode or plain ASCII characters.
  public var charset: Charset
  /// Whether ANSI colour escapes (foreground only) may be written.
  public var color: Bool

  /// Creates options from a character set and a colour switch.
  public init(charset: Charset = .unicode, color: Bool = false) {
    self.charset = charset
    self.color = color
  }

  /// Unicode characters, no colour: the default for files and pipes.
  public static let plain = RenderOptions(charset: .unicode, color: false)
  /// Unicode characters with ANSI colour: for a colour terminal.
  public static let color = RenderOptions(charset: .unicode, color: true)
  /// Printable ASCII only, no colour.
  public static let ascii = RenderOptions(charset: .ascii, color: false)

  /// True when only ASCII may be written.
  var isASCII: Bool { charset == .ascii }
}
