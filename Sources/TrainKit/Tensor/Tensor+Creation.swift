extension Tensor {
  /// A tensor of the given shape filled with `value`.
  /// - Throws: `TrainKitError` for a negative dimension or an absurd size.
  public static func full(shape: [Int], value: Float) throws -> Tensor {
    let count = try elementCount(of: shape)
    return Tensor(
      uncheckedShape: shape, scalars: [Float](repeating: value, count: count))
  }

  /// A tensor of zeros.
  /// - Throws: `TrainKitError` for a negative dimension or an absurd size.
  public static func zeros(shape: [Int]) throws -> Tensor {
    try full(shape: shape, value: 0)
  }

  /// A tensor of ones.
  /// - Throws: `TrainKitError` for a negative dimension or an absurd size.
  public static func ones(shape: [Int]) throws -> Tensor {
    try full(shape: shape, value: 1)
  }

  /// A zero tensor shaped like `other`.
  public static func zeros(like other: Tensor) -> Tensor {
    Tensor(
      uncheckedShape: other.shape,
      scalars: [Float](repeating: 0, count: other.count))
  }

  /// `start, start + step, …` up to but excluding `end`, like NumPy's
  /// `arange`.
  ///
  ///     try Tensor.arange(0, 1, step: 0.25).scalars   // [0, 0.25, 0.5, 0.75]
  ///
  /// - Throws: `TrainKitError` when `step` is 0 or not finite, or a bound is
  ///   not finite.
  public static func arange(_ start: Float, _ end: Float, step: Float = 1)
    throws -> Tensor
  {
    guard step != 0, step.isFinite, start.isFinite, end.isFinite else {
      throw TrainKitError(
        "arange: start, end and step must be finite and step non-zero, got \(start), \(end), \(step)"
      )
    }
    let steps = ((Double(end) - Double(start)) / Double(step)).rounded(.up)
    let count = Swift.max(
      0, Int(Swift.min(steps, Double(maximumElementCount) + 1)))
    _ = try elementCount(of: [count])
    return Tensor((0..<count).map { start + Float($0) * step })
  }

  /// `count` evenly spaced values from `start` to `end`, both included, like
  /// NumPy's `linspace`.
  /// - Throws: `TrainKitError` for a negative count or non-finite bounds.
  public static func linspace(from start: Float, to end: Float, count: Int)
    throws -> Tensor
  {
    guard count >= 0, start.isFinite, end.isFinite else {
      throw TrainKitError(
        "linspace: needs finite bounds and a count of at least 0, got \(start), \(end), \(count)"
      )
    }
    _ = try elementCount(of: [count])
    if count == 1 { return Tensor([start]) }
    let step = (Double(end) - Double(start)) / Double(Swift.max(count - 1, 1))
    return Tensor(
      (0..<count).map {
        $0 == count - 1 ? end : Float(Double(start) + Double($0) * step)
      })
  }

  /// A matrix from its rows.
  ///
  ///     let x = try Tensor(rows: [[1, 2], [3, 4]])   // shape [2, 2]
  ///
  /// - Throws: `TrainKitError` when the rows have different lengths.
  public init(rows: [[Float]]) throws {
    let width = rows.first?.count ?? 0
    if let (index, row) = rows.enumerated().first(where: {
      $0.element.count != width
    }) {
      throw TrainKitError(
        "Tensor(rows:): row \(index + 1) has \(row.count) values, expected \(width) like row 1"
      )
    }
    self.init(
      uncheckedShape: [rows.count, width], scalars: rows.flatMap { $0 })
  }

  /// Samples from N(mean, std²), drawn in row-major order from `rng`.
  /// - Throws: `TrainKitError` for a bad shape or a negative or non-finite
  ///   standard deviation.
  public static func randomNormal(
    shape: [Int], mean: Float = 0, std: Float = 1,
    using rng: inout SeededGenerator
  ) throws -> Tensor {
    guard std >= 0, std.isFinite, mean.isFinite else {
      throw TrainKitError(
        "randomNormal: needs a finite mean and a finite std ≥ 0, got mean \(mean), std \(std)"
      )
    }
    let count = try elementCount(of: shape)
    var values: [Float] = []
    values.reserveCapacity(count)
    for _ in 0..<count { values.append(rng.nextNormal(mean: mean, std: std)) }
    return Tensor(uncheckedShape: shape, scalars: values)
  }

  /// Samples from U[low, high), drawn in row-major order from `rng`.
  /// - Throws: `TrainKitError` for a bad shape, or `low > high`, or a
  ///   non-finite bound.
  public static func randomUniform(
    shape: [Int], low: Float = 0, high: Float = 1,
    using rng: inout SeededGenerator
  ) throws -> Tensor {
    guard low <= high, low.isFinite, high.isFinite else {
      throw TrainKitError(
        "randomUniform: needs finite bounds with low ≤ high, got \(low) and \(high)"
      )
    }
    let count = try elementCount(of: shape)
    var values: [Float] = []
    values.reserveCapacity(count)
    for _ in 0..<count { values.append(rng.nextUniform(low: low, high: high)) }
    return Tensor(uncheckedShape: shape, scalars: values)
  }
}
