import Localization

/// Points of one or several series, each in its own marker, optionally with
/// lines drawn underneath (data and a fitted curve).
///
/// ```swift
/// ScatterPlot(title: "degree-9 fit", xLabel: "x", yLabel: "y",
///             series: [Series(name: "data", y: ys, x: xs)],
///             lines: [Series(name: "fit", y: fitYs, x: gridXs)])
///   .render(width: 80, height: 24, options: .plain)
/// ```
/// Lines are drawn first and markers after them, so every point stays
/// visible; the legend shows each marker and line.
public struct ScatterPlot: Chart {
  /// The title above the plot.
  public var title: String?
  /// The label under the x axis.
  public var xLabel: String?
  /// The label above the y axis.
  public var yLabel: String?
  /// The point series, each drawn with its own marker.
  public var series: [Series]
  /// Lines drawn under the points (fitted curves, true functions).
  public var lines: [Series]
  /// The scale of the x axis.
  public var xScale: Scale
  /// The scale of the y axis.
  public var yScale: Scale
  /// The visible x interval; nil fits the data.
  ///
  /// Lines leave the view at its edge and points outside are left out and
  /// counted in a footnote.
  public var xRange: ClosedRange<Double>?
  /// The visible y interval; nil fits the data.
  ///
  /// Set it to `0...1` for accuracy, or to a view that keeps a diverging fit
  /// from flattening the data.
  public var yRange: ClosedRange<Double>?

  /// Creates a scatter plot.
  public init(
    title: String? = nil, xLabel: String? = nil, yLabel: String? = nil,
    series: [Series], lines: [Series] = [], xScale: Scale = .linear,
    yScale: Scale = .linear, xRange: ClosedRange<Double>? = nil,
    yRange: ClosedRange<Double>? = nil
  ) {
    self.title = title
    self.xLabel = xLabel
    self.yLabel = yLabel
    self.series = series
    self.lines = lines
    self.xScale = xScale
    self.yScale = yScale
    self.xRange = xRange
    self.yRange = yRange
  }

  /// Renders the plot; see ``Chart/render(width:height:options:)``.
  public func render(width: Int, height: Int, options: RenderOptions) -> String
  {
    let ascii = options.isASCII
    let all = series + lines
    let extent = all.extent(xScale: xScale, yScale: yScale)
    var spec = FrameSpec(
      title: title, xLabel: xLabel, yLabel: yLabel,
      xRange: extent.x, yRange: extent.y, xScale: xScale, yScale: yScale)
    spec.footnotes = extent.omissions.footnotes(ascii: ascii)
    ViewLimits(x: xRange, y: yRange, xScale: xScale, yScale: yScale)
      .apply(to: &spec, series: series, ascii: ascii)
    if extent.y == nil { spec.emptyMessage = String(Message("no data")) }
    spec.sparkline = series.first?.y ?? []
    let lineMarkers = lines.count > 1
    if all.count > 1 || all.contains(where: { !$0.name.isEmpty }) {
      spec.legend = series.enumerated().map { i, s in
        LegendEntry(
          glyph: Glyphs.marker(i, ascii: ascii), ink: Glyphs.ink(i),
          name: s.name.isEmpty ? String(Message("series \(i + 1)")) : s.name)
      }
      spec.legend += lines.enumerated().map { j, s in
        let k = series.count + j
        return LegendEntry(
          glyph: lineMarkers
            ? Glyphs.marker(k, ascii: ascii) : (ascii ? "-" : "─"),
          ink: Glyphs.ink(k),
          name: s.name.isEmpty ? String(Message("curve \(j + 1)")) : s.name)
      }
    }
    let seriesCount = series.count
    return Frame.render(spec, width: width, height: height, options: options) {
      canvas, plot in
      for (j, line) in lines.enumerated() {
        LinePlot.drawLine(line, index: seriesCount + j, on: &canvas, plot: plot)
      }
      if lineMarkers {
        for (j, line) in lines.enumerated() {
          LinePlot.drawMarkers(
            line, index: seriesCount + j, of: lines.count, on: &canvas,
            plot: plot, ascii: ascii)
        }
      }
      for (i, s) in series.enumerated() {
        for p in s.points {
          guard let cell = plot.cell(x: p.x, y: p.y) else { continue }
          canvas.mark(
            column: cell.column, row: cell.row,
            with: Glyphs.marker(i, ascii: ascii), ink: Glyphs.ink(i))
        }
      }
    }
  }
}
