import Localization

/// Vector SVG for x–y charts: real lines and markers instead of text, with
/// the same round ticks, number styles and footnotes as the terminal
/// rendering.
///
/// Sizes are given in character cells (8.4 × 17 px each) so
/// `svg(width: 80, height: 24)` matches the terminal picture's proportions.
struct VectorPlot {
  struct Line {
    var name: String
    var points: [(x: Double, y: Double)]
    var colorIndex: Int
    var markers: Bool
    var line: Bool
    /// An RGB colour replacing the series colour.
    var color: String? = nil
  }

  var title: String?
  var xLabel: String?
  var yLabel: String?
  var xScale: Scale
  var yScale: Scale
  var xRange: (Double, Double)?
  var yRange: (Double, Double)?
  var lines: [Line]
  var footnotes: [String]
  var xLoose = false
  var yLoose = true
  /// Extra elements drawn inside the plot, under the lines (heat cells,
  /// histogram bars, contour lines); given the value → pixel maps.
  var underlay: ((Double) -> Double?, (Double) -> Double?) -> String = { _, _ in
    ""
  }
  /// Extra elements drawn on top, unclipped (labels, start/end marks).
  var overlay: ((Double) -> Double?, (Double) -> Double?) -> String = { _, _ in
    ""
  }
  /// A colour bar for this value range, right of the plot.
  var colorBar: (lo: Double, hi: Double)?
  /// The colour bar's ramp, as the terminal draws it.
  var colorBarInk: (Double) -> Ink = Glyphs.heatInk

  static let cellWidth = 8.4
  static let cellHeight = 17.0

