/// The last resort when a chart has no room: one line of bar heights.
///
/// ```swift
/// Sparkline(values: [3, 1, 4, 1, 5]).render(width: 5, height: 1)
/// // "▅▂▇▂█" (ASCII: "=.^.^" style)
/// ```
public struct Sparkline: Chart {
  /// The values, left to right; non-finite values leave a gap.
  public var values: [Double]

  /// Creates a sparkline of values.
  public init(values: [Double]) {
    self.values = values
  }

  /// Renders the sparkline on the first line; the other lines are blank.
  public func render(width: Int, height: Int, options: RenderOptions) -> String {
    var grid = TextGrid(width: width, height: height)
    Sparkline.draw(values, into: &grid, ascii: options.isASCII)
    return grid.rendered(color: options.color)
  }

  /// Draws values resampled to the grid's width on its first row.
  static func draw(_ values: [Double], into grid: inout TextGrid, ascii: Bool) {
    guard grid.height > 0, grid.width > 0 else { return }
    let levels: [Character] = ascii
      ? ["_", ".", "-", "~", "=", "^"]
      : ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    let finite = values.filter { $0.isFinite }
    guard let lo = finite.min(), let hi = finite.max() else { return }
    let n = values.count
    let columns = min(grid.width, n)
    for c in 0..<columns {
      // Mean of the finite values falling in this column's bucket.
      let start = c * n / columns
      let end = max(start + 1, (c + 1) * n / columns)
      var sum = 0.0
      var count = 0.0
      for v in values[start..<end] where v.isFinite {
        sum += v / Double(end - start)
        count += 1
      }
      guard count > 0 else { continue }
      let mean = (sum / count) * Double(end - start)
      let f = hi > lo ? Axis.fraction(mean, lo: lo, hi: hi) : 0.5
      let i = Int((min(max(f, 0), 1) * Double(levels.count - 1)).rounded())
      grid.set(levels[i], row: 0, column: c)
    }
  }
}
