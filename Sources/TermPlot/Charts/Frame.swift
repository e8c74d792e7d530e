import Localization

/// One entry of a legend: a glyph (in its colour) and a name.
struct LegendEntry: Sendable {
  var glyph: Character
  var ink: Ink
  var name: String
}

/// Everything the shared x–y layout needs besides the drawing itself.
struct FrameSpec {
  var title: String?
  var xLabel: String?
  var yLabel: String?
  var xRange: (Double, Double)?
  var yRange: (Double, Double)?
  var xScale: Scale = .linear
  var yScale: Scale = .linear
  var xLoose = true
  var yLoose = true
  var legend: [LegendEntry] = []
  var legendOutside = false
  var footnotes: [String] = []
  /// Columns reserved right of the plot for a colour bar or level list.
  var panelWidth = 0
  /// The least width of the y tick labels' column: a chart redrawn as its
  /// data change (a live chart) keeps its axis and title in place while
  /// its tick labels change width.
  var minimumYLabelWidth = 1
  /// Values for the one-line sparkline shown when nothing else fits.
  var sparkline: [Double] = []
  /// Text shown in the middle of the plot, such as "no data".
  var emptyMessage: String?
}

/// The geometry handed to a chart's drawing code.
struct Plot {
  let x: Axis
  let y: Axis
  let columns: Int
  let rows: Int
  private let xMap: PositionMap
  private let yMap: PositionMap

  init(x: Axis, y: Axis, columns: Int, rows: Int) {
    self.x = x
    self.y = y
    self.columns = columns
    self.rows = rows
    xMap = x.positionMap(count: columns, subdivisions: 2)
    yMap = y.positionMap(count: rows, subdivisions: 4, reversed: true)
    let x0 = xMap.position(x.lo)
    let x1 = xMap.position(x.hi)
    let y0 = yMap.position(y.lo)
    let y1 = yMap.position(y.hi)
    bounds = (min(x0, x1), max(x0, x1), min(y0, y1), max(y0, y1))
  }

  /// The positions of the axis ends: the visible rectangle in cell units.
  let bounds: (xMin: Double, xMax: Double, yMin: Double, yMax: Double)

  /// Whether a canvas position lies inside the axes.
  func contains(_ p: (x: Double, y: Double)) -> Bool {
    p.x >= bounds.xMin - 1e-9 && p.x <= bounds.xMax + 1e-9
      && p.y >= bounds.yMin - 1e-9 && p.y <= bounds.yMax + 1e-9
  }

  /// The part of a segment inside the axes (Liang–Barsky), or nil.
  func clip(_ a: (x: Double, y: Double), _ b: (x: Double, y: Double))
    -> ((x: Double, y: Double), (x: Double, y: Double))?
  {
    let dx = b.x - a.x
    let dy = b.y - a.y
    var t0 = 0.0
    var t1 = 1.0
    for (p, q) in [
      (-dx, a.x - bounds.xMin), (dx, bounds.xMax - a.x),
      (-dy, a.y - bounds.yMin), (dy, bounds.yMax - a.y),
    ] {
      if p == 0 {
        if q < 0 { return nil }
      } else {
        let r = q / p
        if p < 0 { t0 = max(t0, r) } else { t1 = min(t1, r) }
      }
    }
    guard t0 <= t1, t0.isFinite, t1.isFinite else { return nil }
    return ((a.x + t0 * dx, a.y + t0 * dy), (a.x + t1 * dx, a.y + t1 * dy))
  }

  /// Horizontal canvas position (cell units) of a value, or nil.
  @inline(__always)
  func px(_ v: Double) -> Double? {
    guard let t = x.transform(v) else { return nil }
    return xMap.position(t)
  }

  /// Vertical canvas position (cell units from the top) of a value, or nil.
  @inline(__always)
  func py(_ v: Double) -> Double? {
    guard let t = y.transform(v) else { return nil }
    return yMap.position(t)
  }

