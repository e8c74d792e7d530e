import Localization
import TermPlot
import TrainKit

/// Gradients of user functions: `minimize` and `grad`.
enum FunctionBuiltins {
  static var all: [Builtin] {
    [
      Builtin(
        name: "minimize", category: "training",
        parameters: [
          .required("f"), .required("start"),
          .optional("optimizer", TrainingBuiltins.defaultOptimizer),
          .optional("steps", 20),
          .optional("schedule"),
          TrainingBuiltins.liveParameter,
        ],
        purpose:
          "Runs an optimizer on the arguments of f from `start`; returns the trajectory (t.x1, t.x2, t.values, t.end, t.state).",
        example:
          "f = fn(x1, x2) => 0.1*x1**2 + 2*x2**2\nt = minimize(f, start=[-5, -2], optimizer=sgd(lr=0.4), steps=20)\nt.end",
        notes: "f's arithmetic runs on tensors, so its gradient is exact.\n"
          + "t.state lists, per step, the optimizer's state under PyTorch's names (momentum_buffer, exp_avg, exp_avg_sq, square_avg, acc_delta, sum).\n"
          + "The run stops at the first NaN or Inf (t.diverged).\n"
          + "On a terminal f's value is drawn step by step as it runs and the chart stays; live=false turns that off.",
        zh: BuiltinText(
          purpose:
            "从`start`出发，对f的参数运行优化器；返回轨迹（t.x1、t.x2、t.values、t.end、t.state）。",
          notes:
            "f的运算在张量上进行，所以它的梯度是精确的。\nt.state按PyTorch的名称逐步列出优化器的状态（momentum_buffer、exp_avg、exp_avg_sq、square_avg、acc_delta、sum）。\n遇到第一个NaN或Inf时停止运行（t.diverged）。\n在终端上，运行时会逐步画出f的值，结束后图表留在屏幕上；live=false关闭此功能。"
        )
      ) { arguments in
        try minimize(arguments)
      },
      Builtin(
        name: "grad", category: "training",
        parameters: [
          .required("f"), .required("point"), .optional("each", false),
        ],
        purpose:
          "The gradient of f at a point: a number for one argument, a list for several.",
        example:
          "grad(fn(x1, x2) => 0.1*x1**2 + 2*x2**2, [-5, -2])\ngrad(fn(x) => sigmoid(x), 0)",
        notes:
          "each=true evaluates the derivative of a one-argument f at every number of a list (to plot σ′).",
        zh: BuiltinText(
          purpose: "f在某一点的梯度：只有一个参数时是一个数，有多个参数时是一个列表。",
          notes: "each=true在列表的每个数上求单参数函数f的导数（用于画σ′）。")
      ) { arguments in
        let f = try function(arguments)
        if try arguments.bool("each") {
          guard f.parameters.count == 1 else {
            throw arguments.error(
              "f", "each=true needs a function of one argument")
          }
          let points = try arguments.numbers("point")
          try arguments.interpreter.charge(
            points.count, at: arguments.callRange)
          return .list(
            try points.map {
              .number(try gradient(of: .function(f), at: [$0], arguments)[0])
            })
        }
        let point = try arguments.numbers("point")
        guard point.count == f.parameters.count else {
          throw arguments.error(
            "point",
            "f takes \(f.parameters.count) argument\(f.parameters.count == 1 ? "" : "s"), but the point has \(point.count) coordinate\(point.count == 1 ? "" : "s")"
          )
        }
        let result = try gradient(of: .function(f), at: point, arguments)
        if case .number = try arguments.required("point"), result.count == 1 {
          return .number(result[0])
        }
        return .list(result.map { .number($0) })
      },
    ]
  }

  private static func function(_ arguments: Arguments) throws -> UserFunction {
    let value = try arguments.required("f")
    guard case .function(let f) = value else {
      throw arguments.typeError(
        "f",
        expected: "a function written with fn, such as fn(x, y) => x**2 + y**2",
        got: value)
    }
    guard !f.parameters.isEmpty, f.parameters.count <= 100 else {
      throw arguments.error("f", "f must take between 1 and 100 arguments")
    }
    return f
  }

