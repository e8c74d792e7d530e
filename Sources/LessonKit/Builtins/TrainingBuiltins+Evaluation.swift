import Foundation
import Localization
import TermPlot
import TrainKit

extension TrainingBuiltins {
  static func crossValidate(_ arguments: Arguments) throws -> Value {
    let interpreter = arguments.interpreter
    if case .string(let name) = try arguments.required("model") {
      return try crossValidateClosedForm(name, arguments)
    }
    let model = try arguments.object(
      "model", as: ModelObject.self, expected: "a model, \"lstsq\" or \"ridge\""
    )
    let data = try arguments.dataset("data")
    let k = try arguments.int("k", in: 2...100)
    let epochs = try arguments.int("epochs", in: 1...1_000_000)
    var rng = try arguments.generator()
    let folds = try data.kFold(k, using: &rng)
    let optimizer = try optimizerArgument(arguments)
    let loss =
      arguments.value("loss") == nil
      ? nil : try lossArgument(arguments, task: data.task)
    var trainLosses: [Double] = []
    var validLosses: [Double] = []
    let live = try LiveTraining(arguments)
    // Each fold's validation loss, epoch by epoch, for the live chart.
    var curves: [[Float?]] = []
    let picture = {
      TrainingChart(
        epochs: epochs,
        losses: curves.enumerated().map { fold, curve in
          Series(
            name: String(Message("fold \(fold + 1)")),
            y: curve.map { Double($0 ?? .nan) })
        })
    }
    for (index, fold) in folds.enumerated() {
      try interpreter.checkCancellation()
      let batch = try batchArgument(arguments, count: fold.train.count)
      try interpreter.charge(
        epochs * ((fold.train.count + batch - 1) / batch),
        at: arguments.callRange)
      let copied = model.model.copied()
      curves.append([])
      // Each fold trains with a fresh optimizer: no momentum or moments
      // carried over from the previous fold.
      let history = try TrainKit.fit(
        copied, data: fold, loss: loss, optimizer: optimizer.fresh(),
        epochs: epochs,
        batchSize: batch, using: &rng
      ) { progress in
        if case .epoch = progress.event, let record = progress.record {
          curves[curves.count - 1].append(record.validationLoss)
          live.frame { picture() }
        }
        return interpreter.isCancelled() ? .stop : .proceed
      }
      if history.wasCancelled {
        live.finish(picture())
        throw CellInterrupted()
      }
      interpreter.progress?(
        ProgressUpdate(label: "cross_validate", completed: index + 1, total: k))
      trainLosses.append(Double(history.trainLoss.last ?? .nan))
      validLosses.append(Double(history.validationLoss.last ?? .nan))
    }
    live.finish(picture())
    let mean = validLosses.reduce(0, +) / Double(validLosses.count)
    let std =
      (validLosses.map { ($0 - mean) * ($0 - mean) }.reduce(0, +)
      / Double(validLosses.count)).squareRoot()
    return .record(
      Record([
        ("train_loss", .list(trainLosses.map { .number($0) })),
        ("valid_loss", .list(validLosses.map { .number($0) })),
        ("mean", .number(mean)), ("std", .number(std)),
        ("k", .number(Double(k))),
      ]))
  }

  /// Cross-validation of the closed-form fits: mse on each fold's parts.
  static func crossValidateClosedForm(
    _ name: String, _ arguments: Arguments
  ) throws -> Value {
    guard name == "lstsq" || name == "ridge" else {
      throw arguments.error(
        "model",
        "`model` must be a model, \"lstsq\" or \"ridge\", got \"\(name)\"")
    }
    let lambda = name == "ridge" ? try arguments.number("lam") : 0
    guard lambda >= 0, lambda.isFinite else {
      throw arguments.error("lam", "`lam` must be a finite number ≥ 0")
    }
    let data = try arguments.dataset("data")
    let k = try arguments.int("k", in: 2...100)
    var rng = try arguments.generator()
    var trainLosses: [Double] = []
    var validLosses: [Double] = []
    for fold in try data.kFold(k, using: &rng) {
      try arguments.interpreter.checkCancellation()
      let layer = try ClosedFormBuiltins.linearSolution(
        fold.train, lambda: lambda, bias: true)
      trainLosses.append(
        Double(
          try TrainKit.evaluate(layer, on: fold.train, loss: .meanSquaredError)
            .loss))
      if let valid = fold.validation {
        validLosses.append(
          Double(
            try TrainKit.evaluate(layer, on: valid, loss: .meanSquaredError)
              .loss))
      }
    }
    return summary(trainLosses, validLosses, k: k)
  }

  static func summary(
    _ trainLosses: [Double], _ validLosses: [Double], k: Int
  ) -> Value {
    let mean = validLosses.reduce(0, +) / Double(max(validLosses.count, 1))
    let std =
      (validLosses.map { ($0 - mean) * ($0 - mean) }.reduce(0, +)
      / Double(max(validLosses.count, 1))).squareRoot()
    return .record(
      Record([
        ("train_loss", .list(trainLosses.map { .number($0) })),
        ("valid_loss", .list(validLosses.map { .number($0) })),
        ("mean", .number(mean)), ("std", .number(std)),
        ("k", .number(Double(k))),
      ]))
  }

  static func learningRateRange(_ arguments: Arguments) throws -> Value {
    let interpreter = arguments.interpreter
    let model = try arguments.object(
      "model", as: ModelObject.self, expected: "a model")
    let data = try arguments.dataset("data")
    let start = try arguments.number("start")
    let end = try arguments.number("end")
    guard start > 0, end > start, end.isFinite else {
      throw arguments.error("start", "needs 0 < start < end, both finite")
    }
    let steps = try arguments.int("steps", in: 2...100_000)
    try interpreter.charge(steps, at: arguments.callRange)
    let batch = try batchArgument(arguments, count: data.count)
    var rng = try arguments.generator()
    let copied = model.model.copied()
    let loss = Loss.standard(for: data.task)
    let optimizer = try SGD(learningRate: Float(start))
    var rates: [Value] = []
    var losses: [Value] = []
    var best = Double.infinity
    var batches = try Array(
      Minibatches(data, batchSize: batch, shuffle: true, using: &rng))
    var position = 0
    for step in 0..<steps {
      try interpreter.checkCancellation()
      let rate = start * pow(end / start, Double(step) / Double(steps - 1))
      if position == batches.count {
        batches = try Array(
          Minibatches(data, batchSize: batch, shuffle: true, using: &rng))
        position = 0
      }
      let (features, targets) = batches[position]
      position += 1
      copied.zeroGradients()
      var context = ForwardContext.training(using: rng.split())
      let value = try loss(try copied(features, context: &context), targets)
      let number = Double(value.scalars[0])
      rates.append(.number(rate))
      losses.append(.number(number))
      best = min(best, number)
      if !number.isFinite || number > 4 * best { break }
      try value.backward()
      try optimizer.step(copied.parameters, learningRate: Float(rate))
    }
    return .record(Record([("lr", .list(rates)), ("loss", .list(losses))]))
  }
}
