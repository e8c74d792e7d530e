import TrainKit

/// Models: `linear`, `mlp`, `resmlp`, `copy`, `coef`, `intercept`.
enum ModelBuiltins {
  static var all: [Builtin] {
    [
      Builtin(
        name: "linear", category: "models",
        parameters: [
          .required("inputs"), .optional("outputs", 1),
          .optional("bias", true), .optional("init", "default"),
          .optional("std", 0.01), .optional("seed"),
        ],
        purpose:
          "A model with one linear layer (PyTorch's default initialization U(±1/√inputs); init= as for mlp).",
        example: "m = linear(2, 1)\nm.params",
        zh: BuiltinText(
          purpose: "只有一个线性层的模型（PyTorch的默认初始化U(±1/√inputs)；init=与mlp相同）。")
      ) { arguments in
        var rng = try arguments.generator()
        let inputs = try arguments.int("inputs", in: 1...100_000)
        let outputs = try arguments.int("outputs", in: 1...100_000)
        try arguments.interpreter.checkTensorSize(inputs * outputs, arguments)
        let layer = try Linear(
          inputs: inputs, outputs: outputs,
          bias: try arguments.bool("bias"),
          initializer: try initializer(arguments),
          using: &rng)
        return .object(
          ModelObject(
            model: Sequential([layer]), kind: "linear(\(inputs), \(outputs))"))
      },
      Builtin(
        name: "mlp", category: "models",
        parameters: [
          .required("sizes"), .optional("activation", "relu"),
          .optional("dropout", 0), .optional("batchnorm", false),
          .optional("init", "default"), .optional("std", 0.01),
          .optional("seed"),
        ],
        purpose:
          "A multilayer perceptron: linear layers between `sizes` = [inputs, hidden…, outputs].",
        example:
          "mlp([2, 16, 2])\nmlp([64, 256, 256, 10], dropout=[0.2, 0.5], init=\"he\", seed=1)\n"
          + "mlp([64, 32, 32, 10], activation=\"sigmoid\", batchnorm=true, seed=1)",
        notes:
          "activation: \"relu\", \"sigmoid\", \"tanh\", \"leaky_relu\", \"gelu\" or \"none\", after every hidden layer.\n"
          + "dropout: one rate for every hidden layer, or a list with one rate per hidden layer.\n"
          + batchNormNote + "\n"
          + "init: \"default\" (PyTorch's), \"normal\" (N(0, std²)), \"xavier\", \"xavier_normal\", \"he\", \"he_uniform\", \"zeros\".",
        zh: BuiltinText(
          purpose: "多层感知机：在`sizes` = [输入数, 隐藏单元数…, 输出数]之间依次连接的线性层。",
          notes:
            "activation：\"relu\"、\"sigmoid\"、\"tanh\"、\"leaky_relu\"、\"gelu\"或\"none\"，用在每个隐藏层之后。\n"
            + "dropout：所有隐藏层共用的一个暂退概率，或每个隐藏层各一个概率的列表。\n"
            + batchNormNoteZh + "\n"
            + "init：\"default\"（PyTorch的默认方式）、\"normal\"（N(0, std²)）、\"xavier\"、\"xavier_normal\"、\"he\"、\"he_uniform\"、\"zeros\"。"
        )
      ) { arguments in
        var rng = try arguments.generator()
        let sizes = try sizesArgument(arguments, "sizes")
        // Each rate is checked as written, before it becomes a Float and
        // whether or not a hidden layer uses it.
        let rates = try arguments.numbers("dropout")
        for rate in rates { try Dropout.checkProbability(rate) }
        let dropout = rates.map { Float($0) }
        let model = try Sequential.mlp(
          sizes, activation: try activation(arguments),
          dropout: dropout.allSatisfy { $0 == 0 } ? [] : dropout,
          batchNorm: try arguments.bool("batchnorm"),
          initializer: try initializer(arguments), using: &rng)
        return .object(
          ModelObject(
            model: model, kind: "mlp \(TensorObject.shapeText(sizes))"))
      },
      Builtin(
        name: "resmlp", category: "models",
        parameters: [
          .required("inputs"), .required("width"), .required("blocks"),
          .required("outputs"),
          .optional("activation", "relu"), .optional("batchnorm", false),
          .optional("init", "default"), .optional("std", 0.01),
          .optional("seed"),
        ],
        purpose:
          "A residual MLP: Linear(inputs, width), then `blocks` blocks x + act(Linear(x)), then Linear(width, outputs).",
        example:
          "resmlp(2, 16, 4, 2, seed=1)\nresmlp(2, 16, 4, 2, batchnorm=true, seed=1)",
        notes: batchNormNote + " In the blocks: x + act(BatchNorm(Linear(x))).",
        zh: BuiltinText(
          purpose:
            "残差MLP：先是Linear(inputs, width)，然后是`blocks`个块x + act(Linear(x))，最后是Linear(width, outputs)。",
          notes: batchNormNoteZh + "在各个块中：x + act(BatchNorm(Linear(x)))。")
      ) { arguments in
        var rng = try arguments.generator()
        let inputs = try arguments.int("inputs", in: 1...100_000)
        let width = try arguments.int("width", in: 1...10_000)
        let blocks = try arguments.int("blocks", in: 0...200)
        let outputs = try arguments.int("outputs", in: 1...100_000)
        try arguments.interpreter.checkTensorSize(
          width * width * max(blocks, 1) + inputs * width + width * outputs,
          arguments)
        let model = try Sequential.residualMLP(
          inputs: inputs, width: width, blocks: blocks, outputs: outputs,
          activation: try activation(arguments),
          batchNorm: try arguments.bool("batchnorm"),
          initializer: try initializer(arguments), using: &rng)
        return .object(
          ModelObject(
            model: model,
            kind: "resmlp(\(inputs), \(width), \(blocks) blocks, \(outputs))"))
      },
      Builtin(
        name: "copy", category: "models", parameters: [.required("model")],
        purpose:
          "An independent copy of a model: training one does not change the other.",
        example: "m = mlp([2, 4, 2], seed=1)\nm2 = copy(m)",
        zh: BuiltinText(purpose: "模型的一个独立副本：训练其中一个不会改变另一个。")
      ) { arguments in
        let model = try arguments.object(
          "model", as: ModelObject.self, expected: "a model")
        return .object(
          ModelObject(
            model: model.model.copied(),
            kind: model.kind))
      },
      Builtin(
        name: "coef", category: "models", parameters: [.required("model")],
        purpose:
          "The weights of a one-layer model, as a list (for the first output).",
        example: "coef(linear(3, seed=1))",
        zh: BuiltinText(purpose: "单层模型的权重，以列表形式给出（对应第一个输出）。")
      ) { arguments in
        let linear = try singleLinear(arguments)
        let w = linear.weight.value
        return .list(
          (0..<w.shape[0]).map { .number(Double(w.scalars[$0 * w.shape[1]])) })
      },
      Builtin(
        name: "intercept", category: "models", parameters: [.required("model")],
        purpose:
          "The bias of a one-layer model (first output); 0 without a bias.",
        example: "intercept(linear(3, seed=1))",
        zh: BuiltinText(purpose: "单层模型的偏置（对应第一个输出）；没有偏置时为0。")
      ) { arguments in
        let linear = try singleLinear(arguments)
        return .number(Double(linear.bias?.value.scalars.first ?? 0))
      },
    ]
  }

