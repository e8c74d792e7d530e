import TrainKit

/// Optimizers (PyTorch's names and defaults) and learning-rate schedules.
enum OptimizerBuiltins {
  static var all: [Builtin] {
    [
      optimizer(
        "sgd",
        [
          .optional("lr", "0.1"), .optional("momentum", "0"),
          .optional("dampening", "0"), .optional("nesterov", "false"),
          .optional("weight_decay", "0"),
        ],
        "Stochastic gradient descent, with optional (Nesterov) momentum: v ← μv + g, w ← w − lr·v.",
        "sgd(lr=0.1, momentum=0.9)"
      ) { a in
        try SGD(
          learningRate: a.float("lr", 0.1), momentum: a.float("momentum", 0),
          dampening: a.float("dampening", 0),
          weightDecay: a.float("weight_decay", 0),
          nesterov: a.bool("nesterov", false))
      },
      optimizer(
        "momentum",
        [
          .optional("lr", "0.1"), .optional("momentum", "0.9"),
          .optional("weight_decay", "0"),
        ],
        "SGD with heavy-ball momentum (sgd with momentum=0.9 by default).",
        "momentum(lr=0.05)"
      ) { a in
        try SGD(
          learningRate: a.float("lr", 0.1), momentum: a.float("momentum", 0.9),
          weightDecay: a.float("weight_decay", 0))
      },
      optimizer(
        "adagrad",
        [
          .optional("lr", "0.01"), .optional("lr_decay", "0"),
          .optional("weight_decay", "0"),
          .optional("initial_accumulator_value", "0"),
          .optional("eps", "1e-10"),
        ],
        "Adagrad: divides each step by the root of the sum of all squared gradients so far.",
        "adagrad(lr=0.1)"
      ) { a in
        try Adagrad(
          learningRate: a.float("lr", 0.01),
          learningRateDecay: a.float("lr_decay", 0),
          weightDecay: a.float("weight_decay", 0),
          initialAccumulatorValue: a.float("initial_accumulator_value", 0),
          epsilon: a.float("eps", 1e-10))
      },
      optimizer(
        "rmsprop",
        [
          .optional("lr", "0.01"), .optional("alpha", "0.99"),
          .optional("eps", "1e-8"), .optional("weight_decay", "0"),
          .optional("momentum", "0"), .optional("centered", "false"),
        ],
        "RMSProp: divides each step by the root of a running average of squared gradients.",
        "rmsprop(lr=0.01, alpha=0.9)"
      ) { a in
        try RMSprop(
          learningRate: a.float("lr", 0.01), alpha: a.float("alpha", 0.99),
          epsilon: a.float("eps", 1e-8),
          weightDecay: a.float("weight_decay", 0),
          momentum: a.float("momentum", 0), centered: a.bool("centered", false))
      },
      optimizer(
        "adadelta",
        [
          .optional("lr", "1.0"), .optional("rho", "0.9"),
          .optional("eps", "1e-6"), .optional("weight_decay", "0"),
        ],
        "Adadelta: RMSProp whose step size is a running average of past updates.",
        "adadelta()"
      ) { a in
        try Adadelta(
          learningRate: a.float("lr", 1), rho: a.float("rho", 0.9),
          epsilon: a.float("eps", 1e-6),
          weightDecay: a.float("weight_decay", 0))
      },
      optimizer(
        "adam",
        [
          .optional("lr", "0.001"), .optional("betas", "[0.9, 0.999]"),
          .optional("eps", "1e-8"),
          .optional("weight_decay", "0"), .optional("amsgrad", "false"),
        ],
        "Adam: momentum and RMSProp with bias correction; weight_decay adds λw to the gradient (L2).",
        "adam(lr=0.01)"
      ) { a in
        let betas = try OptimizerBuiltins.betas(a)
        return try Adam(
          learningRate: a.float("lr", 0.001), betas: betas,
          epsilon: a.float("eps", 1e-8),
          weightDecay: a.float("weight_decay", 0),
          amsgrad: a.bool("amsgrad", false))
      },
      optimizer(
        "adamw",
        [
          .optional("lr", "0.001"), .optional("betas", "[0.9, 0.999]"),
          .optional("eps", "1e-8"),
          .optional("weight_decay", "0.01"), .optional("amsgrad", "false"),
        ],
        "AdamW: Adam with decoupled weight decay w ← w − lr·λ·w.",
        "adamw(lr=0.001, weight_decay=0.1)"
      ) { a in
        let betas = try OptimizerBuiltins.betas(a)
        return try AdamW(
          learningRate: a.float("lr", 0.001), betas: betas,
          epsilon: a.float("eps", 1e-8),
          weightDecay: a.float("weight_decay", 0.01),
          amsgrad: a.bool("amsgrad", false))
      },
      schedule(
        "step_lr", [.optional("step_size", "10"), .optional("gamma", "0.1")],
        "Multiplies the learning rate by gamma every step_size epochs: lr·gamma^⌊t/step_size⌋.",
        "step_lr(step_size=5, gamma=0.5)"
      ) { a in
        try StepSchedule(
          stepSize: a.int("step_size", 10, in: 1...1_000_000),
          gamma: a.float("gamma", 0.1))
      },
      schedule(
        "exponential", [.optional("gamma", "0.9")],
        "Multiplies the learning rate by gamma every epoch: lr·gamma^t.",
        "exponential(gamma=0.95)"
      ) { a in
        try ExponentialSchedule(gamma: a.float("gamma", 0.9))
      },
      schedule(
        "cosine", [.optional("t_max", "50"), .optional("eta_min", "0")],
        "Cosine annealing from lr down to eta_min over t_max epochs (PyTorch's CosineAnnealingLR).",
        "cosine(t_max=20)"
      ) { a in
        try CosineAnnealingSchedule(
          maxEpochs: a.int("t_max", 50, in: 1...1_000_000),
          minimumRate: a.float("eta_min", 0))
      },
      schedule(
        "warmup", [.optional("steps", "5"), .optional("then", "none")],
        "Rises linearly from lr/steps to lr over `steps` epochs, then follows `then` (constant if none).",
        "warmup(steps=5, then=cosine(t_max=20))"
      ) { a in
        var then: (any LearningRateSchedule)?
        if a.value("then") != nil {
          then = try a.object(
            "then", as: ScheduleObject.self, expected: "a schedule"
          ).schedule
        }
        return try WarmupSchedule(
          epochs: a.int("steps", 5, in: 1...1_000_000), then: then)
      },
      Builtin(
        name: "lr_curve", category: "training",
        parameters: [
          .required("schedule"), .optional("lr", "0.1"), .optional("n", "50"),
        ],
        purpose:
          "The learning rates a schedule gives in its first n epochs, for plotting.",
        example: "lr_curve(step_lr(step_size=2), lr=1, n=6)"
      ) { arguments in
        let schedule = try arguments.object(
          "schedule", as: ScheduleObject.self, expected: "a schedule"
        ).schedule
        let base = try arguments.float("lr", 0.1)
        let n = try arguments.int("n", 50, in: 1...100_000)
        return .list(
          (0..<n).map {
            .number(Double(schedule.learningRate(epoch: $0, base: base)))
          })
      },
    ]
  }

