import Foundation
import Testing

@testable import TrainKit

@Suite struct GeneratorClassificationTests {
  private func points(_ data: Dataset) -> [(x1: Double, x2: Double, label: Int)]
  {
    (0..<data.count).map {
      (
        Double(data.features.scalars[2 * $0]),
        Double(data.features.scalars[2 * $0 + 1]), Int(data.targets.scalars[$0])
      )
    }
  }

  private func labelCounts(_ data: Dataset, classes: Int) -> [Int] {
    var counts = [Int](repeating: 0, count: classes)
    for label in data.targets.scalars { counts[Int(label)] += 1 }
    return counts
  }

  @Test func moonsLieOnTwoHalfCircles() throws {
    var rng = SeededGenerator(seed: 1)
    let data = try Dataset.moons(count: 11, noise: 0, using: &rng)
    #expect(
      data.name == "moons" && data.featureNames == ["x1", "x2"]
        && data.targetName == "class")
    #expect(data.features.shape == [11, 2] && data.targets.shape == [11])
    #expect(data.task == .classification(classes: 2))
    #expect(labelCounts(data, classes: 2) == [5, 6])
    for p in points(data) {
      if p.label == 0 {
        #expect(abs(p.x1 * p.x1 + p.x2 * p.x2 - 1) < 1e-6 && p.x2 >= -1e-7)
      } else {
        #expect(
          abs((p.x1 - 1) * (p.x1 - 1) + (p.x2 - 0.5) * (p.x2 - 0.5) - 1) < 1e-6
            && p.x2 <= 0.5 + 1e-7)
      }
    }
  }

  @Test func circlesLieOnTwoRadii() throws {
    var rng = SeededGenerator(seed: 2)
    let data = try Dataset.circles(
      count: 40, noise: 0, factor: 0.3, using: &rng)
    #expect(labelCounts(data, classes: 2) == [20, 20])
    for p in points(data) {
      let radius = (p.x1 * p.x1 + p.x2 * p.x2).squareRoot()
      #expect(abs(radius - (p.label == 0 ? 1 : 0.3)) < 1e-6)
    }
  }

  @Test func spiralArmsFollowTheirAngle() throws {
    var rng = SeededGenerator(seed: 3)
    let data = try Dataset.spirals(count: 10, arms: 3, noise: 0, using: &rng)
    #expect(data.task == .classification(classes: 3))
    #expect(labelCounts(data, classes: 3) == [4, 3, 3])
    for p in points(data) {
      let r = (p.x1 * p.x1 + p.x2 * p.x2).squareRoot()
      #expect(r >= 0.1 - 1e-6 && r <= 1 + 1e-6)
      let expected = 2 * Double.pi * Double(p.label) / 3 + 4 * r
      var difference = (atan2(p.x1, p.x2) - expected).truncatingRemainder(
        dividingBy: 2 * .pi)
      if difference > .pi { difference -= 2 * .pi }
      if difference < -.pi { difference += 2 * .pi }
      #expect(abs(difference) < 1e-5)
    }
  }

  @Test func xorLabelsOppositeSigns() throws {
    var rng = SeededGenerator(seed: 4)
    let data = try Dataset.xor(count: 200, noise: 0, using: &rng)
    let all = points(data)
    #expect(all.allSatisfy { abs($0.x1) <= 1 && abs($0.x2) <= 1 })
    #expect(all.allSatisfy { $0.label == ($0.x1 * $0.x2 < 0 ? 1 : 0) })
    let counts = labelCounts(data, classes: 2)
    #expect(counts[0] > 70 && counts[1] > 70)
  }

  @Test func blobsGatherAroundTheirCenters() throws {
    var rng = SeededGenerator(seed: 5)
    let data = try Dataset.blobs(
      count: 3001, centers: [[5, 0, 1], [-5, 2, 0], [0, 0, 0]], noise: 0.5,
      using: &rng)
    #expect(data.features.shape == [3001, 3])
    #expect(data.featureNames == ["x1", "x2", "x3"])
    #expect(labelCounts(data, classes: 3) == [1001, 1000, 1000])
    var sums = [[Double]](repeating: [0, 0, 0], count: 3)
    for row in 0..<data.count {
      let label = Int(data.targets.scalars[row])
      for c in 0..<3 {
        sums[label][c] += Double(data.features.scalars[3 * row + c])
      }
    }
    let centers: [[Double]] = [[5, 0, 1], [-5, 2, 0], [0, 0, 0]]
    for j in 0..<3 {
      let n = Double(labelCounts(data, classes: 3)[j])
      for c in 0..<3 { #expect(abs(sums[j][c] / n - centers[j][c]) < 0.06) }
    }
    let onACircle = try Dataset.blobs(
      count: 8, classes: 4, noise: 0, using: &rng)
    let expected: Set<[Float]> = [
      [2, 0], [Float(2 * cos(Double.pi / 2)), 2],
      [-2, Float(2 * sin(Double.pi))],
      [Float(2 * cos(3 * Double.pi / 2)), -2],
    ]
    for row in 0..<8 {
      #expect(
        expected.contains(
          Array(onACircle.features.scalars[(2 * row)..<(2 * row + 2)])))
    }
  }

  @Test func generatorsAreSeededAndShuffled() throws {
    func make(_ seed: UInt64) throws -> [Dataset] {
      var rng = SeededGenerator(seed: seed)
      return [
        try .moons(count: 50, using: &rng),
        try .circles(count: 50, using: &rng),
        try .spirals(count: 50, using: &rng), try .xor(count: 50, using: &rng),
        try .blobs(count: 50, using: &rng),
      ]
    }
    let (a, b, c) = (try make(1), try make(1), try make(2))
    for i in 0..<5 {
      #expect(
        a[i].features.scalars == b[i].features.scalars,
        "\(a[i].name) is deterministic")
      #expect(a[i].targets.scalars == b[i].targets.scalars)
      #expect(
        a[i].features.scalars != c[i].features.scalars,
        "\(a[i].name) depends on the seed")
      #expect(
        a[i].targets.scalars != a[i].targets.scalars.sorted(),
        "\(a[i].name) is shuffled")
    }
  }

  @Test func noiseMovesThePoints() throws {
    var rng = SeededGenerator(seed: 6)
    let data = try Dataset.circles(
      count: 2000, noise: 0.1, factor: 0.5, using: &rng)
    let outer = points(data).filter { $0.label == 0 }.map {
      ($0.x1 * $0.x1 + $0.x2 * $0.x2).squareRoot()
    }
    let spread =
      (outer.map { ($0 - 1) * ($0 - 1) }.reduce(0, +) / Double(outer.count))
      .squareRoot()
    #expect(abs(spread - 0.1) < 0.01)
  }

  @Test func badArgumentsAreRefused() {
    var rng = SeededGenerator(seed: 0)
    #expect(
      throws: TrainKitError(
        "moons: the number of samples must not be negative, got -5")
    ) {
      try Dataset.moons(count: -5, using: &rng)
    }
    #expect(
      throws: TrainKitError(
        "xor: the noise must be a finite number ≥ 0, got nan")
    ) {
      try Dataset.xor(count: 5, noise: .nan, using: &rng)
    }
    #expect(
      throws: TrainKitError(
        "spirals: the number of arms must be between 2 and 10, got 1")
    ) {
      try Dataset.spirals(count: 5, arms: 1, using: &rng)
    }
    #expect(
      throws: TrainKitError(
        "circles: the inner circle's factor must be between 0 and 1 (exclusive), got 1.0"
      )
    ) {
      try Dataset.circles(count: 5, factor: 1, using: &rng)
    }
    #expect(
      throws: TrainKitError(
        "blobs: center 2 has 1 coordinates, but center 1 has 2")
    ) {
      try Dataset.blobs(count: 5, centers: [[0, 0], [1]], using: &rng)
    }
    #expect(
      throws: TrainKitError(
        "blobs: at least one center with at least one coordinate is needed")
    ) {
      try Dataset.blobs(count: 5, centers: [], using: &rng)
    }
    #expect(
      throws: TrainKitError(
        "blobs: the number of classes must be between 1 and 100, got 0")
    ) {
      try Dataset.blobs(count: 5, classes: 0, using: &rng)
    }
  }
}

