/// The local variables of a running function call: its parameters, then
/// the values it captured, at the slots the compiler gave their names.
///
/// A frame lives in the call's temporary allocation (`CallCode`), so a call
/// allocates nothing on the heap; top-level code has no locals and gets an
/// empty frame.
typealias Frame = UnsafeMutablePointer<Value>

/// An expression compiled for evaluation: a tree of nodes whose names are
/// already resolved to frame or global slots and whose builtins are already
/// found, so evaluating does no dictionary look-up and no string hashing.
///
/// `Compiler` makes the tree from a parsed `Expr`; each node evaluates its
/// children and combines them. `evaluate` is the one place a node counts
/// its step and checks the evaluation depth (`Interpreter.enter(_:)`), as
/// the limits in `EvaluationLimits` and `Interpreter.maximumEvaluationDepth`
/// require; a kind of node says only what it computes, in `run`.
class Code {
  /// The text the expression covers, for errors.
  let range: SourceRange
  /// How deep the node sits in its tree: 1 at the root of a statement's
  /// expression or of a function's body.
  let level: Int

  init(range: SourceRange, level: Int) {
    self.range = range
    self.level = level
  }

  /// The expression's value, with `frame` holding the locals of the
  /// function call it runs in: counts the step, checks the depth, runs.
  @inline(__always)
  final func evaluate(_ interpreter: Interpreter, _ frame: Frame) throws
    -> Value
  {
    try interpreter.enter(self)
    return try run(interpreter, frame)
  }

  /// What the node computes, once `evaluate` has counted its step.
  func run(_ interpreter: Interpreter, _ frame: Frame) throws -> Value {
    preconditionFailure("every kind of Code overrides run")
  }
}

/// A child node read without retaining it, for the evaluator's hottest
/// loops (a chain's operands, a call's arguments, a function's body).
///
/// The parent node also holds the child in an ordinary (strong) property
/// for as long as it lives, so the child outlives every use made through
/// here; reading it this way only skips the retain and release a load of
/// a class reference out of an array or another object costs.
struct ChildCode {
  private let reference: Unmanaged<Code>

  init(_ code: Code) { reference = .passUnretained(code) }

  /// `code.evaluate(interpreter, frame)`.
  @inline(__always)
  func evaluate(_ interpreter: Interpreter, _ frame: Frame) throws -> Value {
    try reference._withUnsafeGuaranteedRef {
      try $0.evaluate(interpreter, frame)
    }
  }

  /// `interpreter.enter(code)`: the step and the level of a node whose
  /// value the parent already knows (a number literal).
  @inline(__always)
  func enter(_ interpreter: Interpreter) throws {
    try reference._withUnsafeGuaranteedRef { try interpreter.enter($0) }
  }
}

/// A literal: a number, a string, `true`, `false` or `none`.
final class ConstantCode: Code {
  let value: Value

  init(_ value: Value, range: SourceRange, level: Int) {
    self.value = value
    super.init(range: range, level: level)
  }

  override func run(_ interpreter: Interpreter, _ frame: Frame) throws
    -> Value
  {
    value
  }
}

/// A parameter of the function being run, or a value it captured.
final class LocalCode: Code {
  let slot: Int

  init(slot: Int, range: SourceRange, level: Int) {
    self.slot = slot
    super.init(range: range, level: level)
  }

  override func run(_ interpreter: Interpreter, _ frame: Frame) throws
    -> Value
  {
    frame[slot]
  }
}

/// A variable, else the builtin of that name, else an unknown name.
final class GlobalCode: Code {
  let slot: Int
  let name: String
  /// `.builtin(b)` when a builtin has the name, made once here.
  let builtin: Value?
  /// The locals in scope, for "did you mean".
  let localNames: [String]

  init(
    slot: Int, name: String, builtin: Value?, localNames: [String],
    range: SourceRange, level: Int
  ) {
    self.slot = slot
    self.name = name
    self.builtin = builtin
    self.localNames = localNames
    super.init(range: range, level: level)
  }

