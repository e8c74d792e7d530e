import TermPlot

/// How a statement ended: normally, or by `break` / `continue` (with where
/// it is written, for the error when no loop encloses it).
enum Flow {
  case next
  case breakLoop(SourceRange)
  case continueLoop(SourceRange)
}

/// A statement compiled for the interpreter.
///
/// Statements only run at the top level of a cell (a function's body is
/// one expression), so they read and write variables by global slot and
/// evaluate expressions with no locals.
class StatementCode {
  /// Runs the statement.
  func execute(_ interpreter: Interpreter) throws -> Flow {
    preconditionFailure("every kind of StatementCode overrides execute")
  }
}

extension Interpreter {
  /// Runs `body` in order, stopping at a `break` or `continue`.
  @inline(__always)
  func execute(_ body: [StatementCode]) throws -> Flow {
    for statement in body {
      let flow = try statement.execute(self)
      if case .next = flow { continue }
      return flow
    }
    return .next
  }
}

/// A bare expression; at the top level of a cell its value is shown.
final class ExpressionStatement: StatementCode {
  let expression: Code
  let showsValue: Bool

  init(_ expression: Code, showsValue: Bool) {
    self.expression = expression
    self.showsValue = showsValue
  }

  override func execute(_ interpreter: Interpreter) throws -> Flow {
    let value = try expression.evaluate(interpreter, interpreter.emptyFrame)
    guard showsValue else { return .next }
    if case .none = value { return .next }
    if case .object(let object) = value,
      let drawing = (object as? ChartObject)?.chart as? TermPlotDrawing
    {
      interpreter.shownCharts.append(drawing.chart)
    }
    interpreter.print(interpreter.render(value))
    return .next
  }
}

/// `name = value`.
final class AssignStatement: StatementCode {
  let slot: Int
  let name: String
  let value: Code

  init(slot: Int, name: String, value: Code) {
    self.slot = slot
    self.name = name
    self.value = value
  }

  override func execute(_ interpreter: Interpreter) throws -> Flow {
    var result = try value.evaluate(interpreter, interpreter.emptyFrame)
    if case .function(var function) = result, function.name == nil {
      function.name = name
      result = .function(function)
    }
    interpreter.globalValues[slot] = result
    return .next
  }
}

/// `name[index] = value`, in place: the container is taken out of its
/// variable while it changes, so its storage is uniquely referenced and is
/// not copied (O(1) amortized for a list).
final class AssignElementStatement: StatementCode {
  let slot: Int
  let name: String
  let nameRange: SourceRange
  let index: Code
  let value: Code

  init(
    slot: Int, name: String, nameRange: SourceRange, index: Code, value: Code
  ) {
    self.slot = slot
    self.name = name
    self.nameRange = nameRange
    self.index = index
    self.value = value
  }

  override func execute(_ interpreter: Interpreter) throws -> Flow {
    guard interpreter.globalValues[slot] != nil else {
      throw RuntimeError(
        "unknown name `\(name)`\(didYouMean(name, among: Array(interpreter.globals.keys)))",
        at: nameRange)
    }
    let frame = interpreter.emptyFrame
    let key = try index.evaluate(interpreter, frame)
    let element = try value.evaluate(interpreter, frame)
    let position = try validate(key, element, interpreter)
    switch position {
    case .offset(let offset):
      interpreter.globalValues[slot]?.setListElement(offset, to: element)
    case .key(let text):
      interpreter.globalValues[slot]?.setRecordEntry(text, to: element)
    }
    return .next
  }

  /// Where an assignment stores its element.
  private enum Position {
    case offset(Int)
    case key(String)
  }

  /// Checks the assignment before anything changes: the variable holds a
  /// list or a record, the index fits it, the element is not too deep.
  private func validate(
    _ key: Value, _ element: Value, _ interpreter: Interpreter
  ) throws -> Position {
    switch interpreter.globalValues[slot] {
    case .list(let items)?:
      var offset: Int
      if case .number(let number) = key,
        let fast = fastListOffset(number, count: items.count)
      {
        offset = fast
      } else {
        offset = try interpreter.listIndex(
          key, count: items.count, at: index.range)
      }
      try checkNesting(element, interpreter)
      return .offset(offset)
    case .record?:
      guard case .string(let text) = key else {
        throw RuntimeError(
          "a record key must be a string, got \(key.typeDescription)",
          at: index.range)
      }
      try checkNesting(element, interpreter)
      return .key(text)
    case let other:
      throw RuntimeError(
        "can only assign elements of a list or a record; `\(name)` is \((other ?? .none).typeDescription)",
        at: nameRange)
    }
  }