  /// A series' points as canvas positions, in runs of drawable points.
  ///
  /// A point that cannot be drawn (NaN, ±∞, ≤ 0 on a log axis) ends a run;
  /// a line is drawn along each run, never across a gap.
  func finiteRuns(of s: Series) -> [[(x: Double, y: Double)]] {
    var runs: [[(x: Double, y: Double)]] = []
    var run: [(x: Double, y: Double)] = []
    let n = s.x.map { min($0.count, s.y.count) } ?? s.y.count
    for i in 0..<n {
      if let x = px(s.x?[i] ?? Double(i)), let y = py(s.y[i]), x.isFinite,
        y.isFinite
      {
        run.append((x, y))
      } else if !run.isEmpty {
        runs.append(run)
        run = []
      }
    }
    if !run.isEmpty { runs.append(run) }
    return runs
  }

  /// The canvas cell of a point, or nil when outside the plot.
  func cell(x vx: Double, y vy: Double) -> (column: Int, row: Int)? {
    guard let c = column(x: vx), let py = py(vy), py >= 0, py < Double(rows)
    else {
      return nil
    }
    return (c, Int(py))
  }

  /// The canvas column of an x value, or nil when outside the plot.
  @inline(__always)
  func column(x vx: Double) -> Int? {
    guard let px = px(vx), px >= 0, px < Double(columns) else { return nil }
    return Int(px)
  }
}

/// The x–y layout shared by line, scatter, histogram and heat-map charts:
/// title, y label, ticks, axes, x label, footnotes, legend, and the
/// degradation order legend → axis labels → title → sparkline.
enum Frame {
  typealias Drawer = (inout Canvas, Plot) -> Void
  typealias PanelDrawer = (
    inout TextGrid, _ top: Int, _ left: Int, _ rows: Int, Plot
  ) -> Void

