import Foundation
import Testing

@testable import TrainKit

@Suite struct GeneratorPlaygroundTests {
  private func points(_ data: Dataset) -> [(x: Double, y: Double, label: Int)] {
    (0..<data.count).map {
      (
        Double(data.features.scalars[2 * $0]),
        Double(data.features.scalars[2 * $0 + 1]), Int(data.targets.scalars[$0])
      )
    }
  }

  @Test(arguments: PlaygroundDataset.allCases)
  func shapesNamesAndDeterminism(kind: PlaygroundDataset) throws {
    var a = SeededGenerator(seed: 3)
    var b = SeededGenerator(seed: 3)
    var c = SeededGenerator(seed: 4)
    let data = try Dataset.playground(kind, count: 201, noise: 0.2, using: &a)
    #expect(data.name == kind.rawValue)
    #expect(data.features.shape == [201, 2] && data.targets.shape == [201])
    #expect(data.task == .classification(classes: 2))
    #expect(data.featureNames == ["x1", "x2"])
    let again = try Dataset.playground(kind, count: 201, noise: 0.2, using: &b)
    #expect(
      again.features.scalars == data.features.scalars
        && again.targets.scalars == data.targets.scalars)
    #expect(
      try Dataset.playground(kind, count: 201, noise: 0.2, using: &c).features
        .scalars != data.features.scalars)
    #expect(data.targets.scalars != data.targets.scalars.sorted(), "shuffled")
    #expect(points(data).allSatisfy { abs($0.x) < 12 && abs($0.y) < 12 })
  }

  @Test func circleWithoutNoiseIsADiscInsideARing() throws {
    var rng = SeededGenerator(seed: 1)
    let data = try Dataset.playground(.circle, count: 301, using: &rng)
    let all = points(data)
    #expect(all.filter { $0.label == 1 }.count == 151)
    for p in all {
      let r = (p.x * p.x + p.y * p.y).squareRoot()
      #expect(
        p.label == 1 ? r < 2.5 + 1e-6 : (r >= 3.5 - 1e-6 && r <= 5 + 1e-6))
    }
  }

  @Test func noiseFlipsCircleLabelsButDoesNotMoveThePoints() throws {
    var rng = SeededGenerator(seed: 2)
    let all = points(
      try Dataset.playground(.circle, count: 2000, noise: 0.5, using: &rng))
    #expect(
      all.allSatisfy { ($0.x * $0.x + $0.y * $0.y).squareRoot() <= 5 + 1e-6 })
    let flipped = all.filter {
      ($0.x * $0.x + $0.y * $0.y).squareRoot() < 2.5
        ? $0.label == 0 : $0.label == 1
    }
    #expect(flipped.count > 100)
  }

  @Test func xorWithoutNoiseLabelsSameSignsAsOne() throws {
    var rng = SeededGenerator(seed: 3)
    let all = points(try Dataset.playground(.xor, count: 500, using: &rng))
    func padded(_ v: Double) -> Bool { abs(v) >= 0.3 && abs(v) <= 5.3 }
    #expect(all.allSatisfy { padded($0.x) && padded($0.y) })
    #expect(all.allSatisfy { $0.label == ($0.x * $0.y >= 0 ? 1 : 0) })
  }

  @Test func gaussClustersHaveTheirCentersAndVariance() throws {
    var rng = SeededGenerator(seed: 4)
    let all = points(
      try Dataset.playground(.gauss, count: 20_000, noise: 0.5, using: &rng))
    let positive = all.filter { $0.label == 1 }
    #expect(positive.count == 10_000)
    let meanX: Double = positive.map(\.x).reduce(0, +) / 10_000
    let variance: Double =
      positive.map { ($0.x - meanX) * ($0.x - meanX) }.reduce(0, +) / 10_000
    #expect(abs(meanX - 2) < 0.05)
    #expect(abs(variance - 4) < 0.15)  // 0.5 + 7 × 0.5
    let negative = all.filter { $0.label == 0 }
    let negativeMeanY: Double = negative.map(\.y).reduce(0, +) / 10_000
    #expect(abs(negativeMeanY + 2) < 0.05)
  }

  @Test func spiralsFollowThePlaygroundsFormula() throws {
    var rng = SeededGenerator(seed: 5)
    let all = points(try Dataset.playground(.spiral, count: 100, using: &rng))
    // Without noise each point is r·(sin t, cos t), r = 5i/50 and
    // t = 1.75·2π·i/50 (+π for class 0).
    var expected: [(Double, Double, Int)] = []
    for (offset, label) in [(0.0, 1), (Double.pi, 0)] {
      for i in 0..<50 {
        let r = Double(i) / 50 * 5
        let t = 1.75 * Double(i) / 50 * 2 * .pi + offset
        expected.append((r * sin(t), r * cos(t), label))
      }
    }
    for p in all {
      #expect(
        expected.contains {
          abs($0.0 - p.x) < 1e-5 && abs($0.1 - p.y) < 1e-5 && $0.2 == p.label
        })
    }
  }

  @Test func badArgumentsAreRefused() {
    var rng = SeededGenerator(seed: 0)
    #expect(
      throws: TrainKitError(
        "spiral: the number of samples must not be negative, got -1")
    ) {
      try Dataset.playground(.spiral, count: -1, using: &rng)
    }
    #expect(
      throws: TrainKitError(
        "gauss: the noise must be a finite number ≥ 0, got -0.1")
    ) {
      try Dataset.playground(.gauss, count: 10, noise: -0.1, using: &rng)
    }
  }
}
