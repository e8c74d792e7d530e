extension Dataset {
  /// d2l's polynomial data (§4.4 "Model Selection, Underfitting, and
  /// Overfitting"): a cubic with noise, offered as many scaled powers.
  ///
  /// For each sample x ~ N(0, 1) and ε ~ N(0, 0.1²):
  ///
  ///     y = 5 + 1.2·x − 3.4·x²/2! + 5.6·x³/3! + ε
  ///     features: xⁱ/i! for i in 0..<maxDegree     (column 0 is the constant 1)
  ///
  /// Keeping the first 4 columns fits the true model; the first 2
  /// underfit; all 20 overfit a small training set. Computed in Double and
  /// stored as Float. Draws: all x first, then all ε.
  ///
  ///     var rng = SeededGenerator(seed: 42)
  ///     let data = try Dataset.polynomial(count: 200, using: &rng)
  ///     print(data.featureNames.prefix(4))   // Prints "["1", "x", "x^2/2!", "x^3/3!"]"
  ///
  /// - Parameters:
  ///   - count: the number of samples (d2l uses 100 + 100).
  ///   - maxDegree: the number of feature columns, at least 1 (d2l: 20).
  ///   - noise: the standard deviation of ε, at least 0 (d2l: 0.1).
  ///   - rng: the random source.
  /// - Returns: `count` samples with `maxDegree` features and target `y`.
  /// - Throws: `TrainKitError` for a negative count, `maxDegree` outside
  ///   1...50, or a negative noise.
  public static func polynomial(
    count: Int, maxDegree: Int = 20, noise: Float = 0.1,
    using rng: inout SeededGenerator
  ) throws -> Dataset {
    try checkGenerator("polynomial", count: count, noise: noise)
    guard (1...50).contains(maxDegree) else {
      throw TrainKitError(
        "polynomial: maxDegree must be between 1 and 50, got \(maxDegree)")
    }
    let xs = (0..<count).map { _ in rng.nextNormalDouble() }
    let noiseValues = (0..<count).map { _ in
      Double(noise) * rng.nextNormalDouble()
    }
    var factorials = [1.0]
    for i in 1..<max(maxDegree, 4) {
      factorials.append(factorials[i - 1] * Double(i))
    }
    var features: [Float] = []
    features.reserveCapacity(count * maxDegree)
    var targets: [Float] = []
    for (x, epsilon) in zip(xs, noiseValues) {
      var power = 1.0
      for i in 0..<maxDegree {
        features.append(Float(power / factorials[i]))
        power *= x
      }
      targets.append(Float(polynomialTruth(x) + epsilon))
    }
    let names = (0..<maxDegree).map {
      $0 == 0 ? "1" : $0 == 1 ? "x" : "x^\($0)/\($0)!"
    }
    return try Dataset(
      name: "polynomial",
      features: Tensor(uncheckedShape: [count, maxDegree], scalars: features),
      targets: Tensor(uncheckedShape: [count, 1], scalars: targets),
      task: .regression(outputs: 1), featureNames: names, targetName: "y")
  }

  /// The noise-free cubic of `polynomial`: 5 + 1.2x − 3.4x²/2! + 5.6x³/3!.
  public static func polynomialTruth(_ x: Double) -> Double {
    5 + 1.2 * x - 3.4 * x * x / 2 + 5.6 * x * x * x / 6
  }

  /// The true weights of `polynomial`'s features: `[5, 1.2, -3.4, 5.6]`
  /// followed by zeros, `maxDegree` in all (cut short when `maxDegree` < 4).
  public static func polynomialTrueWeights(maxDegree: Int = 20) -> [Float] {
    let weights: [Float] = [5, 1.2, -3.4, 5.6]
    return (0..<max(maxDegree, 0)).map { $0 < 4 ? weights[$0] : 0 }
  }

  /// d2l's high-dimensional linear data (§3.7 "Weight Decay"): many inputs,
  /// each with a tiny weight.
  ///
  /// For each sample x ~ N(0, I) with `inputs` components and
  /// ε ~ N(0, 0.01²):
  ///
  ///     y = 0.05 + Σᵢ 0.01·xᵢ + ε
  ///
  /// With 20 training samples and 200 inputs, a linear model overfits
  /// unless weight decay holds it back. Draws: all x (row by row), then ε.
  ///
  /// - Parameters:
  ///   - count: the number of samples (d2l: 20 for training, 100 for test).
  ///   - inputs: the number of features, at least 1 (d2l: 200).
  ///   - noise: the standard deviation of ε (d2l: 0.01).
  ///   - rng: the random source.
  /// - Returns: `count` samples with `inputs` features and target `y`.
  /// - Throws: `TrainKitError` for a negative count, `inputs` below 1, or a
  ///   negative noise.
  public static func highDimensionalLinear(
    count: Int, inputs: Int = 200, noise: Float = 0.01,
    using rng: inout SeededGenerator
  ) throws -> Dataset {
    guard inputs >= 1 else {
      throw TrainKitError(
        "high-dimensional linear data needs at least 1 input, got \(inputs)")
    }
    return try linear(
      count: count, weights: [Float](repeating: 0.01, count: inputs),
      bias: 0.05, noise: noise,
      using: &rng
    ).renamed("high-dimensional linear")
  }

  /// Linear-regression data with chosen weights (d2l's `synthetic_data`).
  ///
  /// For each sample x ~ N(0, I) and ε ~ N(0, noise²): y = w·x + b + ε,
  /// computed in Double. Draws: all x (row by row), then ε.
  ///
  ///     let data = try Dataset.linear(count: 1000, weights: [2, -3.4], bias: 4.2,
  ///                                   noise: 0.01, using: &rng)
  ///
  /// - Parameters:
  ///   - count: the number of samples.
  ///   - weights: w, one per feature; at least one.
  ///   - bias: b.
  ///   - noise: the standard deviation of ε, at least 0.
  ///   - rng: the random source.
  /// - Returns: `count` samples with one feature per weight and target `y`.
  /// - Throws: `TrainKitError` for a negative count, no weights, a
  ///   non-finite weight or bias, or a negative noise.
  public static func linear(
    count: Int, weights: [Float], bias: Float, noise: Float = 0.01,
    using rng: inout SeededGenerator
  ) throws -> Dataset {
    try checkGenerator("linear", count: count, noise: noise)
    guard !weights.isEmpty else {
      throw TrainKitError("linear: at least one weight is needed")
    }
    guard weights.allSatisfy(\.isFinite), bias.isFinite else {
      throw TrainKitError(
        "linear: the weights and the bias must be finite numbers")
    }
    let d = weights.count
    _ = try Tensor.elementCount(of: [count, d])
    let x = (0..<(count * d)).map { _ in rng.nextNormalDouble() }
    var targets: [Float] = []
    targets.reserveCapacity(count)
    for row in 0..<count {
      var y = Double(bias)
      for column in 0..<d { y += Double(weights[column]) * x[row * d + column] }
      targets.append(Float(y + Double(noise) * rng.nextNormalDouble()))
    }
    return try Dataset(
      name: "linear",
      features: Tensor(
        uncheckedShape: [count, d], scalars: x.map { Float($0) }),
      targets: Tensor(uncheckedShape: [count, 1], scalars: targets),
      task: .regression(outputs: 1), targetName: "y")
  }

  /// Checks the arguments every generator shares.
  static func checkGenerator(_ generator: String, count: Int, noise: Float)
    throws
  {
    guard count >= 0 else {
      throw TrainKitError(
        "\(generator): the number of samples must not be negative, got \(count)"
      )
    }
    guard count <= 10_000_000 else {
      throw TrainKitError(
        "\(generator): at most 10000000 samples can be generated, got \(count)")
    }
    guard noise >= 0, noise.isFinite else {
      throw TrainKitError(
        "\(generator): the noise must be a finite number ≥ 0, got \(noise)")
    }
  }
}
