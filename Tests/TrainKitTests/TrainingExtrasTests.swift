import Testing

@testable import TrainKit

/// Weight penalties, step losses, norms, reports, copies and the
/// inspection helpers the lessons use.
@Suite struct TrainingExtrasTests {
  /// y = 2·x₁ − x₂ + 1 exactly, on small whole numbers: a model at the
  /// truth has zero data gradient, so a step moves only by the penalty.
  func exactData() throws -> Dataset {
    let x = try Tensor(rows: [[1, 2], [3, -1], [0, 4], [-2, 1]])
    let y = try Tensor(rows: [[1], [8], [-3], [-4]])
    return try Dataset(
      name: "exact", features: x, targets: y, task: .regression(outputs: 1))
  }

  func truthModel() throws -> Linear {
    try Linear(weight: Tensor(rows: [[2], [-1]]), bias: Tensor([1]))
  }

  @Test func l2PenaltyDecaysWeightsNotBiases() throws {
    let model = try truthModel()
    var rng = SeededGenerator(seed: 1)
    let history = try fit(
      model, data: DataSplit(train: exactData()),
      optimizer: TestSGD(learningRate: 0.1), epochs: 1, batchSize: 4, l2: 0.5,
      using: &rng)
    // W ← W − lr·λ·W = 0.95·W; the bias has no penalty.
    #expect(model.weight.value.scalars == [1.9, -0.95])
    #expect(model.bias!.value.scalars == [1])
    #expect(history.stepLosses == [0], "recorded losses exclude the penalty")
  }

  /// The penalty is added after clipping, just before the step, as
  /// PyTorch's weight_decay: clipping the data gradient to almost nothing
  /// leaves the decay whole.
  @Test func penaltyIsAddedAfterClipping() throws {
    let model = try Linear(
      weight: Tensor(rows: [[4], [-2]]), bias: Tensor([0]))
    var rng = SeededGenerator(seed: 1)
    _ = try fit(
      model, data: DataSplit(train: exactData()),
      optimizer: TestSGD(learningRate: 0.1), epochs: 1, batchSize: 4,
      clipNorm: 1e-6, l2: 0.5, using: &rng)
    // W ← W − lr·(clipped g + λ·W) ≈ 0.95·W; clipped with it, ≈ W.
    let w = model.weight.value.scalars
    #expect(abs(w[0] - 3.8) < 1e-5 && abs(w[1] + 1.9) < 1e-5, "\(w)")
  }

