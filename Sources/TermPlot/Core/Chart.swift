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
