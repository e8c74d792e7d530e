import Localization
import TermPlot
import TrainKit

/// Runs parsed cells: holds the variables, the builtins, the random
/// generator and the bounds on the work a cell may do.
///
/// One interpreter lives as long as its `Session`; variables persist from
/// cell to cell. `run(_:)` evaluates one program's statements, showing the
/// value of each top-level bare expression that is not `none`.
final class Interpreter {
  /// The variables assigned by cells, by name (built on demand: the
  /// evaluator reads `globalValues` by slot).
  var globals: [String: Value] {
    var variables: [String: Value] = [:]
    for (name, slot) in globalSlots {
      if let value = globalValues[slot] { variables[name] = value }
    }
    return variables
  }
  /// The slot of every name compiled code reads or writes as a variable.
  private var globalSlots: [String: Int] = [:]
  /// The variables' values by slot; nil while a name is not assigned.
  @exclusivity(unchecked) var globalValues: [Value?] = []
  /// The frame of code outside any function, which has no locals.
  let emptyFrame = Frame.allocate(capacity: 1)
  /// The builtins by name.
  private(set) var builtins: [String: Builtin] = [:]
  /// Width, colour, limits, the datasets folder.
  var options: SessionOptions
  /// The size the current cell's output is drawn at (`Session.run` sets it).
  var size: RenderSize
  /// The session's random generator; `seed(n)` replaces it.
  var rng: SeededGenerator
  /// Receives output text (each chunk ends with a newline).
  var write: (String) -> Void = { _ in }
  /// Polled by loops and long builtins; true stops the cell.
  var isCancelled: @Sendable () -> Bool = { false }
  /// Receives progress of long builtins, when the shell wants it.
  var progress: ((ProgressUpdate) -> Void)?
  /// Draws training charts as they grow, when the shell wants it.
  var liveCharts: (any LiveChartDisplay)?
  /// Messages of the failed `expect` calls of the current cell.
  var failedExpectations: [String] = []
  /// The charts shown by the current cell, in order, with the size each
  /// was drawn at (`save K FILE.svg`, SVG export).
  var shownCharts: [ShownChart] = []
  /// The same charts as drawn by the cell, before any comparison.
  var drawnCharts: [any Chart] = []
  /// An earlier run's charts to show beside this run's (a rerun cell).
  var comparison: ChartComparison?

  /// The cell being run, for the functions it defines.
  var currentSource: CellSource?
  /// The session's memory as last measured, for `admit`.
  var memory = MemoryAccount()

  // The counters below and `globalValues` are read or written by every
  // node the evaluator runs. `@exclusivity(unchecked)` drops the run-time
  // exclusivity check of each access (swift_beginAccess/endAccess: a
  // quarter of a scalar loop's time under perf). It is safe because no
  // access to them is held across a call that could reach them again:
  // they are only read, assigned, or (for `globalValues[slot]`) changed by
  // a method of `Value` that touches nothing else.

  /// Steps taken by the current cell.
  @exclusivity(unchecked) private(set) var steps = 0
  /// The step count at which `enter` next leaves its fast path: the next
  /// multiple of 256 (to poll `isCancelled`) or the first step over the
  /// limit, whichever comes first.
  @exclusivity(unchecked) private var checkpoint = 0
  /// Nested `fn` calls in progress.
  @exclusivity(unchecked) var callDepth = 0
  /// The deepest level a node of the running tree may have: how many of
  /// `maximumEvaluationDepth`'s levels are left below the function calls in
  /// progress (each call takes its calling node's level).
  @exclusivity(unchecked) var levelLimit = Interpreter.maximumEvaluationDepth
  /// The deepest evaluation nesting allowed, across function calls.
  ///
  /// It bounds the native stack: each level is a few frames of `evaluate`
  /// calls.
  static let maximumEvaluationDepth = EvaluationLimits.evaluationDepth