  override func run(_ interpreter: Interpreter, _ frame: Frame) throws
    -> Value
  {
    if let value = interpreter.globalValues[slot] { return value }
    if let builtin { return builtin }
    throw interpreter.unknownName(name, localNames: localNames, at: range)
  }
}

/// `[a, b, c]`.
final class ListCode: Code {
  let elements: [Code]

  init(_ elements: [Code], range: SourceRange, level: Int) {
    self.elements = elements
    super.init(range: range, level: level)
  }

  override func run(_ interpreter: Interpreter, _ frame: Frame) throws
    -> Value
  {
    try interpreter.checkSize(elements.count, at: range)
    var items: [Value] = []
    items.reserveCapacity(elements.count)
    for element in elements {
      items.append(try element.evaluate(interpreter, frame))
    }
    return try interpreter.admitted(
      try interpreter.checkedNesting(.list(items), at: range), at: range)
  }
}

/// `{key: value, …}`.
final class RecordCode: Code {
  let keys: [String]
  let values: [Code]

  init(keys: [String], values: [Code], range: SourceRange, level: Int) {
    self.keys = keys
    self.values = values
    super.init(range: range, level: level)
  }

  override func run(_ interpreter: Interpreter, _ frame: Frame) throws
    -> Value
  {
    var record = Record()
    for (key, value) in zip(keys, values) {
      record[key] = try value.evaluate(interpreter, frame)
    }
    return try interpreter.checkedNesting(.record(record), at: range)
  }
}

/// `-x`, `+x`, `not x`.
final class UnaryCode: Code {
  let op: UnaryOperator
  let operand: Code

  init(_ op: UnaryOperator, _ operand: Code, range: SourceRange, level: Int) {
    self.op = op
    self.operand = operand
    super.init(range: range, level: level)
  }

  override func run(_ interpreter: Interpreter, _ frame: Frame) throws
    -> Value
  {
    let value = try operand.evaluate(interpreter, frame)
    if op == .negate, case .number(let x) = value { return .number(-x) }
    return try interpreter.unary(op, value, at: range)
  }
}

/// `a and b`, `a or b`: the right side runs only when it decides.
final class LogicalCode: Code {
  let isAnd: Bool
  let left: Code
  let right: Code

  init(isAnd: Bool, _ left: Code, _ right: Code, range: SourceRange, level: Int)
  {
    self.isAnd = isAnd
    self.left = left
    self.right = right
    super.init(range: range, level: level)
  }

  override func run(_ interpreter: Interpreter, _ frame: Frame) throws
    -> Value
  {
    let first = try flag(left, interpreter, frame)
    if first != isAnd { return .bool(first) }
    return .bool(try flag(right, interpreter, frame))
  }

  private func flag(_ code: Code, _ interpreter: Interpreter, _ frame: Frame)
    throws -> Bool
  {
    try logicalOperand(
      try code.evaluate(interpreter, frame), at: code.range, isAnd: isAnd)
  }
}

/// `a if c else b`: only the chosen branch is evaluated, so a function
/// can stop its own recursion (`fn(n) => 1 if n <= 1 else n * f(n - 1)`).
final class ConditionalCode: Code {
  let value: Code
  let condition: Code
  let otherwise: Code

  init(
    _ value: Code, condition: Code, otherwise: Code, range: SourceRange,
    level: Int
  ) {
    self.value = value
    self.condition = condition
    self.otherwise = otherwise
    super.init(range: range, level: level)
  }

  override func run(_ interpreter: Interpreter, _ frame: Frame) throws
    -> Value
  {
    let test = try condition.evaluate(interpreter, frame)
    guard case .bool(let flag) = test else {
      throw RuntimeError(
        "the condition of `… if … else …` must be true or false, got \(test.typeDescription)",
        at: condition.range)
    }
    return try (flag ? value : otherwise).evaluate(interpreter, frame)
  }
}

