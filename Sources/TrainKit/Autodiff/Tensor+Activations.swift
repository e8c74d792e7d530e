import RealModule

/// Differentiable activation functions, elementwise unless stated.
extension Tensor {
  /// σ(x) = 1 / (1 + e⁻ˣ), computed without overflow for large |x|.
  ///
  /// Gradient σ(x)(1 − σ(x)).
  public func sigmoid() -> Tensor {
    unary(
      { Tensor.sigmoid($0) },
      pullback: { g, _, y in
        Tensor.plain(g, y) { $0 * $1 * (1 - $1) }
      })
  }

  /// The logistic function of one number, stable for any x.
  static func sigmoid(_ x: Float) -> Float {
    if x >= 0 { return 1 / (1 + Float.exp(-x)) }
    let e = Float.exp(x)
    return e / (1 + e)
  }

  /// tanh(x).
  ///
  /// Gradient 1 − tanh²(x).
  public func tanh() -> Tensor {
    unary(
      { Float.tanh($0) },
      pullback: { g, _, y in
        Tensor.plain(g, y) { $0 * (1 - $1 * $1) }
      })
  }

  /// max(0, x).
  ///
  /// Its gradient at 0 is 0 (as PyTorch).
  public func relu() -> Tensor {
    unary(
      { $0 > 0 ? $0 : 0 },
      pullback: { g, x, _ in
        Tensor.plain(g, x) { $1 > 0 ? $0 : 0 }
      })
  }

  /// x for x > 0, `slope`·x otherwise (PyTorch's default slope is 0.01).
  public func leakyRelu(slope: Float = 0.01) -> Tensor {
    unary(
      { $0 > 0 ? $0 : slope * $0 },
      pullback: { g, x, _ in
        Tensor.plain(g, x) { $1 > 0 ? $0 : slope * $0 }
      })
  }

  /// GELU in its exact form, x·Φ(x) = ½·x·(1 + erf(x/√2)) — PyTorch's default
  /// (`approximate='none'`), not the tanh approximation (Hendrycks & Gimpel,
  /// 2016).
  ///
  /// Gradient Φ(x) + x·φ(x).
  public func gelu() -> Tensor {
    let invSqrt2: Float = 0.707_106_77
    let invSqrt2Pi: Float = 0.398_942_3
    return unary(
      { 0.5 * $0 * (1 + Float.erf($0 * invSqrt2)) },
      pullback: { g, x, _ in
        Tensor.plain(g, x) { gradient, v in
          let cdf = 0.5 * (1 + Float.erf(v * invSqrt2))
          let pdf = invSqrt2Pi * Float.exp(-0.5 * v * v)
          return gradient * (cdf + v * pdf)
        }
      })
  }

  /// The softmax along `axis`: eˣⁱ / Σⱼ eˣʲ, computed after subtracting the
  /// maximum so that large logits do not overflow.
  ///
  /// Each slice sums to 1.
  /// - Throws: `TrainKitError` when `axis` is out of range or has size 0.
  public func softmax(alongAxis axis: Int = -1) throws -> Tensor {
    let (_, outer, n, inner) = try axisView(axis, "softmax(alongAxis:)")
    guard n > 0 else {
      throw TrainKitError(
        "softmax(alongAxis:): axis \(axis) of shape \(describeShape(shape)) is empty"
      )
    }
    let y = Tensor(
      uncheckedShape: shape,
      scalars: Tensor.logSoftmax(scalars, outer: outer, n: n, inner: inner).map
      { Float.exp($0) })
    return Tensor.recording(y, inputs: [self]) { g in
      // dx = y ⊙ (g − Σ g⊙y)
      let gy = Elementwise.zip(g.scalars, y.scalars, *)
      let dot = Elementwise.expand(
        Elementwise.sum(gy, outer: outer, n: n, inner: inner), outer: outer,
        n: n, inner: inner)
      return [
        Tensor(
          uncheckedShape: y.shape,
          scalars: Elementwise.zip3(y.scalars, g.scalars, dot) {
            $0 * ($1 - $2)
          })
      ]
    }
  }

  /// log(softmax(x)) along `axis`, computed as x − max − log Σ e^(x − max):
  /// finite for logits of any size.
  /// - Throws: `TrainKitError` when `axis` is out of range or has size 0.
  public func logSoftmax(alongAxis axis: Int = -1) throws -> Tensor {
    let (_, outer, n, inner) = try axisView(axis, "logSoftmax(alongAxis:)")
    guard n > 0 else {
      throw TrainKitError(
        "logSoftmax(alongAxis:): axis \(axis) of shape \(describeShape(shape)) is empty"
      )
    }
    let y = Tensor(
      uncheckedShape: shape,
      scalars: Tensor.logSoftmax(scalars, outer: outer, n: n, inner: inner))
    return Tensor.recording(y, inputs: [self]) { g in
      // dx = g − softmax(x) ⊙ Σ g
      let total = Elementwise.expand(
        Elementwise.sum(g.scalars, outer: outer, n: n, inner: inner),
        outer: outer, n: n, inner: inner)
      return [
        Tensor(
          uncheckedShape: y.shape,
          scalars: Elementwise.zip3(g.scalars, y.scalars, total) {
            $0 - Float.exp($1) * $2
          })
      ]
    }
  }

  /// log-softmax of `[outer, n, inner]` along the middle axis, stable.
  static func logSoftmax(_ x: [Float], outer: Int, n: Int, inner: Int)
    -> [Float]
  {
    let maxima = Elementwise.max(x, outer: outer, n: n, inner: inner).values
    var result = x
    for o in 0..<outer {
      for i in 0..<inner {
        let m = maxima[o * inner + i]
        let shift = m.isFinite ? m : 0
        var total: Float = 0
        for k in 0..<n {
          total += Float.exp(x[(o * n + k) * inner + i] - shift)
        }
        let logTotal = Float.log(total) + shift
        for k in 0..<n {
          let index = (o * n + k) * inner + i
          result[index] = x[index] - logTotal
        }
      }
    }
    return result
  }
}
