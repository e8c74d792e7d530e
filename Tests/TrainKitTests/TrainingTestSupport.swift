import RealModule

@testable import TrainKit

// Test helpers: a plain SGD that also records what it was given, an
// optimizer that only nudges, a schedule, and small data sets (the CS231n
// spirals, d2l's linear data) made here so these tests fix their own data.

/// θ ← θ − γ·b with b ← μ·b + g, recording its steps and the global
/// gradient norm it received (to observe clipping).
final class TestSGD: Optimizer {
  var learningRate: Float
  let momentum: Float
  private var buffers: [ObjectIdentifier: [Float]] = [:]
  private(set) var steps = 0
  private(set) var receivedNorms: [Float] = []

  init(learningRate: Float, momentum: Float = 0) {
    self.learningRate = learningRate
    self.momentum = momentum
  }

  /// The rates each step was given.
  private(set) var receivedRates: [Float] = []

  func step(_ parameters: [Parameter], learningRate: Float) throws {
    steps += 1
    receivedRates.append(learningRate)
    receivedNorms.append(
      Float(
        parameters.compactMap(\.gradient).reduce(0.0) { $0 + squaredNorm($1) }
          .squareRoot()))
    for parameter in parameters {
      guard let gradient = parameter.gradient else { continue }
      var buffer = gradient.scalars
      if momentum > 0, let previous = buffers[ObjectIdentifier(parameter)] {
        for i in buffer.indices { buffer[i] += momentum * previous[i] }
      }
      buffers[ObjectIdentifier(parameter)] = buffer
      for i in buffer.indices {
        parameter.value.scalars[i] -= learningRate * buffer[i]
      }
    }
  }

  func fresh() -> any Optimizer {
    TestSGD(learningRate: learningRate, momentum: momentum)
  }

  var description: String {
    "TestSGD(lr=\(learningRate), momentum=\(momentum))"
  }
}

/// Adds `amount` to every weight at every step, ignoring gradients: makes
/// the loss of a model that starts at the truth worse epoch after epoch.
final class DriftOptimizer: Optimizer {
  var learningRate: Float = 0
  let amount: Float
  init(amount: Float) { self.amount = amount }
  func step(_ parameters: [Parameter], learningRate: Float) throws {
    for parameter in parameters { parameter.value = parameter.value + amount }
  }
  func fresh() -> any Optimizer { DriftOptimizer(amount: amount) }
  var description: String { "Drift(\(amount))" }
}

/// Halves the rate every epoch.
struct HalvingSchedule: LearningRateSchedule {
  func learningRate(epoch: Int, base: Float) -> Float {
    base * Float.pow(0.5, epoch)
  }
  var description: String { "halving" }
}

/// CS231n's spirals: `classes` arms of `perClass` points in 2-D.
func testSpirals(perClass: Int, classes: Int, seed: UInt64) throws -> Dataset {
  var rng = SeededGenerator(seed: seed)
  var features: [Float] = []
  var labels: [Float] = []
  for arm in 0..<classes {
    for i in 0..<perClass {
      let r = Float(i) / Float(perClass - 1)
      let t = Float(arm) * 4 + 4 * r + rng.nextNormal(std: 0.2)
      features += [r * Float.sin(t), r * Float.cos(t)]
      labels.append(Float(arm))
    }
  }
  return try Dataset(
    name: "spirals",
    features: Tensor(shape: [perClass * classes, 2], scalars: features),
    targets: Tensor(labels),
    task: .classification(classes: classes))
}

/// y = x·w + b + ε with d2l's w = [2, −3.4], b = 4.2, ε ~ N(0, 0.01²).
func testLinearData(count: Int, seed: UInt64) throws -> Dataset {
  var rng = SeededGenerator(seed: seed)
  let x = try Tensor.randomNormal(shape: [count, 2], using: &rng)
  var y: [Float] = []
  for row in 0..<count {
    y.append(
      2 * x.scalars[2 * row] - 3.4 * x.scalars[2 * row + 1] + 4.2
        + rng.nextNormal(std: 0.01))
  }
  return try Dataset(
    name: "linear", features: x,
    targets: Tensor(shape: [count, 1], scalars: y),
    task: .regression(outputs: 1))
}
