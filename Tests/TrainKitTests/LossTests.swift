import Testing

@testable import TrainKit

@Suite struct LossTests {
  @Test func meanSquaredErrorValues() throws {
    let p = try Tensor(rows: [[1], [2], [4]])
    let t = try Tensor(rows: [[1], [0], [1]])
    #expect(try meanSquaredError(p, t).item() == (0 + 4 + 9) / 3)
    #expect(try halfMeanSquaredError(p, t).item() == (0 + 4 + 9) / 6)
    #expect(
      throws: TrainKitError(
        "mean squared error (predictions, targets): shapes [3, 1] and [3] do not match"
      )
    ) {
      try meanSquaredError(p, Tensor([1, 0, 1]))
    }
  }

  @Test func crossEntropyValues() throws {
    // Uniform logits over 4 classes: loss = log 4.
    let logits = try Tensor.zeros(shape: [2, 4])
    let loss = try softmaxCrossEntropy(logits: logits, labels: Tensor([0, 3]))
      .item()
    #expect(Swift.abs(loss - Float.log(4)) < 1e-6)
    #expect(
      throws: TrainKitError(
        "softmax cross-entropy: row 2 has label 4.0, expected a whole number in 0..<4"
      )
    ) {
      try softmaxCrossEntropy(logits: logits, labels: Tensor([0, 4]))
    }
    #expect(
      throws: TrainKitError(
        "softmax cross-entropy: logits must be [samples, classes] and labels [samples]; got shapes [2, 4] and [3]"
      )
    ) {
      try softmaxCrossEntropy(logits: logits, labels: Tensor([0, 1, 2]))
    }
  }

  @Test func crossEntropyIsStableForHugeLogits() throws {
    let w = Parameter(
      name: "logits",
      value: try Tensor(rows: [[1000, -1000, 0], [-1000, 1000, 0]]))
    let right = try softmaxCrossEntropy(
      logits: w.tracked, labels: Tensor([0, 1]))
    #expect(try right.item() == 0)
    let wrong = try softmaxCrossEntropy(
      logits: w.tracked, labels: Tensor([1, 0]))
    #expect(try wrong.item() == 2000)
    try wrong.backward()
    #expect(w.gradient!.isFinite)
    #expect(w.gradient!.scalars == [0.5, -0.5, 0, -0.5, 0.5, 0])
  }

  @Test func binaryCrossEntropyValues() throws {
    let loss = try binaryCrossEntropy(
      logits: Tensor([0, 0]), labels: Tensor([0, 1])
    ).item()
    #expect(Swift.abs(loss - Float.log(2)) < 1e-6)
    let huge = try binaryCrossEntropy(
      logits: Tensor([1000, -1000]), labels: Tensor([0, 1])
    ).item()
    #expect(huge == 1000)
    #expect(
      try binaryCrossEntropy(
        logits: Tensor([1000, -1000]), labels: Tensor([1, 0])
      ).item() == 0)
    #expect(
      throws: TrainKitError(
        "binary cross-entropy: row 1 has label 2.0, expected a value in [0, 1]")
    ) {
      try binaryCrossEntropy(logits: Tensor([0]), labels: Tensor([2]))
    }
  }

  @Test func accuracyCounts() throws {
    let logits = try Tensor(rows: [[2, 1], [0, 3], [5, 4]])
    #expect(
      try Loss.softmaxCrossEntropy.correctCount(logits, Tensor([0, 1, 1])) == 2)
    #expect(
      try Loss.binaryCrossEntropy.correctCount(
        Tensor([1, -1, 2]), Tensor([1, 1, 1])) == 2)
    #expect(try Loss.meanSquaredError.correctCount(logits, logits) == nil)
    #expect(
      Loss.standard(for: .classification(classes: 3)) == .softmaxCrossEntropy)
  }
}

@Suite struct LossGradientTests {
  @Test(arguments: [[1], [5, 1], [4, 3]])
  func meanSquaredErrorGradient(_ shape: [Int]) throws {
    let targets = randomInput(shape, seed: 30)
    try checkGradients([randomInput(shape, seed: 31)]) {
      try meanSquaredError($0[0], targets)
    }
    try checkGradients([randomInput(shape, seed: 32)]) {
      try halfMeanSquaredError($0[0], targets)
    }
  }

  @Test(arguments: [(1, 2), (5, 3), (4, 10)])
  func crossEntropyGradient(_ n: Int, _ classes: Int) throws {
    let labels = Tensor((0..<n).map { Float(($0 * 7) % classes) })
    try checkGradients([randomInput([n, classes], seed: 33)], step: 1e-3) {
      try softmaxCrossEntropy(logits: $0[0], labels: labels)
    }
  }

  @Test(arguments: [[6], [6, 1]])
  func binaryCrossEntropyGradient(_ shape: [Int]) throws {
    let labels = Tensor([0, 1, 1, 0, 0.3, 1])
    try checkGradients([randomInput(shape, seed: 34)], step: 1e-3) {
      try binaryCrossEntropy(logits: $0[0], labels: labels)
    }
  }
}
