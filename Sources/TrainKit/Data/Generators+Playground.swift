import RealModule

/// The four classification data sets of the TensorFlow Playground
/// (playground.tensorflow.org), generated as its `dataset.ts` does.
///
/// Points lie roughly in [−6, 6]²; `noise` is the Playground's noise slider
/// divided by 100 (0 … 0.5 is its range). Positive examples are class 1,
/// negative ones class 0.
public enum PlaygroundDataset: String, Sendable, CaseIterable {
  /// A disc of class 1 (radius < 2.5) inside a ring of class 0 (radius 3.5
  /// to 5). Noise does not move the points; it shifts the point used to
  /// decide the label, so labels near the boundary flip.
  case circle
  /// Four quadrants: class 1 where x1·x2 ≥ 0. Coordinates are uniform in
  /// ±(0.3 … 5.3); as for `circle`, noise flips labels near the axes.
  case xor
  /// Two Gaussian clusters: class 1 around (2, 2), class 0 around (−2, −2),
  /// with variance 0.5 + 7·noise in each coordinate (0.5 … 4).
  case gauss
  /// Two interleaved spirals of 1.75 turns, radius 0 … 5; noise adds
  /// U(−noise, noise) to each coordinate.
  case spiral
}

extension Dataset {
  /// A TensorFlow Playground data set: `count` shuffled points with
  /// features `x1`, `x2` and 2 classes.
  ///
  ///     var rng = SeededGenerator(seed: 1)
  ///     let data = try Dataset.playground(.spiral, count: 400, noise: 0.1, using: &rng)
  ///
  /// The first class gets ⌈count/2⌉ points and the second ⌊count/2⌋
  /// (`xor` draws every point's class from its position). Each point's
  /// random draws follow the Playground's order (radius or coordinates,
  /// then angle, then noise), from `rng`; then the rows are shuffled.
  ///
  /// - Parameters:
  ///   - kind: which of the four data sets.
  ///   - count: the number of samples.
  ///   - noise: the Playground's noise level, at least 0 (0 … 0.5 in the
  ///     Playground).
  ///   - rng: the random source.
  /// - Returns: a data set named after `kind` (`"spiral"`).
  /// - Throws: `TrainKitError` for a negative count or noise.
  public static func playground(
    _ kind: PlaygroundDataset, count: Int, noise: Float = 0,
    using rng: inout SeededGenerator
  ) throws -> Dataset {
    try checkGenerator(kind.rawValue, count: count, noise: noise)
    let noise = Double(noise)
    let first = count - count / 2
    let second = count / 2
    var points: [(Double, Double, Int)] = []
    points.reserveCapacity(count)
    func uniform(_ low: Double, _ high: Double) -> Double {
      low + (high - low) * rng.nextUniformDouble()
    }
    switch kind {
    case .circle:
      let radius = 5.0
      for (m, inside) in [(first, true), (second, false)] {
        for _ in 0..<m {
          let r =
            inside ? uniform(0, radius * 0.5) : uniform(radius * 0.7, radius)
          let angle = uniform(0, 2 * .pi)
          let x = r * Double.sin(angle)
          let y = r * Double.cos(angle)
          let noisyX = x + uniform(-radius, radius) * noise
          let noisyY = y + uniform(-radius, radius) * noise
          let label =
            (noisyX * noisyX + noisyY * noisyY).squareRoot() < radius * 0.5
            ? 1 : 0
          points.append((x, y, label))
        }
      }
    case .xor:
      for _ in 0..<count {
        var x = uniform(-5, 5)
        x += x > 0 ? 0.3 : -0.3
        var y = uniform(-5, 5)
        y += y > 0 ? 0.3 : -0.3
        let noisyX = x + uniform(-5, 5) * noise
        let noisyY = y + uniform(-5, 5) * noise
        points.append((x, y, noisyX * noisyY >= 0 ? 1 : 0))
      }
    case .gauss:
      let deviation = (0.5 + 7 * noise).squareRoot()
      for (m, center, label) in [(first, 2.0, 1), (second, -2.0, 0)] {
        for _ in 0..<m {
          let x = center + deviation * rng.nextNormalDouble()
          let y = center + deviation * rng.nextNormalDouble()
          points.append((x, y, label))
        }
      }
    case .spiral:
      for (m, offset, label) in [(first, 0.0, 1), (second, Double.pi, 0)] {
        for i in 0..<m {
          let r = Double(i) / Double(m) * 5
          let t = 1.75 * Double(i) / Double(m) * 2 * .pi + offset
          let x = r * Double.sin(t) + uniform(-1, 1) * noise
          let y = r * Double.cos(t) + uniform(-1, 1) * noise
          points.append((x, y, label))
        }
      }
    }
    let data = try Dataset(
      name: kind.rawValue,
      features: Tensor(
        uncheckedShape: [points.count, 2],
        scalars: points.flatMap { [Float($0.0), Float($0.1)] }),
      targets: Tensor(points.map { Float($0.2) }),
      task: .classification(classes: 2),
      featureNames: ["x1", "x2"], targetName: "class")
    return data.shuffled(using: &rng)
  }
}

