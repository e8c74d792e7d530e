import Localization

/// One hyper-parameter of an ``UpdateRule`` as PyTorch names and prints
/// it, with the values it may take.
///
/// A rule lists its own (`hyperParameters`); ``RuleOptimizer`` checks
/// every one when the optimizer is made and prints them in its
/// description, so a rule never writes a check or a description itself.
/// The ones most rules share, ε and the weight decay, are made here
/// (`.epsilon(_:)`, `.weightDecay(_:)`).
public struct HyperParameter: Sendable {
  /// The values a number may take.
  public enum Range: Sendable {
    /// ≥ 0.
    case nonNegative
    /// In [0, 1].
    case unitInterval
    /// In [0, 1).
    case belowOne
    /// Any finite number.
    case finite

    func contains(_ value: Float) -> Bool {
      switch self {
      case .nonNegative: value >= 0
      case .unitInterval: value >= 0 && value <= 1
      case .belowOne: value >= 0 && value < 1
      case .finite: value.isFinite
      }
    }

    /// The requirement as a message says it: "≥ 0", "in [0, 1)".
    var requirement: Message {
      switch self {
      case .nonNegative: Message("≥ 0")
      case .unitInterval: Message("in [0, 1]")
      case .belowOne: Message("in [0, 1)")
      case .finite: Message("a finite number")
      }
    }
  }

  private enum Value: Sendable {
    /// One number, or a tuple of them (Adam's `betas`), each with the
    /// name a message gives it.
    case numbers([(label: Message, value: Float)], Range)
    case flag(Bool)
  }

  /// PyTorch's name: `"eps"`, `"betas"`, `"nesterov"`.
  public let name: String
  private let value: Value

  /// A number; `label` is its name in messages when it differs from
  /// PyTorch's (`"epsilon (eps)"`; in Chinese the parameter's name).
  public static func number(
    _ name: String, _ value: Float, _ range: Range, label: Message? = nil
  ) -> HyperParameter {
    HyperParameter(
      name: name,
      value: .numbers([(label ?? Message(verbatim: name), value)], range))
  }

  /// A tuple of numbers with one range, printed `(0.9, 0.999)`; each
  /// element's label names it in messages (`"beta1 (betas[0])"`).
  public static func numbers(
    _ name: String, _ values: [(label: Message, value: Float)], _ range: Range
  ) -> HyperParameter {
    HyperParameter(name: name, value: .numbers(values, range))
  }

  /// A switch, printed `True` or `False`.
  public static func flag(_ name: String, _ value: Bool) -> HyperParameter {
    HyperParameter(name: name, value: .flag(value))
  }

  /// ε, PyTorch's `eps`, ≥ 0.
  public static func epsilon(_ value: Float) -> HyperParameter {
    .number("eps", value, .nonNegative, label: Message("epsilon (eps)"))
  }

  /// λ, PyTorch's `weight_decay`, ≥ 0.
  public static func weightDecay(_ value: Float) -> HyperParameter {
    .number("weight_decay", value, .nonNegative)
  }

  /// `name=value`, as PyTorch prints it: `eps=1e-08`, `betas=(0.9, 0.999)`,
  /// `nesterov=False`.
  var setting: String {
    switch value {
    case .numbers(let values, _):
      let numbers = values.map { formatHyperParameter($0.value) }
      return values.count == 1
        ? "\(name)=\(numbers[0])"
        : "\(name)=(\(numbers.joined(separator: ", ")))"
    case .flag(let on): return "\(name)=\(on ? "True" : "False")"
    }
  }

  /// Throws when a number is out of its range or not finite.
  func check(_ optimizer: String) throws {
    guard case .numbers(let values, let range) = value else { return }
    for (label, number) in values {
      try checkHyperParameter(
        number, in: range, Message(verbatim: optimizer), label)
    }
  }
}
