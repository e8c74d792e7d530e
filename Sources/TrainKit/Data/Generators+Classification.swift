import RealModule

extension Dataset {
  /// Two interleaving half circles, as scikit-learn's `make_moons`.
  ///
  /// ⌊count/2⌋ points of class 0 on the upper half circle
  /// (cos t, sin t), and the rest of class 1 on the lower one
  /// (1 − cos t, 0.5 − sin t), with t evenly spaced over [0, π]. Gaussian
  /// noise of standard deviation `noise` is added to every coordinate, then
  /// the rows are shuffled. Features `x1`, `x2`; target `class`.
  ///
  /// - Throws: `TrainKitError` for a negative count or noise.
  public static func moons(
    count: Int, noise: Float = 0.1, using rng: inout SeededGenerator
  ) throws -> Dataset {
    try checkGenerator("moons", count: count, noise: noise)
    let outer = count / 2
    var points: [(Double, Double, Int)] = []
    for t in evenlySpaced(from: 0, to: .pi, count: outer, includingEnd: true) {
      points.append((Double.cos(t), Double.sin(t), 0))
    }
    for t in evenlySpaced(
      from: 0, to: .pi, count: count - outer, includingEnd: true)
    {
      points.append((1 - Double.cos(t), 0.5 - Double.sin(t), 1))
    }
    return try classificationSet(
      "moons", points, classes: 2, noise: noise, using: &rng)
  }

  /// Two concentric circles, as scikit-learn's `make_circles`.
  ///
  /// ⌊count/2⌋ points of class 0 on the unit circle and the rest of class 1
  /// on a circle of radius `factor`, evenly spaced in angle; then noise and
  /// a shuffle as in `moons`. Features `x1`, `x2`; target `class`.
  ///
  /// - Throws: `TrainKitError` for a negative count or noise, or `factor`
  ///   outside (0, 1).
  public static func circles(
    count: Int, noise: Float = 0.05, factor: Float = 0.5,
    using rng: inout SeededGenerator
  ) throws -> Dataset {
    try checkGenerator("circles", count: count, noise: noise)
    guard factor > 0, factor < 1 else {
      throw TrainKitError(
        "circles: the inner circle's factor must be between 0 and 1 (exclusive), got \(factor)"
      )
    }
    let outer = count / 2
    var points: [(Double, Double, Int)] = []
    for t in evenlySpaced(
      from: 0, to: 2 * .pi, count: outer, includingEnd: false)
    {
      points.append((Double.cos(t), Double.sin(t), 0))
    }
    for t in evenlySpaced(
      from: 0, to: 2 * .pi, count: count - outer, includingEnd: false)
    {
      points.append(
        (Double(factor) * Double.cos(t), Double(factor) * Double.sin(t), 1))
    }
    return try classificationSet(
      "circles", points, classes: 2, noise: noise, using: &rng)
  }

  /// Spirals with `arms` arms, one class per arm (after CS231n's spiral
  /// data).
  ///
  /// Arm j gets ⌊count/arms⌋ points (the first `count % arms` arms one
  /// more). Its i-th of m points has radius r = 0.1 + 0.9·i/(m − 1) and
  /// angle θ = 2πj/arms + 4r (radians), at (r·sin θ, r·cos θ); then noise
  /// and a shuffle as in `moons`. Features `x1`, `x2`; target `class`.
  ///
  /// - Throws: `TrainKitError` for a negative count or noise, or fewer than
  ///   2 or more than 10 arms.
  public static func spirals(
    count: Int, arms: Int = 3, noise: Float = 0.1,
    using rng: inout SeededGenerator
  ) throws -> Dataset {
    try checkGenerator("spirals", count: count, noise: noise)
    guard (2...10).contains(arms) else {
      throw TrainKitError(
        "spirals: the number of arms must be between 2 and 10, got \(arms)")
    }
    var points: [(Double, Double, Int)] = []
    for arm in 0..<arms {
      let m = count / arms + (arm < count % arms ? 1 : 0)
      for fraction in evenlySpaced(from: 0, to: 1, count: m, includingEnd: true)
      {
        let r = 0.1 + 0.9 * fraction
        let theta = 2 * Double.pi * Double(arm) / Double(arms) + 4 * r
        points.append((r * Double.sin(theta), r * Double.cos(theta), arm))
      }
    }
    return try classificationSet(
      "spirals", points, classes: arms, noise: noise, using: &rng)
  }

  /// The XOR pattern: class 1 where x1 and x2 have opposite signs.
  ///
  /// Points are uniform in [−1, 1]², class 1 where the two coordinates have
  /// opposite signs (x1·x2 < 0) and class 0 where they agree. The label is decided before noise is added, so noise blurs the
  /// axes. Features `x1`, `x2`; target `class`.
  ///
  /// - Throws: `TrainKitError` for a negative count or noise.
  public static func xor(
    count: Int, noise: Float = 0.05, using rng: inout SeededGenerator
  ) throws -> Dataset {
    try checkGenerator("xor", count: count, noise: noise)
    var points: [(Double, Double, Int)] = []
    for _ in 0..<count {
      let x1 = 2 * rng.nextUniformDouble() - 1
      let x2 = 2 * rng.nextUniformDouble() - 1
      points.append((x1, x2, x1 * x2 < 0 ? 1 : 0))
    }
    return try classificationSet(
      "xor", points, classes: 2, noise: noise, using: &rng)
  }

