import TrainKit

/// Closed-form linear fits: `lstsq` and `ridge`.
enum ClosedFormBuiltins {
  static var all: [Builtin] {
    [
      Builtin(
        name: "lstsq", category: "models",
        parameters: [.required("data"), .optional("bias", true)],
        purpose:
          "The exact least-squares linear model on data.train (or a data set), solved in double precision.",
        example: "m = lstsq(regression_data(n=100, noise=0, seed=1))\ncoef(m)",
        notes:
          "Householder QR in double precision; with more features than samples, the minimum-norm solution.\nm.train_loss and m.test_loss (the latter when data is a split with a test part) are the exact fit's mean squared errors, computed in double precision from the unrounded weights.\nThe model's weights are 32-bit floats, so predict and evaluate of an ill-conditioned exact fit are only as exact as Float32 allows.",
        zh: BuiltinText(
          purpose: "在data.train（或一个数据集）上精确的最小二乘线性模型，以双精度求解。",
          notes:
            "用双精度的Householder QR分解求解；特征多于样本时，给出最小范数解。\nm.train_loss和m.test_loss（后者仅当data是带测试部分的划分时才有）是精确拟合的均方误差，由未经舍入的权重以双精度算出。\n模型的权重是32位浮点数，所以对病态的精确拟合，predict和evaluate只能精确到Float32所允许的程度。"
        )
      ) { arguments in
        try fitLinear(arguments, lambda: 0)
      },
      Builtin(
        name: "ridge", category: "models",
        parameters: [
          .required("data"), .optional("lam", 1), .optional("bias", true),
        ],
        purpose:
          "The exact minimizer of mean((ŷ − y)²) + (lam/2)·‖w‖² (the bias is not penalized).",
        example: "m = ridge(linear_data(seed=1), lam=3)\nlen(coef(m))",
        notes:
          "The same objective as fit with sgd(weight_decay=lam) on a model whose loss is mse: compare the optimizer's answer with the exact one.\nm.train_loss and m.test_loss: the fit's mean squared errors (without the penalty), in double precision, as for lstsq.",
        zh: BuiltinText(
          purpose: "mean((ŷ − y)²) + (lam/2)·‖w‖²的精确最小值点（不惩罚偏置）。",
          notes:
            "它与在损失为mse的模型上用sgd(weight_decay=lam)执行fit的目标相同：可以把优化器的答案与精确解作比较。\nm.train_loss和m.test_loss：拟合的均方误差（不含惩罚项），以双精度计算，与lstsq相同。"
        )
      ) { arguments in
        let lambda = try arguments.number("lam")
        guard lambda >= 0, lambda.isFinite else {
          throw arguments.error("lam", "`lam` must be a finite number ≥ 0")
        }
        return try fitLinear(arguments, lambda: lambda)
      },
    ]
  }

  private static func fitLinear(_ arguments: Arguments, lambda: Double) throws
    -> Value
  {
    let data = try arguments.dataset("data")
    try arguments.interpreter.charge(
      data.count * data.featureCount * data.featureCount / 100_000,
      at: arguments.callRange)
    let solution = try exactSolution(
      data, lambda: lambda, bias: try arguments.bool("bias"))
    var test: Dataset? = nil
    if case .object(let split as SplitObject) = try arguments.required("data") {
      test = split.split.test
    }
    let d = data.featureCount
    return .object(
      ModelObject(
        model: Sequential([try solution.layer()]),
        kind: lambda == 0
          ? "lstsq(\(d))" : "ridge(\(d), lam=\(formatNumber(lambda)))",
        exactLosses: ExactLosses(
          train: solution.meanSquaredError(on: data),
          test: test.map { solution.meanSquaredError(on: $0) })))
  }

  /// Weights and intercept of a closed-form fit, in Double.
  struct ExactSolution {
    /// One weight per feature.
    var weights: [Double]
    /// The intercept; nil without a bias.
    var intercept: Double?

    /// The Float32 linear layer holding these weights.
    func layer() throws -> Linear {
      try Linear(
        weight: try Tensor(
          shape: [weights.count, 1], scalars: weights.map(Float.init)),
        bias: intercept.map { Tensor([Float($0)]) })
    }

