/// A function literal's compiled form, shared by every function value made
/// from it: its parameters, its body, and the names of its frame's slots.
final class FunctionCode {
  /// The parameter names, in order: frame slots `0..<parameters.count`
  /// (the parser refuses a repeated name).
  let parameters: [String]
  /// The body, compiled with the parameters and the captured locals as its
  /// frame.
  let body: Code
  /// Every local the body can name, by slot, for "did you mean".
  ///
  /// The parameters come first, then the enclosing function's locals
  /// (innermost first).
  let localNames: [String]
  /// The cell the function is written in, for errors in its body.
  let source: CellSource?
  /// `body`, read by a call without retaining it.
  let bodyChild: ChildCode

  init(
    parameters: [String], body: Code, localNames: [String],
    source: CellSource? = nil
  ) {
    self.parameters = parameters
    self.body = body
    self.bodyChild = ChildCode(body)
    self.localNames = localNames
    self.source = source
  }
}

/// `fn(x, y) => body`: makes a function value capturing the current frame.
final class FunctionLiteralCode: Code {
  let function: FunctionCode
  /// How many locals the enclosing code has (0 at the top level).
  let enclosingLocals: Int

  init(
    _ function: FunctionCode, enclosingLocals: Int, range: SourceRange,
    level: Int
  ) {
    self.function = function
    self.enclosingLocals = enclosingLocals
    super.init(range: range, level: level)
  }

  override func run(_ interpreter: Interpreter, _ frame: Frame) throws
    -> Value
  {
    let captured = Array(
      UnsafeBufferPointer(start: frame, count: enclosingLocals))
    return try interpreter.checkedNesting(
      .function(UserFunction(code: function, captured: captured, name: nil)),
      at: range)
  }
}

/// What a `for` loop visits.
enum LoopItems {
  /// The numbers of `range(…)`.
  case numbers(NumberRange)
  /// The items of a value (`Interpreter.elements(of:at:)`).
  case value(Value)
}

/// One argument of a call, compiled.
struct ArgumentCode {
  /// The keyword, for `epochs=20`.
  var label: String?
  /// Where the keyword is written.
  var labelRange: SourceRange?
  /// The argument's expression.
  var value: Code
}

/// `f(x, key=value)`.
///
/// A user function called with positional arguments only, as many as its
/// parameters, gets its frame filled here, in a temporary allocation;
/// every other call goes through `Interpreter.call`, which binds keywords
/// and explains mistakes.
final class CallCode: Code {
  let callee: Code
  let arguments: [ArgumentCode]
  /// No argument has a keyword.
  let isPositional: Bool
  /// The arguments' expressions, read without retaining them (`arguments`
  /// owns them).
  private let argumentValues: UnsafeMutableBufferPointer<ChildCode>

  init(
    _ callee: Code, _ arguments: [ArgumentCode], range: SourceRange, level: Int
  ) {
    self.callee = callee
    self.arguments = arguments
    self.isPositional = arguments.allSatisfy { $0.label == nil }
    argumentValues = .allocate(capacity: arguments.count)
    for (index, argument) in arguments.enumerated() {
      argumentValues.initializeElement(at: index, to: ChildCode(argument.value))
    }
    super.init(range: range, level: level)
  }

  deinit { argumentValues.deallocate() }

  override func run(_ interpreter: Interpreter, _ frame: Frame) throws
    -> Value
  {
    let function = try callee.evaluate(interpreter, frame)
    if let user = directCallee(function) {
      return try callDirectly(user, interpreter, frame)
    }
    return try call(function, interpreter, frame)
  }

  /// The user function `function` is, when this call passes it exactly
  /// its parameters by position (`callDirectly`).
  @inline(__always)
  private func directCallee(_ function: Value) -> UserFunction? {
    guard isPositional, case .function(let user) = function,
      user.code.parameters.count == argumentValues.count
    else { return nil }
    return user
  }

