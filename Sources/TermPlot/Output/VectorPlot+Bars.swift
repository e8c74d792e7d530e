extension BarChart {
  /// A vector SVG: one bar per label, value labels in the axis style, round
  /// ticks on the value axis (log bars start at the axis's lower bound).
  public func svg(width: Int, height: Int) -> String {
    let w =
      Double(min(max(width, 20), TextGrid.maximumWidth)) * VectorPlot.cellWidth
    let h =
      Double(min(max(height, 8), TextGrid.maximumHeight))
      * VectorPlot.cellHeight
    let shown = labels.indices.map { i in
      (labels[i], i < values.count ? values[i] : .nan)
    }
    var omissions = Omissions()
    for (_, v) in shown { omissions.count(v, scale: scale) }
    let notes = omissions.footnotes(ascii: false)
    let labelWidth =
      Double(min(shown.map { TextWidth.of($0.0) }.max() ?? 0, 30)) * 7 + 12
    let left = labelWidth + 8
    let right = w - 70
    let top = 36.0
    let bottom = h - 46 - 16 * Double(notes.count)
    let range = BarChart.axisRange(shown.map(\.1), scale: scale)
    let axis = AxisBuilder.build(
      range: range, scale: scale,
      cells: Int(max(right - left, 10) / VectorPlot.cellWidth),
      orientation: .horizontal(leftRoom: 6, rightRoom: 6), ascii: false,
      loose: true)
    let plotW = max(right - left, 10)
    func px(_ v: Double) -> Double? {
      axis.fraction(v).map { left + min(max($0, 0), 1) * plotW }
    }
    let base = scale == .linear ? (px(0) ?? left) : left
    let rowHeight = min(24, (bottom - top) / Double(max(shown.count, 1)))
    let style = NumberFormat.valueStyle(
      axis: axis.style, values: shown.map(\.1))
    var out = """
      <svg xmlns="http://www.w3.org/2000/svg" width="\(fmt(w))" height="\(fmt(h))" \
      viewBox="0 0 \(fmt(w)) \(fmt(h))" font-family="DejaVu Sans, Helvetica, Arial, sans-serif" \
      font-size="12">
      <rect width="100%" height="100%" fill="#ffffff"/>

      """
    let textOf = { (s: String) in
      SVGWriter.escape(TextWidth.sanitize(s, ascii: false))
    }
    if let title, !title.isEmpty {
      out +=
        "<text x=\"\(fmt((left + right) / 2))\" y=\"22\" text-anchor=\"middle\" "
        + "font-size=\"15\" font-weight=\"bold\">\(textOf(title))</text>\n"
    }
    let axisY = top + rowHeight * Double(shown.count) + 4
    for (t, label) in zip(axis.ticks, axis.labels) {
      guard let x = px(t) else { continue }
      out +=
        "<line x1=\"\(fmt(x))\" y1=\"\(fmt(top))\" x2=\"\(fmt(x))\" y2=\"\(fmt(axisY))\" stroke=\"#e4e4e4\"/>\n"
      out +=
        "<text x=\"\(fmt(x))\" y=\"\(fmt(axisY + 16))\" text-anchor=\"middle\">\(textOf(label))</text>\n"
    }
    for (i, (label, v)) in shown.enumerated() {
      let y = top + rowHeight * Double(i)
      out +=
        "<text x=\"\(fmt(labelWidth))\" y=\"\(fmt(y + rowHeight / 2 + 4))\" "
        + "text-anchor=\"end\">\(textOf(label))</text>\n"
      var end = base
      if let x = px(v) {
        out +=
          "<rect x=\"\(fmt(min(base, x)))\" y=\"\(fmt(y + 3))\" width=\"\(fmt(abs(x - base)))\" "
          + "height=\"\(fmt(max(rowHeight - 6, 1)))\" fill=\"\(VectorPlot.color(0))\"/>\n"
        end = max(base, x)
      }
      out +=
        "<text x=\"\(fmt(end + 5))\" y=\"\(fmt(y + rowHeight / 2 + 4))\" font-size=\"11\">"
        + "\(textOf(NumberFormat.format(v, style: style, ascii: false)))</text>\n"
    }
    out +=
      "<line x1=\"\(fmt(left))\" y1=\"\(fmt(axisY))\" x2=\"\(fmt(right))\" y2=\"\(fmt(axisY))\" stroke=\"#404040\"/>\n"
    out +=
      "<line x1=\"\(fmt(base))\" y1=\"\(fmt(top))\" x2=\"\(fmt(base))\" y2=\"\(fmt(axisY))\" stroke=\"#404040\"/>\n"
    if let xLabel, !xLabel.isEmpty {
      out +=
        "<text x=\"\(fmt((left + right) / 2))\" y=\"\(fmt(axisY + 34))\" "
        + "text-anchor=\"middle\">\(textOf(xLabel))</text>\n"
    }
    for (i, note) in notes.enumerated() {
      out +=
        "<text x=\"8\" y=\"\(fmt(axisY + 52 + Double(i) * 16))\" font-size=\"11\">\(textOf(note))</text>\n"
    }
    return out + "</svg>\n"
  }
}
