import Localization
import TrainKit

/// A TrainKit tensor held by the language.
///
/// Arithmetic with numbers, lists
/// and other tensors is elementwise with broadcasting and is recorded for
/// differentiation, which is what makes `fn` bodies differentiable.
struct TensorObject: LessonObject {
  var heldTensors: [Tensor] { [tensor] }

  /// The tensor (it may carry an autodiff graph node).
  var tensor: Tensor

  var typeName: String { "tensor" }

  var summary: String {
    if tensor.rank == 0 {
      return "tensor(\(formatNumber(Double(tensor.scalars[0]))))"
    }
    if tensor.count <= 8 { return "tensor(\(TensorObject.nested(tensor)))" }
    return String(
      Message("tensor of shape \(TensorObject.shapeText(tensor.shape))"))
  }

  func render(_ context: RenderContext) -> String {
    if tensor.count <= 8 || tensor.rank == 0 { return summary }
    let rows = tensor.rank >= 2 ? tensor.shape[0] : 1
    let perRow = tensor.rank >= 2 ? tensor.count / max(rows, 1) : tensor.count
    var lines = ["tensor of shape \(TensorObject.shapeText(tensor.shape))"]
    for row in 0..<min(rows, 8) {
      let values = tensor.scalars[
        (row * perRow)..<min((row + 1) * perRow, tensor.count)]
      var text = values.prefix(8).map { formatNumber(Double($0)) }.joined(
        separator: ", ")
      if values.count > 8 { text += ", …" }
      lines.append("  [" + text + "]")
    }
    if rows > 8 { lines.append("  … (\(rows) rows)") }
    return lines.joined(separator: "\n")
  }

  var memberNames: [String] { ["shape", "list", "T", "size"] }

  func member(_ name: String, in interpreter: Interpreter) throws -> Value? {
    switch name {
    case "shape": return .list(tensor.shape.map { .number(Double($0)) })
    case "list": return TensorObject.nestedValue(tensor)
    case "T": return .object(TensorObject(tensor: try tensor.transposed()))
    case "size": return .number(Double(tensor.count))
    default: return nil
    }
  }

  var length: Int? { tensor.rank == 0 ? nil : tensor.shape[0] }

  func elements() -> [Value]? {
    guard tensor.rank >= 1 else { return nil }
    if tensor.rank == 1 { return tensor.scalars.map { .number(Double($0)) } }
    return (0..<tensor.shape[0]).compactMap { row in
      (try? tensor.rows(row..<(row + 1)).reshaped(
        to: Array(tensor.shape.dropFirst()))).map {
          .object(TensorObject(tensor: $0))
        }
    }
  }

  func element(at index: Value) throws -> Value? {
    guard let count = length else {
      throw HostError("a scalar tensor cannot be indexed")
    }
    guard case .number(let number) = index, number == number.rounded(),
      abs(number) <= Double(count)
    else {
      throw HostError(
        "a tensor index must be a whole number between -\(count) and \(count - 1)"
      )
    }
    var position = Int(number)
    if position < 0 { position += count }
    guard position >= 0 && position < count else {
      throw HostError(
        "index \(Int(number)) is out of range for a tensor with \(count) rows")
    }
    if tensor.rank == 1 { return .number(Double(tensor.scalars[position])) }
    return .object(
      TensorObject(
        tensor: try tensor.rows(position..<(position + 1)).reshaped(
          to: Array(tensor.shape.dropFirst()))))
  }

  func scalarValue() throws -> Double? {
    tensor.count == 1 ? Double(tensor.scalars[0]) : nil
  }

