import TermPlot
import TrainKit

/// Local variables of a function call: its parameters and what it captured.
typealias Scope = [String: Value]

/// Runs parsed cells: holds the variables, the builtins, the random
/// generator and the bounds on the work a cell may do.
///
/// One interpreter lives as long as its `Session`; variables persist from
/// cell to cell. `run(_:)` evaluates one program's statements, showing the
/// value of each top-level bare expression that is not `none`.
final class Interpreter {
  /// The variables assigned by cells.
  var globals: [String: Value] = [:]
  /// The builtins by name.
  private(set) var builtins: [String: Builtin] = [:]
  /// Width, colour, limits, the datasets folder.
  var options: SessionOptions
  /// The session's random generator; `seed(n)` replaces it.
  var rng: SeededGenerator
  /// Receives output text (each chunk ends with a newline).
  var write: (String) -> Void = { _ in }
  /// Polled by loops and long builtins; true stops the cell.
  var isCancelled: @Sendable () -> Bool = { false }
  /// Receives progress of long builtins, when the shell wants it.
  var progress: ((ProgressUpdate) -> Void)?
  /// Messages of the failed `expect` calls of the current cell.
  var failedExpectations: [String] = []
  /// The charts shown by the current cell, in order (for SVG export).
  var shownCharts: [any Chart] = []

  /// Steps taken by the current cell.
  private(set) var steps = 0
  /// Nested `fn` calls in progress.
  var callDepth = 0
  /// Nested `evaluate` calls in progress (bounds the native stack).
  var evaluationDepth = 0
  /// The deepest evaluation nesting allowed, across function calls.
  ///
  /// A level
  /// takes about 5.7 KB of stack in a debug build (measured), so 256 levels
  /// stay under 1.5 MB, well inside any thread's stack.
  static let maximumEvaluationDepth = 256

  /// Creates an interpreter with the given builtins.
  init(options: SessionOptions, builtins: [Builtin]) {
    self.options = options
    self.rng = SeededGenerator(seed: options.seed)
    for builtin in builtins {
      precondition(
        self.builtins[builtin.name] == nil,
        "builtin \(builtin.name) registered twice")
      self.builtins[builtin.name] = builtin
    }
  }

  /// Forgets every variable and re-seeds the random generator.
  func reset() {
    globals = [:]
    rng = SeededGenerator(seed: options.seed)
  }

  /// Prepares the per-cell counters.
  func beginCell() {
    steps = 0
    callDepth = 0
    evaluationDepth = 0
    failedExpectations = []
    shownCharts = []
  }

  /// Writes `text` followed by a newline.
  func print(_ text: String) {
    write(text.hasSuffix("\n") ? text : text + "\n")
  }

  /// Counts one step; throws when the cell's step budget is spent or the
  /// learner pressed Ctrl-C.
  func tick(_ range: SourceRange) throws {
    steps += 1
    if steps > options.limits.steps {
      throw RuntimeError(
        "this cell took more than \(options.limits.steps) steps; make the loop shorter",
        at: range)
    }
    if steps & 255 == 0, isCancelled() { throw CellInterrupted() }
  }

  /// Adds `amount` steps at once (host work such as minibatches).
  func addSteps(_ amount: Int, at range: SourceRange) throws {
    let (total, overflow) = steps.addingReportingOverflow(amount)
    steps = overflow ? Int.max : total
    if steps > options.limits.steps {
      throw RuntimeError(
        "this cell would take more than \(options.limits.steps) steps (each minibatch or optimizer step counts as one); use fewer epochs or steps",
        at: range)
    }
  }

  /// Throws `CellInterrupted` when the learner pressed Ctrl-C.
  func checkCancellation() throws {
    if isCancelled() { throw CellInterrupted() }
  }

  /// Runs a program's statements at the top level.
  func run(_ statements: [Stmt]) throws {
    do {
      try execute(statements, topLevel: true)
    } catch LoopControl.breakLoop(let range) {
      throw RuntimeError("`break` outside a loop", at: range)
    } catch LoopControl.continueLoop(let range) {
      throw RuntimeError("`continue` outside a loop", at: range)
    }
  }