/// An operand of `and` (`isAnd`) or `or`, which must be true or false.
func logicalOperand(_ value: Value, at range: SourceRange, isAnd: Bool)
  throws -> Bool
{
  guard case .bool(let flag) = value else {
    throw RuntimeError(
      "`\(isAnd ? "and" : "or")` needs true or false on both sides, got \(value.typeDescription)",
      at: range)
  }
  return flag
}

/// `a + b` and every other operator but `and` / `or`; numbers are combined
/// here, everything else by `Interpreter.binary`.
final class BinaryCode: Code {
  let op: BinaryOperator
  let left: Code
  let right: Code
  /// Where the operator is written.
  let operatorRange: SourceRange
  /// The value of `right` when it is a number literal (`i * 2`).
  let rightNumber: Double?

  init(
    _ op: BinaryOperator, _ left: Code, _ right: Code,
    operatorRange: SourceRange, range: SourceRange, level: Int
  ) {
    self.op = op
    self.left = left
    self.right = right
    self.operatorRange = operatorRange
    if let constant = right as? ConstantCode,
      case .number(let y) = constant.value
    {
      self.rightNumber = y
    } else {
      self.rightNumber = nil
    }
    super.init(range: range, level: level)
  }

  override func run(_ interpreter: Interpreter, _ frame: Frame) throws
    -> Value
  {
    let a = try left.evaluate(interpreter, frame)
    if let y = rightNumber {
      // `right` is a number literal: count its step and level as its
      // `evaluate` would, without the call.
      try interpreter.enter(right)
      if case .number(let x) = a { return Interpreter.arithmetic(op, x, y) }
      return try interpreter.binary(op, a, .number(y), at: operatorRange)
    }
    let b = try right.evaluate(interpreter, frame)
    if case .number(let x) = a, case .number(let y) = b {
      return Interpreter.arithmetic(op, x, y)
    }
    return try interpreter.binary(op, a, b, at: operatorRange)
  }
}

/// Two or more operators of one precedence level applied left to right
/// (`Expr.chain`): one node for the whole chain, evaluated in a loop, so a
/// chain of any length is one level deep; `and` and `or` stop at the first
/// operand that decides.
final class ChainCode: Code {
  /// One `op operand` step.
  struct Link {
    let op: BinaryOperator
    let operatorRange: SourceRange
    let operand: Code
  }

  /// One link as the loop reads it: plain values and an unretained
  /// reference (`links` owns the operand), so a step costs no reference
  /// counting.
  private struct Step {
    let op: BinaryOperator
    /// The operand's value when it is a number literal (`i * 2 % 7`).
    let number: Double?
    let operand: ChildCode
  }

  let first: Code
  let links: [Link]
  /// The links, in order, as `Step`s (allocated by `init`, freed by
  /// `deinit`).
  private let steps: UnsafeMutableBufferPointer<Step>

  init(_ first: Code, _ links: [Link], range: SourceRange, level: Int) {
    self.first = first
    self.links = links
    steps = .allocate(capacity: links.count)
    for (index, link) in links.enumerated() {
      var number: Double?
      if let constant = link.operand as? ConstantCode,
        case .number(let y) = constant.value
      {
        number = y
      }
      steps.initializeElement(
        at: index,
        to: Step(op: link.op, number: number, operand: ChildCode(link.operand)))
    }
    super.init(range: range, level: level)
  }

  deinit { steps.deallocate() }

