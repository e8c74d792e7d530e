import Foundation
import Localization

/// Horizontal bars, one per labelled row, on a linear or log₁₀ value axis.
///
/// ```swift
/// BarChart(title: "gradient norm per layer", xLabel: "‖g‖",
///          labels: ["layer 1", "layer 2", "layer 3"],
///          values: [1e-9, 3e-5, 0.8], scale: .log10)
///   .render(width: 60, height: 15, options: .plain)
/// ```
/// Each bar sits on its label's row and ends in its value, written in the
/// axis's number style. On a log axis bars start at the axis's lower bound,
/// at or below the decade under the smallest value, so the smallest bar
/// still has a length;
/// values that cannot be drawn (NaN, ±∞, ≤ 0 on a log axis) get no bar and
/// are counted in a footnote. When there are more bars than rows the last
/// row says how many were left out.
public struct BarChart: Chart {
  /// The title above the chart.
  public var title: String?
  /// The label under the value axis.
  public var xLabel: String?
  /// The bar labels, top to bottom.
  public var labels: [String]
  /// The bar values (as many as labels; extra values are ignored, missing
  /// ones count as NaN).
  public var values: [Double]
  /// The scale of the value axis.
  public var scale: Scale

  /// Creates a bar chart.
  public init(
    title: String? = nil, xLabel: String? = nil, labels: [String],
    values: [Double], scale: Scale = .linear
  ) {
    self.title = title
    self.xLabel = xLabel
    self.labels = labels
    self.values = values
    self.scale = scale
  }

  /// Renders the chart; see ``Chart/render(width:height:options:)``.
  public func render(width: Int, height: Int, options: RenderOptions) -> String
  {
    var grid = TextGrid(width: width, height: height)
    let ascii = options.isASCII
    let fullWidth = grid.width
    let fullHeight = grid.height
    guard fullWidth > 0, fullHeight > 0 else {
      return grid.rendered(color: false)
    }
    let bars = labels.indices.map { i in
      (
        TextWidth.sanitize(labels[i], ascii: ascii),
        i < values.count ? values[i] : .nan
      )
    }
    var omissions = Omissions()
    for (_, v) in bars { omissions.count(v, scale: scale) }
    let footnote = omissions.footnotes(ascii: ascii).joined(
      separator: Message.clauseSeparator)
    let title = TextWidth.sanitize(self.title ?? "", ascii: ascii)
    let xLabel = TextWidth.sanitize(self.xLabel ?? "", ascii: ascii)

    for level in 0...2 {
      let showTitle = level <= 1 && !title.isEmpty
      let showLabel = level == 0 && !xLabel.isEmpty
      let showNote = level == 0 && !footnote.isEmpty
      let header = showTitle ? 1 : 0
      let bottom = 2 + (showLabel ? 1 : 0) + (showNote ? 1 : 0)
      let rows = min(fullHeight - header - bottom, max(bars.count, 1))
      guard rows >= 1 else { continue }
      let labelWidth = min(
        bars.map { TextWidth.of($0.0) }.max() ?? 0, max(fullWidth / 3, 4))
      let range = BarChart.axisRange(bars.map(\.1), scale: scale)
      // Value labels need room right of the longest bar.
      var valueWidth = 0
      var axis: Axis?
      var columns = 0
      for _ in 0..<2 {
        columns = fullWidth - labelWidth - 2 - valueWidth - 1
        guard columns >= 8 else { break }
        let a = AxisBuilder.build(
          range: range, scale: scale, cells: columns,
          orientation: .horizontal(
            leftRoom: labelWidth + 2, rightRoom: valueWidth + 1),
          ascii: ascii, loose: true)
        axis = a
        valueWidth =
          valueTexts(bars.map(\.1), axis: a, ascii: ascii).map {
            TextWidth.of($0)
          }.max() ?? 0
      }
      guard let axis, columns >= 8 else { continue }
      let texts = valueTexts(bars.map(\.1), axis: axis, ascii: ascii)
      if showTitle {
        let t = TextWidth.truncate(title, to: fullWidth, ascii: ascii)
        let left = labelWidth + 2
        grid.write(
          t, row: 0,
          column: max(
            0,
            min(
              left + (columns - TextWidth.of(t)) / 2,
              fullWidth - TextWidth.of(t)))
        )
      }
      let left = labelWidth + 2
      let box = BoxChars.of(ascii: ascii)
      let shown = bars.count > rows ? rows - 1 : bars.count
      for r in 0..<rows {
        grid.set(box.vertical, row: header + r, column: left - 1)
      }
      let baseFraction = scale == .linear ? (axis.fraction(0) ?? 0) : 0
      for i in 0..<shown {
        let row = header + i
        let (label, v) = bars[i]
        grid.write(
          TextWidth.pad(label, to: labelWidth, alignment: .right, ascii: ascii),
          row: row, column: 0)
        var end = left + Int((baseFraction * Double(columns)).rounded())
        if let f = axis.fraction(v) {
          let x0 = baseFraction * Double(columns)
          let x1 = min(max(f, 0), 1) * Double(columns)
          end =
            left
            + drawBar(
              &grid, row: row, left: left, from: x0, to: x1, ascii: ascii,
              ink: options.color ? Glyphs.ink(0) : .none)
        }
        let textColumn = end + 1
        grid.write(
          texts[i], row: row,
          column: min(textColumn, fullWidth - TextWidth.of(texts[i])))
      }
      if shown < bars.count {
        let more = bars.count - shown
        grid.write(
          TextWidth.truncate(
            (ascii ? "... " : "… ") + "\(more) more", to: fullWidth,
            ascii: ascii),
          row: header + shown, column: 0)
      }
      // Axis.
      let axisRow = header + rows
      grid.set(box.bottomLeft, row: axisRow, column: left - 1)
      for c in 0..<columns {
        grid.set(box.horizontal, row: axisRow, column: left + c)
      }
      for (tick, label) in zip(axis.ticks, axis.labels) {
        guard let f = axis.fraction(tick) else { continue }
        let c = Axis.cell(fraction: f, count: columns, subdivisions: 2)
        grid.set(box.tickDown, row: axisRow, column: left + c)
        grid.write(
          label, row: axisRow + 1,
          column: left + c - (TextWidth.of(label) - 1) / 2)
      }
      var row = axisRow + 2
      if showLabel {
        let t = TextWidth.truncate(xLabel, to: fullWidth, ascii: ascii)
        grid.write(
          t, row: row,
          column: max(
            0,
            min(
              left + (columns - TextWidth.of(t)) / 2,
              fullWidth - TextWidth.of(t)))
        )
        row += 1
      }
      if showNote {
        grid.write(
          TextWidth.truncate(footnote, to: fullWidth, ascii: ascii), row: row,
          column: 0
        )
      }
      return grid.rendered(color: options.color)
    }
    Sparkline.draw(bars.map(\.1), into: &grid, ascii: ascii)
    return grid.rendered(color: options.color)
  }