  /// Gaussian blobs, one class per center, as scikit-learn's `make_blobs`
  /// with chosen centers.
  ///
  /// Class j gets ⌊count/k⌋ points (the first `count % k` classes one
  /// more), each `center[j] + noise·z` with z ~ N(0, I); then the rows are
  /// shuffled. Features `x1`, `x2`, …; target `class`.
  ///
  /// - Parameters:
  ///   - count: the number of samples.
  ///   - centers: one center per class, all of the same dimension (≥ 1).
  ///   - noise: the standard deviation around each center.
  ///   - rng: the random source.
  /// - Returns: a shuffled data set with one class per center.
  /// - Throws: `TrainKitError` for a negative count or noise, no centers,
  ///   or centers of different dimensions.
  public static func blobs(
    count: Int, centers: [[Float]], noise: Float = 0.5,
    using rng: inout SeededGenerator
  ) throws -> Dataset {
    try checkGenerator("blobs", count: count, noise: noise)
    guard let d = centers.first?.count, d >= 1 else {
      throw TrainKitError(
        "blobs: at least one center with at least one coordinate is needed")
    }
    if let bad = centers.firstIndex(where: { $0.count != d }) {
      throw TrainKitError(
        "blobs: center \(bad + 1) has \(centers[bad].count) coordinates, but center 1 has \(d)"
      )
    }
    let k = centers.count
    var features: [Float] = []
    var labels: [Float] = []
    for (j, center) in centers.enumerated() {
      for _ in 0..<(count / k + (j < count % k ? 1 : 0)) {
        for c in center {
          features.append(c + noise * Float(rng.nextNormalDouble()))
        }
        labels.append(Float(j))
      }
    }
    let data = try Dataset(
      name: "blobs",
      features: Tensor(uncheckedShape: [labels.count, d], scalars: features),
      targets: Tensor(labels), task: .classification(classes: k),
      targetName: "class")
    return data.shuffled(using: &rng)
  }

  /// Gaussian blobs with centers evenly spaced on a circle of radius 2.
  ///
  /// Center j of k is (2 cos 2πj/k, 2 sin 2πj/k). See
  /// `blobs(count:centers:noise:using:)`.
  /// - Returns: a shuffled data set with features `x1`, `x2` and `classes`
  ///   classes.
  /// - Throws: `TrainKitError` for a negative count or noise, or fewer than
  ///   1 or more than 100 classes.
  public static func blobs(
    count: Int, classes: Int = 3, noise: Float = 0.5,
    using rng: inout SeededGenerator
  ) throws -> Dataset {
    guard (1...100).contains(classes) else {
      throw TrainKitError(
        "blobs: the number of classes must be between 1 and 100, got \(classes)"
      )
    }
    let centers = (0..<classes).map { j -> [Float] in
      let angle = 2 * Double.pi * Double(j) / Double(classes)
      return [Float(2 * Double.cos(angle)), Float(2 * Double.sin(angle))]
    }
    return try blobs(count: count, centers: centers, noise: noise, using: &rng)
  }

  // MARK: - Implementation details

  /// A 2-D classification set from exact points: adds noise to every
  /// coordinate (in row order, x1 then x2), then shuffles the rows.
  private static func classificationSet(
    _ name: String, _ points: [(Double, Double, Int)], classes: Int,
    noise: Float,
    using rng: inout SeededGenerator
  ) throws -> Dataset {
    var features: [Float] = []
    features.reserveCapacity(points.count * 2)
    for (x1, x2, _) in points {
      features.append(Float(x1 + Double(noise) * rng.nextNormalDouble()))
      features.append(Float(x2 + Double(noise) * rng.nextNormalDouble()))
    }
    let data = try Dataset(
      name: name,
      features: Tensor(uncheckedShape: [points.count, 2], scalars: features),
      targets: Tensor(points.map { Float($0.2) }),
      task: .classification(classes: classes),
      featureNames: ["x1", "x2"], targetName: "class")
    return data.shuffled(using: &rng)
  }
}

/// `count` evenly spaced values from `start` to `end`, as NumPy's
/// `linspace(start, end, count, endpoint: includingEnd)`.
func evenlySpaced(
  from start: Double, to end: Double, count: Int, includingEnd: Bool
) -> [Double] {
  guard count > 0 else { return [] }
  let divisions = includingEnd ? count - 1 : count
  guard divisions > 0 else { return [start] }
  return (0..<count).map {
    start + (end - start) * Double($0) / Double(divisions)
  }
}
