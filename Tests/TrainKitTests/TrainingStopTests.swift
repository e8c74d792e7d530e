import Testing

@testable import TrainKit

/// NaN detection, early stopping, cancellation and bad input.
@Suite struct TrainingStopTests {
  @Test func hugeLearningRateIsReportedAtTheFirstNonFiniteWeight() throws {
    let data = try testLinearData(count: 20, seed: 1)
    var rng = SeededGenerator(seed: 2)
    let model = Sequential([try Linear(inputs: 2, outputs: 1, using: &rng)])
    let history = try fit(
      model, data: DataSplit(train: data),
      optimizer: TestSGD(learningRate: 1e38), epochs: 5, batchSize: 5,
      using: &rng)
    let divergence = try #require(history.divergence)
    #expect(
      divergence.epoch == 1 && divergence.step == 1 && divergence.batch == 1)
    #expect(divergence.source == .weight(parameter: "0.bias"))
    #expect(
      model.parameters[0].value.isFinite,
      "the weights stayed finite: the bias (larger gradient) overflowed first")
    #expect(
      divergence.description.hasPrefix(
        "the weights of 0.bias became non-finite after the update at epoch 1, step 1 (batch 1)"
      ))
    #expect(history.epochs.isEmpty)
    #expect(history.totalSteps == 1)
  }

  @Test func infiniteLossIsReported() throws {
    let x = try Tensor(shape: [4, 1], scalars: [1, 2, 3, 1e30])
    let data = try Dataset(
      name: "huge", features: x, targets: x, task: .regression(outputs: 1))
    let model = try Linear(
      weight: Tensor(shape: [1, 1], scalars: [3]), bias: Tensor([0]))
    var rng = SeededGenerator(seed: 3)
    let history = try fit(
      model, data: DataSplit(train: data),
      optimizer: TestSGD(learningRate: 0.1), epochs: 3, batchSize: 2,
      shuffle: false, using: &rng)
    #expect(
      history.divergence
        == Divergence(
          epoch: 1, step: 2, batch: 2, source: .loss, loss: .infinity))
    #expect(history.totalSteps == 1)
  }

  /// y = x·√p with p = 0: the loss is finite but d√p/dp is infinite.
  struct RootLayer: Layer {
    let p = Parameter(name: "p", value: Tensor([0]))
    func callAsFunction(_ input: Tensor, context: inout ForwardContext) throws
      -> Tensor
    {
      try input * context.value(of: p).squareRoot()
    }
    var parameters: [Parameter] { [p] }
    func copied() -> RootLayer { self }
    var description: String { "Root" }
  }

  @Test func nonFiniteGradientNamesTheParameter() throws {
    let data = try testLinearData(count: 8, seed: 4)
    let x = try data.features.rows(0..<8).sum(
      alongAxis: 1, keepingDimension: true)
    let regression = try Dataset(
      name: "r", features: x, targets: data.targets,
      task: .regression(outputs: 1))
    var rng = SeededGenerator(seed: 5)
    let history = try fit(
      RootLayer(), data: DataSplit(train: regression),
      optimizer: TestSGD(learningRate: 0.1), epochs: 1, using: &rng)
    let divergence = try #require(history.divergence)
    #expect(divergence.source == .gradient(parameter: "p"))
    #expect(divergence.loss.isFinite)
    #expect(history.totalSteps == 0)
  }

  @Test func earlyStoppingRestoresTheBestWeights() throws {
    let data = try testLinearData(count: 40, seed: 6)
    let model = try Linear(
      weight: Tensor(shape: [2, 1], scalars: [2, -3.4]), bias: Tensor([4.2]))
    let split = DataSplit(train: data, validation: data)
    var rng = SeededGenerator(seed: 7)
    let history = try fit(
      model, data: split, optimizer: DriftOptimizer(amount: 0.25), epochs: 20,
      batchSize: 20,
      earlyStopping: EarlyStopping(patience: 2), using: &rng)
    #expect(history.stopReason == .earlyStopped(bestEpoch: 1))
    #expect(history.epochs.count == 3)
    #expect(history.restoredBestWeights)
    // After epoch 1 (two steps of +0.25) every weight had drifted by 0.5.
    #expect(model.weight.value.scalars == [2.5, -2.9])
    #expect(model.bias!.value.scalars == [4.7])
    #expect(
      history.validationLoss[0] < history.validationLoss[1]
        && history.validationLoss[1] < history.validationLoss[2])
  }

  @Test func earlyStoppingWithoutRestoreKeepsTheLastWeights() throws {
    let data = try testLinearData(count: 40, seed: 6)
    let model = try Linear(
      weight: Tensor(shape: [2, 1], scalars: [2, -3.4]), bias: Tensor([4.2]))
    var rng = SeededGenerator(seed: 7)
    let history = try fit(
      model, data: DataSplit(train: data),
      optimizer: DriftOptimizer(amount: 0.25), epochs: 20, batchSize: 20,
      earlyStopping: EarlyStopping(patience: 1, restoreBest: false), using: &rng
    )
    #expect(history.stopReason == .earlyStopped(bestEpoch: 1))
    #expect(history.epochs.count == 2)
    #expect(!history.restoredBestWeights)
    #expect(model.bias!.value.scalars == [5.2])
  }

  @Test func observerCancelsAfterTheCurrentBatch() throws {
    let data = try testSpirals(perClass: 20, classes: 3, seed: 8)
    var rng = SeededGenerator(seed: 9)
    let model = try Sequential.mlp([2, 8, 3], using: &rng)
    let optimizer = TestSGD(learningRate: 0.1)
    var seen: [String] = []
    let history = try fit(
      model, data: DataSplit(train: data), optimizer: optimizer, epochs: 10,
      batchSize: 16, using: &rng
    ) { progress in
      seen.append(
        String(progress.description.split(separator: "  loss").first!))
      return progress.epoch == 2 && progress.batch == 3
        && progress.event == .batch ? .stop : .proceed
    }
    #expect(history.wasCancelled)
    #expect(history.epochs.count == 1)
    #expect(history.totalSteps == 4 + 3)
    #expect(optimizer.steps == 7)
    #expect(
      seen == [
        "epoch 1/10  batch 1/4", "epoch 1/10  batch 2/4",
        "epoch 1/10  batch 3/4", "epoch 1/10  batch 4/4",
        "epoch 1/10", "epoch 2/10  batch 1/4", "epoch 2/10  batch 2/4",
        "epoch 2/10  batch 3/4",
      ])
    #expect(model.parameters.allSatisfy { $0.gradient == nil })
  }

  @Test func badInputGivesClearErrors() throws {
    let data = try testLinearData(count: 10, seed: 10)
    var rng = SeededGenerator(seed: 11)
    let model = try Linear(inputs: 3, outputs: 1, using: &rng)
    let split = DataSplit(train: data)
    let sgd = TestSGD(learningRate: 0.1)
    #expect(
      throws: TrainKitError("fit: the batch size must be at least 1, got 0")
    ) {
      try fit(
        model, data: split, optimizer: sgd, epochs: 1, batchSize: 0, using: &rng
      )
    }
    #expect(
      throws: TrainKitError(
        "fit: the number of epochs must be at least 1, got 0")
    ) {
      try fit(model, data: split, optimizer: sgd, epochs: 0, using: &rng)
    }
    let empty = try Dataset(
      name: "nothing", features: Tensor.zeros(shape: [0, 2]),
      targets: Tensor.zeros(shape: [0, 1]), task: .regression(outputs: 1))
    #expect(throws: TrainKitError("fit: the training set \"nothing\" is empty"))
    {
      try fit(
        model, data: DataSplit(train: empty), optimizer: sgd, epochs: 1,
        using: &rng)
    }
    #expect(
      throws: TrainKitError(
        "Linear(3 → 1): expected input of shape [batch, 3], got [10, 2]")
    ) {
      try fit(
        model, data: split, optimizer: sgd, epochs: 1, batchSize: 32,
        using: &rng)
    }
    let wide = try Linear(inputs: 2, outputs: 2, using: &rng)
    #expect(
      throws: TrainKitError(
        "mean squared error (predictions, targets): shapes [10, 2] and [10, 1] do not match"
      )
    ) {
      try fit(
        wide, data: split, optimizer: sgd, epochs: 1, batchSize: 32, using: &rng
      )
    }
    #expect(
      throws: TrainKitError(
        "fit: early stopping needs a patience of at least 1 epoch, got 0")
    ) {
      try fit(
        model, data: split, optimizer: sgd, epochs: 1,
        earlyStopping: EarlyStopping(patience: 0), using: &rng)
    }
    #expect(
      throws: TrainKitError("fit: clipNorm must be a positive number, got -1.0")
    ) {
      try fit(
        model, data: split, optimizer: sgd, epochs: 1, clipNorm: -1, using: &rng
      )
    }
    #expect(
      throws: TrainKitError("evaluate: the data set \"nothing\" is empty")
    ) {
      try evaluate(model, on: empty)
    }
  }

  @Test func evaluateAndPredict() throws {
    let model = try Linear(
      weight: Tensor(shape: [1, 2], scalars: [1, -1]), bias: Tensor([0, 0]))
    let x = try Tensor(shape: [5, 1], scalars: [1, -2, 3, -4, 5])
    let data = try Dataset(
      name: "signs", features: x, targets: Tensor([0, 1, 1, 1, 0]),
      task: .classification(classes: 2))
    let result = try evaluate(model, on: data, batchSize: 2)
    #expect(result.accuracy == 0.8)
    let whole = try softmaxCrossEntropy(logits: model(x), labels: data.targets)
      .item()
    #expect(Swift.abs(result.loss - whole) < 1e-6)
    #expect(try predict(model, x, batchSize: 2) == model(x))
  }
}
