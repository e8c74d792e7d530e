import Localization
import TrainKit

extension Interpreter {
  /// Calls a function value with evaluated arguments.
  func call(
    _ callee: Value, _ arguments: [CallArgument], at range: SourceRange,
    calleeRange: SourceRange
  ) throws -> Value {
    switch callee {
    case .builtin(let builtin):
      let result = try call(
        builtin, arguments, at: range, builtin.implementation)
      try admit(result, at: range)
      return result
    case .function(let function):
      return try call(function, arguments, at: range)
    default:
      throw RuntimeError(
        "\(callee.typeDescription) cannot be called like a function",
        at: calleeRange)
    }
  }

  /// Binds `arguments` to a builtin's parameters and runs `body` (its
  /// implementation, or part of it) on them, naming the builtin in the
  /// messages of the errors it throws.
  func call<Result>(
    _ builtin: Builtin, _ arguments: [CallArgument], at range: SourceRange,
    _ body: (inout Arguments) throws -> Result
  ) throws -> Result {
    var bound = try bind(builtin, arguments, at: range)
    do {
      return try body(&bound)
    } catch let error as HostError {
      throw RuntimeError(
        "\(builtin.name): \(error.message)", at: error.range ?? range)
    } catch let error as TrainKitError {
      throw RuntimeError(Self.naming(builtin.name, error), at: range)
    }
  }

  /// TrainKit's `error` named once by the builtin `name` that met it.
  ///
  /// An error about a thing the builtin made (`SGD` for `sgd`) names the
  /// builtin instead; one that starts with the builtin's name already
  /// ("fit: …", "fit：…") is kept as it is; any other gets the name in
  /// front.
  static func naming(_ name: String, _ error: TrainKitError) -> Message {
    if error.subject != nil { return Message("\(name): \(error.detail)") }
    return Message.afterNaming(name, in: error.message) != nil
      ? Message(verbatim: error.message)
      : Message("\(name): \(error.message)")
  }

  /// Calls a user function with positional values (for builtins such as `minimize`).
  func call(_ callee: Value, positional values: [Value], at range: SourceRange)
    throws -> Value
  {
    try call(
      callee,
      values.map {
        CallArgument(label: nil, labelRange: nil, value: $0, range: range)
      },
      at: range, calleeRange: range)
  }

  /// Binds `arguments` to the function's parameters (keywords, positions,
  /// and the messages for mistakes), then runs it.
  private func call(
    _ function: UserFunction, _ arguments: [CallArgument], at range: SourceRange
  ) throws -> Value {
    let parameters = function.parameters
    var signature: String {
      "\(function.name ?? "fn")(\(parameters.joined(separator: ", ")))"
    }
    var values = [Value?](repeating: nil, count: parameters.count)
    var given = Set<String>()
    var position = 0
    for argument in arguments {
      if let label = argument.label {
        guard let slot = parameters.firstIndex(of: label) else {
          throw RuntimeError(
            "\(signature) has no parameter `\(label)`\(didYouMean(label, among: parameters))",
            at: argument.labelRange ?? argument.range)
        }
        guard given.insert(label).inserted else {
          throw RuntimeError(
            "`\(label)` is given twice",
            at: argument.labelRange ?? argument.range)
        }
        values[slot] = argument.value
      } else {
        while position < parameters.count
          && given.contains(parameters[position])
        {
          position += 1
        }
        guard position < parameters.count else {
          throw RuntimeError(
            "\(signature) takes \(parameters.count) argument\(parameters.count == 1 ? "" : "s"), got \(arguments.count)",
            at: argument.range)
        }
        values[position] = argument.value
        given.insert(parameters[position])
        position += 1
      }
    }
    if let missing = parameters.first(where: { !given.contains($0) }) {
      throw RuntimeError(
        "\(signature) is missing the argument `\(missing)`", at: range)
    }
    var locals = values.map { $0 ?? .none } + function.captured
    return try locals.withUnsafeMutableBufferPointer { buffer in
      try run(
        function, in: buffer.baseAddress ?? emptyFrame, callLevel: 0, at: range)
    }
  }

  /// Matches arguments to a builtin's parameters.
  private func bind(
    _ builtin: Builtin, _ arguments: [CallArgument], at range: SourceRange
  ) throws -> Arguments {
    var bound: [String: (value: Value, range: SourceRange)] = [:]
    var rest: [(value: Value, range: SourceRange)] = []
    let positional = builtin.parameters.prefix { !$0.isVariadic }
    let variadic = builtin.parameters.first { $0.isVariadic }
    let names = builtin.parameters.filter { !$0.isVariadic }.map(\.name)
    var position = 0
    for argument in arguments {
      if let label = argument.label {
        guard names.contains(label) else {
          let known = didYouMean(label, among: names)
          let list =
            known.key.isEmpty
            ? names.isEmpty
              ? Message(" (it takes none)")
              : Message(
                " (it takes \(names.map { "`\($0)`" }.joined(separator: ", ")))"
              )
            : ""
          throw RuntimeError(
            "\(builtin.name) has no parameter `\(label)`\(known)\(list)",
            at: argument.labelRange ?? argument.range)
        }
        guard bound[label] == nil else {
          throw RuntimeError(
            "`\(label)` is given twice",
            at: argument.labelRange ?? argument.range)
        }
        bound[label] = (argument.value, argument.range)
      } else {
        while position < positional.count
          && bound[positional[position].name] != nil
        { position += 1 }
        if position < positional.count {
          bound[positional[position].name] = (argument.value, argument.range)
          position += 1
        } else if variadic != nil {
          rest.append((argument.value, argument.range))
        } else {
          throw RuntimeError(
            "\(builtin.name) takes at most \(positional.count) positional argument\(positional.count == 1 ? "" : "s"); the signature is \(builtin.signature)",
            at: argument.range)
        }
      }
    }
    for parameter in builtin.parameters
    where parameter.defaultValue == nil && !parameter.isVariadic
      && bound[parameter.name] == nil
    {
      throw RuntimeError(
        "\(builtin.name) is missing `\(parameter.name)`; the signature is \(builtin.signature)",
        at: range)
    }
    return Arguments(
      builtinName: builtin.name, interpreter: self, callRange: range,
      bound: bound, rest: rest, parameters: builtin.parameters)
  }
}
