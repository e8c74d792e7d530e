/// Turns a parsed cell into `StatementCode` and `Code` trees for the
/// interpreter.
///
/// Names are resolved once, here: a function's parameters and the locals it
/// captures become frame slots (innermost first, so a parameter hides an
/// enclosing one of the same name), every other name becomes a global slot
/// of the interpreter (made on first sight, empty until assigned) that
/// falls back to the builtin of that name, as look-up did at run time.
/// Nodes deeper than `Interpreter.maximumEvaluationDepth` become
/// `TooDeepCode`, so compiling never recurses further than evaluation may.
struct Compiler {
  let interpreter: Interpreter

  /// Compiles a cell's top-level statements.
  func compile(_ statements: [Stmt]) -> [StatementCode] {
    statements.map { compile($0, topLevel: true) }
  }

  private func compile(block: [Stmt]) -> [StatementCode] {
    block.map { compile($0, topLevel: false) }
  }

  private func compile(_ statement: Stmt, topLevel: Bool) -> StatementCode {
    switch statement {
    case .expression(let expr):
      return ExpressionStatement(
        compile(expr, level: 1, locals: []), showsValue: topLevel)
    case .assign(let name, _, let expr):
      return AssignStatement(
        slot: interpreter.globalSlot(for: name), name: name,
        value: compile(expr, level: 1, locals: []))
    case .assignIndex(let name, let nameRange, let indexExpr, let expr):
      return AssignElementStatement(
        slot: interpreter.globalSlot(for: name), name: name,
        nameRange: nameRange, index: compile(indexExpr, level: 1, locals: []),
        value: compile(expr, level: 1, locals: []))
    case .forLoop(let name, _, let iterableExpr, let body, _):
      return ForStatement(
        slot: interpreter.globalSlot(for: name),
        iterable: compile(iterableExpr, level: 1, locals: []),
        body: compile(block: body))
    case .ifChain(let branches, let elseBody, _):
      return IfStatement(
        conditions: branches.map {
          compile($0.condition, level: 1, locals: [])
        },
        bodies: branches.map { compile(block: $0.body) },
        elseBody: elseBody.map { compile(block: $0) })
    case .whileLoop(let conditionExpr, let body, _):
      return WhileStatement(
        condition: compile(conditionExpr, level: 1, locals: []),
        body: compile(block: body))
    case .breakLoop(let range):
      return LoopControlStatement(.breakLoop(range))
    case .continueLoop(let range):
      return LoopControlStatement(.continueLoop(range))
    }
  }

  /// Compiles `expr` as a node at `level`, where `locals` names the frame's
  /// slots.
  func compile(_ expr: Expr, level: Int, locals: [String]) -> Code {
    let range = expr.range
    guard level <= Interpreter.maximumEvaluationDepth else {
      return TooDeepCode(range: range, level: level)
    }
    func sub(_ child: Expr) -> Code {
      compile(child, level: level + 1, locals: locals)
    }
    switch expr {
    case .number(let value, _):
      return ConstantCode(.number(value), range: range, level: level)
    case .string(let text, _):
      return ConstantCode(.string(text), range: range, level: level)
    case .bool(let flag, _):
      return ConstantCode(.bool(flag), range: range, level: level)
    case .none:
      return ConstantCode(.none, range: range, level: level)
    case .name(let name, _):
      if let slot = locals.firstIndex(of: name) {
        return LocalCode(slot: slot, range: range, level: level)
      }
      return GlobalCode(
        slot: interpreter.globalSlot(for: name), name: name,
        builtin: interpreter.builtins[name].map { .builtin($0) },
        localNames: locals, range: range, level: level)
    case .list(let elements, _):
      return ListCode(elements.map(sub), range: range, level: level)
    case .record(let entries, _):
      return RecordCode(
        keys: entries.map(\.key), values: entries.map { sub($0.value) },
        range: range, level: level)
    case .unary(let op, let operand, _):
      return UnaryCode(op, sub(operand), range: range, level: level)
    case .binary(.and, let left, let right, _, _):
      return LogicalCode(
        isAnd: true, sub(left), sub(right), range: range, level: level)
    case .binary(.or, let left, let right, _, _):
      return LogicalCode(
        isAnd: false, sub(left), sub(right), range: range, level: level)
    case .binary(let op, let left, let right, let operatorRange, _):
      return BinaryCode(
        op, sub(left), sub(right), operatorRange: operatorRange, range: range,
        level: level)
    case .chain(let first, let links, _):
      return ChainCode(
        sub(first),
        links.map {
          ChainCode.Link(
            op: $0.op, operatorRange: $0.operatorRange, operand: sub($0.operand)
          )
        }, range: range, level: level)
    case .member(let base, let name, let nameRange, _):
      return MemberCode(
        sub(base), name: name, nameRange: nameRange, range: range,
        level: level)
    case .index(let base, let index, _):
      return IndexCode(sub(base), sub(index), range: range, level: level)
    case .slice(let base, let lower, let upper, _):
      return SliceCode(
        sub(base), lower: lower.map(sub), upper: upper.map(sub), range: range,
        level: level)
    case .call(let callee, let arguments, _):
      return CallCode(
        sub(callee),
        arguments.map {
          ArgumentCode(
            label: $0.label, labelRange: $0.labelRange, value: sub($0.value))
        }, range: range, level: level)
    case .function(let parameters, let body, _):
      // The body runs in a frame of the parameters followed by a copy of
      // the enclosing frame; its root is at level 1 of its own tree.
      let names = parameters + locals
      let function = FunctionCode(
        parameters: parameters, body: compile(body, level: 1, locals: names),
        localNames: names, source: interpreter.currentSource)
      return FunctionLiteralCode(
        function, enclosingLocals: locals.count, range: range, level: level)
    case .conditional(let value, let condition, let otherwise, _):
      return ConditionalCode(
        sub(value), condition: sub(condition), otherwise: sub(otherwise),
        range: range, level: level)
    case .invalid:
      return InvalidCode(range: range, level: level)
    }
  }
}
