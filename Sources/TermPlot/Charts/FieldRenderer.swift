import Localization

/// The drawing shared by ``HeatMap`` and ``ContourPlot``.
struct FieldRenderer {
  var title: String?
  var xLabel: String?
  var yLabel: String?
  var field: Field
  var trajectories: [Trajectory]
  var points: [PointSet]
  /// nil: a heat map; `.some(nil)`: contours at automatic levels.
  var contourLevels: [Double]??
  /// The values at the ends of a heat map's shades; nil: the field's own.
  var valueRange: ClosedRange<Double>? = nil
  /// A heat map in the diverging orange–grey–blue ramp (`Swatch`'s) in
  /// place of the sequential one.
  var diverging = false

  /// The values at the ends of the shades (a heat map's fixed
  /// `valueRange`, else the field's own), or of the contour levels: the one
  /// owner for the terminal and the SVG; nil when no value is finite.
  var shadeRange: (Double, Double)? {
    isContour
      ? field.range
      : valueRange.map { ($0.lowerBound, $0.upperBound) } ?? field.range
  }

  /// The colour of a fraction 0…1 of the shades, for the terminal and the
  /// SVG alike.
  func shadeInk(_ fraction: Double) -> Ink {
    diverging ? Glyphs.divergingInk(fraction) : Glyphs.heatInk(fraction)
  }