  func document(width: Int, height: Int) -> String {
    let w =
      Double(min(max(width, 20), TextGrid.maximumWidth)) * VectorPlot.cellWidth
    let h =
      Double(min(max(height, 8), TextGrid.maximumHeight))
      * VectorPlot.cellHeight
    let named = lines.filter { !$0.name.isEmpty }
    let legendWidth =
      named.isEmpty
      ? 0.0
      : Double(named.map { TextWidth.of($0.name) }.max() ?? 0) * 7 + 40
    let barWidth = colorBar == nil ? 0.0 : 76.0
    let left = 70.0
    let top = 36.0
    let right = w - 16 - max(legendWidth, barWidth)
    let bottom = h - 46 - 16 * Double(footnotes.count)
    let plotW = max(right - left, 10)
    let plotH = max(bottom - top, 10)
    let xAxis = AxisBuilder.build(
      range: xRange, scale: xScale, cells: Int(plotW / VectorPlot.cellWidth),
      orientation: .horizontal(leftRoom: 6, rightRoom: 2), ascii: false,
      loose: xLoose)
    let yAxis = AxisBuilder.build(
      range: yRange, scale: yScale, cells: Int(plotH / VectorPlot.cellHeight),
      orientation: .vertical, ascii: false, loose: yLoose)
    // Lines may run off the plot (they are clipped), so positions are
    // clamped to half a plot beyond each edge; marks need the point inside.
    func px(_ v: Double) -> Double? {
      guard let f = xAxis.fraction(v), f.isFinite else { return nil }
      return left + min(max(f, -0.5), 1.5) * plotW
    }
    func py(_ v: Double) -> Double? {
      guard let f = yAxis.fraction(v), f.isFinite else { return nil }
      return bottom - min(max(f, -0.5), 1.5) * plotH
    }
    func insideX(_ v: Double) -> Double? {
      guard let f = xAxis.fraction(v), f >= -0.01, f <= 1.01 else { return nil }
      return left + f * plotW
    }
    func insideY(_ v: Double) -> Double? {
      guard let f = yAxis.fraction(v), f >= -0.01, f <= 1.01 else { return nil }
      return bottom - f * plotH
    }
    var out = """
      <svg xmlns="http://www.w3.org/2000/svg" width="\(f(w))" height="\(f(h))" \
      viewBox="0 0 \(f(w)) \(f(h))" font-family="DejaVu Sans, Helvetica, Arial, sans-serif" \
      font-size="12">
      <rect width="100%" height="100%" fill="#ffffff"/>

      """
    if let title, !title.isEmpty {
      out += text(
        title, x: (left + right) / 2, y: 22, anchor: "middle", size: 15,
        weight: "bold")
    }
    if let yLabel, !yLabel.isEmpty {
      out +=
        "<text transform=\"translate(16 \(f((top + bottom) / 2))) rotate(-90)\" "
        + "text-anchor=\"middle\">\(SVGWriter.escape(yLabel))</text>\n"
    }
    if let xLabel, !xLabel.isEmpty {
      out += text(
        xLabel, x: (left + right) / 2, y: bottom + 36, anchor: "middle")
    }
    for (i, note) in footnotes.enumerated() {
      out += text(
        note, x: 8, y: bottom + 56 + Double(i) * 16, anchor: "start", size: 11)
    }
    // Grid, ticks and labels.
    for (t, label) in zip(yAxis.ticks, yAxis.labels) {
      guard let y = py(t) else { continue }
      out +=
        "<line x1=\"\(f(left))\" y1=\"\(f(y))\" x2=\"\(f(right))\" y2=\"\(f(y))\" stroke=\"#e4e4e4\"/>\n"
      out += text(label, x: left - 6, y: y + 4, anchor: "end")
    }
    for (t, label) in zip(xAxis.ticks, xAxis.labels) {
      guard let x = px(t) else { continue }
      out +=
        "<line x1=\"\(f(x))\" y1=\"\(f(top))\" x2=\"\(f(x))\" y2=\"\(f(bottom))\" stroke=\"#e4e4e4\"/>\n"
      out += text(label, x: x, y: bottom + 18, anchor: "middle")
    }
    out +=
      "<rect x=\"\(f(left))\" y=\"\(f(top))\" width=\"\(f(plotW))\" height=\"\(f(plotH))\" "
      + "fill=\"none\" stroke=\"#404040\"/>\n"
    // Data, clipped to the plot area.
    out +=
      "<clipPath id=\"plot\"><rect x=\"\(f(left))\" y=\"\(f(top))\" width=\"\(f(plotW))\" "
      + "height=\"\(f(plotH))\"/></clipPath>\n<g clip-path=\"url(#plot)\">\n"
    out += underlay(px, py)
    for line in lines where line.line {
      let color = line.color ?? VectorPlot.color(line.colorIndex)
      var run: [String] = []
      func flush() {
        if run.count > 1 {
          out +=
            "<polyline fill=\"none\" stroke=\"\(color)\" stroke-width=\"1.8\" points=\"\(run.joined(separator: " "))\"/>\n"
        }
        run = []
      }
      for p in line.points {
        guard let x = px(p.x), let y = py(p.y) else {
          flush()
          continue
        }
        run.append("\(f(x)),\(f(y))")
      }
      flush()
    }
    // Markers are not clipped: a point on the edge stays whole.
    out += "</g>\n"
    for line in lines where line.markers {
      let color = line.color ?? VectorPlot.color(line.colorIndex)
      let step = line.line ? max(1, line.points.count / 12) : 1
      for (i, p) in line.points.enumerated() where i % step == 0 {
        guard let x = insideX(p.x), let y = insideY(p.y) else { continue }
        out += VectorPlot.marker(line.colorIndex, x: x, y: y, color: color)
      }
    }
    out += overlay(insideX, insideY)
    if let (lo, hi) = colorBar {
      out += colorBarSVG(
        lo: lo, hi: hi, x: right + 14, top: top + Double(named.count) * 18 + 12,
        bottom: bottom)
    }
    // Legend, right of the plot: never over data.
    for (i, line) in named.enumerated() {
      let y = top + 10 + Double(i) * 18
      let x = right + 14
      let color = line.color ?? VectorPlot.color(line.colorIndex)
      if line.line {
        out +=
          "<line x1=\"\(f(x))\" y1=\"\(f(y))\" x2=\"\(f(x + 20))\" y2=\"\(f(y))\" stroke=\"\(color)\" stroke-width=\"1.8\"/>\n"
      }
      if line.markers {
        out += VectorPlot.marker(line.colorIndex, x: x + 10, y: y, color: color)
      }
      out += text(line.name, x: x + 26, y: y + 4, anchor: "start")
    }
    return out + "</svg>\n"
  }

  private func f(_ v: Double) -> String { NumberFormat.fixed(v, decimals: 1) }

  /// A vertical ramp from `lo` (bottom) to `hi` (top) with round labels.
  private func colorBarSVG(
    lo: Double, hi: Double, x: Double, top: Double, bottom: Double
  )
    -> String
  {
    guard bottom - top > 30, hi > lo else { return "" }
    var out = ""
    let n = Glyphs.heatPalette.count
    let step = (bottom - top) / Double(n)
    for i in 0..<n {
      let y = bottom - Double(i + 1) * step
      out +=
        "<rect x=\"\(f(x))\" y=\"\(f(y))\" width=\"14\" height=\"\(f(step + 0.5))\" "
        + "fill=\"\(VectorPlot.rgb(colorBarInk(Double(i) / Double(n - 1))))\"/>\n"
    }
    let axis = AxisBuilder.build(
      range: (lo, hi), scale: .linear,
      cells: Int((bottom - top) / VectorPlot.cellHeight),
      orientation: .vertical, ascii: false, loose: false)
    for (t, label) in zip(axis.ticks, axis.labels) {
      let y = bottom - Axis.fraction(t, lo: lo, hi: hi) * (bottom - top)
      out +=
        "<line x1=\"\(f(x + 14))\" y1=\"\(f(y))\" x2=\"\(f(x + 18))\" y2=\"\(f(y))\" stroke=\"#404040\"/>\n"
      out += text(label, x: x + 21, y: y + 4, anchor: "start", size: 11)
    }
    return out
  }

