import TrainKit

/// Optimizers (PyTorch's names and defaults) and learning-rate schedules.
enum OptimizerBuiltins {
  static var all: [Builtin] {
    [
      optimizer(
        "sgd",
        [
          .optional("lr", sgdLearningRate),
          .optional("momentum", trainKit: SGD.Defaults.momentum),
          .optional("dampening", trainKit: SGD.Defaults.dampening),
          .optional("nesterov", SGD.Defaults.nesterov),
          .optional("weight_decay", trainKit: SGD.Defaults.weightDecay),
        ],
        "Stochastic gradient descent, with optional (Nesterov) momentum: v ← μv + g, w ← w − lr·v.",
        "sgd(lr=0.1, momentum=0.9)", notes: sgdNotes,
        zh: BuiltinText(
          purpose: "随机梯度下降，可选（Nesterov）动量：v ← μv + g，w ← w − lr·v。",
          notes: sgdNotesZh)
      ) { a in
        try SGD(
          learningRate: a.float("lr"), momentum: a.float("momentum"),
          dampening: a.float("dampening"),
          weightDecay: a.float("weight_decay"),
          nesterov: a.bool("nesterov"))
      },
      optimizer(
        "momentum",
        [
          .optional("lr", sgdLearningRate), .optional("momentum", 0.9),
          .optional("weight_decay", trainKit: SGD.Defaults.weightDecay),
        ],
        "SGD with heavy-ball momentum, on by default.",
        "momentum(lr=0.05)", notes: sgdNotes,
        zh: BuiltinText(
          purpose: "带重球动量的SGD（动量法），默认开启动量。", notes: sgdNotesZh)
      ) { a in
        try SGD(
          learningRate: a.float("lr"), momentum: a.float("momentum"),
          weightDecay: a.float("weight_decay"))
      },
      optimizer(
        "adagrad",
        [
          .optional("lr", trainKit: Adagrad.Defaults.learningRate),
          .optional("lr_decay", trainKit: Adagrad.Defaults.learningRateDecay),
          .optional("weight_decay", trainKit: Adagrad.Defaults.weightDecay),
          .optional(
            "initial_accumulator_value",
            trainKit: Adagrad.Defaults.initialAccumulatorValue),
          .optional("eps", trainKit: Adagrad.Defaults.epsilon),
        ],
        "Adagrad: divides each step by the root of the sum of all squared gradients so far.",
        "adagrad(lr=0.1)",
        zh: BuiltinText(
          purpose: "AdaGrad算法：每一步都除以迄今所有梯度平方之和的平方根。", notes: torchNotesZh)
      ) { a in
        try Adagrad(
          learningRate: a.float("lr"),
          learningRateDecay: a.float("lr_decay"),
          weightDecay: a.float("weight_decay"),
          initialAccumulatorValue: a.float("initial_accumulator_value"),
          epsilon: a.float("eps"))
      },
      optimizer(
        "rmsprop",
        [
          .optional("lr", trainKit: RMSprop.Defaults.learningRate),
          .optional("alpha", trainKit: RMSprop.Defaults.alpha),
          .optional("eps", trainKit: RMSprop.Defaults.epsilon),
          .optional("weight_decay", trainKit: RMSprop.Defaults.weightDecay),
          .optional("momentum", trainKit: RMSprop.Defaults.momentum),
          .optional("centered", RMSprop.Defaults.centered),
        ],
        "RMSProp: divides each step by the root of a running average of squared gradients.",
        "rmsprop(lr=0.01, alpha=0.9)",
        zh: BuiltinText(
          purpose: "RMSProp算法：每一步都除以梯度平方的滑动平均的平方根。", notes: torchNotesZh)
      ) { a in
        try RMSprop(
          learningRate: a.float("lr"), alpha: a.float("alpha"),
          epsilon: a.float("eps"),
          weightDecay: a.float("weight_decay"),
          momentum: a.float("momentum"), centered: a.bool("centered"))
      },
      optimizer(
        "adadelta",
        [
          .optional("lr", trainKit: Adadelta.Defaults.learningRate),
          .optional("rho", trainKit: Adadelta.Defaults.rho),
          .optional("eps", trainKit: Adadelta.Defaults.epsilon),
          .optional("weight_decay", trainKit: Adadelta.Defaults.weightDecay),
        ],
        "Adadelta: RMSProp whose step size is a running average of past updates.",
        "adadelta()",
        zh: BuiltinText(
          purpose: "Adadelta：步长取过去更新量的滑动平均的RMSProp。", notes: torchNotesZh)
      ) { a in
        try Adadelta(
          learningRate: a.float("lr"), rho: a.float("rho"),
          epsilon: a.float("eps"),
          weightDecay: a.float("weight_decay"))
      },
      adam(
        "adam", decoupled: false,
        "Adam: momentum and RMSProp with bias correction; weight_decay adds λw to the gradient (L2).",
        "adam(lr=0.01)",
        zh: BuiltinText(
          purpose: "Adam算法：带偏差修正的动量法加RMSProp；weight_decay把λw加到梯度上（L2）。",
          notes: torchNotesZh)),
      adam(
        "adamw", decoupled: true,
        "AdamW: Adam with decoupled weight decay w ← w − lr·λ·w.",
        "adamw(lr=0.001, weight_decay=0.1)",
        zh: BuiltinText(
          purpose: "AdamW：带解耦权重衰减w ← w − lr·λ·w的Adam。", notes: torchNotesZh)),
      schedule(
        "step_lr", [.optional("step_size", 10), .optional("gamma", 0.1)],
        "Multiplies the learning rate by gamma every step_size epochs: lr·gamma^⌊t/step_size⌋.",
        "step_lr(step_size=5, gamma=0.5)",
        "每step_size轮把学习率乘以gamma：lr·gamma^⌊t/step_size⌋。"
      ) { a in
        try StepSchedule(
          stepSize: a.int("step_size", in: 1...1_000_000),
          gamma: a.float("gamma"))
      },
      schedule(
        "exponential", [.optional("gamma", 0.9)],
        "Multiplies the learning rate by gamma every epoch: lr·gamma^t.",
        "exponential(gamma=0.95)", "每一轮把学习率乘以gamma：lr·gamma^t。"
      ) { a in
        try ExponentialSchedule(gamma: a.float("gamma"))
      },
      schedule(
        "cosine", [.optional("t_max", 50), .optional("eta_min", 0)],
        "Cosine annealing from lr down to eta_min over t_max epochs (PyTorch's CosineAnnealingLR).",
        "cosine(t_max=20)",
        "在t_max轮内按余弦退火把学习率从lr降到eta_min（PyTorch的CosineAnnealingLR）。"
      ) { a in
        try CosineAnnealingSchedule(
          maxEpochs: a.int("t_max", in: 1...1_000_000),
          minimumRate: a.float("eta_min"))
      },
      schedule(
        "warmup", [.optional("steps", 5), .optional("then")],
        "Rises linearly from lr/steps to lr over `steps` epochs, then follows `then` (constant if none).",
        "warmup(steps=5, then=cosine(t_max=20))",
        "在`steps`轮内从lr/steps线性升到lr，之后按`then`变化（为none时保持不变）。"
      ) { a in
        var then: (any LearningRateSchedule)?
        if a.value("then") != nil {
          then = try a.object(
            "then", as: ScheduleObject.self, expected: "a schedule"
          ).schedule
        }
        return try WarmupSchedule(
          epochs: a.int("steps", in: 1...1_000_000), then: then)
      },
      Builtin(
        name: "lr_curve", category: "training",
        parameters: [
          .required("schedule"), .optional("lr", 0.1), .optional("n", 50),
        ],
        purpose:
          "The learning rates a schedule gives in its first n epochs, for plotting.",
        example: "lr_curve(step_lr(step_size=2), lr=1, n=6)",
        zh: BuiltinText(purpose: "学习率调度器在前n轮给出的学习率，用于作图。")
      ) { arguments in
        let schedule = try arguments.object(
          "schedule", as: ScheduleObject.self, expected: "a schedule"
        ).schedule
        let base = try arguments.float("lr")
        let n = try arguments.int("n", in: 1...100_000)
        return .list(
          (0..<n).map {
            .number(Double(schedule.learningRate(epoch: $0, base: base)))
          })
      },
    ]
  }

