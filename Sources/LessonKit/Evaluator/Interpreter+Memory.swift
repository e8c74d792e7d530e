import TrainKit

/// Counts the bytes a set of values holds, counting shared storage once.
///
/// Lists are identified by their buffer and tensors by their scalars'
/// buffer, so `b = a` does not double what `a` holds. The figures are
/// estimates of the payload (elements, characters, tensor scalars), which
/// dominate what a session holds.
struct MemoryMeter {
  private var seen = Set<UInt>()

  /// The bytes `value` holds that this meter has not counted yet.
  /// - Complexity: O(containers and elements visited).
  mutating func bytes(of value: Value) -> Int {
    switch value {
    case .number, .bool, .none, .builtin:
      return 0
    case .string(let text):
      // Strings of up to 15 bytes live inside the value itself; copies of
      // a longer one (`[s] * n`) share its storage, counted once.
      let count = text.utf8.count
      guard count > 15 else { return 0 }
      let address =
        text.utf8.withContiguousStorageIfAvailable {
          UInt(bitPattern: $0.baseAddress)
        } ?? 0
      guard address == 0 || seen.insert(address).inserted else { return 0 }
      return count
    case .list(let items):
      let address = items.withUnsafeBufferPointer {
        UInt(bitPattern: $0.baseAddress)
      }
      guard address != 0, seen.insert(address).inserted else { return 0 }
      var total = items.count * MemoryLayout<Value>.stride
      for item in items {
        switch item {
        case .number, .bool, .none, .builtin: continue
        default: total += bytes(of: item)
        }
      }
      return total
    case .record(let record):
      return record.entries.reduce(record.count * 64) {
        $0 + $1.key.utf8.count + bytes(of: $1.value)
      }
    case .function(let function):
      return function.captured.reduce(0) { $0 + bytes(of: $1) }
    case .object(let object):
      return object.heldTensors.reduce(0) { $0 + bytes(of: $1) }
    }
  }

  /// The bytes of `tensor`'s scalars, unless counted already.
  mutating func bytes(of tensor: Tensor) -> Int {
    let address = tensor.scalars.withUnsafeBufferPointer {
      UInt(bitPattern: $0.baseAddress)
    }
    guard address != 0, seen.insert(address).inserted else { return 0 }
    return tensor.count * MemoryLayout<Float>.stride
  }
}

/// What `Interpreter.admit` knows of the session's memory between
/// measurements.
struct MemoryAccount {
  /// The bytes the variables held when last measured.
  var measured = 0
  /// The bytes of the values admitted since then (an upper bound: some of
  /// them may be gone already).
  var admitted = 0
}

extension Interpreter {
  /// Values smaller than this are admitted without being counted: only
  /// large values can cross the budget, and counting each small one would
  /// slow loops down.
  static let uncountedValueBytes = 64 * 1024

  /// Admits a value just built by a builtin, an operator or a list literal.
  ///
  /// Cheap while the session is far from its budget: the variables are
  /// measured again only when what was measured plus everything admitted
  /// since would cross `EvaluationLimits.memoryBudget`.
  ///
  /// - Throws: `RuntimeError` at `range` when the memory the variables hold
  ///   plus `value` is more than the budget; the message says how much is
  ///   held and by which variables.
  ///
  /// - Parameters:
  ///   - value: The value, or the part of a value about to be built that
  ///     already exists (the items of `[x] * n`).
  ///   - extraBytes: The bytes the value about to be built needs beyond
  ///     `value` (its copies of the items), admitted before it is built.
  ///   - range: Where the value is made, for the error.
  func admit(_ value: Value, extraBytes: Int = 0, at range: SourceRange)
    throws
  {
    var meter = MemoryMeter()
    let size = meter.bytes(of: value).addingReportingOverflow(extraBytes)
    let total = size.overflow ? Int.max : size.partialValue
    guard total >= Interpreter.uncountedValueBytes else { return }
    let budget = options.limits.memoryBudget
    memory.admitted = min(memory.admitted, Int.max - total) + total
    guard memory.measured > budget - memory.admitted else { return }
    // Measured with the variables, so what they share with it (the
    // tensors of `xs` in `xs + [t]`) is counted once.
    var shared = MemoryMeter()
    let held = heldMemory(&shared)
    let sum = shared.bytes(of: value).addingReportingOverflow(extraBytes)
    let extra = sum.overflow ? Int.max : sum.partialValue
    memory.measured = held.total
    memory.admitted = extra
    guard extra > budget - held.total else { return }
    let holders = held.byName.prefix(3).map {
      "`\($0.name)` \(byteText($0.bytes))"
    }
    let more = held.byName.count > 3 ? ", …" : ""
    let list =
      holders.isEmpty ? "" : " (\(holders.joined(separator: ", "))\(more))"
    throw RuntimeError(
      "out of memory for this session: this value needs \(byteText(extra)) more and the variables already hold \(byteText(held.total))\(list) of the \(byteText(budget)) budget; free a variable with `name = none`, or raise the budget (trainlab --memory SIZE, or TRAINLAB_MEMORY=SIZE)",
      at: range)
  }

  /// `value`, once admitted.
  func admitted(_ value: Value, at range: SourceRange) throws -> Value {
    try admit(value, at: range)
    return value
  }

  /// The bytes every variable holds, largest first (shared storage is
  /// counted once, for the first name in alphabetical order).
  func heldMemory(_ meter: inout MemoryMeter) -> (
    total: Int, byName: [(name: String, bytes: Int)]
  ) {
    var byName: [(name: String, bytes: Int)] = []
    let variables = globals
    for name in variables.keys.sorted() {
      guard let value = variables[name] else { continue }
      let bytes = meter.bytes(of: value)
      if bytes > 0 { byName.append((name, bytes)) }
    }
    byName.sort { $0.bytes > $1.bytes }
    return (byName.reduce(0) { $0 + $1.bytes }, byName)
  }
}

/// "512 B", "64 KB", "1.5 MB", "3.2 GB" (powers of 1024).
func byteText(_ bytes: Int) -> String {
  let units = ["B", "KB", "MB", "GB", "TB"]
  var value = Double(bytes)
  var unit = 0
  while value >= 1024 && unit < units.count - 1 {
    value /= 1024
    unit += 1
  }
  if unit == 0 || value >= 100 {
    return "\(Int(value.rounded())) \(units[unit])"
  }
  return "\(formatNumber((value * 10).rounded() / 10)) \(units[unit])"
}