  /// Calls `f` on tracked scalar tensors of `parameters` and returns the result as a one-element tensor.
  private static func evaluate(
    _ f: Value, _ parameters: [Parameter], _ arguments: Arguments
  ) throws -> Tensor {
    let result = try arguments.interpreter.call(
      f,
      positional: parameters.map { .object(TensorObject(tensor: $0.tracked)) },
      at: arguments.callRange)
    switch result {
    case .number(let number): return Tensor(scalar: Float(number))
    case .object(let object as TensorObject) where object.tensor.count == 1:
      return try object.tensor.reshaped(to: [])
    default:
      throw arguments.error(
        "f", "f must return a single number, got \(result.typeDescription)")
    }
  }

  private static func gradient(
    of f: Value, at point: [Double], _ arguments: Arguments
  ) throws -> [Double] {
    let parameters = point.enumerated().map {
      Parameter(name: "x\($0 + 1)", value: Tensor(scalar: Float($1)))
    }
    let value = try evaluate(f, parameters, arguments)
    if value.requiresGradient { try value.backward() }
    return parameters.map { Double($0.gradient?.scalars.first ?? 0) }
  }

  private static func minimize(_ arguments: Arguments) throws -> Value {
    let interpreter = arguments.interpreter
    let f = try function(arguments)
    let start = try arguments.numbers("start")
    guard start.count == f.parameters.count else {
      throw arguments.error(
        "start",
        "f takes \(f.parameters.count) argument\(f.parameters.count == 1 ? "" : "s"), so `start` needs \(f.parameters.count) number\(f.parameters.count == 1 ? "" : "s"), got \(start.count)"
      )
    }
    let steps = try arguments.int("steps", in: 0...1_000_000)
    try interpreter.charge(steps, at: arguments.callRange)
    let optimizer = try TrainingBuiltins.optimizerArgument(arguments)
    var schedule: (any LearningRateSchedule)?
    if arguments.value("schedule") != nil {
      schedule = try arguments.object(
        "schedule", as: ScheduleObject.self, expected: "a schedule"
      ).schedule
    }
    let base = optimizer.learningRate
    let parameters = start.enumerated().map {
      Parameter(name: f.parameters[$0], value: Tensor(scalar: Float($1)))
    }
    var coordinates = start.map { [$0] }
    var values: [Double] = []
    var states: [Record] = []
    var diverged = false
    let live = try LiveTraining(arguments)
    let picture = {
      TrainingChart(
        epochs: steps, losses: [Series(name: "f", y: values)], first: 0,
        unit: String(Message("step")))
    }
    defer { live.finish(picture()) }
    for step in 0...steps {
      try interpreter.checkCancellation()
      for parameter in parameters { parameter.zeroGradient() }
      let value = try evaluate(.function(f), parameters, arguments)
      values.append(Double(value.scalars[0]))
      live.frame { picture() }
      if !value.scalars[0].isFinite
        || parameters.contains(where: { !$0.value.scalars[0].isFinite })
      {
        diverged = true
        break
      }
      if step == steps { break }
      if value.requiresGradient { try value.backward() }
      for parameter in parameters where parameter.gradient == nil {
        parameter.gradient = Tensor(scalar: 0)
      }
      try optimizer.step(
        parameters,
        learningRate: schedule?.learningRate(epoch: step, base: base) ?? base)
      for (index, parameter) in parameters.enumerated() {
        coordinates[index].append(Double(parameter.value.scalars[0]))
      }
      if let inspectable = optimizer as? any InspectableOptimizer {
        var record = Record()
        for (index, parameter) in parameters.enumerated() {
          guard let snapshot = inspectable.snapshot(of: parameter) else {
            continue
          }
          record["step"] = .number(Double(snapshot.step))
          for quantity in snapshot.quantities {
            var list: [Value]
            if case .list(let existing)? = record[quantity.name] {
              list = existing
            } else {
              list = []
            }
            while list.count < index { list.append(.none) }
            list.append(.number(Double(quantity.value.scalars.first ?? .nan)))
            record[quantity.name] = .list(list)
          }
        }
        states.append(record)
      }
    }
    let length = values.count
    return .object(
      TrajectoryObject(
        coordinates: coordinates.map { Array($0.prefix(length)) },
        values: values, names: f.parameters,
        diverged: diverged, states: states))
  }
}
