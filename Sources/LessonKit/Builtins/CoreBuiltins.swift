import TrainKit

/// `print`, `expect`, `help`, `seed`, `type`, `str`.
enum CoreBuiltins {
  static var all: [Builtin] {
    [
      Builtin(
        name: "print", category: "core",
        parameters: [.variadic("values"), .optional("sep", " ")],
        purpose: "Writes the values on one line, separated by `sep`.",
        example: "print(\"loss\", 0.25, [1, 2])",
        zh: BuiltinText(purpose: "把各个值写在同一行上，用`sep`分隔。")
      ) { arguments in
        let separator = try arguments.string("sep")
        var text = arguments.rest.map {
          arguments.interpreter.describe($0.value)
        }.joined(separator: separator)
        // Each value's text is bounded; their line is bounded the same way.
        let limit = arguments.interpreter.options.limits.collectionSize
        if text.count > limit { text = String(text.prefix(limit)) + "…" }
        arguments.interpreter.print(text)
        return .none
      },
      Builtin(
        name: "expect", category: "core",
        parameters: [
          .required("condition"),
          .optional("message", "expectation failed"),
        ],
        purpose:
          "States a lesson's claim: when `condition` is false, reports `message` (it fails `trainlab run`).",
        example: "expect(1 + 1 == 2, \"arithmetic works\")",
        notes:
          "In the shell a failed expectation prints a warning and the cell goes on.\nUnder `trainlab run` it fails the run.",
        zh: BuiltinText(
          purpose: "陈述课程的一个论断：`condition`为假时报告`message`（并使`trainlab run`失败）。",
          notes: "在交互环境中，未满足的期望会打印一条警告，单元格继续运行。\n在`trainlab run`下，它会使这次运行失败。")
      ) { arguments in
        let condition = try arguments.required("condition")
        let message = try arguments.string("message")
        guard case .bool(let holds) = condition else {
          throw arguments.typeError(
            "condition", expected: "true or false (a comparison)",
            got: condition)
        }
        if !holds {
          // Reported in `CellResult.failedExpectations`; the shell prints it.
          arguments.interpreter.failedExpectations.append(message)
        }
        return .none
      },
      Builtin(
        name: "help", category: "core",
        parameters: [.optional("topic")],
        purpose:
          "Shows what a builtin, a variable or a keyword does; `help()` lists every builtin.",
        example: "help(fit)\nhelp(\"for\")",
        zh: BuiltinText(purpose: "说明一个内置函数、变量或关键字的作用；`help()`列出所有内置函数。")
      ) { arguments in
        let interpreter = arguments.interpreter
        guard let topic = arguments.value("topic") else {
          interpreter.print(interpreter.builtinOverview())
          return .none
        }
        switch topic {
        case .builtin(let builtin):
          interpreter.print(builtin.helpText)
        case .string(let name):
          guard let text = interpreter.helpText(for: name) else {
            let candidates =
              Array(interpreter.builtins.keys) + Array(interpreter.globals.keys)
            throw arguments.error(
              "topic",
              "no help for `\(name)`\(didYouMean(name, among: candidates))")
          }
          interpreter.print(text)
        case .object(let object):
          interpreter.print(object.helpText)
        case .function(let function):
          interpreter.print(
            "\(function.name ?? "fn")(\(function.parameters.joined(separator: ", "))): a function written with `fn`"
          )
        default:
          interpreter.print(
            "\(interpreter.quote(topic, quoted: false)) is \(topic.typeDescription)"
          )
        }
        return .none
      },
      Builtin(
        name: "seed", category: "core", parameters: [.required("n")],
        purpose:
          "Restarts the random generator from seed `n`, so what follows is reproducible.",
        example: "seed(42)",
        notes:
          "Builtins that take `seed=` use their own generator and ignore this one.",
        zh: BuiltinText(
          purpose: "让随机数生成器从种子`n`重新开始，使后面的结果可以复现。",
          notes: "接受`seed=`参数的内置函数使用各自的生成器，不受它影响。")
      ) { arguments in
        let n = try arguments.int("n", in: 0...(1 << 53))
        arguments.interpreter.rng = SeededGenerator(seed: UInt64(n))
        return .none
      },
      Builtin(
        name: "type", category: "core", parameters: [.required("x")],
        purpose:
          "The name of the kind of value `x` is: \"number\", \"list\", \"model\", …",
        example: "type([1, 2])",
        zh: BuiltinText(purpose: "值`x`所属类型的名称：\"number\"、\"list\"、\"model\"……")
      ) { arguments in
        .string(try arguments.required("x").typeName)
      },
      Builtin(
        name: "str", category: "core", parameters: [.required("x")],
        purpose: "`x` written as a string, as `print` would show it.",
        example: "\"epochs: \" + str(20)",
        zh: BuiltinText(purpose: "把`x`写成字符串，与`print`显示的一样。")
      ) { arguments in
        let text = arguments.interpreter.describe(try arguments.required("x"))
        let limit = arguments.interpreter.options.limits.collectionSize
        guard text.count <= limit else {
          throw arguments.error(
            "the text would be longer than the \(limit) characters a string may hold"
          )
        }
        return .string(text)
      },
    ]
  }
}