  /// One notion of a weight: matrices, never biases.
  @Test func weightsAreTheMatrices() throws {
    let model = try truthModel()
    #expect(model.weight.isWeight)
    #expect(model.bias?.isWeight == false)
    var rng = SeededGenerator(seed: 1)
    let net = try Sequential.mlp([2, 3, 1], using: &rng)
    #expect(
      net.parameters.filter(\.isWeight).map(\.name) == ["0.weight", "2.weight"])
  }

  /// The weight layers are found from `isWeight` and the parameters'
  /// names alone, whatever the layer types: batch normalization's γ and β
  /// are not weights, a residual block's linear layer is.
  @Test func weightLayersAreTheLayersHoldingAWeight() throws {
    var rng = SeededGenerator(seed: 1)
    let model = Sequential([
      try Linear(inputs: 2, outputs: 3, using: &rng),
      try BatchNorm(features: 3), Activation(.relu),
      Residual(try Linear(inputs: 3, outputs: 3, using: &rng)),
      try Linear(inputs: 3, outputs: 1, bias: false, using: &rng),
    ])
    let layers = model.weightLayers
    #expect(layers.map(\.name) == ["0", "3.body", "4"])
    #expect(layers.allSatisfy { $0.layer is Linear })
    #expect(
      layers.map { $0.layer.parameters.map(\.name) }
        == layers.map { $0.parameters.map(\.name) })
    #expect(
      layers.map(\.weight.name)
        == model.parameters.filter(\.isWeight).map(\.name))
    #expect(
      layers.map { $0.parameters.map(\.name) } == [
        ["0.weight", "0.bias"], ["3.body.weight", "3.body.bias"],
        ["4.weight"],
      ])
    // A model that is one layer: its parameters have no dot.
    let single = try Linear(inputs: 2, outputs: 1, using: &rng)
    #expect(single.weightLayers.map(\.name) == ["model"])
  }

  @Test func l1PenaltyPushesBySign() throws {
    let model = try truthModel()
    var rng = SeededGenerator(seed: 1)
    _ = try fit(
      model, data: DataSplit(train: exactData()),
      optimizer: TestSGD(learningRate: 0.1), epochs: 1, batchSize: 4, l1: 0.5,
      using: &rng)
    #expect(model.weight.value.scalars == [1.95, -0.95])
    #expect(model.bias!.value.scalars == [1])
  }

  @Test func penaltiesMustBeNonNegative() throws {
    var rng = SeededGenerator(seed: 1)
    #expect(
      throws: TrainKitError("fit: l2 must be a finite number ≥ 0, got -1.0")
    ) {
      try fit(
        truthModel(), data: DataSplit(train: exactData()),
        optimizer: TestSGD(learningRate: 0.1), epochs: 1, l2: -1, using: &rng)
    }
  }

  @Test func stepLossesNormsAndGap() throws {
    let data = try testLinearData(count: 50, seed: 2)
    var rng = SeededGenerator(seed: 3)
    let model = try Sequential.mlp([2, 4, 1], using: &rng)
    let split = DataSplit(train: data, test: data)
    let history = try fit(
      model, data: split, optimizer: TestSGD(learningRate: 0.01), epochs: 2,
      batchSize: 16, using: &rng)
    #expect(history.stepLosses.count == history.totalSteps)
    #expect(history.totalSteps == 8)
    let total = model.parameters.reduce(0.0) { $0 + squaredNorm($1.value) }
    #expect(history.weightNorms.last == Float(total.squareRoot()))
    #expect(history.generalizationGap.count == 2)
    #expect(history.generalizationGap.allSatisfy { Swift.abs($0) < 1e-6 })
    #expect(history.report == "")
    #expect(
      model.weightNorms.map(\.name) == [
        "0.weight", "0.bias", "2.weight", "2.bias",
      ])
  }

  @Test func reports() throws {
    let divergence = Divergence(
      epoch: 3, step: 41, batch: 5, source: .gradient(parameter: "0.weight"),
      loss: 12)
    var history = History(
      epochs: [], totalSteps: 40, stopReason: .diverged(divergence),
      bestEpoch: nil, restoredBestWeights: false, parameterNames: [],
      layerNames: [], lossName: "mse", optimizerDescription: "SGD")
    #expect(
      history.report
        == "stopped: the gradient of 0.weight became non-finite at epoch 3, step 41 (batch 5)"
    )
    // A NaN loss reads "NaN" whatever its sign bit (Swift prints "-nan").
    let nanLoss = Divergence(
      epoch: 1, step: 4, batch: 4, source: .loss, loss: -Float.nan)
    #expect(
      nanLoss.description == "the loss became NaN at epoch 1, step 4 (batch 4)")
    let negativeInfinity = Divergence(
      epoch: 2, step: 9, batch: 1, source: .loss, loss: -.infinity)
    #expect(
      negativeInfinity.description
        == "the loss became -inf at epoch 2, step 9 (batch 1)")
    history.stopReason = .cancelled
    #expect(history.report == "cancelled after 40 steps (0 epochs completed)")
  }

  @Test func copiesAreIndependent() throws {
    var rng = SeededGenerator(seed: 4)
    let model = try Sequential.residualMLP(
      inputs: 2, width: 3, blocks: 1, outputs: 2, using: &rng)
    let copy = model.copied()
    #expect(copy.parameters.map(\.name) == model.parameters.map(\.name))
    #expect(copy.parameters.map(\.value) == model.parameters.map(\.value))
    #expect(copy.description == model.description)
    let original = model.parameters.map(\.value)
    let data = try testSpirals(perClass: 10, classes: 2, seed: 5)
    _ = try fit(
      copy, data: DataSplit(train: data), optimizer: TestSGD(learningRate: 0.5),
      epochs: 2, using: &rng)
    #expect(model.parameters.map(\.value) == original)
    #expect(copy.parameters.map(\.value) != original)
  }

  @Test func mlpWithoutBias() throws {
    var rng = SeededGenerator(seed: 6)
    let model = try Sequential.mlp([3, 4, 2], bias: false, using: &rng)
    #expect(model.parameters.map(\.name) == ["0.weight", "2.weight"])
  }

  @Test func evaluateInTrainingModeKeepsDropout() throws {
    var rng = SeededGenerator(seed: 7)
    let model = try Sequential.mlp([2, 32, 2], dropout: [0.5], using: &rng)
    let data = try testSpirals(perClass: 20, classes: 2, seed: 8)
    let plain = try evaluate(model, on: data)
    #expect(try evaluate(model, on: data) == plain)
    let noisy = try evaluate(
      model, on: data, mode: .training(using: SeededGenerator(seed: 9)))
    #expect(noisy.loss != plain.loss)
    #expect(model.parameters.allSatisfy { $0.gradient == nil })
  }

  @Test func sigmoidGradientsVanishTowardTheInput() throws {
    var rng = SeededGenerator(seed: 10)
    let model = try Sequential.mlp(
      [2, 16, 16, 16, 16, 16, 2], activation: .sigmoid,
      initializer: .normal(std: 1), using: &rng)
    let data = try testSpirals(perClass: 30, classes: 2, seed: 11)
    let norms = try layerGradientNorms(model, on: data)
    #expect(norms.map(\.layer) == ["0", "2", "4", "6", "8", "10"])
    #expect(norms[0].norm < norms[5].norm / 10, "\(norms)")
    #expect(model.parameters.allSatisfy { $0.gradient == nil })
  }
}