  static func render(
    _ spec: FrameSpec, width: Int, height: Int, options: RenderOptions,
    draw: Drawer, panel: PanelDrawer? = nil
  ) -> String {
    var grid = TextGrid(width: width, height: height)
    let ascii = options.isASCII
    let fullWidth = grid.width
    let fullHeight = grid.height
    guard fullWidth > 0, fullHeight > 0 else {
      return grid.rendered(color: false)
    }
    let title = spec.title.map { TextWidth.sanitize($0, ascii: ascii) } ?? ""
    let xLabel = spec.xLabel.map { TextWidth.sanitize($0, ascii: ascii) } ?? ""
    let yLabel = spec.yLabel.map { TextWidth.sanitize($0, ascii: ascii) } ?? ""
    let legend = spec.legend.map {
      LegendEntry(
        glyph: $0.glyph, ink: $0.ink,
        name: TextWidth.sanitize($0.name, ascii: ascii))
    }
    let footnote = TextWidth.sanitize(
      spec.footnotes.joined(separator: Message.clauseSeparator), ascii: ascii)

    for level in 0...3 {
      let showLegend = level == 0 && !legend.isEmpty
      let showLabels = level <= 1
      let showTitle = level <= 2
      let header =
        (showTitle && !title.isEmpty) || (showLabels && !yLabel.isEmpty) ? 1 : 0
      var bottom = 2
      if showLabels && !xLabel.isEmpty { bottom += 1 }
      if showLabels && !footnote.isEmpty { bottom += 1 }
      let placements: [Bool] =
        showLegend ? (spec.legendOutside ? [true] : [false, true]) : [false]
      for outside in placements {
        let panelWidth = spec.panelWidth > 0 && level <= 2 ? spec.panelWidth : 0
        let legendLines =
          showLegend && outside
          ? wrapLegend(legend, width: fullWidth, ascii: ascii).count : 0
        let rows = fullHeight - header - bottom - legendLines
        // A legend that does not fit inside goes below the plot, which may
        // then be a row shorter than a plot with its legend inside: the
        // legend is worth more than that row.
        guard rows >= (level == 0 ? (outside ? 4 : 5) : 3) else { continue }
        let yAxis = AxisBuilder.build(
          range: spec.yRange, scale: spec.yScale, cells: rows,
          orientation: .vertical, ascii: ascii, loose: spec.yLoose)
        let yWidth = max(
          spec.minimumYLabelWidth,
          yAxis.labels.map { TextWidth.of($0) }.max() ?? 1)
        let left = yWidth + 1
        // Room right of the plot for half of the last x label.
        let rightMargin =
          panelWidth > 0
          ? 1 : max(1, estimatedLabelWidth(spec, ascii: ascii) / 2)
        let columns = fullWidth - left - panelWidth - rightMargin
        guard columns >= (level == 0 ? 20 : 10) else { continue }
        let xAxis = AxisBuilder.build(
          range: spec.xRange, scale: spec.xScale, cells: columns,
          orientation: .horizontal(
            leftRoom: left, rightRoom: rightMargin + panelWidth),
          ascii: ascii, loose: spec.xLoose)
        let plot = Plot(x: xAxis, y: yAxis, columns: columns, rows: rows)
        var canvas = Canvas(columns: columns, rows: rows, ascii: ascii)
        draw(&canvas, plot)
        if let message = spec.emptyMessage {
          let t = TextWidth.truncate(message, to: columns, ascii: ascii)
          canvas.label(
            t, column: (columns - t.count) / 2, row: rows / 2, ink: .none)
        }
        if showLegend && !outside {
          guard placeInside(legend, on: &canvas, ascii: ascii) else { continue }
        }
        // Compose.
        let top = header
        if header == 1 {
          var titleStart = left
          if showLabels && !yLabel.isEmpty {
            let shown = TextWidth.truncate(
              yLabel, to: max(fullWidth / 3, 8), ascii: ascii)
            titleStart = max(left, grid.write(shown, row: 0, column: 0) + 2)
          }
          if showTitle && !title.isEmpty {
            let room = fullWidth - titleStart
            let t = TextWidth.truncate(title, to: room, ascii: ascii)
            let centered = left + (columns - TextWidth.of(t)) / 2
            grid.write(
              t, row: 0,
              column: max(
                titleStart, min(centered, fullWidth - TextWidth.of(t))))
          }
        }
        drawAxes(
          &grid, plot: plot, top: top, left: left, yWidth: yWidth, ascii: ascii)
        canvas.draw(into: &grid, row: top, column: left)
        if let panel, panelWidth > 0 {
          panel(&grid, top, left + columns + 1, rows, plot)
        }
        var row = top + rows + 2
        if showLabels && !xLabel.isEmpty {
          let t = TextWidth.truncate(xLabel, to: fullWidth, ascii: ascii)
          let start = left + (columns - TextWidth.of(t)) / 2
          grid.write(
            t, row: row, column: max(0, min(start, fullWidth - TextWidth.of(t)))
          )
          row += 1
        }
        if showLabels && !footnote.isEmpty {
          grid.write(
            TextWidth.truncate(footnote, to: fullWidth, ascii: ascii), row: row,
            column: 0)
          row += 1
        }
        if showLegend && outside {
          for line in wrapLegend(legend, width: fullWidth, ascii: ascii) {
            var col = 0
            for entry in line {
              grid.set(entry.glyph, row: row, column: col, ink: entry.ink)
              col = grid.write(
                " " + entry.name + "   ", row: row, column: col + 1)
            }
            row += 1
          }
        }
        return grid.rendered(color: options.color)
      }
    }
    Sparkline.draw(spec.sparkline, into: &grid, ascii: ascii)
    return grid.rendered(color: options.color)
  }

  /// A guess at the widest x label, from the ends of the x range.
  private static func estimatedLabelWidth(_ spec: FrameSpec, ascii: Bool) -> Int
  {
    guard let (lo, hi) = spec.xRange else { return 3 }
    return max(
      TextWidth.of(NumberFormat.short(lo, ascii: ascii)),
      TextWidth.of(NumberFormat.short(hi, ascii: ascii)), 3)
  }

