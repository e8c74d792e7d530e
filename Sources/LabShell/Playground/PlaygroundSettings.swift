import Localization
import TrainKit

/// The Playground's controls, with TensorFlow Playground's defaults and
/// choices (its `state.ts` and `index.html`): the one owner of every option
/// list, range, default and key.
struct PlaygroundSettings: Equatable, Sendable {
  /// Classification (a tanh output, labels ±1) or regression (a linear
  /// output).
  enum Problem: String, CaseIterable, Sendable {
    case classification, regression
  }

  /// The penalty on the weights.
  enum Regularization: String, CaseIterable, Sendable {
    case none = "none"
    case l1 = "L1"
    case l2 = "L2"
  }

  var problem = Problem.classification
  var dataset = PlaygroundDataset.circle
  var regressionDataset = PlaygroundRegressionDataset.plane
  /// Percent of the points used for training (the rest are the test set).
  var trainPercent = 50
  /// The noise slider, 0 … 50 (the generators take it divided by 100).
  var noise = 0
  var batchSize = 10
  /// The input features switched on, in `FeatureMap.allCases` order.
  var features: [FeatureMap] = [.x1, .x2]
  /// Neurons per hidden layer.
  var hidden: [Int] = [4, 2]
  var activation = Activation.Kind.tanh
  var learningRate = 0.03
  var regularization = Regularization.none
  var regularizationRate = 0.0
  /// The seed of the data and of the weights.
  var seed: UInt64 = 1
  /// How many times "regenerate" has made new data from `seed`.
  var regenerations = 0
  /// The output picture shows only the sign of the output (the
  /// Playground's "Discretize output").
  var discretize = false
  /// The test points are drawn on the output picture ("Show test data";
  /// on here by default: off in the Playground).
  var showTestData = true

  /// The seed the points are drawn from: `seed` until "regenerate".
  var dataSeed: UInt64 {
    seed &+ UInt64(regenerations) &* 0x9E37_79B9_7F4A_7C15
  }

  // MARK: - Choices (index.html)

  static let trainPercents = Array(stride(from: 10, through: 90, by: 10))
  static let noises = Array(stride(from: 0, through: 50, by: 5))
  static let batchSizes = Array(1...30)
  static let maximumLayers = 6
  static let maximumNeurons = 8
  static let activations: [Activation.Kind] = [
    .relu, .tanh, .sigmoid, .identity,
  ]
  static let learningRates: [Double] = [
    0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10,
  ]
  static let regularizationRates: [Double] = [
    0, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10,
  ]
  /// Points generated (`NUM_SAMPLES_CLASSIFY`, `NUM_SAMPLES_REGRESS`).
  var sampleCount: Int { problem == .classification ? 500 : 1200 }

  /// The data set's name as the Playground's thumbnails call it, in
  /// English (`pg.settings`, a value lessons compare).
  var datasetName: String { datasetMessage.text(in: .en) }

  /// The data set's name as the learner reads it on screen.
  var datasetTitle: String { String(datasetMessage) }

  private var datasetMessage: Message {
    switch problem {
    case .classification:
      switch dataset {
      case .circle: Message("circle")
      case .xor: Message("exclusive or")
      case .gauss: Message("two Gaussians")
      case .spiral: Message("spiral")
      }
    case .regression:
      regressionDataset == .plane ? Message("plane") : Message("multi-Gaussian")
    }
  }

  static func activationName(_ kind: Activation.Kind) -> String {
    switch kind {
    case .relu: return "ReLU"
    case .tanh: return "tanh"
    case .sigmoid: return "sigmoid"
    default: return "linear"
    }
  }

  /// A feature's label: `x₁²` (ASCII `x1^2`).
  static func featureLabel(_ map: FeatureMap, ascii: Bool) -> String {
    let unicode: [FeatureMap: String] = [
      .x1: "x₁", .x2: "x₂", .x1Squared: "x₁²", .x2Squared: "x₂²",
      .x1TimesX2: "x₁x₂", .sinX1: "sinx₁", .sinX2: "sinx₂",
    ]
    let plain: [FeatureMap: String] = [
      .x1: "x1", .x2: "x2", .x1Squared: "x1^2", .x2Squared: "x2^2",
      .x1TimesX2: "x1x2", .sinX1: "sin1", .sinX2: "sin2",
    ]
    return (ascii ? plain : unicode)[map] ?? map.rawValue
  }
}

// MARK: - Keys

/// What a key did to the settings, and so what the Playground does next.
enum PlaygroundChange: Equatable {
  /// Nothing changed.
  case none
  /// New weights, same data (the Playground's `reset()`).
  case restart
  /// New data and new weights (`generateData()` then `reset()`).
  case regenerate
  /// Training goes on with the new value (the learning rate, as in the
  /// Playground, which does not reset for it).
  case continueTraining
  /// Only what is shown changed (discretize, test points): training goes
  /// on.
  case view
}

