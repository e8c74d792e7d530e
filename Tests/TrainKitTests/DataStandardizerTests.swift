import Testing

@testable import TrainKit

@Suite struct DataStandardizerTests {
  @Test func measuresMeanAndPopulationDeviation() throws {
    let data = try Dataset(
      name: "d",
      features: Tensor(shape: [4, 2], scalars: [1, 5, 2, 5, 3, 5, 4, 5]),
      targets: Tensor(shape: [4, 1], scalars: [0, 0, 0, 0]),
      task: .regression(outputs: 1))
    let standardizer = try Standardizer(fitting: data)
    #expect(standardizer.mean == [2.5, 5])
    #expect(standardizer.standardDeviation == [Float((1.25).squareRoot()), 0])
    // A constant column is divided by 1, so it becomes 0 rather than NaN.
    #expect(standardizer.scale == [Float((1.25).squareRoot()), 1])
    let transformed = try standardizer.transform(data)
    let s = Float((1.25).squareRoot())
    #expect(
      transformed.features.scalars == [
        -1.5 / s, 0, -0.5 / s, 0, 0.5 / s, 0, 1.5 / s, 0,
      ])
    #expect(transformed.targets.scalars == data.targets.scalars)
    #expect(
      standardizer.description == "Standardizer(mean=[2.5, 5], std=[1.118, 0])")
  }

  @Test func splitsAreStandardizedWithTrainingStatisticsOnly() throws {
    // Train rows 0..<4 (feature 0: 0, 1, 2, 3), test rows 4..<6 (4, 5).
    let data = try numberedDataset(6)
    var rng = SeededGenerator(seed: 0)
    let split = try data.split(
      trainCount: 4, testCount: 2, shuffle: false, using: &rng)
    let (standardized, standardizer) = try split.standardized()
    #expect(standardizer.mean == [1.5, 15])
    let s = Float((1.25).squareRoot())
    #expect(standardizer.standardDeviation[0] == s)
    // The test part is shifted and scaled by the training numbers, so its
    // mean is not 0.
    let test = try #require(standardized.test)
    #expect(test.features.scalars[0] == (4 - 1.5) / s)
    #expect(test.features.scalars[2] == (5 - 1.5) / s)
    #expect(standardized.validation == nil)
    let trainMean =
      standardized.train.features.scalars.enumerated().filter {
        $0.offset % 2 == 0
      }
      .map(\.element).reduce(0, +) / 4
    #expect(abs(trainMean) < 1e-6)
  }

  @Test func refusesEmptyDataAndMismatchedFeatures() throws {
    let empty = try numberedDataset(0, name: "none")
    #expect(
      throws: TrainKitError(
        "none: cannot fit a standardizer on an empty data set")
    ) {
      try Standardizer(fitting: empty)
    }
    let standardizer = try Standardizer(fitting: numberedDataset(3))
    let three = try Tensor(shape: [1, 3], scalars: [1, 2, 3])
    #expect(
      throws: TrainKitError(
        "standardizer: it was fitted on 2 features, but got features of shape [1, 3]"
      )
    ) { try standardizer.transform(three) }
  }
}

@Suite struct DataStandardizerTargetTests {
  @Test func regressionTargetsCanBeStandardizedAndRestored() throws {
    let data = try Dataset(
      name: "r", rows: [[1], [2], [3], [4]], targets: [10, 20, 30, 40],
      kind: .regression)
    var rng = SeededGenerator(seed: 0)
    let split = try data.split(
      trainCount: 2, testCount: 2, shuffle: false, using: &rng)
    let (standardized, standardizer) = try split.standardized(
      includingTargets: true)
    #expect(standardizer.targetMean == [15])
    #expect(standardizer.targetStandardDeviation == [5])
    #expect(standardized.train.targets.scalars == [-1, 1])
    #expect(standardized.test!.targets.scalars == [3, 5])
    let restored = try standardizer.restoringTargets(standardized.test!.targets)
    #expect(restored.scalars == [30, 40])
    #expect(
      standardizer.description
        == "Standardizer(mean=[1.5], std=[0.5], target_mean=[15], target_std=[5])"
    )
    // Without includingTargets the targets are left alone.
    #expect(try split.standardized().split.train.targets.scalars == [10, 20])
  }

  @Test func classLabelsAreNeverStandardized() throws {
    let data = try Dataset(
      name: "c", rows: [[1], [2]], targets: [0, 1], kind: .classification)
    #expect(
      throws: TrainKitError(
        "c: class labels cannot be standardized; only regression targets can")
    ) {
      try Standardizer(fitting: data, includingTargets: true)
    }
  }

  @Test func aWholeDataSetCanBeStandardizedOnItself() throws {
    let data = try numberedDataset(5)
    let (standardized, standardizer) = try data.standardized()
    #expect(standardizer.mean == [2, 20])
    #expect(abs(standardized.features.scalars.reduce(0, +)) < 1e-5)
  }
}
