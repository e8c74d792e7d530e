import RealModule

// MARK: - Broadcasting

extension Tensor {
  /// The shape NumPy broadcasting gives two shapes: aligned from the right,
  /// each pair of dimensions equal or one of them 1; `nil` when they do not
  /// broadcast.
  ///
  ///     Tensor.broadcastShape([4, 1, 3], [5, 3])   // [4, 5, 3]
  public static func broadcastShape(_ a: [Int], _ b: [Int]) -> [Int]? {
    let rank = Swift.max(a.count, b.count)
    var result = [Int](repeating: 1, count: rank)
    for i in 0..<rank {
      let da = i < rank - a.count ? 1 : a[i - (rank - a.count)]
      let db = i < rank - b.count ? 1 : b[i - (rank - b.count)]
      if da == db || db == 1 {
        result[i] = da
      } else if da == 1 {
        result[i] = db
      } else {
        return nil
      }
    }
    return result
  }

  /// The elementwise operation `f` with broadcasting, recording `pullback`.
  @inline(__always)
  static func binary(
    _ operation: String, _ a: Tensor, _ b: Tensor, _ f: (Float, Float) -> Float,
    pullback: @escaping (Tensor, Tensor, Tensor) -> (Tensor, Tensor)
  ) throws -> Tensor {
    guard let shape = broadcastShape(a.shape, b.shape) else {
      throw TrainKitError(
        "\(operation): shapes \(describeShape(a.shape)) and \(describeShape(b.shape)) cannot be broadcast together"
      )
    }
    let value = Tensor(
      uncheckedShape: shape,
      scalars: Elementwise.broadcastZip(
        a.scalars, a.shape, b.scalars, b.shape, outShape: shape, f))
    guard a.node != nil || b.node != nil else { return value }
    let (ca, cb) = (a.detached(), b.detached())
    return recording(value, inputs: [a, b]) { gradient in
      let (ga, gb) = pullback(gradient, ca, cb)
      return [ga.reduced(toShape: ca.shape), gb.reduced(toShape: cb.shape)]
    }
  }

  /// This gradient summed over the broadcast dimensions, back to `shape`.
  func reduced(toShape target: [Int]) -> Tensor {
    Tensor(
      uncheckedShape: target,
      scalars: Elementwise.reduce(scalars, from: shape, to: target))
  }

  /// The plain elementwise `f` with broadcasting, for pullbacks (no graph).
  ///
  /// Both shapes are known to broadcast.
  @inline(__always)
  static func plain(_ a: Tensor, _ b: Tensor, _ f: (Float, Float) -> Float)
    -> Tensor
  {
    let shape = broadcastShape(a.shape, b.shape) ?? a.shape
    return Tensor(
      uncheckedShape: shape,
      scalars: Elementwise.broadcastZip(
        a.scalars, a.shape, b.scalars, b.shape, outShape: shape, f))
  }

  /// The plain elementwise `f` (no graph), for pullbacks.
  @inline(__always)
  func plainMap(_ f: (Float) -> Float) -> Tensor {
    Tensor(uncheckedShape: shape, scalars: Elementwise.map(scalars, f))
  }
}

// MARK: - Arithmetic operators

extension Tensor {
  /// Elementwise sum with NumPy broadcasting.
  /// - Throws: `TrainKitError` when the shapes do not broadcast.
  public static func + (lhs: Tensor, rhs: Tensor) throws -> Tensor {
    try binary("add", lhs, rhs, +) { g, _, _ in (g, g) }
  }

  /// Elementwise difference with NumPy broadcasting.
  /// - Throws: `TrainKitError` when the shapes do not broadcast.
  public static func - (lhs: Tensor, rhs: Tensor) throws -> Tensor {
    try binary("subtract", lhs, rhs, -) { g, _, _ in (g, g.plainMap { -$0 }) }
  }

  /// Elementwise product with NumPy broadcasting.
  /// - Throws: `TrainKitError` when the shapes do not broadcast.
  public static func * (lhs: Tensor, rhs: Tensor) throws -> Tensor {
    try binary("multiply", lhs, rhs, *) { g, a, b in
      (plain(g, b, *), plain(g, a, *))
    }
  }

  /// Elementwise quotient with NumPy broadcasting (IEEE: x/0 is ±inf or NaN).
  /// - Throws: `TrainKitError` when the shapes do not broadcast.
  public static func / (lhs: Tensor, rhs: Tensor) throws -> Tensor {
    try binary("divide", lhs, rhs, /) { g, a, b in
      let ga = plain(g, b, /)
      // d(a/b)/db = −a/b²
      let gb = plain(plain(g, a, *), b) { -$0 / ($1 * $1) }
      return (ga, gb)
    }
  }

  /// Elementwise negation.
  public static prefix func - (x: Tensor) -> Tensor {
    x.unary({ -$0 }, pullback: { g, _, _ in g.plainMap { -$0 } })
  }

