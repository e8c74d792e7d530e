import Testing

@testable import TrainKit

@Suite struct DataRowsTests {
  @Test(arguments: [0, 1, 2, 3, 10, 257])
  func seededPermutationIsAPermutation(count: Int) {
    var rng = SeededGenerator(seed: UInt64(count))
    let order = seededPermutation(count: count, using: &rng)
    #expect(order.sorted() == Array(0..<count))
  }

  @Test func seededShuffleIsDeterministicAndDependsOnTheSeed() throws {
    let data = try numberedDataset(20)
    var a = SeededGenerator(seed: 5)
    var b = SeededGenerator(seed: 5)
    var c = SeededGenerator(seed: 6)
    let first = rowNumbers(data.shuffled(using: &a))
    #expect(first == rowNumbers(data.shuffled(using: &b)))
    #expect(first != rowNumbers(data.shuffled(using: &c)))
    #expect(first != Array(0..<20))
    #expect(first.sorted() == Array(0..<20))
    // Features travel with their targets.
    let shuffled = data.shuffled(using: &a)
    for (row, number) in rowNumbers(shuffled).enumerated() {
      #expect(shuffled.features.scalars[2 * row + 1] == Float(10 * number))
    }
  }

  @Test func fisherYatesMatchesAHandComputedOrder() {
    // Durstenfeld: i = 3, 2, 1 swaps with j = nextInt(below: i + 1).
    var rng = SeededGenerator(seed: 9)
    var reference = SeededGenerator(seed: 9)
    var expected = [0, 1, 2, 3]
    for i in stride(from: 3, to: 0, by: -1) {
      expected.swapAt(i, reference.nextInt(below: i + 1))
    }
    #expect(seededPermutation(count: 4, using: &rng) == expected)
  }

  @Test func selectsAndGathersRows() throws {
    let data = try numberedDataset(5)
    let picked = try data.rows([4, 0, 4])
    #expect(rowNumbers(picked) == [4, 0, 4])
    #expect(picked.features.scalars == [4, 40, 0, 0, 4, 40])
    #expect(picked.targets.shape == [3, 1])
    #expect(rowNumbers(try data.rows(1..<3)) == [1, 2])
    #expect(try data.rows([]).count == 0)
    #expect(
      throws: TrainKitError(
        "numbered: row index 5 is out of range for 5 samples (valid: 0..<5)")
    ) {
      try data.rows([0, 5])
    }
    #expect(
      throws: TrainKitError(
        "numbered: rows 3..<6 are out of range for 5 samples")
    ) {
      try data.rows(3..<6)
    }
  }

  @Test func gathersClassLabels() throws {
    let data = try Dataset(
      name: "c", features: Tensor(shape: [3, 1], scalars: [0, 1, 2]),
      targets: Tensor([2, 0, 1]),
      task: .classification(classes: 3))
    let picked = try data.rows([2, 1])
    #expect(picked.targets.shape == [2])
    #expect(picked.targets.scalars == [1, 0])
    #expect(picked.features.scalars == [2, 1])
  }

  @Test func selectsFeatureColumns() throws {
    let data = try numberedDataset(3)
    let second = try data.selectingFeatures([1])
    #expect(second.featureNames == ["x2"])
    #expect(second.features.shape == [3, 1])
    #expect(second.features.scalars == [0, 10, 20])
    #expect(
      try data.selectingFeatures(named: ["x2", "x1"]).features.scalars == [
        0, 0, 10, 1, 20, 2,
      ])
    #expect(
      throws: TrainKitError(
        "numbered: feature column 2 is out of range for 2 features (valid: 0..<2)"
      )
    ) {
      try data.selectingFeatures([2])
    }
    #expect(
      throws: TrainKitError(
        "numbered: no feature named \"z\"; the features are x1, x2")
    ) {
      try data.selectingFeatures(named: ["z"])
    }
  }
}
