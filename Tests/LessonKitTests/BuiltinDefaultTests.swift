import Testing
import TrainKit

@testable import LessonKit

/// A builtin parameter's default lives in one place, its `ParameterDefault`;
/// these tests fail when the signature, the help, the accessors or TrainKit's
/// optimizer defaults disagree with it.
@Suite struct BuiltinDefaultTests {
  /// The builtins with their parameters that have a value or call default.
  static let defaulted: [(builtin: String, parameter: String)] =
    BuiltinLibrary.all.flatMap { builtin in
      builtin.parameters.compactMap { parameter in
        switch parameter.defaultValue {
        case .value, .call: (builtin.name, parameter.name)
        case .described, nil: nil
        }
      }
    }

  /// The signature and the help show `name=text`, and the text, run as
  /// code, gives the typed default back.
  @Test(arguments: defaulted.map { "\($0.builtin).\($0.parameter)" })
  func signatureHelpAndValueAgree(_ key: String) throws {
    let parts = key.split(separator: ".").map(String.init)
    let builtin = try #require(BuiltinLibrary.all.first { $0.name == parts[0] })
    let parameter = try #require(
      builtin.parameters.first { $0.name == parts[1] })
    let text = try #require(parameter.defaultText)
    #expect(builtin.signature.contains("\(parameter.name)=\(text)"))
    #expect(builtin.helpText.contains(builtin.signature))
    let session = makeSession()
    let written = session.run("x = \(text)", origin: .prompt)
    #expect(written.error == nil, "\(key): \(text) does not run")
    let interpreter = session.interpreter
    let fromText = try #require(interpreter.globals["x"])
    let fromDefault = try #require(
      try arguments(for: builtin, in: interpreter).valueOrDefault(
        parameter.name) ?? Value.none)
    #expect(
      interpreter.describe(fromText, quoted: true)
        == interpreter.describe(fromDefault, quoted: true), "\(key)")
  }

  /// With nothing given, the typed accessors return the default.
  @Test func accessorsFallBackOnTheDefault() throws {
    let interpreter = makeSession().interpreter
    let linspace = try #require(
      BuiltinLibrary.all.first { $0.name == "linspace" })
    let logspace = try #require(
      BuiltinLibrary.all.first { $0.name == "logspace" })
    #expect(try arguments(for: linspace, in: interpreter).int("n") == 50)
    #expect(try arguments(for: logspace, in: interpreter).int("n") == 5)
    let adam = try #require(BuiltinLibrary.all.first { $0.name == "adam" })
    let a = try arguments(for: adam, in: interpreter)
    #expect(try a.float("lr") == Adam.Defaults.learningRate)
    #expect(try a.float("eps") == Adam.Defaults.epsilon)
    #expect(try a.numbers("betas").map { Float($0) } == [0.9, 0.999])
    #expect(try a.bool("amsgrad") == Adam.Defaults.amsgrad)
  }

  /// Each optimizer builtin called without arguments is TrainKit's optimizer
  /// with TrainKit's defaults (sgd and momentum keep the language's lr, and
  /// momentum its μ), and every optimizer builtin is checked here.
  @Test func optimizerDefaultsComeFromTrainKit() throws {
    let lr = Float(OptimizerBuiltins.sgdLearningRate)
    let expected: [(String, any Optimizer)] = [
      ("adam()", try Adam()), ("adamw()", try Adam(decoupled: true)),
      ("adagrad()", try Adagrad()), ("rmsprop()", try RMSprop()),
      ("adadelta()", try Adadelta()), ("sgd()", try SGD(learningRate: lr)),
      ("momentum()", try SGD(learningRate: lr, momentum: 0.9)),
    ]
    #expect(
      Set(expected.map { String($0.0.dropLast(2)) })
        == optimizerBuiltins(making: OptimizerObject.self))
    // Wide enough that no description is wrapped.
    let session = makeSession(SessionOptions(width: 200))
    for (call, optimizer) in expected {
      #expect(
        transcript("print(\(call))", in: session) == "\(optimizer)\n",
        "\(call)")
    }
  }

  /// `fit` and `minimize` without an optimizer use `sgd()`, the text their
  /// signatures show.
  @Test func defaultOptimizerIsSGD() throws {
    for name in ["fit", "minimize"] {
      let builtin = try #require(BuiltinLibrary.all.first { $0.name == name })
      #expect(builtin.signature.contains("optimizer=sgd()"), "\(name)")
    }
  }

  private func arguments(for builtin: Builtin, in interpreter: Interpreter)
    throws -> Arguments
  {
    let here = SourceLocation(offset: 0, line: 1, column: 1)
    return Arguments(
      builtinName: builtin.name, interpreter: interpreter,
      callRange: SourceRange(start: here, end: here), bound: [:], rest: [],
      parameters: builtin.parameters)
  }
}
