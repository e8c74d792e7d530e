import Foundation
import Localization
import TermPlot
import TrainKit

/// Training: `fit`, `evaluate`, `predict`, norms, `cross_validate`.
enum TrainingBuiltins {
  /// The optimizer of `fit`, `fit_all` and `minimize` when none is given: a
  /// fresh `sgd()` for each call.
  static let defaultOptimizer = ParameterDefault.call("sgd", [])

  static var all: [Builtin] {
    [
      Builtin(
        name: "fit", category: "training",
        parameters: [
          .required("model"), .required("data"), .optional("epochs", 10),
          .optional("batch", 32),
          .optional("optimizer", TrainingBuiltins.defaultOptimizer),
          .optional("loss", "auto"),
          .optional("schedule"),
          .optional("clip"), .optional("patience"),
          .optional("l2", 0), .optional("l1", 0),
          .optional("shuffle", true), .optional("seed"),
          TrainingBuiltins.liveParameter,
        ],
        purpose:
          "Trains the model in place on data.train, evaluating every part after each epoch; returns a history.",
        example:
          "h = fit(mlp([2, 16, 2], seed=1), moons(n=200, seed=1), epochs=5, optimizer=adam(lr=0.01), seed=1)\nh.train_loss[-1]",
        notes: "batch: a size, or \"full\" for full-batch gradient descent.\n"
          + "loss: \"auto\" (cross-entropy for classes, mse for regression), \"mse\", \"cross_entropy\", \"bce\".\n"
          + "clip: the largest global gradient norm allowed.\n"
          + "patience: stop when the validation loss has not improved for that many epochs (best weights kept).\n"
          + "l2=λ adds (λ/2)·Σ‖W‖² and l1=λ adds λ·Σ|W| over weight matrices (not biases); the recorded losses stay the data loss.\n"
          + "A NaN or Inf stops training with a report (h.diverged, h.report); Ctrl-C stops it too.\n"
          + "On a terminal the losses and accuracies (and a 2-D classifier's decision regions) are drawn as it trains and the chart stays; live=false turns that off. plot(h) draws the same chart.\n"
          + "The history's members:\n\(HistoryObject.documentedMembers).",
        zh: BuiltinText(
          purpose: "在data.train上就地训练模型，每一轮之后在每个部分上评估；返回训练历史。",
          notes:
            "batch：批量大小，或\"full\"表示全批量梯度下降。\nloss：\"auto\"（分类用交叉熵，回归用mse）、\"mse\"、\"cross_entropy\"、\"bce\"。\nclip：允许的最大全局梯度范数。\npatience：验证损失连续这么多轮没有改善时停止训练（保留最好的权重）。\nl2=λ加上(λ/2)·Σ‖W‖²，l1=λ加上λ·Σ|W|，都只作用于权重矩阵（不含偏置）；记录的损失仍是数据上的损失。\n出现NaN或Inf时停止训练并给出报告（h.diverged、h.report）；Ctrl-C也能停止训练。\n在终端上，训练时会同时画出损失和精度曲线（二维分类数据还会画出决策区域），训练结束后图表留在屏幕上；live=false关闭此功能。plot(h)画出同一张图。\n训练历史的成员：train_loss、valid_loss、test_loss、train_acc、valid_acc、test_acc、gap、lr、grad_norm、grad_norms（逐层）、weight_norm、weight_norms（逐层）、step_loss、steps、epochs、seconds、best_epoch、stopped_early、diverged、nan_epoch、nan_step、nan_param、report、model。"
        )
      ) { arguments in
        try fit(arguments)
      },
      Builtin(
        name: "evaluate", category: "training",
        parameters: [
          .required("model"), .required("data"), .optional("loss", "auto"),
          .optional("train_mode", false),
          .optional("seed"),
        ],
        purpose:
          "The model's loss and accuracy on a data set, as a record {loss, acc} (acc is none for regression).",
        example:
          "d = moons(n=100, seed=1)\nevaluate(mlp([2, 8, 2], seed=1), d.test)",
        notes:
          "train_mode=true evaluates as in training, the classic mistake of forgetting evaluation mode: "
          + "dropout stays on, and batch normalization uses the data's own mean and variance (the whole "
          + "data set as one batch) instead of its running averages, which are left unchanged.",
        zh: BuiltinText(
          purpose: "模型在数据集上的损失和精度，以记录{loss, acc}的形式给出（回归任务的acc为none）。",
          notes:
            "train_mode=true按训练时的方式评估，这正是忘记切换到评估模式的经典错误：暂退法保持开启，批量规范化使用数据本身的均值和方差（把整个数据集当作一个小批量），而不是它的滑动平均；滑动平均保持不变。"
        )
      ) { arguments in
        let model = try arguments.object(
          "model", as: ModelObject.self, expected: "a model")
        let data = try arguments.dataset("data")
        let loss = try lossArgument(arguments, task: data.task)
        if try arguments.bool("train_mode") {
          var context = ForwardContext(
            isTraining: true, recordsGradients: false,
            rng: try arguments.generator(), updatesRunningStatistics: false)
          let output = try model.model(data.features, context: &context)
          let value = try loss(output, data.targets).item()
          let correct = try loss.correctCount(output, data.targets)
          return .record(
            Record([
              ("loss", .number(Double(value))),
              (
                "acc",
                correct.map { .number(Double($0) / Double(data.count)) }
                  ?? .none
              ),
            ]))
        }
        let result = try TrainKit.evaluate(model.model, on: data, loss: loss)
        return .record(
          Record([
            ("loss", .number(Double(result.loss))),
            ("acc", result.accuracy.map { .number(Double($0)) } ?? .none),
          ]))
      },
      Builtin(
        name: "predict", category: "training",
        parameters: [
          .required("model"), .required("x"), .optional("classes", false),
        ],
        purpose:
          "The model's outputs for a data set or a tensor/list of inputs; classes=true gives predicted labels.",
        example: "predict(linear(2, 1, seed=1), [[1, 2], [3, 4]])",
        zh: BuiltinText(purpose: "模型对一个数据集或一个张量/输入列表的输出；classes=true给出预测的标签。")
      ) { arguments in
        let model = try arguments.object(
          "model", as: ModelObject.self, expected: "a model")
        var features: Tensor
        switch try arguments.required("x") {
        case .object(let object as DatasetObject):
          features = object.dataset.features
        case .object(let object as SplitObject):
          features = object.split.train.features
        case let value:
          features = try TensorObject.tensor(
            from: value,
            limit: arguments.interpreter.options.limits.tensorElements,
            describing: "x")
          if features.rank == 1 {
            features = try features.reshaped(to: [features.count, 1])
          }
        }
        let output = try TrainKit.predict(model.model, features)
        if try arguments.bool("classes") {
          return .list(
            try output.argmax(alongAxis: 1).scalars.map { .number(Double($0)) })
        }
        if output.rank == 2 && output.shape[1] == 1 {
          return .list(output.scalars.map { .number(Double($0)) })
        }
        return .object(TensorObject(tensor: output))
      },
      Builtin(
        name: "grad_norms", category: "training",
        parameters: [
          .required("model"), .required("data"), .optional("loss", "auto"),
        ],
        purpose:
          "One backward pass on the data (no update): the gradient norm of each weight layer, input side first.",
        example: "grad_norms(mlp([2, 8, 8, 2], seed=1), moons(n=50, seed=1))",
        notes:
          "Computed as a training step computes it (dropout on, batch normalization with the data's own "
          + "mean and variance); the model is left unchanged.",
        zh: BuiltinText(
          purpose: "在数据上做一次反向传播（不更新参数）：每个权重层的梯度范数，从输入侧开始。",
          notes: "按训练步骤的方式计算（暂退法开启，批量规范化使用数据本身的均值和方差）；模型保持不变。")
      ) { arguments in
        let model = try arguments.object(
          "model", as: ModelObject.self, expected: "a model")
        let data = try arguments.dataset("data")
        let loss = try lossArgument(arguments, task: data.task)
        model.model.zeroGradients()
        defer { model.model.zeroGradients() }
        // As in training (dropout on, batch normalization with the batch's
        // statistics), but batch normalization's running ones untouched.
        var context = ForwardContext(
          isTraining: true, recordsGradients: true,
          rng: try arguments.generator(), updatesRunningStatistics: false)
        try loss(
          try model.model(data.features, context: &context), data.targets
        ).backward()
        return .list(
          model.model.weightLayers.map { entry in
            let sum = entry.parameters.reduce(0.0) { total, parameter in
              total
                + (parameter.gradient?.scalars ?? []).reduce(0.0) {
                  $0 + Double($1) * Double($1)
                }
            }
            return .number(sum.squareRoot())
          })
      },
      Builtin(
        name: "weight_norms", category: "training",
        parameters: [.required("model")],
        purpose:
          "The norm ‖W‖ of each weight layer's weight matrix, input side first.",
        example: "weight_norms(mlp([2, 8, 2], seed=1))",
        zh: BuiltinText(purpose: "每个权重层的权重矩阵的范数‖W‖，从输入侧开始。")
      ) { arguments in
        let model = try arguments.object(
          "model", as: ModelObject.self, expected: "a model")
        return .list(
          model.model.weightLayers.map { entry in
            .number(
              entry.weight.value.scalars.reduce(0.0) {
                $0 + Double($1) * Double($1)
              }.squareRoot())
          })
      },
      Builtin(
        name: "cross_validate", category: "training",
        parameters: [
          .required("model"), .required("data"), .optional("k", 5),
          .optional("epochs", 10),
          .optional("batch", 32),
          .optional("optimizer", TrainingBuiltins.defaultOptimizer),
          .optional("loss", "auto"),
          .optional("lam", 1), .optional("seed"),
          TrainingBuiltins.liveParameter,
        ],
        purpose:
          "k-fold cross-validation: trains a copy of the model on each fold; returns {train_loss, valid_loss, mean, std, k}.",
        example:
          "cv = cross_validate(linear(2, 2, seed=1), moons(n=100, seed=1), k=3, epochs=2, seed=1)\ncv.mean\ncross_validate(\"ridge\", dataset(\"diabetes\"), k=5, lam=0.1, seed=1).mean",
        notes:
          "Every fold starts from the same initial weights (a copy of `model`) and a fresh copy of `optimizer` (its settings, none of its state); mean and std are of valid_loss.\n"
          + "model may also be \"lstsq\" or \"ridge\" (with lam=) for the closed-form fits; their losses are mse.\n"
          + "On a terminal each fold's validation loss is drawn as it trains and the chart stays; live=false turns that off.",
        zh: BuiltinText(
          purpose:
            "K折交叉验证：在每一折上训练模型的一个副本；返回{train_loss, valid_loss, mean, std, k}。",
          notes:
            "每一折都从相同的初始权重（`model`的副本）和`optimizer`的一个新副本（设置相同，不带其状态）开始；mean和std是对valid_loss计算的。\nmodel也可以是\"lstsq\"或\"ridge\"（配合lam=），即闭式解拟合；它们的损失是mse。\n在终端上，训练时会画出每一折的验证损失曲线，结束后图表留在屏幕上；live=false关闭此功能。"
        )
      ) { arguments in
        try crossValidate(arguments)
      },
      Builtin(
        name: "lr_range", category: "training",
        parameters: [
          .required("model"), .required("data"), .optional("start", 1e-5),
          .optional("end", 10),
          .optional("steps", 100), .optional("batch", 32),
          .optional("seed"),
        ],
        purpose:
          "A learning-rate range test on a copy of the model: one SGD step per rate, rates growing geometrically; returns {lr, loss}.",
        example:
          "r = lr_range(mlp([2, 8, 2], seed=1), moons(n=100, seed=1), steps=20, seed=1)\nlen(r.lr)",
        notes:
          "It stops early once the loss exceeds 4 times its minimum. Plot with plot(r.loss, x=r.lr, logx=true).",
        zh: BuiltinText(
          purpose: "在模型的副本上做学习率范围测试：每个学习率走一步SGD，学习率按几何级数增长；返回{lr, loss}。",
          notes: "一旦损失超过其最小值的4倍就提前停止。用plot(r.loss, x=r.lr, logx=true)作图。")
      ) { arguments in
        try learningRateRange(arguments)
      },
    ]
  }