  /// The RGB colour of a fraction 0…1 of the heat ramp.
  static func heatColor(_ f: Double) -> String { rgb(Glyphs.heatInk(f)) }

  /// The RGB colour of a palette ink (grey for any other).
  static func rgb(_ ink: Ink) -> String {
    guard case .palette(let i) = ink else { return "#808080" }
    return SVGWriter.xterm256(Int(i))
  }

  func text(
    _ s: String, x: Double, y: Double, anchor: String, size: Double = 12,
    weight: String = "normal"
  ) -> String {
    "<text x=\"\(f(x))\" y=\"\(f(y))\" text-anchor=\"\(anchor)\" font-size=\"\(f(size))\" "
      + "font-weight=\"\(weight)\">\(SVGWriter.escape(TextWidth.sanitize(s, ascii: false)))</text>\n"
  }

  /// The RGB colour of series `i`, the same hue as on the terminal.
  static func color(_ i: Int) -> String {
    guard case .basic(let code) = Glyphs.ink(i) else { return "#202020" }
    return SVGWriter.rgb(String(code)) ?? "#202020"
  }

  /// Marker shapes in the order of the terminal markers: disc, square,
  /// triangle, diamond, then hollow versions.
  static func marker(_ i: Int, x: Double, y: Double, color: String) -> String {
    let k = ((i % 8) + 8) % 8
    let fill = k < 4 ? color : "#ffffff"
    let r = 3.6
    let fx = { (v: Double) in NumberFormat.fixed(v, decimals: 1) }
    let stroke = color == "#ffffff" ? "#202020" : color
    let style = "fill=\"\(fill)\" stroke=\"\(stroke)\" stroke-width=\"1.4\""
    switch k % 4 {
    case 0:
      return
        "<circle cx=\"\(fx(x))\" cy=\"\(fx(y))\" r=\"\(fx(r))\" \(style)/>\n"
    case 1:
      return
        "<rect x=\"\(fx(x - r))\" y=\"\(fx(y - r))\" width=\"\(fx(2 * r))\" height=\"\(fx(2 * r))\" \(style)/>\n"
    case 2:
      return
        "<polygon points=\"\(fx(x)),\(fx(y - r - 1)) \(fx(x + r + 0.6)),\(fx(y + r)) \(fx(x - r - 0.6)),\(fx(y + r))\" \(style)/>\n"
    default:
      return
        "<polygon points=\"\(fx(x)),\(fx(y - r - 1)) \(fx(x + r + 1)),\(fx(y)) \(fx(x)),\(fx(y + r + 1)) \(fx(x - r - 1)),\(fx(y))\" \(style)/>\n"
    }
  }
}

extension LinePlot {
  /// A vector SVG of the plot: lines, markers every few points when there
  /// are several series, round ticks, legend right of the plot.
  public func svg(width: Int, height: Int) -> String {
    let extent = series.extent(xScale: xScale, yScale: yScale)
    let lines = series.enumerated().map { i, s in
      VectorPlot.Line(
        name: s.name.isEmpty && series.count > 1
          ? String(Message("series \(i + 1)")) : s.name,
        points: s.points, colorIndex: i, markers: series.count > 1, line: true)
    }
    return VectorPlot(
      title: title, xLabel: xLabel, yLabel: yLabel, xScale: xScale,
      yScale: yScale,
      xRange: ViewLimits.usable(xRange, xScale) ?? extent.x,
      yRange: ViewLimits.usable(yRange, yScale) ?? extent.y, lines: lines,
      footnotes: extent.omissions.footnotes(ascii: false),
      yLoose: ViewLimits.usable(yRange, yScale) == nil
    ).document(width: width, height: height)
  }
}

extension ScatterPlot {
  /// A vector SVG of the plot: every point as its series' marker over the
  /// lines, round ticks, legend right of the plot.
  public func svg(width: Int, height: Int) -> String {
    let all = series + lines
    let extent = all.extent(xScale: xScale, yScale: yScale)
    let points = series.enumerated().map { i, s in
      VectorPlot.Line(
        name: s.name.isEmpty ? String(Message("series \(i + 1)")) : s.name,
        points: s.points,
        colorIndex: i,
        markers: true, line: false)
    }
    let curves = lines.enumerated().map { j, s in
      VectorPlot.Line(
        name: s.name.isEmpty ? String(Message("curve \(j + 1)")) : s.name,
        points: s.points,
        colorIndex: series.count + j, markers: false, line: true)
    }
    return VectorPlot(
      title: title, xLabel: xLabel, yLabel: yLabel, xScale: xScale,
      yScale: yScale,
      xRange: ViewLimits.usable(xRange, xScale) ?? extent.x,
      yRange: ViewLimits.usable(yRange, yScale) ?? extent.y,
      lines: curves + points,
      footnotes: extent.omissions.footnotes(ascii: false),
      yLoose: ViewLimits.usable(yRange, yScale) == nil
    ).document(width: width, height: height)
  }
}
