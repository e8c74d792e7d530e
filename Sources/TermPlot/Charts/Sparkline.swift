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
  public func render(width: Int, height: Int, options: RenderOptions) -> String
  {
    var grid = TextGrid(width: width, height: height)
    Sparkline.draw(values, into: &grid, ascii: options.isASCII)
    return grid.rendered(color: options.color)
  }

  /// Draws values resampled to the grid's width on its first row.
  static func draw(_ values: [Double], into grid: inout TextGrid, ascii: Bool) {
    guard grid.height > 0, grid.width > 0 else { return }
    let levels: [Character] =
      ascii
      ? ["_", ".", "-", "~", "=", "^"]
      : ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    let n = values.count
    let columns = min(grid.width, n)
    guard columns > 0 else { return }
    // Mean of the finite values in each column's bucket.
    var means: [Double?] = []
    for c in 0..<columns {
      let start = c * n / columns
      let end = max(start + 1, (c + 1) * n / columns)
      var sum = 0.0
      var count = 0.0
      for v in values[start..<end] where v.isFinite {
        sum += v / Double(end - start)
        count += 1
      }
      means.append(count > 0 ? (sum / count) * Double(end - start) : nil)
    }
    guard let lo = means.compactMap({ $0 }).min(),
      let hi = means.compactMap({ $0 }).max()
    else { return }
    for (c, mean) in means.enumerated() {
      guard let mean else { continue }
      let f = hi > lo ? Axis.fraction(mean, lo: lo, hi: hi) : 0.5
      let i = Int((min(max(f, 0), 1) * Double(levels.count - 1)).rounded())
      grid.set(levels[i], row: 0, column: c)
    }
  }
}