  /// The loss named by `loss=` ("auto" picks by task).
  static func lossArgument(_ arguments: Arguments, task: Task) throws -> Loss {
    let name = try arguments.string("loss")
    switch name {
    case "auto": return Loss.standard(for: task)
    case "mse": return .meanSquaredError
    case "cross_entropy": return .softmaxCrossEntropy
    case "bce": return .binaryCrossEntropy
    default:
      throw arguments.error(
        "loss",
        "unknown loss \"\(name)\"\(didYouMean(name, among: ["auto", "mse", "cross_entropy", "bce"])); use auto, mse, cross_entropy or bce"
      )
    }
  }

  static func optimizerArgument(_ arguments: Arguments) throws
    -> any Optimizer
  {
    try arguments.object(
      "optimizer", as: OptimizerObject.self,
      expected: "an optimizer such as sgd(lr=0.1)"
    )
    .optimizer
  }

  /// The `l2=` / `l1=` penalty, applied by TrainKit's `fit`.
  static func penalty(_ arguments: Arguments) throws -> WeightPenalty {
    let l2 = try arguments.number("l2")
    let l1 = try arguments.number("l1")
    guard l2 >= 0, l1 >= 0, l2.isFinite, l1.isFinite else {
      throw arguments.error(
        l2 < 0 || !l2.isFinite ? "l2" : "l1",
        "`l2` and `l1` must be finite numbers ≥ 0")
    }
    return try WeightPenalty(l2: Float(l2), l1: Float(l1))
  }

