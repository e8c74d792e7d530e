/// The names a cell reads from outside itself and the names it assigns,
/// found from its syntax alone (nothing is run).
///
/// A name is *read* when the cell uses it before assigning it: a free
/// variable of the cell. Function parameters are locals of their `fn`, not
/// reads; a name assigned on an earlier line of the cell is the cell's own
/// value, not a read, even when the assignment is in a loop or a branch
/// (a loop is taken to run, as lesson loops do, so `for s in range(3): a =
/// …` then `print(a)` reads no outside `a`); builtins are left out. The free names of a `fn` body count as reads of the cell that
/// defines it (the function reads them when called), as in Pluto.
///
/// A name is *written* when the cell assigns it (`x = …`, `x[i] = …`, a
/// `for x in …` loop) or hands it to a builtin that changes it in place
/// (`fit(model, …)` trains `model`: `mutatingBuiltins`).
///
/// ```swift
/// CellDependencies(source: "h = fit(model, data, optimizer=sgd(lr=lr))\nplot(h.train_loss)",
///                  builtinNames: ["fit", "sgd", "plot"])
/// // reads ["data", "lr", "model"], writes ["h", "model"]
/// ```
public struct CellDependencies: Equatable, Sendable {
  /// The free names the cell reads, sorted.
  public var reads: [String]
  /// The names the cell assigns or changes in place, sorted.
  public var writes: [String]

  /// Creates dependencies from their parts (sorted and deduplicated).
  public init(reads: some Sequence<String>, writes: some Sequence<String>) {
    self.reads = Set(reads).sorted()
    self.writes = Set(writes).sorted()
  }

  /// The builtins that change an argument in place, and which parameter.
  ///
  /// `fit` trains the model it is given. The one list of them.
  public static let mutatingBuiltins: [String: String] = ["fit": "model"]

  /// Analyses `source`, a lesson cell or a prompt entry.
  ///
  /// A cell with a syntax error is analysed as far as it parsed.
  ///
  /// - Parameters:
  ///   - source: The cell's code.
  ///   - builtinNames: Names to leave out of the reads (the session's
  ///     builtins, minus any the lesson assigns: see `LessonDependencies`).
  public init(source: String, builtinNames: Set<String>) {
    var parser = Parser(source)
    self = Self.analyze(parser.parseProgram(), builtinNames: builtinNames)
  }

  /// The pure function over the syntax tree.
  static func analyze(_ program: Program, builtinNames: Set<String>)
    -> CellDependencies
  {
    var walker = DependencyWalker(builtins: builtinNames)
    var assigned = Set<String>()
    walker.statements(program.statements, assigned: &assigned)
    return CellDependencies(reads: walker.reads, writes: walker.writes)
  }
}

/// Walks statements in order, tracking which names are assigned at each
/// point.
private struct DependencyWalker {
  let builtins: Set<String>
  var reads = Set<String>()
  var writes = Set<String>()

  init(builtins: Set<String>) {
    self.builtins = builtins
  }

  /// Walks `body`; `assigned` grows by the names it assigns.
  mutating func statements(_ body: [Stmt], assigned: inout Set<String>) {
    for statement in body {
      switch statement {
      case .expression(let value):
        expression(value, assigned: assigned)
      case .assign(let name, _, let value):
        expression(value, assigned: assigned)
        write(name, assigned: &assigned)
      case .assignIndex(let name, _, let index, let value):
        expression(index, assigned: assigned)
        expression(value, assigned: assigned)
        read(name, assigned: assigned)  // the rest of the list is kept
        write(name, assigned: &assigned)
      case .forLoop(let name, _, let iterable, let loopBody, _):
        expression(iterable, assigned: assigned)
        write(name, assigned: &assigned)
        statements(loopBody, assigned: &assigned)
      case .ifChain(let branches, let otherwise, _):
        for branch in branches {
          expression(branch.condition, assigned: assigned)
          statements(branch.body, assigned: &assigned)
        }
        if let otherwise { statements(otherwise, assigned: &assigned) }
      case .whileLoop(let condition, let loopBody, _):
        expression(condition, assigned: assigned)
        statements(loopBody, assigned: &assigned)
      case .breakLoop, .continueLoop:
        break
      }
    }
  }

  mutating func write(_ name: String, assigned: inout Set<String>) {
    writes.insert(name)
    assigned.insert(name)
  }

  mutating func read(_ name: String, assigned: Set<String>) {
    if !assigned.contains(name) && !builtins.contains(name) {
      reads.insert(name)
    }
  }

  /// Records the reads of `value`; `locals` are the parameters of the
  /// enclosing `fn` literals (never reads).
  mutating func expression(
    _ value: Expr, assigned: Set<String>, locals: Set<String> = []
  ) {
    switch value {
    case .name(let name, _):
      if !locals.contains(name) { read(name, assigned: assigned) }
    case .function(let parameters, let body, _):
      expression(body, assigned: assigned, locals: locals.union(parameters))
    case .call(.name(let callee, _), let arguments, _)
    where builtins.contains(callee) && !locals.contains(callee)
      && !assigned.contains(callee):
      if let parameter = CellDependencies.mutatingBuiltins[callee],
        let changed = arguments.first(where: { $0.label == parameter })
          ?? arguments.first(where: { $0.label == nil }),
        case .name(let name, _) = changed.value, !locals.contains(name)
      {
        writes.insert(name)
      }
      for child in value.children {
        expression(child, assigned: assigned, locals: locals)
      }
    default:
      for child in value.children {
        expression(child, assigned: assigned, locals: locals)
      }
    }
  }
}