    /// mean((x·w + b − y)²) over `data`, in Double (NaN when the feature
    /// count differs or the data set is empty).
    func meanSquaredError(on data: Dataset) -> Double {
      let d = weights.count
      guard data.featureCount == d, data.count > 0 else { return .nan }
      let y = DatasetObject.targetList(data)
      let x = data.features.scalars
      var total = 0.0
      for row in 0..<data.count {
        var prediction = intercept ?? 0
        for column in 0..<d {
          prediction += Double(x[row * d + column]) * weights[column]
        }
        total += (prediction - y[row]) * (prediction - y[row])
      }
      return total / Double(data.count)
    }
  }

  /// The linear layer minimizing mean((Xw + b − y)²) + (λ/2)·‖w‖² on `data`
  /// (the bias, when present, is not penalized), solved in Double.
  /// - Throws: `HostError` for classification data, more than 2000
  ///   features, or a system that cannot be solved.
  static func linearSolution(_ data: Dataset, lambda: Double, bias: Bool) throws
    -> Linear
  {
    try exactSolution(data, lambda: lambda, bias: bias).layer()
  }

  /// The weights of ``linearSolution(_:lambda:bias:)`` in Double.
  /// - Throws: as ``linearSolution(_:lambda:bias:)``.
  static func exactSolution(_ data: Dataset, lambda: Double, bias: Bool)
    throws -> ExactSolution
  {
    guard case .regression = data.task else {
      throw HostError("needs regression data (numbers as targets)")
    }
    let n = data.count
    let d = data.featureCount
    guard n >= 1, d >= 1, d <= 2_000 else {
      throw HostError("needs between 1 and 2000 features")
    }
    // Householder QR costs about rows·d² (rows·d·d more when underdetermined).
    let work = Double(n + d) * Double(d) * Double(min(n + d, max(d, 1)))
    guard work <= 4e9 else {
      throw HostError(
        "too much work for an exact fit: \(n) samples × \(d) features")
    }
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
    // Centered data (the bias is fitted by the means, unpenalized).
    var centered = [Double](repeating: 0, count: n * d)
    for row in 0..<n {
      for column in 0..<d {
        centered[row * d + column] = x[row * d + column] - xMean[column]
      }
    }
    let targets = y.map { $0 - yMean }
    guard
      let weights = leastSquares(
        centered, targets, rows: n, columns: d,
        ridge: (Double(n) * lambda / 2).squareRoot()),
      weights.allSatisfy(\.isFinite)
    else {
      throw HostError("the system could not be solved")
    }
    let intercept =
      bias ? yMean - zip(weights, xMean).reduce(0) { $0 + $1.0 * $1.1 } : 0
    return ExactSolution(weights: weights, intercept: bias ? intercept : nil)
  }

  /// The least-squares solution of `a·w ≈ b` (`a` is `rows × columns`,
  /// row-major), with a ridge term `‖ridge·w‖²` appended as extra rows:
  /// Householder QR on column-scaled data, in Double.
  ///
  /// With more columns
  /// than (augmented) rows it returns the minimum-norm solution, through
  /// the QR of `aᵀ`. Columns that are numerically dependent get weight 0.
  static func leastSquares(
    _ a: [Double], _ b: [Double], rows: Int, columns: Int, ridge: Double
  ) -> [Double]? {
    var m = rows
    var matrix = a
    var rhs = b
    if ridge > 0 {
      matrix += [Double](repeating: 0, count: columns * columns)
      rhs += [Double](repeating: 0, count: columns)
      for i in 0..<columns { matrix[(rows + i) * columns + i] = ridge }
      m += columns
    }
    // Scale columns to unit norm: the powers x¹⁹/19! are tiny next to x⁰.
    var scales = [Double](repeating: 1, count: columns)
    for column in 0..<columns {
      var norm = 0.0
      for row in 0..<m {
        norm += matrix[row * columns + column] * matrix[row * columns + column]
      }
      scales[column] = norm > 0 ? 1 / norm.squareRoot() : 0
      for row in 0..<m { matrix[row * columns + column] *= scales[column] }
    }
    let solution: [Double]
    if m >= columns {
      guard let w = overdetermined(matrix, rhs, rows: m, columns: columns)
      else { return nil }
      solution = w
    } else {
      guard let w = underdetermined(matrix, rhs, rows: m, columns: columns)
      else { return nil }
      solution = w
    }
    return zip(solution, scales).map { $0 * $1 }
  }

