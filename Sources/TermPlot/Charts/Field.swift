/// A function sampled on a regular grid, for heat maps and contour plots.
///
/// ```swift
/// let bowl = Field(x: -2...2, y: -1...1, columns: 60, rows: 30) { x, y in
///   0.1 * x * x + 2 * y * y
/// }
/// ```
/// `values[j][i]` is the value at x = x.lowerBound + i·Δx and
/// y = y.lowerBound + j·Δy (row 0 at the bottom). Missing entries of a
/// ragged grid count as NaN. With `.nearest` each sample is drawn as a
/// block centred on its coordinate, all blocks the same size.
public struct Field: Sendable {
  /// The x interval the grid spans.
  public var x: ClosedRange<Double>
  /// The y interval the grid spans.
  public var y: ClosedRange<Double>
  /// The samples, one row per y value, bottom row first.
  public var values: [[Double]] {
    didSet { columnCount = Self.columnCount(values) }
  }
  /// The longest row's length, kept with `values`: `value(x:y:)` is read
  /// for every cell of a picture, many times a second in a live chart.
  private(set) var columnCount: Int

  private static func columnCount(_ values: [[Double]]) -> Int {
    values.map(\.count).max() ?? 0
  }

  /// How values between samples are read.
  public enum Interpolation: Sendable, Hashable {
    /// Linear between the four nearest samples: smooth functions.
    case bilinear
    /// The nearest sample: a matrix shown as blocks (a grid search's
    /// results), so one diverged cell does not smear into its neighbours.
    case nearest
  }

  /// How values between samples are read.
  public var interpolation: Interpolation

  /// Creates a field from samples.
  public init(
    x: ClosedRange<Double>, y: ClosedRange<Double>, values: [[Double]],
    interpolation: Interpolation = .bilinear
  ) {
    self.x = x
    self.y = y
    self.values = values
    self.columnCount = Self.columnCount(values)
    self.interpolation = interpolation
  }

  /// Samples a function on a `columns` × `rows` grid (each at least 2 and
  /// at most 1000).
  public init(
    x: ClosedRange<Double>, y: ClosedRange<Double>, columns: Int = 80,
    rows: Int = 40, function: (Double, Double) -> Double
  ) {
    let nx = min(max(columns, 2), 1000)
    let ny = min(max(rows, 2), 1000)
    var values: [[Double]] = []
    values.reserveCapacity(ny)
    for j in 0..<ny {
      let yv =
        y.lowerBound + (y.upperBound - y.lowerBound) * Double(j)
        / Double(ny - 1)
      values.append(
        (0..<nx).map { i in
          function(
            x.lowerBound + (x.upperBound - x.lowerBound) * Double(i)
              / Double(nx - 1),
            yv)
        })
    }
    self.init(x: x, y: y, values: values)
  }

  /// The x interval a plot of the field shows: the grid's, widened by half
  /// a step on each side for `.nearest`, where each sample is a block
  /// centred on its coordinate, so the edge blocks are as wide as the
  /// others.
  var xExtent: ClosedRange<Double> {
    Field.extent(x, samples: columnCount, interpolation)
  }

  /// The y interval a plot of the field shows (see ``xExtent``).
  var yExtent: ClosedRange<Double> {
    Field.extent(y, samples: values.count, interpolation)
  }

  private static func extent(
    _ range: ClosedRange<Double>, samples: Int, _ interpolation: Interpolation
  ) -> ClosedRange<Double> {
    guard interpolation == .nearest, samples > 1 else { return range }
    let half = (range.upperBound - range.lowerBound) / Double(samples - 1) / 2
    let lo = range.lowerBound - half
    let hi = range.upperBound + half
    return lo.isFinite && hi.isFinite && lo <= hi ? lo...hi : range
  }

  /// Finite minimum and maximum of the samples.
  var range: (Double, Double)? {
    dataRange(values.flatMap { $0 }, scale: .linear)
  }

  /// Number of samples that are NaN or ±∞.
  var nonFiniteCount: Int {
    values.reduce(0) { $0 + $1.filter { !$0.isFinite }.count }
  }

  /// Bilinear interpolation at a point; NaN outside the grid or when a
  /// neighbouring sample is not finite.
  func value(x xv: Double, y yv: Double) -> Double {
    let ny = values.count
    let nx = columnCount
    guard nx > 0, ny > 0 else { return .nan }
    let fx = Axis.fraction(xv, lo: x.lowerBound, hi: x.upperBound)
    let fy = Axis.fraction(yv, lo: y.lowerBound, hi: y.upperBound)
    // Blocks reach half a step beyond the first and last samples.
    let mx = interpolation == .nearest && nx > 1 ? 0.5 / Double(nx - 1) : 0
    let my = interpolation == .nearest && ny > 1 ? 0.5 / Double(ny - 1) : 0
    guard fx.isFinite, fy.isFinite, fx >= -mx - 1e-9, fx <= 1 + mx + 1e-9,
      fy >= -my - 1e-9, fy <= 1 + my + 1e-9
    else {
      return .nan
    }
    let gx = min(max(fx, 0), 1) * Double(nx - 1)
    let gy = min(max(fy, 0), 1) * Double(ny - 1)
    if interpolation == .nearest {
      let i = Int(gx.rounded())
      let j = Int(gy.rounded())
      return i < values[j].count ? values[j][i] : .nan
    }
    let i0 = Int(gx.rounded(.down))
    let j0 = Int(gy.rounded(.down))
    let i1 = min(i0 + 1, nx - 1)
    let j1 = min(j0 + 1, ny - 1)
    let tx = gx - Double(i0)
    let ty = gy - Double(j0)
    func at(_ i: Int, _ j: Int) -> Double {
      i < values[j].count ? values[j][i] : .nan
    }
    let a = at(i0, j0) * (1 - tx) + at(i1, j0) * tx
    let b = at(i0, j1) * (1 - tx) + at(i1, j1) * tx
    if tx == 0 && ty == 0 { return at(i0, j0) }
    return a * (1 - ty) + b * ty
  }
}

/// A path drawn over a heat map or contour plot (an optimizer's iterates),
/// with its start and end marked.
public struct Trajectory: Sendable {
  /// The legend name.
  public var name: String
  /// The x coordinates, in order.
  public var x: [Double]
  /// The y coordinates, in order.
  public var y: [Double]

  /// Creates a trajectory; extra coordinates on either side are ignored.
  public init(name: String = "", x: [Double], y: [Double]) {
    self.name = name
    self.x = x
    self.y = y
  }
}

/// Labelled points drawn over a heat map (one class of a classifier's data).
public struct PointSet: Sendable {
  /// The legend name (the class).
  public var name: String
  /// The x coordinates.
  public var x: [Double]
  /// The y coordinates.
  public var y: [Double]

  /// Creates a point set; extra coordinates on either side are ignored.
  public init(name: String, x: [Double], y: [Double]) {
    self.name = name
    self.x = x
    self.y = y
  }
}