  /// Adds `rhs` to every element.
  public static func + (lhs: Tensor, rhs: Float) -> Tensor {
    lhs.unary({ $0 + rhs }, pullback: { g, _, _ in g })
  }
  /// Adds `lhs` to every element.
  public static func + (lhs: Float, rhs: Tensor) -> Tensor { rhs + lhs }
  /// Subtracts `rhs` from every element.
  public static func - (lhs: Tensor, rhs: Float) -> Tensor { lhs + (-rhs) }
  /// `lhs` minus every element.
  public static func - (lhs: Float, rhs: Tensor) -> Tensor { -rhs + lhs }
  /// Multiplies every element by `rhs`.
  public static func * (lhs: Tensor, rhs: Float) -> Tensor {
    lhs.unary({ $0 * rhs }, pullback: { g, _, _ in g.plainMap { $0 * rhs } })
  }
  /// Multiplies every element by `lhs`.
  public static func * (lhs: Float, rhs: Tensor) -> Tensor { rhs * lhs }
  /// Divides every element by `rhs`.
  public static func / (lhs: Tensor, rhs: Float) -> Tensor {
    lhs.unary({ $0 / rhs }, pullback: { g, _, _ in g.plainMap { $0 / rhs } })
  }
  /// `lhs` divided by every element.
  public static func / (lhs: Float, rhs: Tensor) -> Tensor {
    rhs.unary(
      { lhs / $0 },
      pullback: { g, x, _ in plain(g, x) { -$0 * lhs / ($1 * $1) } })
  }
}

// MARK: - Elementwise functions

extension Tensor {
  /// An elementwise function `f` whose pullback gets (gradient, input, output).
  @inline(__always)
  func unary(
    _ f: (Float) -> Float,
    pullback: @escaping (Tensor, Tensor, Tensor) -> Tensor
  ) -> Tensor {
    let value = Tensor(
      uncheckedShape: shape, scalars: Elementwise.map(scalars, f))
    guard node != nil else { return value }
    let input = detached()
    return Tensor.recording(value, inputs: [self]) { g in
      [pullback(g, input, value)]
    }
  }

  /// Each element raised to `exponent` (`pow`).
  ///
  /// Gradient p·xᵖ⁻¹. A whole exponent works for negative bases; a fractional
  /// one gives NaN there.
  public func pow(_ exponent: Float) -> Tensor {
    if exponent == 2 {
      return unary(
        { $0 * $0 },
        pullback: { g, x, _ in Tensor.plain(g, x) { 2 * $0 * $1 }
        })
    }
    if exponent == exponent.rounded(), Swift.abs(exponent) <= 64 {
      // Whole exponents are defined for negative bases: (−2)³ = −8.
      let n = Int(exponent)
      return unary(
        { Float.pow($0, n) },
        pullback: { g, x, _ in
          Tensor.plain(g, x) { $0 * exponent * Float.pow($1, n - 1) }
        })
    }
    return unary(
      { Float.pow($0, exponent) },
      pullback: { g, x, _ in
        Tensor.plain(g, x) { $0 * exponent * Float.pow($1, exponent - 1) }
      })
  }

  /// eˣ for each element.
  public func exp() -> Tensor {
    unary({ Float.exp($0) }, pullback: { g, _, y in Tensor.plain(g, y, *) })
  }

  /// The natural logarithm of each element (−inf at 0, NaN below).
  public func log() -> Tensor {
    unary({ Float.log($0) }, pullback: { g, x, _ in Tensor.plain(g, x, /) })
  }

  /// The square root of each element (NaN below 0).
  public func squareRoot() -> Tensor {
    unary(
      { $0.squareRoot() },
      pullback: { g, _, y in Tensor.plain(g, y) { $0 / (2 * $1) }
      })
  }

  /// The absolute value of each element.
  ///
  /// Its gradient at 0 is 0.
  public func abs() -> Tensor {
    unary(
      { Swift.abs($0) },
      pullback: { g, x, _ in
        Tensor.plain(g, x) { $1 > 0 ? $0 : ($1 < 0 ? -$0 : 0) }
      })
  }

  /// Each element limited to `[minimum, maximum]`.
  ///
  /// The gradient is passed through where `minimum ≤ x ≤ maximum` and is 0
  /// elsewhere (as PyTorch).
  /// - Throws: `TrainKitError` when `minimum > maximum` or either is NaN.
  public func clamped(min minimum: Float, max maximum: Float) throws -> Tensor {
    guard minimum <= maximum else {
      throw TrainKitError(
        "clamped(min:max:): min \(minimum) must not exceed max \(maximum)")
    }
    return unary(
      { Swift.min(Swift.max($0, minimum), maximum) },
      pullback: { g, x, _ in
        Tensor.plain(g, x) { ($1 >= minimum && $1 <= maximum) ? $0 : 0 }
      })
  }
}