/// The two regression data sets of the TensorFlow Playground, generated as
/// its `dataset.ts` does: points uniform in [−6, 6]², a target in [−1, 1].
public enum PlaygroundRegressionDataset: String, Sendable, CaseIterable {
  /// The plane (x1 + x2) / 10 (unclamped, as in the Playground). Noise moves the point the target is read at
  /// by up to ±6·noise in each coordinate.
  case plane
  /// Six Gaussian bumps of height ±1 (centres (−4, ±2.5), (0, ±2.5),
  /// (4, ±2.5), alternating signs), falling linearly to 0 at distance 2;
  /// the target is the bump largest in absolute value. Noise as for
  /// `plane`.
  case gauss
}

extension Dataset {
  /// A TensorFlow Playground regression data set: `count` shuffled points
  /// with features `x1`, `x2` and one target in [−1, 1].
  ///
  ///     var rng = SeededGenerator(seed: 1)
  ///     let data = try Dataset.playgroundRegression(.plane, count: 1200, noise: 0, using: &rng)
  ///
  /// - Parameters:
  ///   - kind: the plane or the six bumps.
  ///   - count: the number of samples.
  ///   - noise: the Playground's noise level, at least 0 (0 … 0.5).
  ///   - rng: the random source (x, y, then the two noise draws per point).
  /// - Returns: a regression data set named `"reg-plane"` or `"reg-gauss"`.
  /// - Throws: `TrainKitError` for a negative count or noise.
  public static func playgroundRegression(
    _ kind: PlaygroundRegressionDataset, count: Int, noise: Float = 0,
    using rng: inout SeededGenerator
  ) throws -> Dataset {
    let name = "reg-" + kind.rawValue
    try checkGenerator(name, count: count, noise: noise)
    let noise = Double(noise)
    let bumps: [(Double, Double, Double)] = [
      (-4, 2.5, 1), (0, 2.5, -1), (4, 2.5, 1), (-4, -2.5, -1), (0, -2.5, 1),
      (4, -2.5, -1),
    ]
    func target(_ x: Double, _ y: Double) -> Double {
      switch kind {
      case .plane:
        return (x + y) / 10
      case .gauss:
        var best = 0.0
        for (cx, cy, sign) in bumps {
          let distance = ((x - cx) * (x - cx) + (y - cy) * (y - cy))
            .squareRoot()
          let value = sign * min(max(1 - distance / 2, 0), 1)
          if abs(value) > abs(best) { best = value }
        }
        return best
      }
    }
    var scalars: [Float] = []
    var targets: [Float] = []
    scalars.reserveCapacity(2 * count)
    targets.reserveCapacity(count)
    func uniform() -> Double { -6 + 12 * rng.nextUniformDouble() }
    for _ in 0..<count {
      let x = uniform()
      let y = uniform()
      let noisyX = x + uniform() * noise
      let noisyY = y + uniform() * noise
      scalars += [Float(x), Float(y)]
      targets.append(Float(target(noisyX, noisyY)))
    }
    let data = try Dataset(
      name: name,
      features: Tensor(uncheckedShape: [count, 2], scalars: scalars),
      targets: Tensor(uncheckedShape: [count, 1], scalars: targets),
      task: .regression(outputs: 1),
      featureNames: ["x1", "x2"], targetName: "y")
    return data.shuffled(using: &rng)
  }
}
