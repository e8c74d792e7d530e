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
    // By index: an iterator would retain and release the array each time.
    var index = 0
    while index < body.count {
      let flow = try body[index].execute(self)
      if case .next = flow {
        index += 1
        continue
      }
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
    if case .object(let object) = value, var chart = object as? ChartObject,
      let drawing = chart.chart as? TermPlotDrawing
    {
      chart.chart = TermPlotDrawing(chart: interpreter.show(drawing.chart))
      interpreter.print(interpreter.render(.object(chart)))
      return .next
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
    var result: Value
    do {
      result = try value.evaluate(interpreter, interpreter.emptyFrame)
    } catch let interrupted as CellInterrupted {
      // `h = fit(…)` stopped by Ctrl-C keeps the epochs completed.
      if let partial = interrupted.partial,
        interrupted.partialCall == value.range
      {
        interpreter.globalValues[slot] = partial
        interpreter.print("`\(name)` holds what ran before Ctrl-C:")
        interpreter.print(interpreter.render(partial))
      }
      throw CellInterrupted()
    }
    if case .function(let function) = result, function.name == nil {
      result = .function(
        UserFunction(
          code: function.code, captured: function.captured, name: name))
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
    try store(
      element, at: key, in: &interpreter.globalValues[slot], interpreter)
    return .next
  }

  /// Checks the assignment, then stores the element in place.
  ///
  /// The checks: the variable holds a list or a record, the index fits it,
  /// the element is not too deep. The container is moved out of the
  /// variable while it changes, so its storage is uniquely referenced and
  /// not copied. On an error the variable is unchanged.
  private func store(
    _ element: Value, at key: Value, in variable: inout Value?,
    _ interpreter: Interpreter
  ) throws {
    let position: Position
    switch variable {
    case .list(let items)?:
      if case .number(let number) = key,
        let offset = fastListOffset(number, count: items.count)
      {
        position = .offset(offset)
      } else {
        position = .offset(
          try interpreter.listIndex(key, count: items.count, at: index.range))
      }
    case .record?:
      guard case .string(let text) = key else {
        throw RuntimeError(
          "a record key must be a string, got \(key.typeDescription)",
          at: index.range)
      }
      position = .key(text)
    case let other:
      throw RuntimeError(
        "can only assign elements of a list or a record; `\(name)` is \((other ?? .none).typeDescription)",
        at: nameRange)
    }
    try checkNesting(element, interpreter)
    // Not in the switch above: its copy of the variable would live through
    // the change and make the list's storage look shared.
    switch position {
    case .offset(let offset):
      guard case .list(var items)? = variable else { return }
      variable = nil  // drops the variable's reference to `items`
      items[offset] = element
      variable = .list(items)
    case .key(let text):
      guard case .record(var record)? = variable else { return }
      variable = nil
      record[text] = element
      variable = .record(record)
    }
  }

  /// Where an assignment stores its element.
  private enum Position {
    case offset(Int)
    case key(String)
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
