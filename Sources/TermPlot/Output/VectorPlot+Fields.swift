import Localization

extension HeatMap {
  /// A vector SVG: one rectangle per grid sample in the heat ramp, a
  /// labelled colour bar, trajectories and points on top.
  public func svg(width: Int, height: Int) -> String {
    renderer.svg(width: width, height: height)
  }
}

extension ContourPlot {
  /// A vector SVG: contour lines by marching squares, each level labelled,
  /// trajectories on top.
  public func svg(width: Int, height: Int) -> String {
    renderer.svg(width: width, height: height)
  }
}

extension Histogram {
  /// A vector SVG: one bar per bin on round ticks.
  public func svg(width: Int, height: Int) -> String {
    let edges = edges()
    let counts = counts(edges: edges)
    var omissions = Omissions()
    for v in values { omissions.count(v, scale: .linear) }
    var plot = VectorPlot(
      title: title, xLabel: xLabel, yLabel: yLabel, xScale: .linear,
      yScale: .linear,
      xRange: (edges.first ?? 0, edges.last ?? 1),
      yRange: (0, Double(max(counts.max() ?? 1, 1))), lines: [],
      footnotes: omissions.footnotes(ascii: false))
    plot.underlay = { px, py in
      var out = ""
      for (i, count) in counts.enumerated() where count > 0 {
        guard let x0 = px(edges[i]), let x1 = px(edges[i + 1]), let y0 = py(0),
          let y1 = py(Double(count))
        else { continue }
        out +=
          "<rect x=\"\(fmt(x0))\" y=\"\(fmt(y1))\" width=\"\(fmt(x1 - x0))\" "
          + "height=\"\(fmt(y0 - y1))\" fill=\"\(VectorPlot.color(0))\" stroke=\"#ffffff\"/>\n"
      }
      return out
    }
    return plot.document(width: width, height: height)
  }
}

/// One decimal, for SVG coordinates.
func fmt(_ v: Double) -> String { NumberFormat.fixed(v, decimals: 1) }

extension FieldRenderer {
  /// Colours for paths and points over a field: off the heat ramp.
  static let overlayColors = [
    "#e74c3c", "#ffffff", "#ff00ff", "#ff8c00", "#00e5ff", "#202020",
  ]