@Suite struct GeneratorFeatureMapTests {
  @Test func expandsTwoFeaturesIntoTheChosenMaps() throws {
    let data = try Dataset(
      name: "p", features: Tensor(shape: [2, 2], scalars: [1, 2, -0.5, 3]),
      targets: Tensor([0, 1]),
      task: .classification(classes: 2))
    let mapped = try data.mappingFeatures(named: [
      "x1", "x2", "x1²", "X2^2", "x1 x2", "sin x1", "sin(x2)",
    ])
    #expect(
      mapped.featureNames == [
        "x1", "x2", "x1^2", "x2^2", "x1*x2", "sin(x1)", "sin(x2)",
      ])
    #expect(mapped.features.shape == [2, 7])
    #expect(
      mapped.features.scalars == [
        1, 2, 1, 4, 2, Float(sin(1.0)), Float(sin(2.0)),
        -0.5, 3, 0.25, 9, -1.5, Float(sin(-0.5)), Float(sin(3.0)),
      ])
    #expect(mapped.targets.scalars == [0, 1])
    #expect(FeatureMap.allCases.count == 7)
  }

  @Test func acceptsThePlaygroundSpellings() throws {
    let spellings = ["x1", "X2", "x1sq", "x2²", "x1x2", "sin1", "sin2"]
    #expect(
      try spellings.map { try FeatureMap(parsing: $0) } == FeatureMap.allCases)
  }

  @Test func badFeatureListsAreRefused() throws {
    var rng = SeededGenerator(seed: 0)
    let moons = try Dataset.moons(count: 4, using: &rng)
    #expect(
      throws: TrainKitError(
        "unknown feature \"x3\"; the features are x1, x2, x1^2, x2^2, x1*x2, sin(x1), sin(x2)"
      )
    ) { try moons.mappingFeatures(named: ["x3"]) }
    #expect(throws: TrainKitError("moons: the feature x1^2 is listed twice")) {
      try moons.mappingFeatures(named: ["x1^2", "x1²"])
    }
    #expect(
      throws: TrainKitError(
        "moons: choose at least one feature (x1, x2, x1^2, x2^2, x1*x2, sin(x1), sin(x2))"
      )
    ) { try moons.mappingFeatures([]) }
    let wide = try numberedDataset(2).selectingFeatures([0, 1, 0])
    #expect(
      throws: TrainKitError(
        "numbered: feature maps need a data set with 2 features (x1, x2), but it has 3"
      )
    ) {
      try wide.mappingFeatures([.x1])
    }
  }
}