  /// Creates an interpreter with the given builtins.
  init(options: SessionOptions, builtins: [Builtin]) {
    self.options = options
    self.size = options.size
    self.rng = SeededGenerator(seed: options.seed)
    for builtin in builtins {
      precondition(
        self.builtins[builtin.name] == nil,
        "builtin \(builtin.name) registered twice")
      self.builtins[builtin.name] = builtin
    }
  }

  deinit {
    emptyFrame.deallocate()
  }

  /// The slot of the variable `name`, made empty on first use.
  func globalSlot(for name: String) -> Int {
    if let slot = globalSlots[name] { return slot }
    globalValues.append(nil)
    globalSlots[name] = globalValues.count - 1
    return globalValues.count - 1
  }

  /// Forgets every variable and re-seeds the random generator.
  func reset() {
    for slot in globalValues.indices { globalValues[slot] = nil }
    memory = MemoryAccount()
    rng = SeededGenerator(seed: options.seed)
  }

  /// Prepares the per-cell counters.
  func beginCell() {
    steps = 0
    checkpoint = 0
    callDepth = 0
    levelLimit = Interpreter.maximumEvaluationDepth
    failedExpectations = []
    shownCharts = []
    drawnCharts = []
  }

  /// Writes `text` followed by a newline, each line fitted to the render
  /// width: a longer line (a printed list, a help text) is broken at
  /// spaces, its continuation lines indented two more.
  func print(_ text: String) {
    let body = text.hasSuffix("\n") ? String(text.dropLast()) : text
    let lines = LineBreaker(width: renderContext.width).fit(body)
    write(lines.joined(separator: "\n") + "\n")
  }

  /// Counts one step; throws when the cell's step budget is spent or the
  /// learner pressed Ctrl-C (polled every 256 steps).
  @inline(__always)
  func tick(_ range: SourceRange) throws {
    steps &+= 1
    if steps >= checkpoint { try passCheckpoint(range) }
  }

  /// Counts the step of starting `code` and checks its nesting level.
  @inline(__always)
  func enter(_ code: Code) throws {
    steps &+= 1
    if steps >= checkpoint { try passCheckpoint(code.range) }
    if code.level > levelLimit { throw tooDeep(at: code.range) }
  }

  /// The slow part of `tick`: the step limit, Ctrl-C, the next checkpoint.
  private func passCheckpoint(_ range: SourceRange) throws {
    let limit = options.limits.steps
    if steps > limit {
      throw RuntimeError(
        "this cell took more than \(limit) steps; make the loop shorter",
        at: range)
    }
    if steps & 255 == 0, isCancelled() { throw CellInterrupted() }
    let poll = (steps | 255).addingReportingOverflow(1)
    checkpoint = min(
      poll.overflow ? Int.max : poll.partialValue,
      limit == Int.max ? Int.max : limit + 1)
  }

  /// The error for a node nested deeper than `maximumEvaluationDepth`.
  func tooDeep(at range: SourceRange) -> RuntimeError {
    RuntimeError(
      "too deeply nested (more than \(Interpreter.maximumEvaluationDepth) levels of evaluation)",
      at: range)
  }

  /// Adds `amount` steps at once (host work such as minibatches).
  func addSteps(_ amount: Int, at range: SourceRange) throws {
    let (total, overflow) = steps.addingReportingOverflow(amount)
    steps = overflow ? Int.max : total
    checkpoint = 0
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

  /// Compiles and runs a program's statements at the top level.
  func run(_ statements: [Stmt]) throws {
    let code = Compiler(interpreter: self).compile(statements)
    switch try execute(code) {
    case .next: break
    case .breakLoop(let range):
      throw RuntimeError("`break` outside a loop", at: range)
    case .continueLoop(let range):
      throw RuntimeError("`continue` outside a loop", at: range)
    }
  }

  /// Evaluates a condition, which must be `true` or `false`.
  func condition(_ code: Code) throws -> Bool {
    let value = try code.evaluate(self, emptyFrame)
    guard case .bool(let flag) = value else {
      throw RuntimeError(
        "a condition must be true or false, got \(value.typeDescription)",
        at: code.range)
    }
    return flag
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
