/// A named sequence of points for line and scatter plots.
///
/// ```swift
/// Series(name: "train", y: [0.9, 0.5, 0.3])          // x = 0, 1, 2
/// Series(name: "fit", y: ys, x: xs)
/// ```
/// NaN breaks a line; ±∞ and (on a log axis) values ≤ 0 are left out and
/// counted in a footnote.
public struct Series: Sendable {
  /// The name shown in the legend.
  public var name: String
  /// The vertical values.
  public var y: [Double]
  /// The horizontal values; nil means 0, 1, 2, ….
  public var x: [Double]?

  /// Creates a series.
  /// - Parameters:
  ///   - name: the legend name.
  ///   - y: the vertical values.
  ///   - x: the horizontal values (default: the indices of `y`). Extra
  ///     values on either side are ignored.
  public init(name: String = "", y: [Double], x: [Double]? = nil) {
    self.name = name
    self.y = y
    self.x = x
  }

  /// The points as (x, y) pairs, as many as the shorter of `x` and `y`.
  var points: [(x: Double, y: Double)] {
    if let x {
      return zip(x, y).map { (x: $0, y: $1) }
    }
    return y.enumerated().map { (x: Double($0.offset), y: $0.element) }
  }
}

extension Array where Element == Series {
  /// Ranges of all finite drawable points, and what was left out.
  func extent(xScale: Scale, yScale: Scale) -> (
    x: (Double, Double)?, y: (Double, Double)?, omissions: Omissions
  ) {
    var xLo = Double.infinity
    var xHi = -Double.infinity
    var yLo = Double.infinity
    var yHi = -Double.infinity
    var omissions = Omissions()
    for series in self {
      let n =
        series.x.map { Swift.min($0.count, series.y.count) } ?? series.y.count
      for i in 0..<n {
        let px = series.x?[i] ?? Double(i)
        let py = series.y[i]
        if !py.isFinite || (yScale == .log10 && py <= 0) {
          omissions.count(py, scale: yScale)
        } else if !px.isFinite || (xScale == .log10 && px <= 0) {
          omissions.count(px, scale: xScale)
        } else {
          xLo = Swift.min(xLo, px)
          xHi = Swift.max(xHi, px)
          yLo = Swift.min(yLo, py)
          yHi = Swift.max(yHi, py)
        }
      }
    }
    return (
      xLo <= xHi ? (xLo, xHi) : nil, yLo <= yHi ? (yLo, yHi) : nil, omissions
    )
  }
}