  /// The y tick labels, the axis lines and their tick marks, and the x tick
  /// labels centred under their ticks.
  private static func drawAxes(
    _ grid: inout TextGrid, plot: Plot, top: Int, left: Int, yWidth: Int,
    ascii: Bool
  ) {
    let box = BoxChars.of(ascii: ascii)
    for r in 0..<plot.rows {
      grid.set(box.vertical, row: top + r, column: left - 1)
    }
    for (tick, label) in zip(plot.y.ticks, plot.y.labels) {
      guard
        let r = plot.y.cell(
          tick, count: plot.rows, subdivisions: 4, reversed: true)
      else { continue }
      grid.set(box.tickLeft, row: top + r, column: left - 1)
      grid.write(
        TextWidth.pad(label, to: yWidth, alignment: .right, ascii: ascii),
        row: top + r, column: 0)
    }
    let axisRow = top + plot.rows
    grid.set(box.bottomLeft, row: axisRow, column: left - 1)
    for c in 0..<plot.columns {
      grid.set(box.horizontal, row: axisRow, column: left + c)
    }
    for (tick, label) in zip(plot.x.ticks, plot.x.labels) {
      guard let c = plot.x.cell(tick, count: plot.columns, subdivisions: 2)
      else { continue }
      grid.set(box.tickDown, row: axisRow, column: left + c)
      let w = TextWidth.of(label)
      grid.write(label, row: axisRow + 1, column: left + c - (w - 1) / 2)
    }
  }

  /// Legend lines for outside placement, wrapped to the width.
  static func wrapLegend(
    _ legend: [LegendEntry], width: Int, ascii: Bool
  ) -> [[LegendEntry]] {
    var lines: [[LegendEntry]] = [[]]
    var used = 0
    for entry in legend {
      let name = TextWidth.truncate(
        entry.name, to: max(width - 4, 1), ascii: ascii)
      let w = 2 + TextWidth.of(name) + 3
      if used > 0 && used + w - 3 > width {
        lines.append([])
        used = 0
      }
      lines[lines.count - 1].append(
        LegendEntry(glyph: entry.glyph, ink: entry.ink, name: name))
      used += w
    }
    return lines.filter { !$0.isEmpty }
  }

  /// Puts the legend in the emptiest corner: one whose box (with a one-cell
  /// margin towards the data) is entirely empty.
  ///
  /// Returns false when no corner is free, so the caller places it outside.
  private static func placeInside(
    _ legend: [LegendEntry], on canvas: inout Canvas, ascii: Bool
  ) -> Bool {
    let width = (legend.map { TextWidth.of($0.name) }.max() ?? 0) + 2
    let height = legend.count
    guard width + 1 <= canvas.columns / 2 + 4, height + 1 <= canvas.rows,
      legend.allSatisfy({ TextWidth.of($0.name) == $0.name.count })
    else { return false }
    let corners = [
      (canvas.columns - width, 0), (0, 0),
      (canvas.columns - width, canvas.rows - height), (0, canvas.rows - height),
    ]
    for (c0, r0) in corners {
      var free = true
      check: for r in (r0 - 1)...(r0 + height) {
        for c in (c0 - 1)...(c0 + width)
        where !canvas.isEmpty(column: c, row: r) {
          free = false
          break check
        }
      }
      guard free else { continue }
      for (i, entry) in legend.enumerated() {
        canvas.mark(column: c0, row: r0 + i, with: entry.glyph, ink: entry.ink)
        canvas.label(" " + entry.name, column: c0 + 1, row: r0 + i, ink: .none)
      }
      return true
    }
    return false
  }
}

/// Counts of values a chart could not draw, as footnote text.
struct Omissions {
  var nan = 0
  var infinite = 0
  var nonPositive = 0

  mutating func count(_ v: Double, scale: Scale) {
    if v.isNaN {
      nan += 1
    } else if v.isInfinite {
      infinite += 1
    } else if scale == .log10 && v <= 0 {
      nonPositive += 1
    }
  }

  func footnotes(ascii: Bool) -> [String] {
    var notes: [String] = []
    var parts: [String] = []
    if nan > 0 { parts.append(String(Message("\(nan) NaN"))) }
    if infinite > 0 {
      parts.append(
        String(ascii ? Message("\(infinite) +-Inf") : Message("\(infinite) ±∞"))
      )
    }
    if !parts.isEmpty {
      notes.append(
        String(Message("\(Message.list(parts)) omitted")))
    }
    if nonPositive > 0 {
      let atMost = ascii ? "<=" : "≤"
      notes.append(
        String(
          nonPositive == 1
            ? Message("1 point \(atMost) 0 omitted (log scale)")
            : Message(
              "\(nonPositive) points \(atMost) 0 omitted (log scale)")))
    }
    return notes
  }
}