  /// The language's own default learning rate for `sgd` and `momentum`
  /// (TrainKit's, PyTorch's, is 0.001): large enough for the lessons' small
  /// models to move in a few epochs.
  static let sgdLearningRate = 0.1

  private static let sgdNotes =
    "The update rule and argument names of torch.optim.SGD; lr defaults to 0.1 here (torch: 0.001)."

  /// ``sgdNotes`` in Chinese.
  private static let sgdNotesZh =
    "更新规则和参数名与torch.optim.SGD相同；这里lr默认为0.1（torch为0.001）。"

  /// The optimizers' default notes ("The same update rule, argument names
  /// and defaults as torch.optim.") in Chinese.
  private static let torchNotesZh = "更新规则、参数名和默认值都与torch.optim相同。"

  /// Two TrainKit hyper-parameters as a language list.
  private static func pair(_ values: (Float, Float)) -> ParameterDefault {
    .value(
      .list([
        ParameterDefault.number(values.0), ParameterDefault.number(values.1),
      ]))
  }

  private static func betas(_ arguments: Arguments) throws -> (Float, Float) {
    let values = try arguments.numbers("betas")
    guard values.count == 2 else {
      throw arguments.error(
        "betas", "`betas` must be two numbers, as in [0.9, 0.999]")
    }
    return (Float(values[0]), Float(values[1]))
  }

