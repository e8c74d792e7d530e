import TrainKit

/// Closed-form linear fits: `lstsq` and `ridge`.
enum ClosedFormBuiltins {
  static var all: [Builtin] {
    [
      Builtin(
        name: "lstsq", category: "models", parameters: [.required("data"), .optional("bias", "true")],
        purpose: "The exact least-squares linear model on data.train (or a data set), solved in double precision.",
        example: "m = lstsq(regression_data(n=100, noise=0, seed=1))\ncoef(m)",
        notes: "When the features are collinear the solution is regularized by a tiny ridge (1e-10)."
      ) { arguments in
        try fitLinear(arguments, lambda: 0)
      },
      Builtin(
        name: "ridge", category: "models",
        parameters: [.required("data"), .optional("lam", "1"), .optional("bias", "true")],
        purpose: "The exact minimizer of mean((ŷ − y)²) + (lam/2)·‖w‖² (the bias is not penalized).",
        example: "m = ridge(linear_data(seed=1), lam=3)\nlen(coef(m))",
        notes: "The same objective as fit with sgd(weight_decay=lam) on a model whose loss is mse, so the\noptimizer's answer can be compared with the exact one."
      ) { arguments in
        let lambda = try arguments.number("lam", 1)
        guard lambda >= 0, lambda.isFinite else { throw arguments.error("lam", "`lam` must be a finite number ≥ 0") }
        return try fitLinear(arguments, lambda: lambda)
      },
    ]
  }

  private static func fitLinear(_ arguments: Arguments, lambda: Double) throws -> Value {
    let data = try arguments.dataset("data")
    guard case .regression = data.task else {
      throw arguments.error("data", "needs regression data (numbers as targets)")
    }
    let n = data.count
    let d = data.featureCount
    guard n >= 1, d >= 1, d <= 2_000 else { throw arguments.error("data", "needs between 1 and 2000 features") }
    try arguments.interpreter.charge(n * d * d / 100_000, at: arguments.callRange)
    let bias = try arguments.bool("bias", true)
    let x = data.features.scalars.map(Double.init)
    let y = DatasetObject.targetList(data)
    var xMean = [Double](repeating: 0, count: d)
    var yMean = 0.0
    if bias {
      for row in 0..<n {
        for column in 0..<d { xMean[column] += x[row * d + column] / Double(n) }
        yMean += y[row] / Double(n)
      }
    }
    // Normal equations of mean((Xw − y)²) + (λ/2)‖w‖²: (2/n·XᵀX + λI) w = 2/n·Xᵀy.
    var a = [Double](repeating: 0, count: d * d)
    var b = [Double](repeating: 0, count: d)
    for row in 0..<n {
      let offset = row * d
      let target = y[row] - yMean
      for i in 0..<d {
        let xi = x[offset + i] - xMean[i]
        b[i] += 2 * xi * target / Double(n)
        for j in i..<d { a[i * d + j] += 2 * xi * (x[offset + j] - xMean[j]) / Double(n) }
      }
    }
    for i in 0..<d {
      for j in 0..<i { a[i * d + j] = a[j * d + i] }
      a[i * d + i] += lambda
    }
    let scale = max((0..<d).map { a[$0 * d + $0] }.max() ?? 1, 1e-300)
    var w = solve(a, b, d)
    if w == nil || w!.contains(where: { !$0.isFinite }) {
      var jittered = a
      for i in 0..<d { jittered[i * d + i] += 1e-10 * scale }
      w = solve(jittered, b, d)
    }
    guard let weights = w, weights.allSatisfy(\.isFinite) else {
      throw arguments.error("data", "the system could not be solved (features with no variation?)")
    }
    let intercept = bias ? yMean - zip(weights, xMean).reduce(0) { $0 + $1.0 * $1.1 } : 0
    let layer = try Linear(
      weight: try Tensor(shape: [d, 1], scalars: weights.map(Float.init)), bias: bias ? Tensor([Float(intercept)]) : nil)
    return .object(ModelObject(model: Sequential([layer]), kind: lambda == 0 ? "lstsq(\(d))" : "ridge(\(d), lam=\(formatNumber(lambda)))"))
  }

  /// Solves `a·x = b` (`a` is `d×d`, row-major) by Gaussian elimination with
  /// partial pivoting; nil when a pivot is (numerically) zero.
  static func solve(_ matrix: [Double], _ rhs: [Double], _ d: Int) -> [Double]? {
    var a = matrix
    var b = rhs
    let tolerance = 1e-13 * max((0..<d).map { abs(a[$0 * d + $0]) }.max() ?? 1, 1e-300)
    for column in 0..<d {
      var pivot = column
      for row in column..<d where abs(a[row * d + column]) > abs(a[pivot * d + column]) { pivot = row }
      guard abs(a[pivot * d + column]) > tolerance else { return nil }
      if pivot != column {
        for k in 0..<d { a.swapAt(pivot * d + k, column * d + k) }
        b.swapAt(pivot, column)
      }
      for row in (column + 1)..<d {
        let factor = a[row * d + column] / a[column * d + column]
        if factor == 0 { continue }
        for k in column..<d { a[row * d + k] -= factor * a[column * d + k] }
        b[row] -= factor * b[column]
      }
    }
    var x = [Double](repeating: 0, count: d)
    for row in stride(from: d - 1, through: 0, by: -1) {
      var sum = b[row]
      for k in (row + 1)..<d { sum -= a[row * d + k] * x[k] }
      x[row] = sum / a[row * d + row]
    }
    return x
  }
}
