import Foundation
import Testing

@testable import TrainKit

@Suite struct GeneratorRegressionTests {
  @Test func polynomialIsD2lsFormulaExactly() throws {
    var rng = SeededGenerator(seed: 42)
    let data = try Dataset.polynomial(count: 200, using: &rng)
    #expect(data.features.shape == [200, 20])
    #expect(data.targets.shape == [200, 1])
    #expect(data.task == .regression(outputs: 1))
    #expect(
      Array(data.featureNames.prefix(4)) == ["1", "x", "x^2/2!", "x^3/3!"])
    #expect(data.featureNames.last == "x^19/19!")

    // Replay the documented draws: 200 x ~ N(0, 1), then 200 ε ~ N(0, 0.1²).
    var replay = SeededGenerator(seed: 42)
    let xs = (0..<200).map { _ in replay.nextNormalDouble() }
    let eps = (0..<200).map { _ in
      Double(Float(0.1)) * replay.nextNormalDouble()
    }
    for row in 0..<200 {
      let x = xs[row]
      var factorial = 1.0
      for i in 0..<20 {
        if i > 0 { factorial *= Double(i) }
        let expected = Float(Foundation.pow(x, Double(i)) / factorial)
        let got = data.features.scalars[row * 20 + i]
        #expect(
          got == expected || abs(got - expected) <= 2 * expected.ulp,
          "row \(row), x^\(i)/\(i)!")
      }
      let y = 5 + 1.2 * x - 3.4 * x * x / 2 + 5.6 * x * x * x / 6 + eps[row]
      #expect(
        Double(data.targets.scalars[row]).isApproximatelyEqual(
          to: y, absoluteTolerance: 1e-5))
    }
    #expect(
      data.features.scalars[0] == 1 && data.features.scalars[1] == Float(xs[0]))
  }

  @Test func polynomialNoiseHasTheStatedDeviation() throws {
    var rng = SeededGenerator(seed: 1)
    let data = try Dataset.polynomial(count: 20_000, maxDegree: 2, using: &rng)
    #expect(data.features.shape == [20_000, 2])
    let residuals = (0..<data.count).map { row in
      Double(data.targets.scalars[row])
        - Dataset.polynomialTruth(Double(data.features.scalars[2 * row + 1]))
    }
    let mean = residuals.reduce(0, +) / Double(residuals.count)
    let deviation =
      (residuals.map { ($0 - mean) * ($0 - mean) }.reduce(0, +)
      / Double(residuals.count)).squareRoot()
    #expect(abs(mean) < 0.003)
    #expect(abs(deviation - 0.1) < 0.003)
  }

  @Test func highDimensionalLinearIsD2lsWeightDecayData() throws {
    var rng = SeededGenerator(seed: 2)
    let data = try Dataset.highDimensionalLinear(count: 500, using: &rng)
    #expect(data.features.shape == [500, 200])
    #expect(data.targets.shape == [500, 1])
    #expect(data.name == "high-dimensional linear")
    let residuals = (0..<500).map { row -> Double in
      let x = data.features.scalars[(row * 200)..<(row * 200 + 200)].reduce(0.0)
      { $0 + Double($1) }
      return Double(data.targets.scalars[row]) - (0.05 + 0.01 * x)
    }
    let rms = (residuals.map { $0 * $0 }.reduce(0, +) / 500).squareRoot()
    #expect(abs(rms - 0.01) < 0.001)
  }

  @Test func linearUsesTheChosenWeightsAndReplaysItsDraws() throws {
    var rng = SeededGenerator(seed: 3)
    let data = try Dataset.linear(
      count: 50, weights: [2, -3.4], bias: 4.2, noise: 0.01, using: &rng)
    #expect(data.features.shape == [50, 2])
    #expect(data.featureNames == ["x1", "x2"])
    var replay = SeededGenerator(seed: 3)
    let x = (0..<100).map { _ in replay.nextNormalDouble() }
    for row in 0..<50 {
      let noise = Double(Float(0.01)) * replay.nextNormalDouble()
      let y =
        Double(Float(4.2)) + 2 * x[2 * row] + Double(Float(-3.4))
        * x[2 * row + 1] + noise
      #expect(data.targets.scalars[row] == Float(y))
      #expect(data.features.scalars[2 * row] == Float(x[2 * row]))
    }
  }

  @Test func sameSeedSameDataDifferentSeedDifferentData() throws {
    var a = SeededGenerator(seed: 4)
    var b = SeededGenerator(seed: 4)
    var c = SeededGenerator(seed: 5)
    let first = try Dataset.polynomial(count: 30, using: &a)
    #expect(
      first.targets.scalars
        == (try Dataset.polynomial(count: 30, using: &b)).targets.scalars)
    #expect(
      first.targets.scalars
        != (try Dataset.polynomial(count: 30, using: &c)).targets.scalars)
  }

  @Test func badArgumentsAreRefused() {
    var rng = SeededGenerator(seed: 0)
    #expect(
      throws: TrainKitError(
        "polynomial: the number of samples must not be negative, got -1")
    ) {
      try Dataset.polynomial(count: -1, using: &rng)
    }
    #expect(
      throws: TrainKitError(
        "polynomial: maxDegree must be between 1 and 50, got 0")
    ) {
      try Dataset.polynomial(count: 10, maxDegree: 0, using: &rng)
    }
    #expect(
      throws: TrainKitError(
        "linear: the noise must be a finite number ≥ 0, got -0.5")
    ) {
      try Dataset.linear(
        count: 10, weights: [1], bias: 0, noise: -0.5, using: &rng)
    }
    #expect(throws: TrainKitError("linear: at least one weight is needed")) {
      try Dataset.linear(count: 10, weights: [], bias: 0, using: &rng)
    }
    #expect(
      throws: TrainKitError(
        "high-dimensional linear data needs at least 1 input, got 0")
    ) {
      try Dataset.highDimensionalLinear(count: 10, inputs: 0, using: &rng)
    }
  }

  @Test func zeroSamplesGiveAnEmptyDataSet() throws {
    var rng = SeededGenerator(seed: 0)
    let data = try Dataset.polynomial(count: 0, using: &rng)
    #expect(data.isEmpty && data.features.shape == [0, 20])
  }
}