  /// What a `for` loop over this call visits.
  ///
  /// It is the numbers of a call of the builtin `range`, found without
  /// making their list, or else the call's value. The same steps are
  /// counted and the same errors thrown as by `evaluate`.
  func evaluateForLoop(_ interpreter: Interpreter, _ frame: Frame) throws
    -> LoopItems
  {
    try interpreter.enter(self)
    let function = try callee.evaluate(interpreter, frame)
    if case .builtin(let builtin) = function, builtin.name == "range" {
      let values = try evaluateArguments(interpreter, frame)
      return .numbers(
        try interpreter.call(builtin, values, at: range) {
          try NumberRange($0)
        })
    }
    return .value(try call(function, interpreter, frame))
  }

  /// Calls the callee's value `function`: evaluates the arguments and runs
  /// it.
  private func call(
    _ function: Value, _ interpreter: Interpreter, _ frame: Frame
  ) throws -> Value {
    if let user = directCallee(function) {
      return try callDirectly(user, interpreter, frame)
    }
    let values = try evaluateArguments(interpreter, frame)
    // The callee's body (or a builtin's calls of user functions) runs one
    // level below this node.
    let saved = interpreter.levelLimit
    interpreter.levelLimit -= level
    defer { interpreter.levelLimit = saved }
    return try interpreter.call(
      function, values, at: range, calleeRange: callee.range)
  }

  private func evaluateArguments(_ interpreter: Interpreter, _ frame: Frame)
    throws -> [CallArgument]
  {
    var values: [CallArgument] = []
    values.reserveCapacity(arguments.count)
    for argument in arguments {
      values.append(
        CallArgument(
          label: argument.label, labelRange: argument.labelRange,
          value: try argument.value.evaluate(interpreter, frame),
          range: argument.value.range))
    }
    return values
  }

  /// Evaluates the arguments straight into the callee's frame and runs it.
  @inline(__always)
  private func callDirectly(
    _ function: UserFunction, _ interpreter: Interpreter, _ frame: Frame
  ) throws -> Value {
    let count = argumentValues.count
    let captured = function.captured
    return try withUnsafeTemporaryAllocation(
      of: Value.self, capacity: max(count + captured.count, 1)
    ) { buffer in
      // The capacity is at least 1, so the allocation has an address.
      let locals = buffer.baseAddress ?? interpreter.emptyFrame
      var initialized = 0
      defer { locals.deinitialize(count: initialized) }
      while initialized < count {
        (locals + initialized).initialize(
          to: try argumentValues[initialized].evaluate(interpreter, frame))
        initialized += 1
      }
      for value in captured {
        (locals + initialized).initialize(to: value)
        initialized += 1
      }
      return try interpreter.run(
        function, in: locals, callLevel: level, at: range)
    }
  }
}

extension Interpreter {
  /// Runs a user function's body in `frame`, counting the call against
  /// the recursion limit.
  ///
  /// - Parameters:
  ///   - function: The function; its parameters and captured values are
  ///     already in place in `frame`.
  ///   - frame: The call's locals.
  ///   - callLevel: The level of the calling node, when the caller has not
  ///     already lowered `levelLimit` by it.
  ///   - range: The call, for the recursion error.
  /// - Returns: The body's value.
  /// - Throws: The body's errors, or the recursion error.
  func run(
    _ function: UserFunction, in frame: Frame, callLevel: Int,
    at range: SourceRange
  ) throws -> Value {
    callDepth += 1
    defer { callDepth -= 1 }
    guard callDepth <= options.limits.callDepth else {
      throw RuntimeError(
        "recursion too deep: more than \(options.limits.callDepth) nested calls of functions",
        at: range)
    }
    let saved = levelLimit
    levelLimit -= callLevel
    defer { levelLimit = saved }
    do {
      return try function.code.bodyChild.evaluate(self, frame)
    } catch var error as RuntimeError {
      // Located in the body's own cell; the call shown is the outermost
      // one, in the running cell.
      if error.source == nil && error.callSite == nil {
        error.source = function.code.source
      }
      if callDepth == 1 { error.callSite = range }
      throw error
    }
  }
}