  /// Householder QR of `a` (`m × k`, m ≥ k, row-major), in place: returns
  /// R's diagonal-and-above in `a` and applies the reflections to `b`.
  private static func householder(
    _ a: inout [Double], _ b: inout [[Double]], m: Int, k: Int
  ) -> [Double] {
    var diagonal = [Double](repeating: 0, count: k)
    for j in 0..<k {
      var norm = 0.0
      for i in j..<m { norm += a[i * k + j] * a[i * k + j] }
      norm = norm.squareRoot()
      guard norm > 0 else { continue }
      let alpha = a[j * k + j] > 0 ? -norm : norm
      var v = [Double](repeating: 0, count: m - j)
      for i in j..<m { v[i - j] = a[i * k + j] }
      v[0] -= alpha
      var vNorm = 0.0
      for value in v { vNorm += value * value }
      diagonal[j] = alpha
      guard vNorm > 0 else { continue }
      for column in j..<k {
        var dot = 0.0
        for i in j..<m { dot += v[i - j] * a[i * k + column] }
        let factor = 2 * dot / vNorm
        for i in j..<m { a[i * k + column] -= factor * v[i - j] }
      }
      for index in b.indices {
        var dot = 0.0
        for i in j..<m { dot += v[i - j] * b[index][i] }
        let factor = 2 * dot / vNorm
        for i in j..<m { b[index][i] -= factor * v[i - j] }
      }
    }
    return diagonal
  }

  private static func overdetermined(
    _ matrix: [Double], _ rhs: [Double], rows m: Int, columns k: Int
  ) -> [Double]? {
    var a = matrix
    var bs = [rhs]
    let diagonal = householder(&a, &bs, m: m, k: k)
    let tolerance = 1e-12 * (diagonal.map { abs($0) }.max() ?? 0)
    var w = [Double](repeating: 0, count: k)
    for row in stride(from: k - 1, through: 0, by: -1) {
      // A dependent column gets weight 0.
      guard abs(diagonal[row]) > tolerance else { continue }
      var sum = bs[0][row]
      for column in (row + 1)..<k { sum -= a[row * k + column] * w[column] }
      w[row] = sum / diagonal[row]
    }
    return w
  }

  /// Minimum-norm solution for fewer rows than columns: with aᵀ = QR,
  /// w = Q₁·(R₁ᵀ)⁻¹·b, Q₁ the first m columns of Q.
  private static func underdetermined(
    _ matrix: [Double], _ rhs: [Double], rows m: Int, columns k: Int
  ) -> [Double]? {
    // t = aᵀ is k × m (k > m).
    var t = [Double](repeating: 0, count: k * m)
    for row in 0..<m {
      for column in 0..<k { t[column * m + row] = matrix[row * k + column] }
    }
    // Reflecting every unit vector gives Qᵀeᵢ, the i-th row of Q.
    var rowsOfQ = (0..<k).map { index -> [Double] in
      var e = [Double](repeating: 0, count: k)
      e[index] = 1
      return e
    }
    let diagonal = householder(&t, &rowsOfQ, m: k, k: m)
    let tolerance = 1e-12 * (diagonal.map { abs($0) }.max() ?? 0)
    // Solve R₁ᵀ z = b by forward substitution; R₁ is t's upper triangle.
    var z = [Double](repeating: 0, count: m)
    for row in 0..<m {
      guard abs(diagonal[row]) > tolerance else { continue }
      var sum = rhs[row]
      for column in 0..<row { sum -= t[column * m + row] * z[column] }
      z[row] = sum / diagonal[row]
    }
    return (0..<k).map { i in
      (0..<m).reduce(0.0) { $0 + rowsOfQ[i][$1] * z[$1] }
    }
  }
}