  static func batchArgument(_ arguments: Arguments, count: Int) throws
    -> Int
  {
    if case .string(let text)? = arguments.value("batch") {
      guard text == "full" else {
        throw arguments.error(
          "batch", "`batch` must be a size or \"full\", got \"\(text)\"")
      }
      return max(count, 1)
    }
    return min(
      try arguments.int("batch", in: 1...10_000_000), max(count, 1))
  }

  static func fit(_ arguments: Arguments) throws -> Value {
    let interpreter = arguments.interpreter
    let model = try arguments.object(
      "model", as: ModelObject.self, expected: "a model")
    let split = try arguments.dataSplit("data")
    let epochs = try arguments.int("epochs", in: 1...1_000_000)
    let batch = try batchArgument(arguments, count: split.train.count)
    let batches = (split.train.count + batch - 1) / max(batch, 1)
    try interpreter.charge(epochs * max(batches, 1), at: arguments.callRange)
    var schedule: (any LearningRateSchedule)?
    if arguments.value("schedule") != nil {
      schedule = try arguments.object(
        "schedule", as: ScheduleObject.self,
        expected: "a schedule such as cosine()"
      ).schedule
    }
    var stopping: EarlyStopping?
    if arguments.value("patience") != nil {
      stopping = EarlyStopping(
        patience: try arguments.int("patience", in: 1...1_000_000))
    }
    let weightPenalty = try penalty(arguments)
    var clip: Float?
    if arguments.value("clip") != nil {
      // Checked here so the message names `clip`, not TrainKit's clipNorm.
      let norm = try arguments.float("clip")
      guard norm > 0, norm.isFinite else {
        throw arguments.error(
          "clip",
          "`clip` must be a positive number, got \(formatNumber(try arguments.number("clip")))"
        )
      }
      clip = norm
    }
    var rng = try arguments.generator()
    var stepLoss: [Double] = []
    let live = try LiveTraining(arguments)
    let regions = try decisionRegions(arguments, model: model)
    var records: [EpochRecord] = []
    let started = Date()
    let history = try TrainKit.fit(
      model.model, data: split,
      loss: arguments.value("loss") == nil
        ? nil : try lossArgument(arguments, task: split.train.task),
      optimizer: try optimizerArgument(arguments),
      epochs: epochs, batchSize: batch,
      schedule: schedule, clipNorm: clip, l2: weightPenalty.l2,
      l1: weightPenalty.l1,
      earlyStopping: stopping, shuffle: try arguments.bool("shuffle"),
      using: &rng
    ) { progress in
      switch progress.event {
      case .batch:
        stepLoss.append(Double(progress.loss))
      case .epoch:
        interpreter.progress?(
          ProgressUpdate(
            label: "fit", completed: progress.epoch, total: progress.epochs,
            detail:
              "train_loss \(formatNumber(Double(progress.record?.trainLoss ?? progress.loss)))"
          ))
        if let record = progress.record { records.append(record) }
        live.frame {
          TrainingPicture.chart(
            records: records, epochs: epochs, boundary: regions?())
        }
      }
      return interpreter.isCancelled() ? .stop : .proceed
    }
    let picture = TrainingPicture.chart(
      records: history.epochs,
      epochs: history.wasCancelled ? epochs : history.epochs.count,
      boundary: regions?())
    live.finish(picture)
    let result = HistoryObject(
      history: history, model: model, stepLoss: stepLoss,
      seconds: Date().timeIntervalSince(started), chart: picture)
    if history.wasCancelled {
      throw CellInterrupted(
        partial: .object(result), call: arguments.callRange)
    }
    if case .diverged = history.stopReason {
      // Say it where it happens: a learner who only looks at the curves
      // would otherwise see a plot that simply ends.
      interpreter.print(String(Message("fit \(history.report)")))
    }
    return .object(result)
  }

