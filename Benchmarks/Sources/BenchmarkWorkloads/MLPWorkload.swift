import TrainKit

/// Minibatch training of a ReLU MLP with softmax cross-entropy and Adam —
/// the loop a learner would write in PyTorch, through TrainKit's public API:
/// shuffle, gather a batch, zero gradients, forward, loss, backward, step.
///
/// The model and optimizer are created once; every `runEpoch()` continues
/// training them, as successive epochs would.
public final class MLPWorkload {
  /// Layer sizes, input first.
  public let sizes: [Int]
  /// Samples per minibatch (the last batch keeps its real size).
  public let batchSize: Int
  /// Inputs `[samples, sizes[0]]`.
  public let features: Tensor
  /// Class indices `[samples]`, held as `Float`.
  public let labels: Tensor
  /// Samples per epoch.
  public var samples: Int { features.shape[0] }
  private let model: Sequential
  private let optimizer: Adam
  private var rng: SeededGenerator

  /// Creates the workload on the given data.
  /// - Throws: `TrainKitError` if the sizes or data are inconsistent.
  public init(
    sizes: [Int], batchSize: Int, features: Tensor, labels: Tensor,
    seed: UInt64 = 1
  )
    throws
  {
    self.sizes = sizes
    self.batchSize = batchSize
    self.features = features
    self.labels = labels
    rng = SeededGenerator(seed: seed)
    model = try Sequential.mlp(sizes, using: &rng)
    optimizer = try Adam(learningRate: 1e-3)
  }

  /// The throughput workload: 784-256-256-10, batch 256, on
  /// `samples` synthetic samples (standard normal inputs, uniform labels).
  public static func synthetic(samples: Int = 60_000) throws -> MLPWorkload {
    var rng = SeededGenerator(seed: 7)
    let inputs = 784
    let x = (0..<(samples * inputs)).map { _ in rng.nextNormal() }
    let y = (0..<samples).map { _ in Float(rng.nextInt(below: 10)) }
    return try MLPWorkload(
      sizes: [inputs, 256, 256, 10], batchSize: 256,
      features: Tensor(shape: [samples, inputs], scalars: x),
      labels: Tensor(shape: [samples], scalars: y))
  }

  /// One epoch of 64-256-256-10 at batch 64 on the first `samples` rows of
  /// the digits CSV (pixels scaled to [0, 1]).
  /// - Throws: `TrainKitError` if the file is missing or malformed.
  public static func digits(path: String, samples: Int = 1200) throws
    -> MLPWorkload
  {
    let data = try Dataset.loadCSV(path: path, target: "label")
    let count = min(samples, data.count)
    let x = try data.features.gatheringRows(Array(0..<count))
    let y = try data.targets.gatheringRows(Array(0..<count))
    let scaled = try Tensor(shape: x.shape, scalars: x.scalars.map { $0 / 16 })
    return try MLPWorkload(
      sizes: [64, 256, 256, 10], batchSize: 64, features: scaled, labels: y)
  }

  /// Trains one epoch and returns the mean minibatch loss.
  /// - Throws: `TrainKitError` from the forward pass, loss or optimizer.
  @discardableResult
  public func runEpoch() throws -> Float {
    var order = Array(0..<samples)
    order.shuffle(using: &rng)
    let parameters = model.parameters
    var total: Float = 0
    var batches = 0
    var start = 0
    while start < samples {
      let indices = Array(order[start..<min(start + batchSize, samples)])
      let x = try features.gatheringRows(indices)
      let y = try labels.gatheringRows(indices)
      for parameter in parameters { parameter.zeroGradient() }
      var context = ForwardContext.training(using: rng)
      let logits = try model(x, context: &context)
      let loss = try softmaxCrossEntropy(logits: logits, labels: y)
      try loss.backward()
      try optimizer.step(parameters)
      total += loss.scalars[0]
      batches += 1
      start += batchSize
    }
    return total / Float(max(batches, 1))
  }

  /// Trains one epoch like `runEpoch()`, adding the wall-clock seconds of
  /// each part of the step to `phases` (gather, zero, forward, loss,
  /// backward, step) — the profile that says where a step's time goes.
  /// - Throws: `TrainKitError` from the forward pass, loss or optimizer.
  public func runEpoch(phases: inout [String: Double]) throws {
    var order = Array(0..<samples)
    order.shuffle(using: &rng)
    let parameters = model.parameters
    var start = 0
    var clock = Timing.now()
    func lap(_ name: String) {
      let now = Timing.now()
      phases[name, default: 0] += now - clock
      clock = now
    }
    while start < samples {
      let indices = Array(order[start..<min(start + batchSize, samples)])
      let x = try features.gatheringRows(indices)
      let y = try labels.gatheringRows(indices)
      lap("1 gather")
      for parameter in parameters { parameter.zeroGradient() }
      lap("2 zero gradients")
      var context = ForwardContext.training(using: rng)
      let logits = try model(x, context: &context)
      lap("3 forward")
      let loss = try softmaxCrossEntropy(logits: logits, labels: y)
      lap("4 loss")
      try loss.backward()
      lap("5 backward")
      try optimizer.step(parameters)
      lap("6 optimizer step")
      start += batchSize
    }
  }
}
