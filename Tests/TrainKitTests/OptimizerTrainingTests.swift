import Testing

@testable import TrainKit

/// The optimizers, minibatches and generators working with the core's
/// layers and autodiff: a few hundred real training steps each.
@Suite struct OptimizerTrainingTests {
  /// Trains `model` for `epochs` with minibatches of `batchSize`.
  private func train(
    _ model: Sequential, on data: Dataset, loss: Loss, optimizer: any Optimizer,
    epochs: Int, batchSize: Int, schedule: (any LearningRateSchedule)? = nil,
    rng: inout SeededGenerator
  ) throws {
    let base = optimizer.learningRate
    for epoch in 0..<epochs {
      optimizer.learningRate =
        schedule?.learningRate(epoch: epoch, base: base) ?? base
      for (x, y) in try Minibatches(
        data, batchSize: batchSize, shuffle: true, using: &rng)
      {
        model.zeroGradients()
        var context = ForwardContext.training(using: rng.split())
        try loss(try model(x, context: &context), y).backward()
        try optimizer.step(model.parameters)
      }
    }
  }

  private func accuracy(_ model: Sequential, on data: Dataset) throws -> Double
  {
    let logits = try model(data.features)
    let classes = logits.shape[1]
    var correct = 0
    for row in 0..<data.count {
      let scores = logits.scalars[(row * classes)..<((row + 1) * classes)]
      let best = scores.indices.max { scores[$0] < scores[$1] }
      if best.map({ $0 - row * classes }) == Int(data.targets.scalars[row]) {
        correct += 1
      }
    }
    return Double(correct) / Double(data.count)
  }

  @Test func adamLearnsTheSpirals() throws {
    var rng = SeededGenerator(seed: 11)
    let data = try Dataset.spirals(
      count: 300, arms: 3, noise: 0.02, using: &rng)
    let model = try Sequential.mlp([2, 32, 32, 3], using: &rng)
    try train(
      model, on: data, loss: .standard(for: data.task),
      optimizer: Adam(learningRate: 0.01),
      epochs: 60, batchSize: 32, rng: &rng)
    let trained = try accuracy(model, on: data)
    #expect(trained >= 0.95, "training accuracy \(trained)")
  }

  @Test(arguments: [
    "sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adadelta", "adam",
    "adamw",
  ])
  func everyOptimizerRecoversLinearWeights(name: String) throws {
    var rng = SeededGenerator(seed: 5)
    let data = try Dataset.linear(
      count: 500, weights: [2, -3.4], bias: 4.2, noise: 0.01, using: &rng)
    let model = try Sequential.mlp([2, 1], using: &rng)
    let optimizers: [String: () throws -> any Optimizer] = [
      "sgd": { try SGD(learningRate: 0.1) },
      "momentum": { try SGD(learningRate: 0.05, momentum: 0.9) },
      "nesterov": {
        try SGD(learningRate: 0.05, momentum: 0.9, nesterov: true)
      },
      "adagrad": { try Adagrad(learningRate: 0.5) },
      "rmsprop": { try RMSprop(learningRate: 0.05) },
      "adadelta": { try Adadelta(learningRate: 5) },
      "adam": { try Adam(learningRate: 0.05) },
      "adamw": {
        try Adam(decoupled: true, learningRate: 0.05, weightDecay: 0)
      },
    ]
    let optimizer = try optimizers[name]!()
    // Sign-like steps (RMSprop) hover at the scale of the rate: decay it.
    let schedule: (any LearningRateSchedule)? =
      name == "rmsprop" ? try StepSchedule(stepSize: 10, gamma: 0.1) : nil
    try train(
      model, on: data, loss: .standard(for: data.task), optimizer: optimizer,
      epochs: 30,
      batchSize: 25, schedule: schedule, rng: &rng)
    let learned = model.parameters.flatMap(\.value.scalars)
    for (got, truth) in zip(learned, [2, -3.4, 4.2] as [Float]) {
      #expect(abs(got - truth) < 1e-2, "\(optimizer): learned \(learned)")
    }
  }
}