  /// Runs statements in order.
  func execute(_ statements: [Stmt], topLevel: Bool) throws {
    for statement in statements {
      try execute(statement, topLevel: topLevel)
    }
  }

  private func execute(_ statement: Stmt, topLevel: Bool) throws {
    switch statement {
    case .expression(let expr):
      let value = try evaluate(expr, [:])
      if topLevel {
        if case .none = value { return }
        if case .object(let object) = value,
          let drawing = (object as? ChartObject)?.chart as? TermPlotDrawing
        {
          shownCharts.append(drawing.chart)
        }
        print(render(value))
      }
    case .assign(let name, _, let expr):
      var value = try evaluate(expr, [:])
      if case .function(var function) = value, function.name == nil {
        function.name = name
        value = .function(function)
      }
      globals[name] = value
    case .assignIndex(let name, let nameRange, let indexExpr, let expr):
      try assignElement(
        name, nameRange: nameRange, indexExpr: indexExpr, valueExpr: expr)
    case .forLoop(let name, _, let iterableExpr, let body, _):
      let iterable = try evaluate(iterableExpr, [:])
      let items = try elements(of: iterable, at: iterableExpr.range)
      loop: for item in items {
        try checkCancellation()
        try tick(iterableExpr.range)
        globals[name] = item
        do {
          try execute(body, topLevel: false)
        } catch LoopControl.breakLoop {
          break loop
        } catch LoopControl.continueLoop {
          continue loop
        }
      }
    case .ifChain(let branches, let elseBody, _):
      for branch in branches {
        if try condition(branch.condition) {
          try execute(branch.body, topLevel: false)
          return
        }
      }
      if let elseBody { try execute(elseBody, topLevel: false) }
    case .whileLoop(let conditionExpr, let body, _):
      loop: while try condition(conditionExpr) {
        try checkCancellation()
        try tick(conditionExpr.range)
        do {
          try execute(body, topLevel: false)
        } catch LoopControl.breakLoop {
          break loop
        } catch LoopControl.continueLoop {
          continue loop
        }
      }
    case .breakLoop(let range):
      throw LoopControl.breakLoop(range)
    case .continueLoop(let range):
      throw LoopControl.continueLoop(range)
    }
  }

  /// Evaluates a condition, which must be `true` or `false`.
  func condition(_ expr: Expr) throws -> Bool {
    let value = try evaluate(expr, [:])
    guard case .bool(let flag) = value else {
      throw RuntimeError(
        "a condition must be true or false, got \(value.typeDescription)",
        at: expr.range)
    }
    return flag
  }

  private func assignElement(
    _ name: String, nameRange: SourceRange, indexExpr: Expr, valueExpr: Expr
  ) throws {
    guard let container = globals[name] else {
      throw RuntimeError(
        "unknown name `\(name)`\(didYouMean(name, among: Array(globals.keys)))",
        at: nameRange)
    }
    let index = try evaluate(indexExpr, [:])
    let value = try evaluate(valueExpr, [:])
    switch container {
    case .list(var items):
      let position = try listIndex(
        index, count: items.count, at: indexExpr.range)
      items[position] = value
      globals[name] = try checkedNesting(.list(items), at: valueExpr.range)
    case .record(var record):
      guard case .string(let key) = index else {
        throw RuntimeError(
          "a record key must be a string, got \(index.typeDescription)",
          at: indexExpr.range)
      }
      record[key] = value
      globals[name] = try checkedNesting(.record(record), at: valueExpr.range)
    default:
      throw RuntimeError(
        "can only assign elements of a list or a record; `\(name)` is \(container.typeDescription)",
        at: nameRange)
    }
  }

  /// The items a `for` loop visits in `value`.
  func elements(of value: Value, at range: SourceRange) throws -> [Value] {
    switch value {
    case .list(let items): return items
    case .string(let text): return text.map { .string(String($0)) }
    case .record(let record): return record.keys.map { .string($0) }
    case .object(let object):
      if let items = object.elements() { return items }
      throw RuntimeError("cannot loop over \(value.typeDescription)", at: range)
    case .number:
      throw RuntimeError(
        "cannot loop over a number; to count, write `for i in range(n):`",
        at: range)
    default:
      throw RuntimeError("cannot loop over \(value.typeDescription)", at: range)
    }
  }
}