  func combine(
    _ op: BinaryOperator, with other: Value, objectIsLeft: Bool,
    in interpreter: Interpreter
  ) throws -> Value? {
    let otherTensor: Tensor
    switch other {
    case .number(let number):
      let scalar = Float(number)
      if op == .power && objectIsLeft {
        return .object(TensorObject(tensor: tensor.pow(scalar)))
      }
      otherTensor = Tensor(scalar: scalar)
    case .object(let object as TensorObject):
      otherTensor = object.tensor
    case .list:
      otherTensor = try TensorObject.tensor(
        from: other, limit: interpreter.options.limits.tensorElements)
    default:
      return nil
    }
    let (a, b) = objectIsLeft ? (tensor, otherTensor) : (otherTensor, tensor)
    let result: Tensor
    switch op {
    case .add: result = try a + b
    case .subtract: result = try a - b
    case .multiply: result = try a * b
    case .divide: result = try a / b
    case .power:
      guard b.count == 1 else {
        throw HostError("a tensor can only be raised to a single number")
      }
      guard !b.requiresGradient else {
        throw HostError(
          "the exponent of `**` cannot be differentiated; use a number")
      }
      result = a.pow(b.scalars[0])
    case .equal, .notEqual:
      let same = a.shape == b.shape && a.scalars == b.scalars
      return .bool(op == .equal ? same : !same)
    case .less, .lessEqual, .greater, .greaterEqual:
      guard a.count == 1, b.count == 1 else {
        throw HostError(
          "only one-element tensors can be compared with `\(op.rawValue)`")
      }
      let (x, y) = (a.scalars[0], b.scalars[0])
      switch op {
      case .less: return .bool(x < y)
      case .lessEqual: return .bool(x <= y)
      case .greater: return .bool(x > y)
      default: return .bool(x >= y)
      }
    default:
      return nil
    }
    return .object(TensorObject(tensor: result))
  }

  func negated(in interpreter: Interpreter) throws -> Value? {
    .object(TensorObject(tensor: -tensor))
  }

  func applying(function name: String, in interpreter: Interpreter) throws
    -> Value?
  {
    let result: Tensor
    switch name {
    case "exp": result = tensor.exp()
    case "log": result = tensor.log()
    case "sqrt": result = tensor.squareRoot()
    case "abs": result = tensor.abs()
    case "tanh": result = tensor.tanh()
    case "sigmoid": result = tensor.sigmoid()
    case "relu": result = tensor.relu()
    default:
      guard !tensor.requiresGradient else {
        throw HostError(
          "`\(name)` is not differentiable here; use exp, log, sqrt, abs, tanh, sigmoid or relu"
        )
      }
      return nil  // falls back to the elementwise number function
    }
    return .object(TensorObject(tensor: result))
  }

  var helpText: String {
    "\(summary)\nmembers: shape (a list), list (the values as nested lists), T (transposed), size\n"
      + "Index rows with t[i]; arithmetic + - * / ** is elementwise with broadcasting."
  }

  /// "[2, 3]".
  static func shapeText(_ shape: [Int]) -> String {
    "[" + shape.map(String.init).joined(separator: ", ") + "]"
  }

  /// The values as nested brackets: "[[1, 2], [3, 4]]".
  static func nested(_ tensor: Tensor) -> String {
    func walk(_ offset: Int, _ dims: ArraySlice<Int>) -> String {
      guard let first = dims.first else {
        return formatNumber(Double(tensor.scalars[offset]))
      }
      let stride = dims.dropFirst().reduce(1, *)
      return "["
        + (0..<first).map { walk(offset + $0 * stride, dims.dropFirst()) }
        .joined(separator: ", ") + "]"
    }
    return walk(0, tensor.shape[...])
  }

  /// The values as nested lists of numbers.
  static func nestedValue(_ tensor: Tensor) -> Value {
    func walk(_ offset: Int, _ dims: ArraySlice<Int>) -> Value {
      guard let first = dims.first else {
        return .number(Double(tensor.scalars[offset]))
      }
      let stride = dims.dropFirst().reduce(1, *)
      return .list(
        (0..<first).map { walk(offset + $0 * stride, dims.dropFirst()) })
    }
    return walk(0, tensor.shape[...])
  }

