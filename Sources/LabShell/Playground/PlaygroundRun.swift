import TrainKit

/// One training run of the Playground: the data, the network and what
/// training has done so far, all through TrainKit.
///
/// As in TensorFlow Playground's `nn.ts`: weights drawn from U(−0.5, 0.5)
/// and biases 0.1; hidden layers with the chosen activation, one output
/// with tanh (classification, labels ±1) or none (regression); the loss is
/// half the squared error (`Loss.halfMeanSquaredError`, its
/// `Errors.SQUARE`); plain SGD in minibatches of `batchSize`, taken in
/// the data's order; L1/L2 through `fit`'s `WeightPenalty`. One epoch is
/// one pass over the training points (the Playground's `oneStep`).
///
/// A class because the model and its optimizer change in place as it
/// trains; every random draw comes from generators seeded by
/// `settings.seed`, so a seed gives the same run.
final class PlaygroundRun {
  /// A point of the data in the plane, with its label (±1) or target.
  struct Point: Equatable, Sendable {
    var x: Double
    var y: Double
    var label: Double
  }

  private(set) var settings: PlaygroundSettings
  /// The points, for drawing.
  let trainPoints: [Point]
  let testPoints: [Point]
  /// What the network trains on: the chosen features, targets ±1 (or the
  /// regression target) as a column.
  let data: DataSplit
  let model: Sequential
  private let optimizer: SGD
  private var rng: SeededGenerator
  /// Epochs done.
  private(set) var epoch = 0
  /// The losses after each epoch, epoch 0 (before training) first.
  private(set) var trainLosses: [Double]
  private(set) var testLosses: [Double]
  /// The history of every epoch so far, as `fit` records it.
  private(set) var history: History?
  /// Why training stopped for good (a NaN), if it did.
  private(set) var failure: String?

  /// The plane the Playground draws: [−6, 6]².
  static let extent = -6.0...6.0

  /// Makes the data (unless `reusing` a run with the same data settings)
  /// and a fresh network.
  init(settings: PlaygroundSettings, reusing previous: PlaygroundRun? = nil)
    throws
  {
    self.settings = settings
    var dataRNG = SeededGenerator(seed: settings.dataSeed)
    var modelRNG = SeededGenerator(seed: settings.seed &+ 1)
    rng = SeededGenerator(seed: settings.seed &+ 2)
    let points: [Point]
    if let previous, previous.settings.sameData(as: settings) {
      points = previous.trainPoints + previous.testPoints
    } else {
      points = try Self.makePoints(settings, using: &dataRNG)
    }
    let cut = points.count * settings.trainPercent / 100
    trainPoints = Array(points[..<cut])
    testPoints = Array(points[cut...])
    data = DataSplit(
      train: try Self.dataset("train", trainPoints, settings),
      test: try Self.dataset("test", testPoints, settings))
    model = try Self.makeModel(settings, using: &modelRNG)
    optimizer = try SGD(learningRate: Float(settings.learningRate))
    let model = self.model
    let train = try evaluate(
      model, on: data.train, loss: .halfMeanSquaredError)
    var test = Float.nan
    if let part = data.test, !part.isEmpty {
      test = try evaluate(model, on: part, loss: .halfMeanSquaredError).loss
    }
    trainLosses = [Double(train.loss)]
    testLosses = [Double(test)]
  }

  /// Trains one epoch; does nothing once training has failed.
  func trainEpoch() {
    guard failure == nil else { return }
    optimizer.learningRate = Float(settings.learningRate)
    let rate = Float(settings.regularizationRate)
    do {
      let run = try fit(
        model, data: data, loss: .halfMeanSquaredError, optimizer: optimizer,
        epochs: 1, batchSize: settings.batchSize,
        l2: settings.regularization == .l2 ? rate : 0,
        l1: settings.regularization == .l1 ? rate : 0,
        shuffle: false, using: &rng)
      if let divergence = run.divergence {
        failure = "training diverged: \(divergence)"
        return
      }
      guard var record = run.epochs.first else { return }
      epoch += 1
      record.epoch = epoch
      if var combined = history {
        combined.epochs.append(record)
        combined.totalSteps += run.totalSteps
        combined.stepLosses += run.stepLosses
        history = combined
      } else {
        var first = run
        first.epochs = [record]
        history = first
      }
      trainLosses.append(Double(record.trainLoss))
      testLosses.append(Double(record.testLoss ?? .nan))
    } catch {
      failure = "\(error)"
    }
  }

  /// Sets the learning rate of the next epochs: the one control that does
  /// not restart training in the Playground.
  func changeLearningRate(to rate: Double) {
    settings.learningRate = rate
  }

  // MARK: - Building