  /// The decision regions of `model` over the test points (as `boundary`
  /// draws them) when `data` is a 2-D classification set; nil otherwise.
  static func decisionRegions(_ arguments: Arguments, model: ModelObject)
    throws -> (() -> HeatMap?)?
  {
    let (split, maps) = try OutputBuiltins.plane(arguments, "data")
    let part = split.test ?? split.train
    guard case .classification = part.task, part.featureCount == 2 else {
      return nil
    }
    let name = split.test == nil ? "train" : "test"
    return {
      try? OutputBuiltins.decisionRegions(
        model.model, part: part, maps: maps,
        title: String(
          Message(
            "decision regions (\(OutputBuiltins.partTitle(name)))")))
    }
  }
}

extension HistoryObject {
  /// The members listed in `help(fit)`, from `members`, in lines of at most
  /// 80 columns.
  static var documentedMembers: String {
    var lines: [String] = []
    var line = " "
    for (index, name) in members.enumerated() {
      let item =
        " " + name + (perLayerMembers.contains(name) ? " (per layer)" : "")
        + (index < members.count - 1 ? "," : "")
      if TextWidth.of(line) + TextWidth.of(item) > 80 {
        lines.append(line)
        line = " "
      }
      line += item
    }
    return (lines + [line]).joined(separator: "\n")
  }
}

extension Interpreter {
  /// Counts `amount` steps of host work (minibatches, optimizer steps)
  /// against the cell's step budget.
  func charge(_ amount: Int, at range: SourceRange) throws {
    for _ in 0..<min(max(amount, 0), 1) { try tick(range) }
    if amount > 1 { try addSteps(amount - 1, at: range) }
  }
}