  func svg(width: Int, height: Int) -> String {
    let isContour = contourLevels != nil
    var lines: [VectorPlot.Line] = []
    for (k, t) in trajectories.enumerated() {
      lines.append(
        VectorPlot.Line(
          name: t.name.isEmpty ? "path \(k + 1)" : t.name,
          points: zip(t.x, t.y).map { (x: $0, y: $1) }, colorIndex: k,
          markers: true, line: true,
          color: isContour ? nil : FieldRenderer.overlayColors[k % 6]))
    }
    for (k, p) in points.enumerated() {
      let index = trajectories.count + k
      lines.append(
        VectorPlot.Line(
          name: p.name, points: zip(p.x, p.y).map { (x: $0, y: $1) },
          colorIndex: index,
          markers: true, line: false,
          color: isContour ? nil : FieldRenderer.overlayColors[index % 6]))
    }
    let xr = (field.x.lowerBound, field.x.upperBound)
    let yr = (field.y.lowerBound, field.y.upperBound)
    let xe = (field.xExtent.lowerBound, field.xExtent.upperBound)
    let ye = (field.yExtent.lowerBound, field.yExtent.upperBound)
    var plot = VectorPlot(
      title: title, xLabel: xLabel, yLabel: yLabel, xScale: .linear,
      yScale: .linear,
      xRange: xe.0.isFinite && xe.1.isFinite ? xe : nil,
      yRange: ye.0.isFinite && ye.1.isFinite ? ye : nil, lines: lines,
      footnotes: [])
    plot.yLoose = false
    let zRange = shadeRange
    let values = field.values
    let ny = values.count
    let nx = values.map(\.count).max() ?? 0
    func gx(_ i: Int) -> Double {
      nx > 1
        ? xr.0 + (xr.1 - xr.0) * Double(i) / Double(nx - 1) : (xr.0 + xr.1) / 2
    }
    func gy(_ j: Int) -> Double {
      ny > 1
        ? yr.0 + (yr.1 - yr.0) * Double(j) / Double(ny - 1) : (yr.0 + yr.1) / 2
    }
    func z(_ i: Int, _ j: Int) -> Double {
      i < values[j].count ? values[j][i] : .nan
    }
    if !isContour, let (lo, hi) = zRange {
      plot.colorBar = (lo, hi)
      plot.colorBarInk = shadeInk
      plot.underlay = { px, py in
        var out = ""
        for j in 0..<ny {
          for i in 0..<nx {
            let v = z(i, j)
            // Cell edges halfway to the neighbours; the plot's extent
            // gives the edge cells of a matrix their full width.
            guard
              let x0 = px(i > 0 ? gx(i - 1) / 2 + gx(i) / 2 : xe.0),
              let x1 = px(i + 1 < nx ? gx(i) / 2 + gx(i + 1) / 2 : xe.1),
              let y0 = py(j > 0 ? gy(j - 1) / 2 + gy(j) / 2 : ye.0),
              let y1 = py(j + 1 < ny ? gy(j) / 2 + gy(j + 1) / 2 : ye.1)
            else { continue }
            guard v.isFinite else {
              out +=
                "<rect x=\"\(fmt(min(x0, x1)))\" y=\"\(fmt(min(y0, y1)))\" "
                + "width=\"\(fmt(abs(x1 - x0) + 0.6))\" height=\"\(fmt(abs(y1 - y0) + 0.6))\" "
                + "fill=\"#c8c8c8\"/>\n<path d=\"M\(fmt(x0)) \(fmt(y0))L\(fmt(x1)) \(fmt(y1))"
                + "M\(fmt(x0)) \(fmt(y1))L\(fmt(x1)) \(fmt(y0))\" stroke=\"#606060\"/>\n"
              continue
            }
            let color = VectorPlot.rgb(
              shadeInk(Axis.fraction(v, lo: lo, hi: hi)))
            out +=
              "<rect x=\"\(fmt(min(x0, x1)))\" y=\"\(fmt(min(y0, y1)))\" "
              + "width=\"\(fmt(abs(x1 - x0) + 0.6))\" height=\"\(fmt(abs(y1 - y0) + 0.6))\" "
              + "fill=\"\(color)\"/>\n"
          }
        }
        return out
      }
    }
    var levels: [Double] = []
    if isContour, let (lo, hi) = zRange, hi > lo {
      if case .some(.some(let explicit)) = contourLevels {
        levels = Array(
          Set(explicit.filter { $0.isFinite && $0 > lo && $0 < hi })
        ).sorted()
        if levels.count > 40 {
          levels = (0..<40).map { levels[$0 * (levels.count - 1) / 39] }
        }
      } else {
        levels = AxisBuilder.build(
          range: (lo, hi), scale: .linear, cells: 24, orientation: .vertical,
          ascii: false, loose: false
        ).ticks.filter { $0 > lo && $0 < hi }
      }
    }
    // Marching squares: the segments of each level, in data coordinates.
    var segments: [[(Double, Double, Double, Double)]] = Array(
      repeating: [], count: levels.count)
    if isContour && nx > 1 && ny > 1 {
      for (k, level) in levels.enumerated() {
        for j in 0..<(ny - 1) {
          for i in 0..<(nx - 1) {
            let c = [z(i, j), z(i + 1, j), z(i + 1, j + 1), z(i, j + 1)]
            guard c.allSatisfy({ $0.isFinite }) else { continue }
            let corners = [
              (gx(i), gy(j)), (gx(i + 1), gy(j)), (gx(i + 1), gy(j + 1)),
              (gx(i), gy(j + 1)),
            ]
            var crossings: [(Double, Double)] = []
            for e in 0..<4 {
              let a = c[e]
              let b = c[(e + 1) % 4]
              guard (a < level) != (b < level) else { continue }
              let t = (level - a) / (b - a)
              let p = corners[e]
              let q = corners[(e + 1) % 4]
              crossings.append((p.0 + (q.0 - p.0) * t, p.1 + (q.1 - p.1) * t))
            }
            for m in stride(from: 0, to: crossings.count - 1, by: 2) {
              segments[k].append(
                (
                  crossings[m].0, crossings[m].1, crossings[m + 1].0,
                  crossings[m + 1].1
                ))
            }
          }
        }
      }
      let style = NumberFormat.axisStyle(for: levels)
      plot.underlay = { px, py in
        var out = ""
        for (k, segs) in segments.enumerated() where !segs.isEmpty {
          let f = levels.count > 1 ? Double(k) / Double(levels.count - 1) : 0.5
          var d = ""
          for (x0, y0, x1, y1) in segs {
            guard let a = px(x0), let b = py(y0), let c = px(x1), let e = py(y1)
            else { continue }
            d += "M\(fmt(a)) \(fmt(b))L\(fmt(c)) \(fmt(e))"
          }
          out +=
            "<path d=\"\(d)\" fill=\"none\" stroke=\"\(VectorPlot.heatColor(0.25 + 0.6 * f))\" "
            + "stroke-width=\"1.4\"/>\n"
        }
        return out
      }
      plot.overlay = { px, py in
        var out = ""
        for (k, segs) in segments.enumerated() {
          // Label each level at its topmost segment.
          guard let top = segs.max(by: { $0.1 < $1.1 }),
            let x = px((top.0 + top.2) / 2),
            let y = py((top.1 + top.3) / 2)
          else { continue }
          let label = NumberFormat.format(levels[k], style: style, ascii: false)
          out +=
            "<text x=\"\(fmt(x))\" y=\"\(fmt(y + 4))\" text-anchor=\"middle\" font-size=\"11\" "
            + "stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\">\(SVGWriter.escape(label))</text>\n"
        }
        return out + startEndMarks(px, py)
      }
    } else {
      plot.overlay = { px, py in startEndMarks(px, py) }
    }
    if field.nonFiniteCount > 0 {
      let mark = isContour ? Message("blank") : Message("grey ×")
      plot.footnotes.append(
        String(
          Message("\(field.nonFiniteCount) grid values not finite (\(mark))")))
    }
    return plot.document(width: width, height: height)
  }

  /// "S" and "E" beside each trajectory's first and last points.
  private func startEndMarks(
    _ px: (Double) -> Double?, _ py: (Double) -> Double?
  ) -> String {
    var out = ""
    for t in trajectories {
      let points = zip(t.x, t.y).filter { px($0.0) != nil && py($0.1) != nil }
      for (mark, p) in [("S", points.first), ("E", points.last)] {
        guard let p, let x = px(p.0), let y = py(p.1) else { continue }
        out +=
          "<text x=\"\(fmt(x + 6))\" y=\"\(fmt(y - 6))\" font-weight=\"bold\" "
          + "stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\">\(mark)</text>\n"
      }
    }
    return out
  }
}
