import Testing

@testable import TrainKit

@Suite struct MinibatchTests {
  @Test func theLastBatchKeepsItsRealSize() throws {
    var rng = SeededGenerator(seed: 0)
    let batches = try Minibatches(
      numberedDataset(10), batchSize: 4, shuffle: false, using: &rng)
    #expect(batches.batchSizes == [4, 4, 2])
    #expect(batches.count == 3)
    let collected = Array(batches)
    #expect(collected.map(\.features.shape) == [[4, 2], [4, 2], [2, 2]])
    #expect(collected.map(\.targets.shape) == [[4, 1], [4, 1], [2, 1]])
    #expect(collected[2].targets.scalars == [8, 9])
    #expect(collected[2].features.scalars == [8, 80, 9, 90])
  }

  @Test(arguments: [
    (1, 1, [1]), (3, 1, [1, 1, 1]), (5, 5, [5]), (5, 7, [5]),
    (7, 3, [3, 3, 1]),
  ])
  func batchSizes(count: Int, batchSize: Int, expected: [Int]) throws {
    var rng = SeededGenerator(seed: 0)
    let batches = try Minibatches(
      numberedDataset(count), batchSize: batchSize, shuffle: true, using: &rng)
    #expect(batches.batchSizes == expected)
  }

  @Test func shuffledBatchesVisitEverySampleOnceAndDeterministically() throws {
    let data = try numberedDataset(23)
    var a = SeededGenerator(seed: 8)
    var b = SeededGenerator(seed: 8)
    let first = try Minibatches(data, batchSize: 5, shuffle: true, using: &a)
      .flatMap { $0.targets.scalars }
    let second = try Minibatches(data, batchSize: 5, shuffle: true, using: &b)
      .flatMap { $0.targets.scalars }
    #expect(first == second)
    #expect(first.map { Int($0) }.sorted() == Array(0..<23))
    #expect(first.map { Int($0) } != Array(0..<23))
    // The generator advances: the next epoch has another order.
    let nextEpoch = try Minibatches(
      data, batchSize: 5, shuffle: true, using: &a
    ).flatMap { $0.targets.scalars }
    #expect(nextEpoch != first)
  }

  @Test func iteratingTwiceGivesTheSameBatches() throws {
    var rng = SeededGenerator(seed: 2)
    let batches = try Minibatches(
      numberedDataset(9), batchSize: 4, shuffle: true, using: &rng)
    #expect(batches.map(\.targets.scalars) == batches.map(\.targets.scalars))
  }

  @Test func classLabelBatchesAreVectors() throws {
    let data = try Dataset(
      name: "c", features: Tensor(shape: [3, 1], scalars: [0, 1, 2]),
      targets: Tensor([1, 0, 1]),
      task: .classification(classes: 2))
    var rng = SeededGenerator(seed: 0)
    let batches = Array(
      try Minibatches(data, batchSize: 2, shuffle: false, using: &rng))
    #expect(batches.map(\.targets.shape) == [[2], [1]])
    #expect(batches[1].targets.scalars == [1])
  }

  @Test func badBatchSizesAndEmptyDataAreRefused() throws {
    var rng = SeededGenerator(seed: 0)
    let data = try numberedDataset(4)
    #expect(
      throws: TrainKitError(
        "numbered: the batch size must be at least 1, got 0")
    ) {
      try Minibatches(data, batchSize: 0, shuffle: false, using: &rng)
    }
    #expect(
      throws: TrainKitError(
        "numbered: the batch size must be at least 1, got -3")
    ) {
      try Minibatches(data, batchSize: -3, shuffle: true, using: &rng)
    }
    #expect(
      throws: TrainKitError(
        "empty: cannot make minibatches from an empty data set")
    ) {
      try Minibatches(
        numberedDataset(0, name: "empty"), batchSize: 4, shuffle: true,
        using: &rng)
    }
  }

  @Test func inOrderBatchesLeaveTheGeneratorAlone() throws {
    var used = SeededGenerator(seed: 3)
    let untouched = SeededGenerator(seed: 3)
    _ = try Minibatches(
      numberedDataset(10), batchSize: 3, shuffle: false, using: &used)
    var a = used
    var b = untouched
    #expect(a.next() == b.next())
    // A shuffled pass draws from it.
    _ = try Minibatches(
      numberedDataset(10), batchSize: 3, shuffle: true, using: &used)
    var c = used
    var d = untouched
    #expect(c.next() != d.next())
  }
}