  func render(width: Int, height: Int, options: RenderOptions) -> String {
    let ascii = options.isASCII
    let zRange = shadeRange
    let ink = shadeInk
    let xr = (field.xExtent.lowerBound, field.xExtent.upperBound)
    let yr = (field.yExtent.lowerBound, field.yExtent.upperBound)
    var spec = FrameSpec(
      title: title, xLabel: xLabel, yLabel: yLabel,
      xRange: xr.0.isFinite && xr.1.isFinite ? xr : nil,
      yRange: yr.0.isFinite && yr.1.isFinite ? yr : nil)
    spec.xLoose = false
    spec.yLoose = false
    spec.legendOutside = true
    var outside = 0
    // Legend: trajectories, start/end, point sets.
    for (k, t) in trajectories.enumerated() {
      spec.legend.append(
        LegendEntry(
          glyph: Glyphs.trajectoryMarker(k, ascii: ascii, hollow: !isContour),
          ink: overlayInk(k),
          name: t.name.isEmpty ? String(Message("path \(k + 1)")) : t.name))
    }
    if !trajectories.isEmpty {
      spec.legend.append(
        LegendEntry(glyph: "S", ink: .none, name: String(Message("start"))))
      spec.legend.append(
        LegendEntry(glyph: "E", ink: .none, name: String(Message("end"))))
    }
    for (k, p) in points.enumerated() {
      let index = trajectories.count + k
      spec.legend.append(
        LegendEntry(
          glyph: Glyphs.trajectoryMarker(
            index, ascii: ascii, hollow: !isContour), ink: overlayInk(index),
          name: p.name))
    }
    // Contour levels.
    var levels: [Double] = []
    if case .some(let explicit) = contourLevels {
      if let explicit {
        levels = Array(Set(explicit.filter { $0.isFinite })).sorted()
        if levels.count > 40 {
          // Keep at most 40 levels, evenly spaced through the list.
          levels = (0..<40).map { levels[$0 * (levels.count - 1) / 39] }
        }
      } else if let (lo, hi) = zRange, hi > lo {
        let axis = AxisBuilder.build(
          range: (lo, hi), scale: .linear, cells: 24, orientation: .vertical,
          ascii: ascii, loose: false)
        levels = axis.ticks.filter { $0 > lo && $0 < hi }
      }
    }
    // Colour bar / level list: labels and width.
    let barTicks: [(Double, String)]
    if isContour {
      let style = NumberFormat.axisStyle(for: levels)
      barTicks = levels.map {
        ($0, NumberFormat.format($0, style: style, ascii: ascii))
      }
    } else if let (lo, hi) = zRange {
      let axis = AxisBuilder.build(
        range: (lo, hi), scale: .linear,
        cells: max(min(max(height, 0), TextGrid.maximumHeight) - 5, 4),
        orientation: .vertical, ascii: ascii, loose: false)
      barTicks = Array(zip(axis.ticks, axis.labels))
    } else {
      barTicks = []
    }
    let labelWidth = min(barTicks.map { TextWidth.of($0.1) }.max() ?? 0, 10)
    spec.panelWidth = barTicks.isEmpty ? 0 : labelWidth + 3
    for t in trajectories {
      for (x, y) in zip(t.x, t.y)
      where !(x >= xr.0 && x <= xr.1 && y >= yr.0 && y <= yr.1) {
        outside += 1
      }
    }
    if field.nonFiniteCount > 0 {
      let mark =
        isContour ? Message("blank") : Message(verbatim: ascii ? "!" : "×")
      spec.footnotes.append(
        String(
          Message("\(field.nonFiniteCount) grid values not finite (\(mark))")))
    }
    if zRange == nil {
      spec.footnotes.append(String(Message("no finite values")))
    }
    if outside > 0 {
      spec.footnotes.append(
        String(
          outside == 1
            ? Message("1 path point outside the plot")
            : Message("\(outside) path points outside the plot")))
    }
    spec.sparkline =
      field.values.isEmpty ? [] : field.values[field.values.count / 2]

    let draw: Frame.Drawer = { canvas, plot in
      if isContour {
        drawContours(&canvas, plot: plot, levels: levels, ascii: ascii)
      } else if let (lo, hi) = zRange {
        for r in 0..<plot.rows {
          for c in 0..<plot.columns {
            let x = plot.x.value(
              atFraction: (Double(c) + 0.5) / Double(plot.columns))
            let y = plot.y.value(
              atFraction: 1 - (Double(r) + 0.5) / Double(plot.rows))
            let z = field.value(x: x, y: y)
            guard z.isFinite else {
              // A diverged cell is shown as such, not as a low value.
              canvas.fill(
                column: c, row: r, with: ascii ? "!" : "×", ink: .none)
              continue
            }
            let f = Axis.fraction(z, lo: lo, hi: hi)
            if options.color {
              canvas.fill(
                column: c, row: r, with: Glyphs.solid, ink: ink(f))
            } else {
              canvas.fill(
                column: c, row: r, with: Glyphs.shade(f, ascii: ascii),
                ink: .none)
            }
          }
        }
      }
      for (k, p) in points.enumerated() {
        let index = trajectories.count + k
        for (x, y) in zip(p.x, p.y) {
          guard let cell = plot.cell(x: x, y: y) else { continue }
          canvas.mark(
            column: cell.column, row: cell.row,
            with: Glyphs.trajectoryMarker(
              index, ascii: ascii, hollow: !isContour), ink: overlayInk(index))
        }
      }
      for (k, t) in trajectories.enumerated() {
        drawTrajectory(
          t, index: k, on: &canvas, plot: plot, ascii: ascii,
          connectors: isContour || !ascii)
      }
      // Every path's start and end on top of all the paths, so that a later
      // path crossing an earlier one's end point cannot hide it.
      for (k, t) in trajectories.enumerated() {
        drawEndpoints(t, index: k, on: &canvas, plot: plot)
      }
    }
    let panel: Frame.PanelDrawer = { grid, top, left, rows, _ in
      if isContour {
        // Levels listed top (highest) to bottom, each with its line colour.
        let shown = Array(barTicks.reversed().prefix(rows))
        for (i, (value, label)) in shown.enumerated() {
          let f =
            levels.count > 1
            ? Double(levels.firstIndex(of: value) ?? 0)
              / Double(levels.count - 1) : 0.5
          grid.set(
            ascii ? "-" : "─", row: top + i, column: left,
            ink: options.color ? Glyphs.contourInk(f) : .none)
          grid.write(
            TextWidth.truncate(label, to: labelWidth, ascii: ascii),
            row: top + i, column: left + 2)
        }
      } else if let (lo, hi) = zRange {
        for r in 0..<rows {
          let f = 1 - (Double(r) + 0.5) / Double(rows)
          if options.color {
            grid.set(
              Glyphs.solid, row: top + r, column: left, ink: ink(f))
          } else {
            grid.set(Glyphs.shade(f, ascii: ascii), row: top + r, column: left)
          }
        }
        var used = Set<Int>()
        for (value, label) in barTicks {
          let f = Axis.fraction(value, lo: lo, hi: hi)
          let r = Axis.cell(fraction: 1 - f, count: rows, subdivisions: 4)
          guard !used.contains(r) else { continue }
          used.insert(r)
          grid.write(
            TextWidth.truncate(label, to: labelWidth, ascii: ascii),
            row: top + r, column: left + 2)
        }
      }
    }
    return Frame.render(
      spec, width: width, height: height, options: options, draw: draw,
      panel: panel)
  }

