import Testing

@testable import TrainKit

@Suite struct SplitTests {
  @Test func splitsByFractionsUsingEverySampleOnce() throws {
    let data = try numberedDataset(10)
    var rng = SeededGenerator(seed: 3)
    let split = try data.split(
      trainFraction: 0.6, validationFraction: 0.2, testFraction: 0.2,
      using: &rng)
    let validation = try #require(split.validation)
    let test = try #require(split.test)
    #expect([split.train.count, validation.count, test.count] == [6, 2, 2])
    let all =
      rowNumbers(split.train) + rowNumbers(validation) + rowNumbers(test)
    #expect(all.sorted() == Array(0..<10))
    #expect(all != Array(0..<10), "shuffled by default")
    #expect(split.train.name == "numbered train")
    #expect(test.name == "numbered test")
  }

  @Test func inOrderSplitsKeepTheFileOrder() throws {
    let data = try numberedDataset(7)
    var rng = SeededGenerator(seed: 0)
    let split = try data.split(
      trainFraction: 0.5, testFraction: 0.5, shuffle: false, using: &rng)
    // Cumulative rounding, half away from zero: 3.5 → 4.
    #expect(rowNumbers(split.train) == [0, 1, 2, 3])
    #expect(rowNumbers(split.test!) == [4, 5, 6])
    #expect(split.validation == nil)
  }

  @Test func fractionsBelowOneLeaveSamplesOut() throws {
    let data = try numberedDataset(10)
    var rng = SeededGenerator(seed: 0)
    let split = try data.split(
      trainFraction: 0.3, testFraction: 0.2, shuffle: false, using: &rng)
    #expect(rowNumbers(split.train) == [0, 1, 2])
    #expect(rowNumbers(split.test!) == [3, 4])
  }

  @Test func sameSeedSameSplit() throws {
    let data = try numberedDataset(50)
    var a = SeededGenerator(seed: 11)
    var b = SeededGenerator(seed: 11)
    let first = try data.split(trainFraction: 0.8, testFraction: 0.2, using: &a)
    let second = try data.split(
      trainFraction: 0.8, testFraction: 0.2, using: &b)
    #expect(rowNumbers(first.train) == rowNumbers(second.train))
    #expect(rowNumbers(first.test!) == rowNumbers(second.test!))
  }

  @Test func splitsByCounts() throws {
    let data = try numberedDataset(10)
    var rng = SeededGenerator(seed: 0)
    let split = try data.split(
      trainCount: 3, validationCount: 2, testCount: 4, shuffle: false,
      using: &rng)
    #expect(rowNumbers(split.train) == [0, 1, 2])
    #expect(rowNumbers(split.validation!) == [3, 4])
    #expect(rowNumbers(split.test!) == [5, 6, 7, 8])
  }

