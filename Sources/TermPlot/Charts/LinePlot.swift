import Localization

/// Lines through one or several series, on a linear or log₁₀ y axis.
///
/// ```swift
/// LinePlot(
///   title: "loss", xLabel: "epoch", yLabel: "loss",
///   series: [Series(name: "train", y: train), Series(name: "valid", y: valid)],
///   yScale: .log10
/// ).render(width: 80, height: 24, options: .plain)
/// ```
/// Lines are braille dots (ASCII: `/ \ | - _` shapes); with two or more
/// series each also carries its own marker every few columns, so the plot
/// reads without colour, and the legend shows the markers.
public struct LinePlot: Chart {
  /// The title above the plot.
  public var title: String?
  /// The label under the x axis.
  public var xLabel: String?
  /// The label above the y axis.
  public var yLabel: String?
  /// The series, drawn in order.
  public var series: [Series]
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
  /// An earlier run's series, drawn under the current ones as dotted grey
  /// lines (`·`, `.` in ASCII) for before-and-after comparisons; see
  /// ``comparing(with:labels:)``.
  public var previous: [Series] = []
  /// What the legend calls the earlier run and this one (`lr=0.1`,
  /// `lr=0.5`); nil names them "before" and "now".
  public var runLabels: RunLabels?
  /// The least width of the y tick labels (`TrainingChart` fixes it so
  /// that successive frames keep their layout).
  var minimumYLabelWidth = 1

  /// Creates a line plot.
  public init(
    title: String? = nil, xLabel: String? = nil, yLabel: String? = nil,
    series: [Series], xScale: Scale = .linear, yScale: Scale = .linear,
    xRange: ClosedRange<Double>? = nil, yRange: ClosedRange<Double>? = nil
  ) {
    self.title = title
    self.xLabel = xLabel
    self.yLabel = yLabel
    self.series = series
    self.xScale = xScale
    self.yScale = yScale
    self.xRange = xRange
    self.yRange = yRange
  }

  /// Renders the plot; see ``Chart/render(width:height:options:)``.
  public func render(width: Int, height: Int, options: RenderOptions) -> String
  {
    let ascii = options.isASCII
    let extent = (previous + series).extent(xScale: xScale, yScale: yScale)
    var spec = FrameSpec(
      title: title, xLabel: xLabel, yLabel: yLabel,
      xRange: extent.x, yRange: extent.y, xScale: xScale, yScale: yScale)
    spec.xLoose = false
    spec.minimumYLabelWidth = minimumYLabelWidth
    spec.footnotes = extent.omissions.footnotes(ascii: ascii)
    ViewLimits(x: xRange, y: yRange, xScale: xScale, yScale: yScale)
      .apply(to: &spec, series: previous + series, ascii: ascii)
    if extent.y == nil { spec.emptyMessage = String(Message("no data")) }
    spec.sparkline = series.first?.y ?? []
    let markers = series.count > 1
    if series.count > 1 || series.contains(where: { !$0.name.isEmpty }) {
      spec.legend = series.enumerated().map { i, s in
        LegendEntry(
          glyph: markers ? Glyphs.marker(i, ascii: ascii) : (ascii ? "-" : "─"),
          ink: Glyphs.ink(i),
          name: s.name.isEmpty ? String(Message("series \(i + 1)")) : s.name)
      }
    }
    if !previous.isEmpty { addRunLegend(to: &spec, ascii: ascii) }
    return Frame.render(spec, width: width, height: height, options: options) {
      canvas, plot in
      for s in previous {
        LinePlot.drawPrevious(s, on: &canvas, plot: plot)
      }
      for (i, s) in series.enumerated() {
        LinePlot.drawLine(s, index: i, on: &canvas, plot: plot)
      }
      if markers {
        for (i, s) in series.enumerated() {
          LinePlot.drawMarkers(
            s, index: i, of: series.count, on: &canvas, plot: plot, ascii: ascii
          )
        }
      }
    }
  }

  /// Draws a series as connected segments; a point that cannot be drawn
  /// (NaN, ±∞, ≤ 0 on a log axis) breaks the line.
  static func drawLine(
    _ s: Series, index: Int, on canvas: inout Canvas, plot: Plot
  ) {
    let ink = Glyphs.ink(index)
    // A point with no neighbour to join is shown as the series' marker.
    let marker = Glyphs.marker(index, ascii: canvas.ascii)
    func isolated(_ p: (x: Double, y: Double)) {
      guard plot.contains(p) else { return }
      let c = Int(min(max(p.x, 0), Double(canvas.columns - 1)))
      let r = Int(min(max(p.y, 0), Double(canvas.rows - 1)))
      canvas.mark(column: c, row: r, with: marker, ink: ink)
    }
    for run in plot.finiteRuns(of: s) {
      guard run.count > 1 else {
        isolated(run[0])
        continue
      }
      for (from, to) in zip(run, run.dropFirst()) {
        if let (a, b) = plot.clip(from, to) {
          canvas.line(from: a, to: b, ink: ink)
        }
      }
    }
  }

  /// Puts the series' marker every few columns, staggered between series so
  /// markers of different series rarely share a cell.
  static func drawMarkers(
    _ s: Series, index: Int, of count: Int, on canvas: inout Canvas, plot: Plot,
    ascii: Bool
  ) {
    let spacing = max(6, plot.columns / 6)
    var next = spacing * index / max(count, 1) + spacing / 3
    let n = s.x.map { min($0.count, s.y.count) } ?? s.y.count
    for i in 0..<n {
      guard let column = plot.column(x: s.x?[i] ?? Double(i)), column >= next,
        let cell = plot.cell(x: s.x?[i] ?? Double(i), y: s.y[i])
      else { continue }
      do {
        canvas.mark(
          column: cell.column, row: cell.row,
          with: Glyphs.marker(index, ascii: ascii), ink: Glyphs.ink(index))
        next = cell.column + spacing
      }
    }
  }
}
