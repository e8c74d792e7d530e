import Foundation
import Localization
import TrainKit

/// Data: loading, generators, splits, k-fold, standardization, columns.
enum DataBuiltins {
  static var all: [Builtin] {
    [
      Builtin(
        name: "dataset", category: "data", parameters: [.required("name")],
        purpose:
          "Loads datasets/<name>.csv: the last column is the target (few whole-number values make it classification).",
        example: "digits = dataset(\"digits\")\ndigits.n",
        notes:
          "Only files in the lab's datasets/ folder can be read; an unknown name lists them.",
        zh: BuiltinText(
          purpose: "加载datasets/<name>.csv：最后一列是目标值（只取少数几个整数值时视为分类任务）。",
          notes: "只能读取实验室datasets/文件夹中的文件；名称未知时会列出所有可用的数据集。")
      ) { arguments in
        let name = try arguments.string("name")
        let directory = arguments.interpreter.options.datasetsDirectory
        let available = DataBuiltins.availableDatasets(in: directory)
        guard DataBuiltins.isDatasetName(name), available.contains(name)
        else {
          let list =
            available.isEmpty
            ? Message("none were found in \(directory)")
            : Message("available: \(available.joined(separator: ", "))")
          throw arguments.error(
            "name",
            "no data set named \"\(name)\"\(didYouMean(name, among: available)) (\(list))"
          )
        }
        return .object(
          DatasetObject(
            dataset: try Dataset.loadCSV(
              path: directory + "/" + name + ".csv", name: name,
              inside: directory,
              maximumElements: arguments.interpreter.options.limits
                .tensorElements)))
      },
      generator(
        "moons", noise: 0.1,
        purpose:
          "Two interleaving half circles, 2 classes, split into train and test.",
        example: "data = moons(n=200, noise=0.1, seed=1)\ndata.train.n",
        zh: "两个相互交错的半圆，2个类别，划分为训练部分和测试部分。"
      ) { _, n, noise, rng in
        try Dataset.moons(count: n, noise: noise, using: &rng)
      },
      generator(
        "circles", noise: 0.05,
        purpose: "A disc inside a ring, 2 classes, split into train and test.",
        example: "circles(n=100, seed=2)",
        zh: "一个圆盘套在一个圆环里，2个类别，划分为训练部分和测试部分。"
      ) { _, n, noise, rng in
        try Dataset.circles(count: n, noise: noise, using: &rng)
      },
      generator(
        "xor", noise: 0.05,
        purpose:
          "Four quadrants labelled by the sign of x1·x2, 2 classes, split into train and test.",
        example: "xor(n=100, seed=3)",
        zh: "四个象限，按x1·x2的符号标注，2个类别，划分为训练部分和测试部分。"
      ) { _, n, noise, rng in
        try Dataset.xor(count: n, noise: noise, using: &rng)
      },
      generator(
        "blobs", noise: 0.5,
        purpose:
          "Gaussian clusters, one per class (`classes=`), split into train and test.",
        example: "blobs(n=100, seed=4)", extra: [.optional("classes", 2)],
        zh: "高斯簇，每个类别一个（`classes=`），划分为训练部分和测试部分。"
      ) { arguments, n, noise, rng in
        try Dataset.blobs(
          count: n, classes: try arguments.int("classes", in: 2...10),
          noise: noise, using: &rng)
      },
      generator(
        "spiral", noise: 0.1,
        purpose:
          "Interleaved spirals (`arms=`), one class per arm, split into train and test.",
        example: "spiral(n=100, seed=5)", extra: [.optional("arms", 2)],
        zh: "相互交错的螺旋线（`arms=`），每条螺旋臂一个类别，划分为训练部分和测试部分。"
      ) { arguments, n, noise, rng in
        try Dataset.spirals(
          count: n, arms: try arguments.int("arms", in: 2...10), noise: noise,
          using: &rng)
      },
      Builtin(
        name: "poly_data", category: "data",
        parameters: [
          .optional("n_train", 100), .optional("n_test", 100),
          .optional("max_degree", 20),
          .optional("noise", 0.1), .optional("seed"),
        ],
        purpose:
          "d2l's polynomial data: y = 5 + 1.2x − 3.4x²/2! + 5.6x³/3! + ε, features xⁱ/i! for i < max_degree.",
        example: "data = poly_data(seed=1)\nselect(data, 4)",
        notes:
          "data.train.raw is the raw x (for scatter plots); poly_true() the true weights.",
        zh: BuiltinText(
          purpose:
            "d2l的多项式数据：y = 5 + 1.2x − 3.4x²/2! + 5.6x³/3! + ε，特征为xⁱ/i!（i < max_degree）。",
          notes: "data.train.raw是原始的x（用于画散点图）；poly_true()给出真实的权重。")
      ) { arguments in
        var rng = try arguments.generator()
        let train = try arguments.int("n_train", in: 1...100_000)
        let test = try arguments.int("n_test", in: 0...100_000)
        let degree = try arguments.int("max_degree", in: 1...50)
        let all = try Dataset.polynomial(
          count: train + test, maxDegree: degree,
          noise: try arguments.float("noise"), using: &rng)
        return .object(
          SplitObject(
            split: try all.split(
              trainCount: train, testCount: test, shuffle: false, using: &rng)))
      },
      Builtin(
        name: "poly_true", category: "data",
        parameters: [.optional("max_degree", 20)],
        purpose: "The true weights of poly_data: [5, 1.2, -3.4, 5.6, 0, …].",
        example: "poly_true(6)",
        zh: BuiltinText(purpose: "poly_data的真实权重：[5, 1.2, -3.4, 5.6, 0, …]。")
      ) { arguments in
        let degree = try arguments.int("max_degree", in: 1...50)
        return .list(
          Dataset.polynomialTrueWeights(maxDegree: degree).map(Value.float))
      },
      Builtin(
        name: "linear_data", category: "data",
        parameters: [
          .optional("n_train", 20), .optional("n_test", 100),
          .optional("d", 200), .optional("noise", 0.01),
          .optional("seed"),
        ],
        purpose:
          "d2l's high-dimensional regression: y = 0.05 + Σ 0.01·xᵢ + ε with d inputs, few training samples.",
        example: "linear_data(seed=1)",
        zh: BuiltinText(
          purpose: "d2l的高维回归：y = 0.05 + Σ 0.01·xᵢ + ε，有d个输入，训练样本很少。")
      ) { arguments in
        var rng = try arguments.generator()
        let train = try arguments.int("n_train", in: 1...100_000)
        let test = try arguments.int("n_test", in: 0...100_000)
        let d = try arguments.int("d", in: 1...10_000)
        try arguments.interpreter.checkTensorSize((train + test) * d, arguments)
        let all = try Dataset.highDimensionalLinear(
          count: train + test, inputs: d,
          noise: try arguments.float("noise"), using: &rng)
        return .object(
          SplitObject(
            split: try all.split(
              trainCount: train, testCount: test, shuffle: false, using: &rng)))
      },
      Builtin(
        name: "regression_data", category: "data",
        parameters: [
          .optional("w", .value(.list([.number(2), .number(-3.4)]))),
          .optional("b", 4.2),
          .optional("n", 1000), .optional("noise", 0.01),
          .optional("test", 0), .optional("seed"),
        ],
        purpose:
          "d2l's synthetic linear regression y = Xw + b + ε (a training part only unless test > 0).",
        example: "regression_data(n=100, seed=1)",
        zh: BuiltinText(
          purpose: "d2l的合成线性回归数据y = Xw + b + ε（除非test > 0，否则只有训练部分）。")
      ) { arguments in
        var rng = try arguments.generator()
        let weights = try arguments.numbers("w").map { Float($0) }
        let n = try arguments.int("n", in: 2...1_000_000)
        try arguments.interpreter.checkTensorSize(
          n * max(weights.count, 1), arguments)
        let data = try Dataset.linear(
          count: n, weights: weights, bias: try arguments.float("b"),
          noise: try arguments.float("noise"),
          using: &rng)
        let test = try arguments.number("test")
        if test > 0 {
          return .object(
            SplitObject(
              split: try data.split(
                trainFraction: 1 - test, testFraction: test, using: &rng)))
        }
        return .object(SplitObject(split: DataSplit(train: data)))
      },
      Builtin(
        name: "split", category: "data",
        parameters: [
          .required("data"), .optional("train", 0.6), .optional("valid", 0),
          .optional("test", .described("the rest")),
          .optional("label_noise", 0), .optional("seed"),
        ],
        purpose:
          "Shuffles a data set and cuts it into train, valid and test parts, by fractions (< 1) or counts (≥ 1).",
        example:
          "data = split(moons(n=100, test=0, seed=1).train, train=0.6, valid=0.2, test=0.2, seed=7)",
        notes:
          "With fractions, `test` defaults to what train and valid leave; with counts, to 0.\nSamples not asked for are left out: split(digits, train=300, test=1000).\n"
          + "label_noise=q gives that fraction of the training part a wrong class label (valid and test stay clean).",
        zh: BuiltinText(
          purpose: "打乱数据集，并按比例（< 1）或个数（≥ 1）把它切成训练、验证和测试部分。",
          notes:
            "按比例划分时，`test`默认为train和valid剩下的部分；按个数划分时默认为0。\n没有要求的样本会被舍弃：split(digits, train=300, test=1000)。\nlabel_noise=q让训练部分中比例为q的样本带上错误的类别标签（验证和测试部分保持干净）。"
        )
      ) { arguments in
        try withLabelNoise(try plainSplit(arguments), arguments)
      },
      Builtin(
        name: "kfold", category: "data",
        parameters: [
          .required("data"), .optional("k", 5), .optional("seed"),
        ],
        purpose:
          "k splits of a data set with train and valid parts; every sample is in exactly one valid part.",
        example:
          "folds = kfold(moons(n=100, seed=1).train, k=5, seed=2)\nlen(folds)",
        zh: BuiltinText(purpose: "数据集的k个划分，各有训练部分和验证部分；每个样本恰好出现在一个验证部分中。")
      ) { arguments in
        let data = try arguments.dataset("data")
        var rng = try arguments.generator()
        let k = try arguments.int("k", in: 2...1000)
        return .list(
          try data.kFold(k, using: &rng).map { .object(SplitObject(split: $0)) }
        )
      },
      Builtin(
        name: "standardize", category: "data",
        parameters: [.required("data"), .optional("target", false)],
        purpose:
          "Scales each feature to mean 0 and std 1: statistics from the train part of a split, or from a whole data set.",
        example:
          "standardize(moons(n=100, seed=1))\nstandardize(dataset(\"diabetes\"), target=true).y[0]",
        notes:
          "Standardizing a whole data set before splitting leaks the test part's statistics into training.\n"
          + "target=true also standardizes a regression target (with the same part's statistics).",
        zh: BuiltinText(
          purpose: "把每个特征缩放为均值0、标准差1：统计量取自划分的训练部分，或取自整个数据集。",
          notes:
            "在划分之前对整个数据集做标准化，会把测试部分的统计量泄漏到训练中。\ntarget=true同时标准化回归的目标值（使用同一部分的统计量）。"
        )
      ) { arguments in
        let value = try arguments.required("data")
        let target = try arguments.bool("target")
        switch value {
        case .object(let object as SplitObject):
          var split = try object.split.standardized().split
          if target { split = try standardizeTargets(split) }
          return .object(SplitObject(split: split))
        case .object(let object as DatasetObject):
          let data = try Standardizer(fitting: object.dataset).transform(
            object.dataset)
          return .object(
            DatasetObject(
              dataset: target
                ? try standardizeTargets(DataSplit(train: data)).train : data))
        default:
          throw arguments.typeError(
            "data", expected: "a data set or a split", got: value)
        }
      },
      Builtin(
        name: "select", category: "data",
        parameters: [.required("data"), .required("cols")],
        purpose:
          "Keeps some feature columns: the first `cols` ones, or a list of indices or names.",
        example: "select(poly_data(seed=1), 4)",
        zh: BuiltinText(purpose: "保留部分特征列：前`cols`列，或由下标或名称组成的列表所指定的列。")
      ) { arguments in
        let cols = try arguments.required("cols")
        func pick(_ data: Dataset) throws -> Dataset {
          switch cols {
          case .number:
            return try data.selectingFeatures(
              Array(0..<(try arguments.int("cols", in: 1...data.featureCount))))
          case .list(let items)
          where items.allSatisfy({
            if case .string = $0 { true } else { false }
          }):
            return try data.selectingFeatures(
              named: items.compactMap {
                if case .string(let s) = $0 { s } else { nil }
              })
          default:
            let indices = try arguments.numbers("cols").map {
              try wholeNumber(
                $0, in: 0...(data.featureCount - 1),
                describing: "a column index", at: arguments.range(of: "cols"))
            }
            return try data.selectingFeatures(indices)
          }
        }
        return try DataBuiltins.mapData(arguments, "data", pick)
      },
      Builtin(
        name: "expand", category: "data",
        parameters: [
          .required("data"),
          .optional("features", .value(.list([.string("x1"), .string("x2")]))),
        ],
        purpose:
          "Derived input features of 2-D data: from \"x1\", \"x2\", \"x1^2\", \"x2^2\", \"x1x2\", \"sin1\", \"sin2\".",
        example:
          "expand(circles(n=100, seed=1), features=[\"x1\", \"x2\", \"x1^2\", \"x2^2\"])",
        zh: BuiltinText(
          purpose:
            "二维数据的派生输入特征：可从\"x1\"、\"x2\"、\"x1^2\"、\"x2^2\"、\"x1x2\"、\"sin1\"、\"sin2\"中选取。"
        )
      ) { arguments in
        let names = try DataBuiltins.strings(
          arguments, "features", ["x1", "x2"])
        let expanded = try DataBuiltins.mapData(arguments, "data") {
          try $0.mappingFeatures(named: names)
        }
        if case .object(var object as SplitObject) = expanded,
          case .object(let original as SplitObject) = try arguments.required(
            "data")
        {
          object.plane = (
            try names.map { try FeatureMap(parsing: $0) }, original.split
          )
          return .object(object)
        }
        return expanded
      },
      Builtin(
        name: "column", category: "data",
        parameters: [.required("data"), .required("c")],
        purpose:
          "A feature column of a data set as a list (by index or name); \"target\" gives the targets.",
        example: "column(moons(n=10, seed=1).train, 0)",
        zh: BuiltinText(purpose: "数据集的一个特征列，以列表形式给出（按下标或名称）；\"target\"给出目标值。")
      ) { arguments in
        let data = try arguments.dataset("data")
        let c = try arguments.required("c")
        if case .string(let name) = c {
          if name == "target" || name == data.targetName {
            return .list(DatasetObject.targetList(data).map { .number($0) })
          }
          guard let index = data.featureNames.firstIndex(of: name) else {
            throw arguments.error(
              "c",
              "no column named \"\(name)\"\(didYouMean(name, among: data.featureNames))"
            )
          }
          return .list(DatasetObject.column(data, index).map { .number($0) })
        }
        let index = try arguments.int(
          "c", in: 0...max(0, data.featureCount - 1))
        return .list(DatasetObject.column(data, index).map { .number($0) })
      },
      Builtin(
        name: "take", category: "data",
        parameters: [.required("data"), .required("n")],
        purpose: "The first n samples of a data set.",
        example: "take(moons(n=100, seed=1).train, 10)",
        zh: BuiltinText(purpose: "数据集的前n个样本。")
      ) { arguments in
        let data = try arguments.dataset("data")
        return .object(
          DatasetObject(
            dataset: try data.rows(
              0..<(try arguments.int("n", in: 0...data.count)))))
      },
      Builtin(
        name: "make_data", category: "data",
        parameters: [
          .required("X"), .required("y"), .optional("task", "regression"),
        ],
        purpose:
          "A data set from a list of rows X and a list of targets y (task \"regression\" or \"classification\").",
        example:
          "make_data([[1, 2], [3, 4], [5, 6]], [0, 1, 1], task=\"classification\")",
        zh: BuiltinText(
          purpose: "由行列表X和目标值列表y构成的数据集（task为\"regression\"或\"classification\"）。"
        ),
        checksLiteralCalls: true
      ) { arguments in
        let limits = arguments.interpreter.options.limits
        var features: Tensor
        do {
          features = try TensorObject.tensor(
            from: try arguments.required("X"), limit: limits.tensorElements,
            describing: "X")
        } catch let error as HostError {
          throw arguments.error("X", Message(verbatim: error.message))
        }
        if features.rank == 1 {
          features = try features.reshaped(to: [features.count, 1])
        }
        let labels = try arguments.numbers("y")
        guard features.rank == 2, features.shape[0] == labels.count else {
          throw arguments.error("X must be a list of rows, one per target in y")
        }
        let task = try arguments.string("task")
        switch task {
        case "regression":
          let targets: Tensor
          do {
            targets = try TensorObject.tensor(
              from: .list(labels.map { .number($0) }),
              limit: limits.tensorElements, describing: "y")
          } catch let error as HostError {
            throw arguments.error("y", Message(verbatim: error.message))
          }
          return .object(
            DatasetObject(
              dataset: try Dataset(
                name: "data", features: features,
                targets: try targets.reshaped(to: [labels.count, 1]),
                task: .regression(outputs: 1))))
        case "classification":
          // Checked as doubles, before single precision could round a
          // label such as 16777217 to another whole number.
          for (row, label) in labels.enumerated()
          where
            !(label >= 0 && label < Double(limits.classes)
            && label == label.rounded())
          {
            throw arguments.error(
              "y",
              "class labels must be whole numbers from 0 to \(limits.classes - 1); item \(row + 1) of `y` (`y[\(row)]`) is \(formatNumber(label))"
            )
          }
          let classes = Int(labels.max() ?? 0) + 1
          return .object(
            DatasetObject(
              dataset: try Dataset(
                name: "data", features: features,
                targets: Tensor(labels.map { Float($0) }),
                task: .classification(classes: classes))))
        default:
          throw arguments.error(
            "task",
            "`task` must be \"regression\" or \"classification\", got \"\(task)\""
          )
        }
      },
    ]
  }
}

extension Interpreter {
  /// Refuses tensors above the session's element limit.
  func checkTensorSize(_ count: Int, _ arguments: Arguments) throws {
    guard count <= options.limits.tensorElements else {
      throw arguments.error(
        "too large: at most \(options.limits.tensorElements) tensor elements")
    }
  }
}
