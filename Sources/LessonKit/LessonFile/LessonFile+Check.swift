extension LessonFile {
  /// Every problem of a lesson's cells that can be found without running
  /// them: syntax errors, and calls of a name that is neither a builtin nor
  /// assigned anywhere in the lesson (a misspelt builtin), each located by
  /// file and line.
  ///
  /// Used by `trainlab check` after `parse(_:path:)`.
  ///
  /// - Parameters:
  ///   - lesson: A parsed lesson.
  ///   - builtinNames: The builtins of the session that will run it
  ///     (`Session.builtinNames`).
  /// - Returns: The problems in file order; empty when there are none.
  public static func checkCells(of lesson: Lesson, builtinNames: [String])
    -> [LessonFileProblem]
  {
    checkCells(of: lesson, builtinNames: builtinNames, literalCall: nil)
  }

  /// `checkCells(of:builtinNames:)`, and, with `literalCall`, the errors of
  /// calls of a builtin (one the lesson does not redefine) whose arguments
  /// are all literals: `literalCall` runs such a call and returns its
  /// error, or nil (`Session.problems(in:)` runs the builtins marked
  /// `Builtin.checksLiteralCalls`).
  static func checkCells(
    of lesson: Lesson, builtinNames: [String],
    literalCall: ((_ name: String, _ call: Expr) -> RuntimeError?)?
  ) -> [LessonFileProblem] {
    var problems: [LessonFileProblem] = []
    var programs: [(cell: LessonCell, program: Program)] = []
    var defined = Set<String>()
    for (_, cell) in lesson.cells {
      var parser = Parser(cell.source)
      let program = parser.parseProgram()
      // One problem per line: later diagnostics on the same line are usually
      // consequences of the first.
      var reportedLines = Set<Int>()
      for diagnostic in program.diagnostics
      where reportedLines.insert(diagnostic.range.start.line).inserted {
        problems.append(
          problem(
            diagnostic.message, at: diagnostic.range, in: cell,
            path: lesson.path))
      }
      for annotation in LessonKnob.annotations(in: cell.source)
      where annotation.name == nil {
        problems.append(
          LessonFileProblem(
            path: lesson.path, line: cell.line + annotation.line - 1,
            message:
              "a `# \(LessonKnob.marker)` comment belongs at the end of a top-level line `name = value`"
          ))
      }
      programs.append((cell, program))
      CellNames.collectDefinitions(program.statements, into: &defined)
    }
    let builtins = Set(builtinNames)
    for (cell, program) in programs where program.diagnostics.isEmpty {
      var calls: [(name: String, range: SourceRange, call: Expr)] = []
      CellNames.collectCalls(program.statements, into: &calls)
      for (name, range, call) in calls where !defined.contains(name) {
        if !builtins.contains(name) {
          let hint = didYouMean(name, among: builtinNames)
          problems.append(
            problem(
              "unknown builtin `\(name)`\(hint)", at: range, in: cell,
              path: lesson.path))
        } else if let literalCall, case .call(_, let arguments, _) = call,
          arguments.allSatisfy({ CellNames.isLiteral($0.value) }),
          let error = literalCall(name, call)
        {
          problems.append(
            problem(error.message, at: error.range, in: cell, path: lesson.path)
          )
        }
      }
    }
    return problems.sorted { $0.line < $1.line }
  }

  private static func problem(
    _ message: String, at range: SourceRange, in cell: LessonCell, path: String
  )
    -> LessonFileProblem
  {
    LessonFileProblem(
      path: path, line: cell.line + range.start.line - 1,
      message: "column \(range.start.column): \(message)")
  }
}

/// Walks a cell's syntax tree for the names it defines and the names it calls.
private enum CellNames {
  static func collectDefinitions(
    _ statements: [Stmt], into names: inout Set<String>
  ) {
    for statement in statements {
      switch statement {
      case .assign(let name, _, let value):
        names.insert(name)
        collectParameters(value, into: &names)
      case .assignIndex(_, _, _, let value), .expression(let value):
        collectParameters(value, into: &names)
      case .forLoop(let name, _, _, let body, _):
        names.insert(name)
        collectDefinitions(body, into: &names)
      case .ifChain(let branches, let otherwise, _):
        for branch in branches { collectDefinitions(branch.body, into: &names) }
        if let otherwise { collectDefinitions(otherwise, into: &names) }
      case .whileLoop(_, let body, _):
        collectDefinitions(body, into: &names)
      case .breakLoop, .continueLoop:
        break
      }
    }
  }

  /// The parameters of `fn` literals, which are names inside their bodies.
  private static func collectParameters(
    _ expression: Expr, into names: inout Set<String>
  ) {
    visit(expression) { node in
      if case .function(let parameters, _, _) = node {
        names.formUnion(parameters)
      }
    }
  }

  /// True for an expression made of literals only: numbers, strings,
  /// flags, `none`, and lists, records and signs of them.
  static func isLiteral(_ expression: Expr) -> Bool {
    switch expression {
    case .number, .string, .bool, .none: return true
    case .list(let items, _): return items.allSatisfy(isLiteral)
    case .record(let entries, _):
      return entries.allSatisfy { isLiteral($0.value) }
    case .unary(_, let operand, _): return isLiteral(operand)
    default: return false
    }
  }

  /// Every call of a name, with the name's range and the whole call.
  static func collectCalls(
    _ statements: [Stmt],
    into calls: inout [(name: String, range: SourceRange, call: Expr)]
  ) {
    func record(_ expression: Expr) {
      visit(expression) { node in
        if case .call(.name(let name, let range), _, _) = node {
          calls.append((name, range, node))
        }
      }
    }
    for statement in statements {
      switch statement {
      case .expression(let value), .assign(_, _, let value):
        record(value)
      case .assignIndex(_, _, let index, let value):
        record(index)
        record(value)
      case .forLoop(_, _, let iterable, let body, _):
        record(iterable)
        collectCalls(body, into: &calls)
      case .ifChain(let branches, let otherwise, _):
        for branch in branches {
          record(branch.condition)
          collectCalls(branch.body, into: &calls)
        }
        if let otherwise { collectCalls(otherwise, into: &calls) }
      case .whileLoop(let condition, let body, _):
        record(condition)
        collectCalls(body, into: &calls)
      case .breakLoop, .continueLoop:
        break
      }
    }
  }

  /// Calls `body` on `expression` and every expression inside it.
  private static func visit(_ expression: Expr, _ body: (Expr) -> Void) {
    body(expression)
    for child in expression.children { visit(child, body) }
  }
}