  static func makePoints(
    _ settings: PlaygroundSettings, using rng: inout SeededGenerator
  ) throws -> [Point] {
    let noise = Float(settings.noise) / 100
    let dataset: Dataset
    switch settings.problem {
    case .classification:
      dataset = try Dataset.playground(
        settings.dataset, count: settings.sampleCount, noise: noise,
        using: &rng)
    case .regression:
      dataset = try Dataset.playgroundRegression(
        settings.regressionDataset, count: settings.sampleCount,
        noise: noise, using: &rng)
    }
    let x = dataset.features.scalars
    let y = dataset.targets.scalars
    return (0..<dataset.count).map { row in
      Point(
        x: Double(x[2 * row]), y: Double(x[2 * row + 1]),
        label: settings.problem == .classification
          ? (y[row] > 0.5 ? 1 : -1) : Double(y[row]))
    }
  }

  static func dataset(
    _ name: String, _ points: [Point], _ settings: PlaygroundSettings
  ) throws -> Dataset {
    let plane = try Dataset(
      name: name,
      features: Tensor(
        shape: [points.count, 2],
        scalars: points.flatMap { [Float($0.x), Float($0.y)] }),
      targets: Tensor(
        shape: [points.count, 1], scalars: points.map { Float($0.label) }),
      task: .regression(outputs: 1), featureNames: ["x1", "x2"],
      targetName: "label")
    return try plane.mappingFeatures(settings.features)
  }

  static func makeModel(
    _ settings: PlaygroundSettings, using rng: inout SeededGenerator
  ) throws -> Sequential {
    let sizes = [settings.features.count] + settings.hidden + [1]
    var layers: [any Layer] = []
    for index in 0..<(sizes.count - 1) {
      let drawn = try Linear(
        inputs: sizes[index], outputs: sizes[index + 1],
        initializer: .uniform(bound: 0.5), using: &rng)
      layers.append(
        try Linear(
          weight: drawn.weight.value,
          bias: Tensor.full(shape: [sizes[index + 1]], value: 0.1)))
      if index < sizes.count - 2 {
        layers.append(Activation(settings.activation))
      } else if settings.problem == .classification {
        layers.append(Activation(.tanh))
      }
    }
    return Sequential(layers)
  }

  // MARK: - Reading the network

  /// The weight matrices, input side first: `weights[k][i][j]` joins
  /// neuron i of layer k to neuron j of layer k + 1.
  var weights: [[[Double]]] {
    model.layers.compactMap { $0 as? Linear }.map { linear in
      let values = linear.weight.value.scalars
      let outputs = linear.outputs
      return (0..<linear.inputs).map { i in
        (0..<outputs).map { j in Double(values[i * outputs + j]) }
      }
    }
  }

  /// Every neuron's output on an `n`×`n` grid over the plane:
  /// `[layer][neuron][row * n + column]`, row 0 at the bottom; layer 0 is
  /// the input features, the last layer the output.
  func neuronOutputs(grid n: Int) throws -> [[[Double]]] {
    let step = (Self.extent.upperBound - Self.extent.lowerBound) / Double(n - 1)
    var plane: [Float] = []
    plane.reserveCapacity(2 * n * n)
    for row in 0..<n {
      for column in 0..<n {
        plane.append(Float(Self.extent.lowerBound + Double(column) * step))
        plane.append(Float(Self.extent.lowerBound + Double(row) * step))
      }
    }
    let grid = try Dataset(
      name: "grid", features: Tensor(shape: [n * n, 2], scalars: plane),
      targets: Tensor.zeros(shape: [n * n, 1]), task: .regression(outputs: 1)
    ).mappingFeatures(settings.features)
    var current = grid.features
    var layers = [Self.columns(of: current)]
    var context = ForwardContext.evaluation
    context.recordsGradients = false
    let count = model.layers.count
    for (index, layer) in model.layers.enumerated() {
      current = try layer(current, context: &context)
      let next = index + 1 < count ? model.layers[index + 1] : nil
      // A neuron's output is read after its activation (or after the last
      // linear layer of a regression network).
      if layer is Activation || (next == nil) {
        layers.append(Self.columns(of: current))
      }
    }
    return layers
  }

  private static func columns(of tensor: Tensor) -> [[Double]] {
    let rows = tensor.shape[0]
    let columns = tensor.shape[1]
    let values = tensor.scalars
    return (0..<columns).map { column in
      (0..<rows).map { Double(values[$0 * columns + column]) }
    }
  }
}

extension PlaygroundSettings {
  /// True when `other` makes the same points (so a restart keeps them).
  func sameData(as other: PlaygroundSettings) -> Bool {
    problem == other.problem && dataset == other.dataset
      && regressionDataset == other.regressionDataset
      && noise == other.noise && dataSeed == other.dataSeed
  }
}