  override func run(_ interpreter: Interpreter, _ frame: Frame) throws
    -> Value
  {
    var value = try first.evaluate(interpreter, frame)
    var index = 0
    while index < steps.count {
      let step = steps[index]
      let op = step.op
      if op == .and || op == .or {
        let isAnd = op == .and
        let valueRange =
          index == 0 ? first.range : links[index - 1].operand.range
        let flag = try logicalOperand(value, at: valueRange, isAnd: isAnd)
        if flag != isAnd { return .bool(flag) }
        value = .bool(
          try logicalOperand(
            try step.operand.evaluate(interpreter, frame),
            at: links[index].operand.range, isAnd: isAnd))
        index += 1
        continue
      }
      let b: Value
      if let y = step.number {
        // A number literal: count its step and level as its `evaluate`
        // would, without the call.
        try step.operand.enter(interpreter)
        b = .number(y)
      } else {
        b = try step.operand.evaluate(interpreter, frame)
      }
      if case .number(let x) = value, case .number(let y) = b {
        value = Interpreter.arithmetic(op, x, y)
      } else {
        value = try interpreter.binary(
          op, value, b, at: links[index].operatorRange)
      }
      index += 1
    }
    return value
  }
}

/// `a.name`.
final class MemberCode: Code {
  let base: Code
  let name: String
  let nameRange: SourceRange

  init(
    _ base: Code, name: String, nameRange: SourceRange, range: SourceRange,
    level: Int
  ) {
    self.base = base
    self.name = name
    self.nameRange = nameRange
    super.init(range: range, level: level)
  }

  override func run(_ interpreter: Interpreter, _ frame: Frame) throws
    -> Value
  {
    try interpreter.member(
      name, of: try base.evaluate(interpreter, frame), at: nameRange)
  }
}

/// `a[i]`; a list indexed by a whole number in range is read here.
final class IndexCode: Code {
  let base: Code
  let index: Code

  init(_ base: Code, _ index: Code, range: SourceRange, level: Int) {
    self.base = base
    self.index = index
    super.init(range: range, level: level)
  }

  override func run(_ interpreter: Interpreter, _ frame: Frame) throws
    -> Value
  {
    let container = try base.evaluate(interpreter, frame)
    let position = try index.evaluate(interpreter, frame)
    if case .list(let items) = container, case .number(let number) = position,
      let offset = fastListOffset(number, count: items.count)
    {
      return items[offset]
    }
    return try interpreter.element(
      of: container, at: position, range: index.range)
  }
}

/// The offset of a list index that is a whole number in `0..<count` (or a
/// negative one counting from the end); nil for anything `listIndex` would
/// refuse or explain.
@inline(__always)
func fastListOffset(_ number: Double, count: Int) -> Int? {
  guard number >= Double(-count), number < Double(count) else { return nil }
  let whole = Int(number)  // in range, so it cannot trap
  guard Double(whole) == number else { return nil }
  return whole < 0 ? whole + count : whole
}

/// `a[i:j]`.
final class SliceCode: Code {
  let base: Code
  let lower: Code?
  let upper: Code?

  init(
    _ base: Code, lower: Code?, upper: Code?, range: SourceRange, level: Int
  ) {
    self.base = base
    self.lower = lower
    self.upper = upper
    super.init(range: range, level: level)
  }

  override func run(_ interpreter: Interpreter, _ frame: Frame) throws
    -> Value
  {
    let container = try base.evaluate(interpreter, frame)
    let from = try lower?.evaluate(interpreter, frame)
    let to = try upper?.evaluate(interpreter, frame)
    return try interpreter.slice(container, from, to, at: range)
  }
}

/// Text that did not parse (never run: cells with diagnostics are not).
final class InvalidCode: Code {
  override func run(_ interpreter: Interpreter, _ frame: Frame) throws
    -> Value
  {
    throw RuntimeError("this text could not be read", at: range)
  }
}

/// A node deeper than `Interpreter.maximumEvaluationDepth`: evaluating it
/// always fails, so its children are never compiled.
final class TooDeepCode: Code {
  override func run(_ interpreter: Interpreter, _ frame: Frame) throws
    -> Value
  {
    throw interpreter.tooDeep(at: range)
  }
}