  private static func betas(_ arguments: Arguments) throws -> (Float, Float) {
    let values = try arguments.numbers("betas", [0.9, 0.999])
    guard values.count == 2 else {
      throw arguments.error(
        "betas", "`betas` must be two numbers, as in [0.9, 0.999]")
    }
    return (Float(values[0]), Float(values[1]))
  }

  private static func optimizer(
    _ name: String, _ parameters: [BuiltinParameter], _ purpose: String,
    _ example: String,
    make: @escaping (Arguments) throws -> any Optimizer
  ) -> Builtin {
    Builtin(
      name: name, category: "training", parameters: parameters,
      purpose: purpose, example: example,
      notes: "The same update rule, argument names and defaults as torch.optim."
    ) { arguments in
      .object(OptimizerObject(optimizer: try make(arguments)))
    }
  }

  private static func schedule(
    _ name: String, _ parameters: [BuiltinParameter], _ purpose: String,
    _ example: String,
    make: @escaping (Arguments) throws -> any LearningRateSchedule
  ) -> Builtin {
    Builtin(
      name: name, category: "training", parameters: parameters,
      purpose: purpose, example: example
    ) { arguments in
      let settings = parameters.map { parameter -> String in
        let given = arguments.value(parameter.name).map {
          arguments.interpreter.describe($0, quoted: true)
        }
        return "\(parameter.name)=\(given ?? parameter.defaultText ?? "")"
      }
      return .object(
        ScheduleObject(
          schedule: try make(arguments),
          text: "\(name)(\(settings.joined(separator: ", ")))"))
    }
  }
}