  /// The value axis's range: the data's, from zero on a linear axis and
  /// from the decade below the smallest value on a log axis, so every bar
  /// has a length (a bar at the axis's lower bound would be empty).
  ///
  ///     axisRange([1.0, 1.1, 1.2], scale: .log10)  // (0.1, 1.2)
  ///     axisRange([0.71, 3], scale: .log10)        // (0.1, 3)
  static func axisRange(_ values: [Double], scale: Scale) -> (Double, Double)? {
    guard let (lo, hi) = dataRange(values, scale: scale) else { return nil }
    switch scale {
    case .linear:
      return (min(lo, 0), max(hi, 0))
    case .log10:
      let exponent = Foundation.log10(lo).rounded(.down)
      var base = NumberFormat.pow10(Int(exponent))
      if base >= lo * (1 - 1e-9) { base /= 10 }
      return base > 0 ? (base, hi) : (lo, hi)
    }
  }

  /// Value labels in the axis's number style.
  private func valueTexts(_ values: [Double], axis: Axis, ascii: Bool)
    -> [String]
  {
    let style = NumberFormat.valueStyle(axis: axis.style, values: values)
    return values.map { NumberFormat.format($0, style: style, ascii: ascii) }
  }

  /// A bar between two positions (cell units from `left`), with eighth
  /// blocks at the growing end in Unicode; returns the column (from `left`)
  /// just after its last drawn cell.
  @discardableResult
  private func drawBar(
    _ grid: inout TextGrid, row: Int, left: Int, from x0: Double, to x1: Double,
    ascii: Bool, ink: Ink
  ) -> Int {
    let lo = min(x0, x1)
    let hi = max(x0, x1)
    let start = Int(lo.rounded())
    if x1 >= x0 && !ascii {
      let full = max(start, Int(hi.rounded(.down)))
      for c in start..<full {
        grid.set("█", row: row, column: left + c, ink: ink)
      }
      let eighths = Int(((hi - Double(full)) * 8).rounded())
      if eighths > 0 {
        grid.set(
          Glyphs.horizontalEighths[min(eighths, 8)], row: row,
          column: left + full, ink: ink)
        return full + 1
      }
      return max(full, start)
    }
    let end = max(start, Int(hi.rounded()))
    for c in start..<end {
      grid.set(ascii ? "#" : "█", row: row, column: left + c, ink: ink)
    }
    return end
  }
}