  @Test func badFractionsAndCountsAreRefused() throws {
    let data = try numberedDataset(10)
    var rng = SeededGenerator(seed: 0)
    #expect(
      throws: TrainKitError(
        "numbered: the fractions add up to 1.2, more than 1")
    ) {
      try data.split(trainFraction: 0.8, testFraction: 0.4, using: &rng)
    }
    #expect(
      throws: TrainKitError(
        "numbered: the validation fraction must be between 0 and 1, got -0.1")
    ) {
      try data.split(trainFraction: 0.8, validationFraction: -0.1, using: &rng)
    }
    #expect(
      throws: TrainKitError(
        "numbered: a test fraction of 0.01 of 10 samples gives no samples")
    ) {
      try data.split(trainFraction: 0.8, testFraction: 0.01, using: &rng)
    }
    #expect(
      throws: TrainKitError("numbered: the train fraction must be more than 0")
    ) {
      try data.split(trainFraction: 0, testFraction: 0.5, using: &rng)
    }
    #expect(
      throws: TrainKitError(
        "numbered: the parts ask for 8 + 0 + 4 = 12 samples, but there are only 10"
      )
    ) { try data.split(trainCount: 8, testCount: 4, using: &rng) }
    #expect(
      throws: TrainKitError(
        "numbered: the training part needs at least 1 sample, got 0")
    ) {
      try data.split(trainCount: 0, testCount: 4, using: &rng)
    }
    #expect(
      throws: TrainKitError(
        "numbered: the test size must not be negative, got -1")
    ) {
      try data.split(trainCount: 2, testCount: -1, using: &rng)
    }
  }

  @Test func kFoldSizesAreAsScikitLearns() throws {
    var rng = SeededGenerator(seed: 0)
    let folds = try kFoldIndices(
      count: 10, folds: 3, shuffle: false, using: &rng)
    #expect(folds.map(\.validation) == [[0, 1, 2, 3], [4, 5, 6], [7, 8, 9]])
    #expect(folds[1].train == [0, 1, 2, 3, 7, 8, 9])
  }

  @Test(arguments: [1, 2, 3, 4, 5, 7, 10, 11, 64, 101])
  func kFoldPartitionsEverySample(count: Int) throws {
    for k in 2...max(2, min(count, 12)) where k <= count {
      for shuffle in [false, true] {
        var rng = SeededGenerator(seed: UInt64(count * 100 + k))
        let folds = try kFoldIndices(
          count: count, folds: k, shuffle: shuffle, using: &rng)
        #expect(folds.count == k)
        let validation = folds.flatMap(\.validation)
        #expect(
          validation.sorted() == Array(0..<count),
          "every sample validated exactly once")
        let sizes = folds.map(\.validation.count)
        #expect(sizes.max()! - sizes.min()! <= 1)
        for fold in folds {
          #expect((fold.train + fold.validation).sorted() == Array(0..<count))
        }
      }
    }
  }

  @Test func kFoldRefusesBadArguments() throws {
    var rng = SeededGenerator(seed: 0)
    #expect(
      throws: TrainKitError(
        "k-fold cross-validation needs samples, but the data set is empty")
    ) {
      try kFoldIndices(count: 0, folds: 2, using: &rng)
    }
    #expect(
      throws: TrainKitError(
        "k-fold cross-validation needs at least 2 folds, got 1")
    ) {
      try kFoldIndices(count: 5, folds: 1, using: &rng)
    }
    #expect(
      throws: TrainKitError(
        "k-fold cross-validation with 6 folds needs at least 6 samples, got 5")
    ) {
      try kFoldIndices(count: 5, folds: 6, using: &rng)
    }
    let empty = try numberedDataset(0, name: "empty")
    #expect(
      throws: TrainKitError(
        "empty: k-fold cross-validation needs samples, but the data set is empty"
      )
    ) {
      try empty.kFold(3, using: &rng)
    }
  }

  @Test func kFoldSplitsHoldTheRightRows() throws {
    let data = try numberedDataset(5)
    var rng = SeededGenerator(seed: 0)
    let folds = try data.kFold(2, shuffle: false, using: &rng)
    #expect(rowNumbers(folds[0].validation!) == [0, 1, 2])
    #expect(rowNumbers(folds[0].train) == [3, 4])
    #expect(rowNumbers(folds[1].validation!) == [3, 4])
    #expect(folds[1].validation!.name == "numbered fold 2/2")
    #expect(folds[0].test == nil)
  }
}

@Suite struct SplitSizeTests {
  @Test func fractionsOnlyBehaveAsTheFractionSplit() throws {
    let data = try numberedDataset(7)
    var a = SeededGenerator(seed: 1)
    var b = SeededGenerator(seed: 1)
    let mixed = try data.split(
      train: .fraction(0.5), test: .fraction(0.5), using: &a)
    let fractions = try data.split(
      trainFraction: 0.5, testFraction: 0.5, using: &b)
    #expect(rowNumbers(mixed.train) == rowNumbers(fractions.train))
    #expect(rowNumbers(mixed.test!) == rowNumbers(fractions.test!))
    #expect(mixed.validation == nil)
  }

  @Test func countsAndFractionsMix() throws {
    let data = try numberedDataset(10)
    var rng = SeededGenerator(seed: 0)
    let a = try data.split(
      train: .count(3), test: .fraction(0.5), shuffle: false, using: &rng)
    #expect(rowNumbers(a.train) == [0, 1, 2])
    #expect(rowNumbers(a.test!) == [3, 4, 5, 6, 7])
    // 0.25 × 10 = 2.5 rounds away from zero to 3.
    let b = try data.split(
      train: .fraction(0.25), validation: .count(2), test: .count(1),
      shuffle: false, using: &rng)
    #expect([b.train.count, b.validation!.count, b.test!.count] == [3, 2, 1])
  }

  @Test func mixedSizesAreChecked() throws {
    let data = try numberedDataset(10)
    var rng = SeededGenerator(seed: 0)
    #expect(
      throws: TrainKitError(
        "numbered: the test fraction must be between 0 and 1, got 1.5")
    ) {
      try data.split(train: .count(2), test: .fraction(1.5), using: &rng)
    }
    #expect(
      throws: TrainKitError(
        "numbered: a test fraction of 0.01 of 10 samples gives no samples")
    ) {
      try data.split(train: .count(2), test: .fraction(0.01), using: &rng)
    }
    #expect(
      throws: TrainKitError(
        "numbered: the parts ask for 8 + 0 + 5 = 13 samples, but there are only 10"
      )
    ) { try data.split(train: .count(8), test: .fraction(0.5), using: &rng) }
    #expect(
      throws: TrainKitError(
        "numbered: the training part needs at least 1 sample, got 0")
    ) {
      try data.split(train: .count(0), test: .fraction(0.5), using: &rng)
    }
  }
}
