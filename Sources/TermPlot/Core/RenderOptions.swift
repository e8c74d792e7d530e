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

/// Decides whether to colour output, following the `NO_COLOR` convention.
///
/// Colour is used only when writing to a terminal whose `TERM` is set and is
/// not `dumb`, and `NO_COLOR` is unset or empty; `force` overrides all of it.
/// The caller gathers the facts (`isatty`, the environment); this type only
/// decides, so it is testable and the renderers stay pure.
public enum ColorPolicy {
  /// Returns whether colour should be written.
  /// - Parameters:
  ///   - isTerminal: whether the output stream is a terminal (`isatty`).
  ///   - term: the value of `TERM`, or nil when unset.
  ///   - noColor: the value of `NO_COLOR`, or nil when unset.
  ///   - force: `true` or `false` to force colour on or off; nil to decide.
  /// - Returns: true when ANSI colour should be written.
  public static func shouldColor(
    isTerminal: Bool, term: String?, noColor: String?, force: Bool? = nil
  ) -> Bool {
    if let force { return force }
    if let noColor, !noColor.isEmpty { return false }
    guard isTerminal, let term, !term.isEmpty, term != "dumb" else {
      return false
    }
    return true
  }
}

/// Anything TermPlot can draw: a pure function of the chart, a size and the
/// device's capabilities.
public protocol Chart: Sendable {
  /// Renders the chart as text.
  ///
  /// The result has exactly `height` lines (joined by `"\n"`, no trailing
  /// newline) of exactly `width` display columns. Sizes below zero count as
  /// zero and sizes above ``TextGrid/maximumWidth`` × ``TextGrid/maximumHeight``
  /// are clamped. With colour every coloured line ends in a reset.
  /// - Parameters:
  ///   - width: columns available.
  ///   - height: lines available.
  ///   - options: character set and colour.
  /// - Returns: the chart as text.
  func render(width: Int, height: Int, options: RenderOptions) -> String

  /// A standalone SVG document of the chart (by default the colour text
  /// rendering as monospaced SVG text).
  /// - Parameters:
  ///   - width: columns of the rendering.
  ///   - height: lines of the rendering.
  /// - Returns: an SVG document as a string.
  func svg(width: Int, height: Int) -> String
}

extension Chart {
  /// Renders the chart in Unicode without colour.
  public func render(width: Int, height: Int) -> String {
    render(width: width, height: height, options: .plain)
  }

  /// A standalone SVG document showing the chart as it looks on a colour
  /// terminal (monospaced text, ANSI colours mapped to RGB).
  /// - Parameters:
  ///   - width: columns of the text rendering.
  ///   - height: lines of the text rendering.
  /// - Returns: an SVG document as a string.
  public func svg(width: Int, height: Int) -> String {
    SVGWriter.document(
      fromANSI: render(width: width, height: height, options: .color))
  }
}