  /// A tensor from a number, a (nested, rectangular) list of numbers, or a tensor.
  ///
  /// Every number must be finite in single precision: a NaN, an infinity or
  /// a number beyond ±3.4e38 is refused with its position, as CSV loading
  /// refuses it, instead of surfacing later as "the loss became NaN".
  ///
  /// - Parameters:
  ///   - value: The number, list or tensor.
  ///   - limit: The most elements allowed.
  ///   - name: How the value is named in messages (`X`, `values`).
  /// - Returns: The tensor, of the lists' shape.
  /// - Throws: `HostError` for ragged lists, non-numbers, non-finite numbers
  ///   and sizes above `limit`.
  static func tensor(
    from value: Value, limit: Int, describing name: String? = nil
  ) throws -> Tensor {
    if case .object(let object as TensorObject) = value { return object.tensor }
    if case .number(let number) = value {
      return Tensor(scalar: try finiteFloat(number, at: [], of: [], in: name))
    }
    var shape: [Int] = []
    var probe = value
    while case .list(let items) = probe {
      guard shape.count < 8 else {
        throw HostError("a tensor has at most 8 dimensions")
      }
      shape.append(items.count)
      guard let first = items.first else { break }
      probe = first
    }
    guard !shape.isEmpty else {
      throw HostError(
        "expected a number, a list of numbers or a tensor, got \(value.typeDescription)"
      )
    }
    let count = try Tensor.elementCount(of: shape)
    guard count <= limit else {
      throw HostError("too large: at most \(limit) elements in a tensor")
    }
    var scalars: [Float] = []
    scalars.reserveCapacity(count)
    var position: [Int] = []
    func collect(_ value: Value, depth: Int) throws {
      switch value {
      case .list(let items):
        guard depth < shape.count, items.count == shape[depth] else {
          throw HostError(
            "the nested lists are not rectangular (expected shape \(shapeText(shape)))"
          )
        }
        position.append(0)
        defer { position.removeLast() }
        for (index, item) in items.enumerated() {
          position[depth] = index
          try collect(item, depth: depth + 1)
        }
      case .number(let number) where depth == shape.count:
        scalars.append(
          try finiteFloat(number, at: position, of: shape, in: name))
      case .object(let object as TensorObject)
      where depth == shape.count && object.tensor.count == 1:
        scalars.append(object.tensor.scalars[0])
      default:
        throw HostError(
          "a tensor holds numbers only, got \(value.typeDescription) inside the list"
        )
      }
    }
    try collect(value, depth: 0)
    return try Tensor(shape: shape, scalars: scalars)
  }

  /// `number` in single precision, or an error naming where it is: "row 2,
  /// column 1 (`X[1][0]`)" in a matrix, "item 3 (`y[2]`)" in a list.
  private static func finiteFloat(
    _ number: Double, at position: [Int], of shape: [Int], in name: String?
  ) throws -> Float {
    let float = Float(number)
    if float.isFinite { return float }
    let subscripts = position.map { "[\($0)]" }.joined()
    let whole = name.map { Message("`\($0)`") } ?? Message("the list")
    let place: Message
    switch position.count {
    case 0: place = name.map { Message("`\($0)`") } ?? Message("the number")
    case 1:
      place = Message(
        "item \(position[0] + 1) of \(whole) (`\(name ?? "")\(subscripts)`)")
    case 2:
      place = Message(
        "row \(position[0] + 1), column \(position[1] + 1) of \(whole) (`\(name ?? "")\(subscripts)`)"
      )
    default: place = Message("`\(name ?? "")\(subscripts)` of \(whole)")
    }
    let what =
      number.isNaN
      ? Message("is nan")
      : number.isFinite
        ? Message(
          "is \(formatNumber(number)), beyond the ±3.4e38 of a 32-bit float")
        : Message("is \(formatNumber(number))")
    throw HostError(
      "\(place) \(what); tensors and data sets hold finite numbers only")
  }
}
