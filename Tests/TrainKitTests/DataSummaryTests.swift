import Testing

@testable import TrainKit

@Suite struct DataSummaryTests {
  @Test func makesADataSetFromRows() throws {
    let data = try Dataset(
      name: "toy", rows: [[0, 1], [1, 0], [2, 2]], targets: [1, 0, 2],
      kind: .classification)
    #expect(data.description == "toy: 3 × 2, 3 classes")
    #expect(data.features.scalars == [0, 1, 1, 0, 2, 2])
    #expect(data.targets.shape == [3])
    #expect(data.classCount == 3)
    let regression = try Dataset(
      name: "r", rows: [[1], [2]], targets: [0.5, 1.5], kind: .regression,
      featureNames: ["size"],
      targetName: "price")
    #expect(regression.description == "r: 2 × 1, regression")
    #expect(regression.targets.shape == [2, 1])
    #expect(regression.classCount == 0)
    #expect(try regression.column(named: "price") == [0.5, 1.5])
    #expect(try regression.column(named: "size") == [1, 2])
  }

  @Test func refusesBadRows() {
    #expect(
      throws: TrainKitError(
        "t: a data set needs at least one row with at least one feature")
    ) {
      try Dataset(name: "t", rows: [], targets: [], kind: .regression)
    }
    #expect(throws: TrainKitError("t: row 2 has 1 values, but row 1 has 2")) {
      try Dataset(
        name: "t", rows: [[1, 2], [3]], targets: [0, 1], kind: .regression)
    }
    #expect(throws: TrainKitError("t: 2 rows but 1 targets")) {
      try Dataset(name: "t", rows: [[1], [3]], targets: [0], kind: .regression)
    }
    #expect(
      throws: TrainKitError(
        "t: row 1 holds a value that is not a finite number")
    ) {
      try Dataset(
        name: "t", rows: [[.nan], [3]], targets: [0, 1], kind: .regression)
    }
    #expect(
      throws: TrainKitError(
        "t: target 2 is 0.5, not a class label (a whole number from 0 to 9999)")
    ) {
      try Dataset(
        name: "t", rows: [[1], [3]], targets: [0, 0.5], kind: .classification)
    }
  }

  @Test func columnsPrefixesAndTargets() throws {
    let data = try numberedDataset(4)
    #expect(try data.column(1) == [0, 10, 20, 30])
    #expect(data.targetValues == [0, 1, 2, 3])
    #expect(rowNumbers(try data.prefix(2)) == [0, 1])
    #expect(try data.prefix(10).count == 4)
    #expect(try data.prefix(0).count == 0)
    #expect(
      throws: TrainKitError(
        "numbered: cannot take -1 samples; the number must not be negative")
    ) {
      try data.prefix(-1)
    }
    #expect(
      throws: TrainKitError(
        "numbered: feature column 2 is out of range for 2 features (valid: 0..<2)"
      )
    ) {
      try data.column(2)
    }
    #expect(
      throws: TrainKitError(
        "numbered: no column named \"z\"; the columns are x1, x2, y")
    ) {
      try data.column(named: "z")
    }
  }

  @Test func splitsDescribeTheirParts() throws {
    var rng = SeededGenerator(seed: 0)
    let data = try numberedDataset(10)
    let split = try data.split(trainCount: 6, testCount: 4, using: &rng)
    #expect(
      split.description == "train: 6 × 2, regression\ntest: 4 × 2, regression")
    let selected = try split.selectingFeatures(named: ["x2"])
    #expect(
      selected.train.featureNames == ["x2"] && selected.test?.featureCount == 1)
    #expect(
      throws: TrainKitError(
        "numbered train: no feature named \"q\"; the features are x1, x2")
    ) {
      try split.selectingFeatures(named: ["q"])
    }
  }

  @Test func polynomialTrueWeightsArePaddedWithZeros() {
    #expect(
      Dataset.polynomialTrueWeights(maxDegree: 6) == [5, 1.2, -3.4, 5.6, 0, 0])
    #expect(Dataset.polynomialTrueWeights(maxDegree: 2) == [5, 1.2])
    #expect(Dataset.polynomialTrueWeights().count == 20)
  }
}
