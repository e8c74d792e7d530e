import Testing

@testable import TrainKit

@Suite struct TrainingFitTests {
  @Test func mlpLearnsSpirals() throws {
    var rng = SeededGenerator(seed: 2)
    let data = try Dataset.spirals(count: 300, arms: 3, noise: 0.1, using: &rng)
    let model = try Sequential.mlp([2, 64, 64, 3], using: &rng)
    let history = try fit(
      model, data: DataSplit(train: data),
      optimizer: Adam(learningRate: 0.01), epochs: 300,
      batchSize: 32, using: &rng)
    #expect(history.stopReason == .completed)
    #expect(history.epochs.count == 300)
    #expect(history.totalSteps == 300 * 10)
    let accuracy = try #require(history.trainAccuracy.last)
    #expect(accuracy >= 0.95, "training accuracy \(accuracy)")
    #expect(try evaluate(model, on: data).accuracy == accuracy)
  }

  @Test func minibatchSGDRecoversLinearWeights() throws {
    let data = try testLinearData(count: 1000, seed: 3)
    var rng = SeededGenerator(seed: 4)
    let model = try Linear(inputs: 2, outputs: 1, using: &rng)
    let history = try fit(
      model, data: DataSplit(train: data), loss: .halfMeanSquaredError,
      optimizer: SGD(learningRate: 0.03),
      epochs: 3, batchSize: 10, using: &rng)
    #expect(history.totalSteps == 300)
    let w = model.weight.value.scalars
    let b = model.bias!.value.scalars[0]
    #expect(Swift.abs(w[0] - 2) < 1e-2, "w₁ = \(w[0])")
    #expect(Swift.abs(w[1] + 3.4) < 1e-2, "w₂ = \(w[1])")
    #expect(Swift.abs(b - 4.2) < 1e-2, "b = \(b)")
    #expect(history.trainLoss.last! < 1e-3)
    #expect(history.trainAccuracy.isEmpty)
    #expect(history.lossName == "half_mse")
  }

  @Test func sameSeedGivesBitIdenticalHistories() throws {
    func run() throws -> (History, [Tensor]) {
      let data = try testSpirals(perClass: 30, classes: 3, seed: 5)
      var rng = SeededGenerator(seed: 6)
      let model = try Sequential.mlp(
        [2, 16, 16, 3], dropout: [0.2], using: &rng)
      let split = DataSplit(
        train: try data.rows(0..<60),
        validation: try data.rows(60..<90))
      let history = try fit(
        model, data: split, optimizer: SGD(learningRate: 0.05, momentum: 0.9),
        epochs: 5, batchSize: 8,
        schedule: HalvingSchedule(), clipNorm: 1, using: &rng)
      return (history, model.parameters.map(\.value))
    }
    let (first, firstWeights) = try run()
    let (second, secondWeights) = try run()
    #expect(first == second)
    #expect(firstWeights == secondWeights)
    #expect(first.learningRates == [0.05, 0.025, 0.0125, 0.00625, 0.003125])
  }

  /// The schedule's rate is passed to each step; the optimizer's own rate,
  /// the base, is never written.
  @Test func theScheduledRateIsPassedToEachStep() throws {
    let data = try testSpirals(perClass: 10, classes: 2, seed: 5)
    var rng = SeededGenerator(seed: 6)
    let model = try Sequential.mlp([2, 4, 2], using: &rng)
    let optimizer = TestSGD(learningRate: 0.4)
    _ = try fit(
      model, data: DataSplit(train: data), optimizer: optimizer, epochs: 3,
      batchSize: 10, schedule: HalvingSchedule(), using: &rng)
    #expect(optimizer.receivedRates == [0.4, 0.4, 0.2, 0.2, 0.1, 0.1])
    #expect(optimizer.learningRate == 0.4)
  }

  @Test func recordsNamedNormsAndAllParts() throws {
    let data = try testSpirals(perClass: 20, classes: 3, seed: 7)
    var rng = SeededGenerator(seed: 8)
    let model = try Sequential.residualMLP(
      inputs: 2, width: 8, blocks: 1, outputs: 3, using: &rng)
    let split = DataSplit(
      train: try data.rows(0..<40),
      validation: try data.rows(40..<50),
      test: try data.rows(50..<60))
    let optimizer = TestSGD(learningRate: 0.1)
    let history = try fit(
      model, data: split, optimizer: optimizer, epochs: 2, batchSize: 16,
      clipNorm: 0.5, using: &rng)
    let record = history.epochs[1]
    #expect(
      history.parameterNames == [
        "0.weight", "0.bias", "2.body.0.weight", "2.body.0.bias", "3.weight",
        "3.bias",
      ])
    #expect(history.layerNames == ["0", "2.body.0", "3"])
    #expect(Set(record.gradientNorms.keys) == Set(history.parameterNames))
    #expect(Set(record.weightNorms.keys) == Set(history.parameterNames))
    #expect(record.steps == 3)
    #expect(
      record.validationLoss != nil && record.testLoss != nil
        && record.validationAccuracy != nil)
    #expect(history.testAccuracy.count == 2)
    // A layer's norm is the root of the sum of its parameters' squared norms.
    let w = record.gradientNorms["2.body.0.weight"]!
    let b = record.gradientNorms["2.body.0.bias"]!
    #expect(
      Swift.abs(
        record.layerGradientNorms["2.body.0"]! - (w * w + b * b).squareRoot())
        < 1e-5)
    #expect(history.gradientNorms(of: "3")!.count == 2)
    #expect(history.gradientNorms(of: "nope") == nil)
    // The weight norm is the norm of the final weights.
    let final = model.parameters[4].value
    #expect(
      Swift.abs(
        record.weightNorms["3.weight"]! - Float(squaredNorm(final).squareRoot())
      ) < 1e-6)
    // Clipping: the optimizer never sees a global norm above clipNorm.
    #expect(optimizer.receivedNorms.allSatisfy { $0 <= 0.5 + 1e-4 })
    #expect(
      history.epochs.map(\.gradientNorm).allSatisfy { $0 > 0.5 },
      "norms are recorded before clipping")
  }
}