extension PlaygroundSettings {
  /// The controls as listed on screen: keys, name, value.
  func controlLines(selectedLayer: Int, ascii: Bool) -> [(
    keys: String, name: String, value: String
  )] {
    let features = FeatureMap.allCases.enumerated().map { index, map in
      self.features.contains(map) ? String(index + 1) : ascii ? "." : "·"
    }.joined()
    let layers =
      hidden.isEmpty
      ? "none"
      : hidden.enumerated().map { index, count in
        index == selectedLayer ? "[\(count)]" : "\(count)"
      }.joined(separator: " ")
    let problemName =
      problem == .classification
      ? String(Message("classification")) : String(Message("regression"))
    return [
      ("p", String(Message("problem")), problemName),
      ("d/D", String(Message("data")), datasetTitle),
      ("t/T", String(Message("train %")), "\(trainPercent)"),
      ("n/N", String(Message("noise")), "\(noise)"),
      ("b/B", String(Message("batch")), "\(batchSize)"),
      ("1-7", String(Message("features")), features),
      ("h/H", String(Message("layers")), layers),
      (
        ascii ? "</>" : "←/→", String(Message("layer")),
        "\(hidden.isEmpty ? 0 : selectedLayer + 1)"
      ),
      (
        ascii ? "+/-" : "↑/↓", String(Message("neurons")),
        hidden.isEmpty ? "-" : "\(hidden[selectedLayer])"
      ),
      (
        "a/A", String(Message("activation")),
        Self.activationName(activation)
      ),
      ("l/L", String(Message("learn rate")), formatRate(learningRate)),
      ("g/G", String(Message("regularize")), regularization.rawValue),
      ("e/E", String(Message("reg. rate")), formatRate(regularizationRate)),
    ]
  }

  /// Applies a control key (lower case: the next choice, upper case: the
  /// previous one); `selectedLayer` is the layer ←/→ and ↑/↓ act on.
  mutating func apply(_ key: Character, selectedLayer: inout Int)
    -> PlaygroundChange
  {
    let forward = !key.isUppercase
    func step<T: Equatable>(_ list: [T], _ value: T) -> T {
      let index = list.firstIndex(of: value) ?? 0
      let next = forward ? index + 1 : index - 1
      return list[(next + list.count) % list.count]
    }
    func clampStep<T: Equatable>(_ list: [T], _ value: T) -> T {
      let index = list.firstIndex(of: value) ?? 0
      return list[min(max(index + (forward ? 1 : -1), 0), list.count - 1)]
    }
    switch Character(key.lowercased()) {
    case "p":
      problem = step(Problem.allCases, problem)
      return .regenerate
    case "d":
      if problem == .classification {
        dataset = step(PlaygroundDataset.allCases, dataset)
      } else {
        regressionDataset = step(
          PlaygroundRegressionDataset.allCases, regressionDataset)
      }
      return .regenerate
    case "t":
      let old = trainPercent
      trainPercent = clampStep(Self.trainPercents, trainPercent)
      return old == trainPercent ? .none : .regenerate
    case "n":
      let old = noise
      noise = clampStep(Self.noises, noise)
      return old == noise ? .none : .regenerate
    case "b":
      let old = batchSize
      batchSize = clampStep(Self.batchSizes, batchSize)
      return old == batchSize ? .none : .restart
    case "h":
      if forward, hidden.count < Self.maximumLayers {
        hidden.append(2)  // the Playground adds a layer of 2
        selectedLayer = hidden.count - 1
        return .restart
      }
      if !forward, !hidden.isEmpty {
        hidden.removeLast()
        selectedLayer = max(0, min(selectedLayer, hidden.count - 1))
        return .restart
      }
      return .none
    case "a":
      activation = step(Self.activations, activation)
      return .restart
    case "l":
      let old = learningRate
      learningRate = clampStep(Self.learningRates, learningRate)
      return old == learningRate ? .none : .continueTraining
    case "g":
      regularization = step(Regularization.allCases, regularization)
      return .restart
    case "o" where forward:
      discretize.toggle()
      return .view
    case "v" where forward:
      showTestData.toggle()
      return .view
    case "e":
      let old = regularizationRate
      regularizationRate = clampStep(
        Self.regularizationRates, regularizationRate)
      return old == regularizationRate ? .none : .restart
    case let digit:
      guard let number = digit.wholeNumberValue,
        FeatureMap.allCases.indices.contains(number - 1)
      else { return .none }
      let map = FeatureMap.allCases[number - 1]
      if let index = features.firstIndex(of: map) {
        guard features.count > 1 else { return .none }  // keep one input
        features.remove(at: index)
      } else {
        features = FeatureMap.allCases.filter {
          features.contains($0) || $0 == map
        }
      }
      return .restart
    }
  }

  /// New points from a new seed, as the Playground's "regenerate".
  mutating func regenerate() -> PlaygroundChange {
    regenerations += 1
    return .regenerate
  }

  /// ↑/↓ (or +/−): one neuron more or fewer in the selected layer (1 … 8).
  mutating func changeNeurons(by delta: Int, selectedLayer: Int)
    -> PlaygroundChange
  {
    guard hidden.indices.contains(selectedLayer) else { return .none }
    let count = min(
      max(hidden[selectedLayer] + delta, 1), Self.maximumNeurons)
    guard count != hidden[selectedLayer] else { return .none }
    hidden[selectedLayer] = count
    return .restart
  }
}

/// A rate as the Playground's menus show it: `0.03`, `1e-05`, `3`.
func formatRate(_ value: Double) -> String {
  if value == 0 { return "0" }
  if value < 0.001 {
    var mantissa = value
    var exponent = 0
    while mantissa < 1 {
      mantissa *= 10
      exponent -= 1
    }
    return "\(Int(mantissa.rounded()))e\(exponent)"
  }
  var text = String(format6(value))
  while text.contains("."), text.hasSuffix("0") { text.removeLast() }
  if text.hasSuffix(".") { text.removeLast() }
  return text
}

private func format6(_ value: Double) -> String {
  let scaled = (value * 1_000_000).rounded()
  let whole = Int(scaled) / 1_000_000
  let fraction = Int(scaled) % 1_000_000
  let digits = String(fraction)
  return "\(whole)." + String(repeating: "0", count: 6 - digits.count) + digits
}
