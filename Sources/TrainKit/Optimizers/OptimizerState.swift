import Localization

/// An optimizer that can show its per-parameter state, for teaching.
///
/// Lessons print a table of these quantities step by step (Adam's
/// `exp_avg`, `exp_avg_sq`, `m_hat`, `v_hat`, …) so a learner can watch the
/// update rule at work.
public protocol InspectableOptimizer: Optimizer {
  /// The state kept for `parameter` after its last update, or `nil` when
  /// `step` has not yet updated it.
  func snapshot(of parameter: Parameter) -> OptimizerSnapshot?
  /// Forgets every parameter's state, as if the optimizer were new.
  func reset()
}

/// One named quantity of an optimizer's state, such as Adam's `exp_avg`.
public struct OptimizerQuantity: Sendable {
  /// PyTorch's name for it when PyTorch keeps it as state (`"exp_avg"`,
  /// `"square_avg"`, `"momentum_buffer"`, …); otherwise a short snake_case
  /// name (`"grad"`, `"m_hat"`, `"update"`).
  public var name: String
  /// The symbol used in the update rule of the optimizer's documentation:
  /// `"m"`, `"v̂"`, `"Δθ"`.
  public var symbol: String
  /// What the quantity is, in words.
  public var summary: String
  /// The values, with the parameter's shape (a scalar for per-parameter
  /// numbers such as Adagrad's decayed rate).
  public var value: Tensor

  /// Creates a named quantity.
  public init(name: String, symbol: String, summary: String, value: Tensor) {
    self.name = name
    self.symbol = symbol
    self.summary = summary
    self.value = value
  }
}

/// What an optimizer knows about one parameter after its last update.
///
/// Besides the buffers the optimizer keeps (under PyTorch's state names), a
/// snapshot always starts with the gradient used, `"grad"` (with L2 weight
/// decay added when the optimizer adds it), and ends with the change applied
/// to the parameter, `"update"` (so θₜ = θₜ₋₁ + update).
public struct OptimizerSnapshot: Sendable {
  /// How many updates this parameter has received (PyTorch's `step`).
  public var step: Int
  /// The quantities, in the order a table should show them.
  public var quantities: [OptimizerQuantity]

  /// Creates a snapshot.
  public init(step: Int, quantities: [OptimizerQuantity]) {
    self.step = step
    self.quantities = quantities
  }

  /// The values of the quantity called `name`, or `nil`.
  public subscript(name: String) -> Tensor? {
    quantities.first { $0.name == name }?.value
  }

  /// The quantities' names, in order.
  public var names: [String] { quantities.map(\.name) }
}

// MARK: - Implementation details

/// Per-parameter state, keyed by the parameter's identity.
///
/// Entries hold their parameter weakly: an optimizer reused for many models
/// (a sweep in a lesson) does not keep old models alive, and the state of a
/// released parameter is dropped at the next step. An entry is used only
/// while it still refers to the very same parameter, so a new parameter that
/// happens to reuse a released one's address starts fresh.
struct ParameterStateTable<State> {
  private struct Entry {
    weak var parameter: Parameter?
    var state: State
  }
  private var entries: [ObjectIdentifier: Entry] = [:]

  subscript(parameter: Parameter) -> State? {
    get {
      guard let entry = entries[ObjectIdentifier(parameter)],
        entry.parameter === parameter
      else { return nil }
      return entry.state
    }
    set {
      if let newValue {
        entries[ObjectIdentifier(parameter)] = Entry(
          parameter: parameter, state: newValue)
      } else {
        entries[ObjectIdentifier(parameter)] = nil
      }
    }
  }

  /// Removes and returns the state of `parameter`, so that its arrays are
  /// uniquely referenced while a step updates them in place.
  mutating func take(_ parameter: Parameter) -> State? {
    guard let entry = entries.removeValue(forKey: ObjectIdentifier(parameter)),
      entry.parameter === parameter
    else { return nil }
    return entry.state
  }

  /// Drops the state of parameters that no longer exist.
  mutating func removeReleased() {
    if entries.values.contains(where: { $0.parameter == nil }) {
      entries = entries.filter { $0.value.parameter != nil }
    }
  }

  mutating func removeAll() { entries.removeAll() }
}

/// The parameters that have a gradient, with their gradients' scalars.
///
/// Every shape is checked first, so nothing is updated when one is wrong.
func parametersWithGradients(
  _ parameters: [Parameter], optimizer: String
) throws -> [(parameter: Parameter, gradient: [Float])] {
  var result: [(parameter: Parameter, gradient: [Float])] = []
  var seen = Set<ObjectIdentifier>()
  for parameter in parameters {
    guard let gradient = parameter.gradient else { continue }
    guard gradient.shape == parameter.value.shape else {
      throw TrainKitError(
        "\(optimizer): the gradient of '\(parameter.name)' has shape \(describeShape(gradient.shape)) but the parameter has shape \(describeShape(parameter.value.shape))"
      )
    }
    // A parameter listed twice is updated once, as in PyTorch.
    guard seen.insert(ObjectIdentifier(parameter)).inserted else { continue }
    result.append((parameter, gradient.scalars))
  }
  return result
}

/// Checks that a hyper-parameter is finite and in its range, throwing a
/// message that names the optimizer (or schedule), the argument (with
/// PyTorch's name), the value and the range.
func checkHyperParameter(
  _ value: Float, in range: HyperParameter.Range, _ optimizer: Message,
  _ argument: Message
) throws {
  guard range.contains(value), value.isFinite else {
    throw TrainKitError(
      about: optimizer,
      "invalid \(argument) \(formatHyperParameter(value)): it must be \(range.requirement)"
    )
  }
}

/// Checks the learning rate before a step (a schedule may have changed it).
func checkLearningRate(_ learningRate: Float, _ optimizer: String) throws {
  try checkHyperParameter(
    learningRate, in: .nonNegative, Message(verbatim: optimizer),
    Message("learning rate (lr)"))
}

/// Formats a hyper-parameter the way Python prints PyTorch's defaults:
/// `0.001`, `1e-08`, `0.9`, `1.0`, and `0` for zero (PyTorch's zero
/// defaults are integers).
func formatHyperParameter(_ value: Float) -> String {
  if value == 0 { return "0" }
  if value.isFinite, value == value.rounded(), abs(value) < 1e15 {
    return "\(Int64(value)).0"
  }
  return "\(value)"
}

/// A tensor with the parameter's shape holding `scalars`.
func stateTensor(_ scalars: [Float], like parameter: Parameter) -> Tensor {
  Tensor(uncheckedShape: parameter.value.shape, scalars: scalars)
}

/// A quantity with the parameter's shape.
func quantity(
  _ name: String, _ symbol: String, _ summary: String, _ scalars: [Float],
  like parameter: Parameter
) -> OptimizerQuantity {
  OptimizerQuantity(
    name: name, symbol: symbol, summary: summary,
    value: stateTensor(scalars, like: parameter))
}