  /// Contour lines at dot resolution: a dot is on a line where the level
  /// band changes between it and its right or lower neighbour.
  ///
  /// Each level gets a label on its line, away from other labels.
  private func drawContours(
    _ canvas: inout Canvas, plot: Plot, levels: [Double], ascii: Bool
  ) {
    guard !levels.isEmpty else { return }
    let dx = plot.columns * 2
    let dy = plot.rows * 4
    guard dx > 1, dy > 1 else { return }
    var band = Array(repeating: -1, count: dx * dy)
    for j in 0..<dy {
      let y = plot.y.value(atFraction: 1 - Double(j) / Double(dy - 1))
      for i in 0..<dx {
        let x = plot.x.value(atFraction: Double(i) / Double(dx - 1))
        let z = field.value(x: x, y: y)
        guard z.isFinite else { continue }
        var b = 0
        while b < levels.count && levels[b] <= z { b += 1 }
        band[j * dx + i] = b
      }
    }
    var cellsOfLevel = Array(repeating: [(Int, Int)](), count: levels.count)
    var seen = Set<Int>()
    for j in 0..<dy {
      for i in 0..<dx {
        let b = band[j * dx + i]
        guard b >= 0 else { continue }
        for (ni, nj) in [(i + 1, j), (i, j + 1)] where ni < dx && nj < dy {
          let nb = band[nj * dx + ni]
          guard nb >= 0, nb != b else { continue }
          let level = max(b, nb) - 1
          let f =
            levels.count > 1 ? Double(level) / Double(levels.count - 1) : 0.5
          let ink = Glyphs.contourInk(f)
          let column = i / 2
          let row = j / 4
          if ascii {
            canvas.shape(
              column: column, row: row,
              with: asciiShape(plot: plot, column: column, row: row), ink: ink)
          } else {
            canvas.dot(x: i, y: j, ink: ink)
          }
          let key = level * 1_000_000 + row * plot.columns + column
          if !seen.contains(key) {
            seen.insert(key)
            cellsOfLevel[level].append((column, row))
          }
        }
      }
    }
    // Labels: topmost free spot of each level, nearest the centre.
    let style = NumberFormat.axisStyle(for: levels)
    let mid = plot.columns / 2
    for (k, cells) in cellsOfLevel.enumerated() {
      let label = NumberFormat.format(levels[k], style: style, ascii: ascii)
      let w = label.count
      let sorted = cells.sorted { a, b in
        a.1 != b.1 ? a.1 < b.1 : abs(a.0 - mid) < abs(b.0 - mid)
      }
      for (c, r) in sorted {
        let start = c - w / 2
        guard start >= 0, start + w <= plot.columns,
          (start - 1...start + w).allSatisfy({
            !canvas.hasMark(column: $0, row: r)
          })
        else { continue }
        let f = levels.count > 1 ? Double(k) / Double(levels.count - 1) : 0.5
        canvas.label(label, column: start, row: r, ink: Glyphs.contourInk(f))
        break
      }
    }
  }

  /// The ASCII shape of a contour through a cell: perpendicular to the
  /// local gradient, as seen on screen (cells twice as tall as wide).
  private func asciiShape(plot: Plot, column: Int, row: Int) -> Character {
    let fx = (Double(column) + 0.5) / Double(plot.columns)
    let fy = 1 - (Double(row) + 0.5) / Double(plot.rows)
    let hx = 0.5 / Double(plot.columns)
    let hy = 0.5 / Double(plot.rows)
    func z(_ a: Double, _ b: Double) -> Double {
      field.value(
        x: plot.x.value(atFraction: a), y: plot.y.value(atFraction: b))
    }
    // Gradient per cell in screen units (x right, y down; a cell is 1×2).
    let gx = (z(fx + hx, fy) - z(fx - hx, fy))
    let gy = -(z(fx, fy + hy) - z(fx, fy - hy)) / 2
    guard gx.isFinite, gy.isFinite, gx != 0 || gy != 0 else { return "." }
    // Tangent (−gy, gx) on screen.
    let tx = -gy
    let ty = gx
    let slope = tx == 0 ? Double.infinity : abs(ty / tx)
    if slope < 0.42 { return "-" }
    if slope > 2.4 { return "|" }
    return (ty < 0) == (tx > 0) ? "/" : "\\"
  }

  private var isContour: Bool { contourLevels != nil }

  /// Series colours over contours; colours off the heat ramp over heat maps.
  private func overlayInk(_ k: Int) -> Ink {
    isContour ? Glyphs.ink(k) : Glyphs.overlayInk(k)
  }

  /// A trajectory: connecting cells (`·`) and a marker at each iterate (its
  /// `S` and `E` come from `drawEndpoints`, after every path).
  private func drawTrajectory(
    _ t: Trajectory, index k: Int, on canvas: inout Canvas, plot: Plot,
    ascii: Bool,
    connectors: Bool
  ) {
    let ink = overlayInk(k)
    let cells = zip(t.x, t.y).map { plot.cell(x: $0, y: $1) }
    if connectors {
      for (a, b) in zip(cells, cells.dropFirst()) {
        guard let a, let b else { continue }
        let steps = max(abs(b.column - a.column), abs(b.row - a.row))
        guard steps > 1 else { continue }
        for s in 1..<steps {
          let c = a.column + (b.column - a.column) * s / steps
          let r = a.row + (b.row - a.row) * s / steps
          canvas.mark(column: c, row: r, with: ascii ? "." : "·", ink: ink)
        }
      }
    }
    for cell in cells {
      guard let cell else { continue }
      canvas.mark(
        column: cell.column, row: cell.row,
        with: Glyphs.trajectoryMarker(k, ascii: ascii, hollow: !isContour),
        ink: ink)
    }
  }

  /// `S` at a trajectory's first point inside the plot, `E` at its last.
  private func drawEndpoints(
    _ t: Trajectory, index k: Int, on canvas: inout Canvas, plot: Plot
  ) {
    let ink = overlayInk(k)
    let cells = zip(t.x, t.y).map { plot.cell(x: $0, y: $1) }
    if let first = cells.first(where: { $0 != nil }), let first {
      canvas.mark(column: first.column, row: first.row, with: "S", ink: ink)
    }
    if let last = cells.last(where: { $0 != nil }), let last, cells.count > 1 {
      canvas.mark(column: last.column, row: last.row, with: "E", ink: ink)
    }
  }
}
