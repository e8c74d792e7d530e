import TermPlot

/// A chart an output showed, with the size it was drawn at: what
/// `save K FILE.svg` and `trainlab run --svg DIR` write, at that size.
public struct ShownChart: Sendable, Equatable {
  /// The chart.
  public var chart: any Chart
  /// The size it was drawn at.
  public var size: RenderSize

  /// Creates a shown chart.
  public init(chart: any Chart, size: RenderSize) {
    self.chart = chart
    self.size = size
  }

  /// The chart as an output shows it: drawn at `size`, without the blank
  /// rows a bar chart with few bars (or a chart that degraded to fewer
  /// rows) leaves at the bottom; a table takes the rows it needs.
  public func text(options: RenderOptions) -> String {
    if let table = chart as? Table {
      return table.render(width: size.width, options: options)
    }
    // Blank rows are trimmed as bytes: a live chart does this many times
    // a second.
    var text = chart.render(
      width: size.width, height: size.height, options: options
    ).utf8[...]
    while let newline = text.lastIndex(of: UInt8(ascii: "\n")),
      text[text.index(after: newline)...].allSatisfy({ $0 == UInt8(ascii: " ") }
      )
    {
      text = text[..<newline]
    }
    if text.allSatisfy({ $0 == UInt8(ascii: " ") }) { return "" }
    return String(Substring(text))
  }

  /// The chart as a standalone SVG document, at the size it was shown.
  public var svg: String { chart.svg(width: size.width, height: size.height) }

  /// Equal when drawn at the same size they read the same.
  public static func == (lhs: ShownChart, rhs: ShownChart) -> Bool {
    lhs.size == rhs.size
      && lhs.chart.render(width: lhs.size.width, height: lhs.size.height)
        == rhs.chart.render(width: rhs.size.width, height: rhs.size.height)
  }
}