  private static func optimizer(
    _ name: String, _ parameters: [BuiltinParameter], _ purpose: String,
    _ example: String,
    notes: String =
      "The same update rule, argument names and defaults as torch.optim.",
    zh: BuiltinText,
    make: @escaping (Arguments) throws -> any Optimizer
  ) -> Builtin {
    Builtin(
      name: name, category: "training", parameters: parameters,
      purpose: purpose, example: example, notes: notes, zh: zh
    ) { arguments in
      .object(OptimizerObject(optimizer: try make(arguments)))
    }
  }

  /// `adam` or, `decoupled`, `adamw`: one rule in TrainKit, one builtin
  /// here; only the default weight decay differs.
  private static func adam(
    _ name: String, decoupled: Bool, _ purpose: String, _ example: String,
    zh: BuiltinText
  ) -> Builtin {
    let decay =
      decoupled ? Adam.Defaults.decoupledWeightDecay : Adam.Defaults.weightDecay
    return optimizer(
      name,
      [
        .optional("lr", trainKit: Adam.Defaults.learningRate),
        .optional("betas", pair(Adam.Defaults.betas)),
        .optional("eps", trainKit: Adam.Defaults.epsilon),
        .optional("weight_decay", trainKit: decay),
        .optional("amsgrad", Adam.Defaults.amsgrad),
      ], purpose, example, zh: zh
    ) { a in
      try Adam(
        decoupled: decoupled, learningRate: a.float("lr"),
        betas: OptimizerBuiltins.betas(a), epsilon: a.float("eps"),
        weightDecay: a.float("weight_decay"), amsgrad: a.bool("amsgrad"))
    }
  }

  private static func schedule(
    _ name: String, _ parameters: [BuiltinParameter], _ purpose: String,
    _ example: String, _ chinese: String,
    make: @escaping (Arguments) throws -> any LearningRateSchedule
  ) -> Builtin {
    Builtin(
      name: name, category: "training", parameters: parameters,
      purpose: purpose, example: example, zh: BuiltinText(purpose: chinese)
    ) { arguments in
      let settings = parameters.map { parameter -> String in
        let given = arguments.value(parameter.name).map {
          arguments.interpreter.quote($0)
        }
        return
          "\(parameter.name)=\(given ?? parameter.defaultValue?.text ?? "")"
      }
      return .object(
        ScheduleObject(
          schedule: try make(arguments),
          text: "\(name)(\(settings.joined(separator: ", ")))"))
    }
  }
}