  /// The container was nested at most `maximumValueNesting` deep; with
  /// `element` in it, it is nested one deeper than `element`, or as before.
  @inline(__always)
  private func checkNesting(_ element: Value, _ interpreter: Interpreter) throws
  {
    switch element {
    case .list, .record, .function:
      _ = try interpreter.checkedNesting(.list([element]), at: value.range)
    default: break
    }
  }
}

/// `for name in iterable: … end`.
final class ForStatement: StatementCode {
  let slot: Int
  let iterable: Code
  let body: [StatementCode]

  init(slot: Int, iterable: Code, body: [StatementCode]) {
    self.slot = slot
    self.iterable = iterable
    self.body = body
  }

  override func execute(_ interpreter: Interpreter) throws -> Flow {
    let frame = interpreter.emptyFrame
    let items =
      try (iterable as? CallCode)?.evaluateForLoop(interpreter, frame)
      ?? .value(iterable.evaluate(interpreter, frame))
    switch items {
    case .numbers(let numbers):
      for offset in 0..<numbers.count {
        guard try visit(.number(numbers[offset]), interpreter) else { break }
      }
    case .value(let value):
      for item in try interpreter.elements(of: value, at: iterable.range) {
        guard try visit(item, interpreter) else { break }
      }
    }
    return .next
  }

  /// Runs the body for one item; false after a `break`.
  @inline(__always)
  private func visit(_ item: Value, _ interpreter: Interpreter) throws -> Bool {
    try interpreter.checkCancellation()
    try interpreter.tick(iterable.range)
    interpreter.globalValues[slot] = item
    if case .breakLoop = try interpreter.execute(body) { return false }
    return true
  }
}

/// `if c: … elif c: … else: … end`.
final class IfStatement: StatementCode {
  let conditions: [Code]
  let bodies: [[StatementCode]]
  let elseBody: [StatementCode]?

  init(
    conditions: [Code], bodies: [[StatementCode]], elseBody: [StatementCode]?
  ) {
    self.conditions = conditions
    self.bodies = bodies
    self.elseBody = elseBody
  }

  override func execute(_ interpreter: Interpreter) throws -> Flow {
    for (condition, body) in zip(conditions, bodies) {
      if try interpreter.condition(condition) {
        return try interpreter.execute(body)
      }
    }
    if let elseBody { return try interpreter.execute(elseBody) }
    return .next
  }
}

/// `while c: … end`.
final class WhileStatement: StatementCode {
  let condition: Code
  let body: [StatementCode]

  init(condition: Code, body: [StatementCode]) {
    self.condition = condition
    self.body = body
  }

  override func execute(_ interpreter: Interpreter) throws -> Flow {
    while try interpreter.condition(condition) {
      try interpreter.checkCancellation()
      try interpreter.tick(condition.range)
      if case .breakLoop = try interpreter.execute(body) { break }
    }
    return .next
  }
}

/// `break` or `continue`.
final class LoopControlStatement: StatementCode {
  let flow: Flow

  init(_ flow: Flow) { self.flow = flow }

  override func execute(_ interpreter: Interpreter) throws -> Flow { flow }
}

extension Value {
  /// Sets item `offset` of a list in place: the list is moved out of the
  /// value while it changes, so its storage is copied only when another
  /// value shares it.
  /// - Complexity: O(1) when the storage is not shared.
  mutating func setListElement(_ offset: Int, to element: Value) {
    guard case .list(var items) = self else { return }
    self = .none
    items[offset] = element
    self = .list(items)
  }

  /// Sets a record's entry in place, as `setListElement` does a list's item.
  mutating func setRecordEntry(_ key: String, to element: Value) {
    guard case .record(var record) = self else { return }
    self = .none
    record[key] = element
    self = .record(record)
  }
}