  /// What `batchnorm=true` does, shared by `mlp` and `resmlp`.
  static let batchNormNote =
    "batchnorm: true puts batch normalization (PyTorch's BatchNorm1d: momentum 0.1, ε 1e-5) "
    + "between each hidden linear layer and its activation: in training it normalizes each unit "
    + "with the batch's mean and variance, in evaluation with running averages of them."

  /// ``batchNormNote`` in Chinese.
  static let batchNormNoteZh =
    "batchnorm：为true时，在每个隐藏的线性层与其激活函数之间加入批量规范化（PyTorch的BatchNorm1d：momentum 0.1，ε 1e-5）："
    + "训练时用小批量的均值和方差规范化每个单元，评估时用它们的滑动平均。"

  private static func singleLinear(_ arguments: Arguments) throws -> Linear {
    let model = try arguments.object(
      "model", as: ModelObject.self, expected: "a model")
    let layers = model.model.weightLayers
    guard layers.count == 1, let linear = layers[0].layer as? Linear else {
      throw arguments.error(
        "model",
        "needs a model with one linear layer, this one has \(layers.count)")
    }
    return linear
  }

  /// A list of layer sizes, each a whole number from 1 to 100,000.
  static func sizesArgument(_ arguments: Arguments, _ name: String) throws
    -> [Int]
  {
    let numbers = try arguments.numbers(name)
    guard numbers.count >= 2, numbers.count <= 200 else {
      throw arguments.error(
        name, "`\(name)` needs between 2 and 200 sizes, as in [2, 16, 2]")
    }
    let sizes = try numbers.map {
      try wholeNumber(
        $0, in: 1...100_000, describing: "each size",
        at: arguments.range(of: name), builtin: arguments.builtinName)
    }
    let weights = zip(sizes, sizes.dropFirst()).reduce(0) { $0 + $1.0 * $1.1 }
    try arguments.interpreter.checkTensorSize(weights, arguments)
    return sizes
  }

  static func activation(_ arguments: Arguments) throws -> Activation.Kind {
    let name = try arguments.string("activation")
    let kinds: [String: Activation.Kind] = [
      "relu": .relu, "sigmoid": .sigmoid, "tanh": .tanh,
      "leaky_relu": .leakyRelu(slope: 0.01), "gelu": .gelu,
      "none": .identity, "identity": .identity,
    ]
    guard let kind = kinds[name] else {
      throw arguments.error(
        "activation",
        "unknown activation \"\(name)\"\(didYouMean(name, among: Array(kinds.keys))); use relu, sigmoid, tanh, leaky_relu, gelu or none"
      )
    }
    return kind
  }

  static func initializer(_ arguments: Arguments) throws -> Initializer {
    let name = try arguments.string("init")
    let std = try arguments.float("std")
    let kinds: [String: Initializer] = [
      "default": .pytorchDefault, "normal": .normal(std: std),
      "xavier": .xavierUniform,
      "xavier_normal": .xavierNormal, "he": .kaimingNormal,
      "he_uniform": .kaimingUniform, "zeros": .zeros,
    ]
    guard let kind = kinds[name] else {
      throw arguments.error(
        "init",
        "unknown init \"\(name)\"\(didYouMean(name, among: Array(kinds.keys))); use default, normal, xavier, xavier_normal, he, he_uniform or zeros"
      )
    }
    return kind
  }
}
