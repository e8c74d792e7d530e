import Foundation
import Localization
import TrainKit

/// Tensors: creation, matrix products, norms, dropout.
enum TensorBuiltins {
  static var all: [Builtin] {
    [
      Builtin(
        name: "tensor", category: "tensors", parameters: [.required("values")],
        purpose:
          "A tensor from a number or a (nested) list of numbers: tensor([[1, 2], [3, 4]]).",
        example: "t = tensor([[1, 2], [3, 4]])\nt * 2 + 1",
        zh: BuiltinText(
          purpose: "由一个数或（嵌套的）数值列表构成的张量：tensor([[1, 2], [3, 4]])。"),
        checksLiteralCalls: true
      ) { arguments in
        .object(
          TensorObject(
            tensor: try TensorObject.tensor(
              from: try arguments.required("values"),
              limit: arguments.interpreter.options.limits.tensorElements,
              describing: "values")))
      },
      creation(
        "zeros",
        "A tensor of zeros; shape is a number or a list: zeros([2, 3]).",
        "全为0的张量；shape是一个数或一个列表：zeros([2, 3])。",
        "zeros([2, 3])"
      ) { shape, _ in
        try Tensor.zeros(shape: shape)
      },
      creation(
        "ones", "A tensor of ones; shape is a number or a list: ones([8, 32]).",
        "全为1的张量；shape是一个数或一个列表：ones([8, 32])。",
        "ones(3)"
      ) { shape, _ in
        try Tensor.ones(shape: shape)
      },
      creation(
        "randn", "A tensor of normal random numbers N(0, std²).",
        "服从正态分布N(0, std²)的随机数组成的张量。",
        "randn([2, 2], seed=1)",
        extra: [.optional("std", 1), .optional("seed")]
      ) { shape, arguments in
        var rng = try arguments.generator()
        let std = try arguments.float("std")
        let count = try Tensor.elementCount(of: shape)
        return try Tensor(
          shape: shape,
          scalars: (0..<count).map { _ in rng.nextNormal(mean: 0, std: std) })
      },
      creation(
        "rand", "A tensor of uniform random numbers in [low, high).",
        "在[low, high)上均匀分布的随机数组成的张量。",
        "rand(3, seed=1)",
        extra: [
          .optional("low", 0), .optional("high", 1),
          .optional("seed"),
        ]
      ) { shape, arguments in
        var rng = try arguments.generator()
        let (low, high) = (
          try arguments.float("low"), try arguments.float("high")
        )
        let count = try Tensor.elementCount(of: shape)
        return try Tensor(
          shape: shape,
          scalars: (0..<count).map { _ in rng.nextUniform(low: low, high: high)
          })
      },
      Builtin(
        name: "matmul", category: "tensors",
        parameters: [.required("a"), .required("b")],
        purpose: "The matrix product of two tensors (or lists of rows).",
        example: "matmul([[1, 2], [3, 4]], [[1], [1]])",
        zh: BuiltinText(purpose: "两个张量（或行列表）的矩阵乘积。")
      ) { arguments in
        let a = try tensorArgument(arguments, "a")
        let b = try tensorArgument(arguments, "b")
        if a.rank == 2 && b.rank == 2 {
          try arguments.interpreter.checkTensorSize(
            a.shape[0] * b.shape[1], arguments)
          let work =
            Double(a.shape[0]) * Double(a.shape[1]) * Double(b.shape[1])
          guard work <= 2e10 else {
            throw arguments.error(
              "too much work: \(formatNumber(work)) multiply-adds (at most 2e+10)"
            )
          }
          try arguments.interpreter.charge(
            Int(work) / 100_000, at: arguments.callRange)
        }
        return .object(TensorObject(tensor: try a.matmul(b)))
      },
      Builtin(
        name: "transpose", category: "tensors", parameters: [.required("a")],
        purpose: "A matrix with rows and columns swapped.",
        example: "transpose([[1, 2, 3]])",
        zh: BuiltinText(purpose: "交换行和列之后的矩阵。")
      ) { arguments in
        .object(
          TensorObject(tensor: try tensorArgument(arguments, "a").transposed()))
      },
      Builtin(
        name: "norm", category: "tensors", parameters: [.required("t")],
        purpose:
          "The Euclidean (Frobenius) norm of a tensor or list: the root of the sum of squares.",
        example: "norm([3, 4])",
        zh: BuiltinText(purpose: "张量或列表的欧几里得（Frobenius）范数：平方和的平方根。")
      ) { arguments in
        let t = try tensorArgument(arguments, "t")
        return .number(
          t.scalars.reduce(0.0) { $0 + Double($1) * Double($1) }.squareRoot())
      },
      Builtin(
        name: "dropout", category: "tensors",
        parameters: [
          .required("t"), .optional("p", 0.5), .optional("train", true),
          .optional("seed"),
        ],
        purpose:
          "Inverted dropout: zeroes each value with probability p and scales the rest by 1/(1−p); identity when train=false.",
        example: "dropout(ones(8), p=0.5, seed=1)",
        zh: BuiltinText(
          purpose: "倒置暂退法：以概率p把每个值置零，其余的值乘以1/(1−p)；train=false时原样返回。")
      ) { arguments in
        let t = try tensorArgument(arguments, "t")
        let p = try arguments.number("p")
        do {
          try Dropout.checkProbability(p)
        } catch let error as TrainKitError {
          throw arguments.error("p", Message(verbatim: error.message))
        }
        guard try arguments.bool("train") else {
          return .object(TensorObject(tensor: t))
        }
        var rng = try arguments.generator()
        // p = 1 zeroes everything (no survivor to scale by 1/0).
        let scale: Float = p < 1 ? Float(1 / (1 - p)) : 0
        let scalars = t.scalars.map {
          rng.nextUniformDouble() < p ? 0 : $0 * scale
        }
        return .object(
          TensorObject(tensor: try Tensor(shape: t.shape, scalars: scalars)))
      },
      Builtin(
        name: "reshape", category: "tensors",
        parameters: [.required("t"), .required("shape")],
        purpose:
          "The same values in a new shape (row-major); one dimension may be -1 to be inferred.",
        example: "reshape(range(6), [2, 3]).list",
        zh: BuiltinText(purpose: "把同样的值排成新的形状（按行优先）；可以有一个维度取-1，由其余维度推断。")
      ) { arguments in
        let t = try tensorArgument(arguments, "t")
        var shape = try arguments.numbers("shape").map {
          try wholeNumber(
            $0, in: -1...t.count, describing: "each dimension",
            at: arguments.range(of: "shape"), builtin: "reshape")
        }
        guard !shape.isEmpty, shape.count <= 8,
          shape.filter({ $0 == -1 }).count <= 1
        else {
          throw arguments.error(
            "shape", "`shape` needs 1 to 8 dimensions, at most one of them -1")
        }
        if let unknown = shape.firstIndex(of: -1) {
          let known = shape.filter { $0 != -1 }.reduce(1, *)
          guard known > 0, t.count % known == 0 else {
            throw arguments.error(
              "shape",
              "cannot infer the -1 dimension: \(t.count) values do not divide by \(known)"
            )
          }
          shape[unknown] = t.count / known
        }
        return .object(TensorObject(tensor: try t.reshaped(to: shape)))
      },
      Builtin(
        name: "poly_features", category: "tensors",
        parameters: [.required("xs"), .optional("max_degree", 20)],
        purpose:
          "The polynomial features xⁱ/i! for i < max_degree of each number, as a tensor [n, max_degree] (as poly_data).",
        example: "poly_features([0, 1, 2], max_degree=4).list",
        zh: BuiltinText(
          purpose:
            "每个数的多项式特征xⁱ/i!（i < max_degree），组成形状为[n, max_degree]的张量（与poly_data相同）。"
        )
      ) { arguments in
        let xs = try arguments.numbers("xs")
        let degree = try arguments.int("max_degree", in: 1...50)
        try arguments.interpreter.checkTensorSize(xs.count * degree, arguments)
        var scalars: [Float] = []
        scalars.reserveCapacity(xs.count * degree)
        for x in xs {
          var term = 1.0
          for power in 0..<degree {
            if power > 0 { term *= x / Double(power) }
            scalars.append(Float(term))
          }
        }
        return .object(
          TensorObject(
            tensor: try Tensor(shape: [xs.count, degree], scalars: scalars)))
      },
      Builtin(
        name: "first_below", category: "math",
        parameters: [.required("xs"), .required("threshold")],
        purpose:
          "The index of the first number of xs below threshold, or none.",
        example: "first_below([1, 0.5, 0.2, 0.1], 0.3)",
        zh: BuiltinText(purpose: "xs中第一个小于threshold的数的下标；没有则为none。")
      ) { arguments in
        let threshold = try arguments.number("threshold")
        return try arguments.numbers("xs").firstIndex { $0 < threshold }.map {
          .number(Double($0))
        } ?? .none
      },
      Builtin(
        name: "close", category: "math",
        parameters: [
          .required("a"), .required("b"), .optional("rel", 1e-5),
          .optional("tol", 0),
        ],
        purpose:
          "True when |a − b| ≤ max(rel·max(|a|, |b|), tol): for checking numbers in expectations.",
        example: "close(sqrt(2), 1.41421, rel=1e-5)",
        zh: BuiltinText(
          purpose: "当|a − b| ≤ max(rel·max(|a|, |b|), tol)时为真：用于在期望中核对数值。")
      ) { arguments in
        let a = try arguments.number("a")
        let b = try arguments.number("b")
        let bound = max(
          try arguments.number("rel") * max(abs(a), abs(b)),
          try arguments.number("tol"))
        return .bool(abs(a - b) <= bound)
      },
      Builtin(
        name: "fmt", category: "math",
        parameters: [.required("x"), .optional("digits", 4)],
        purpose: "A number as text with `digits` significant digits.",
        example: "fmt(0.000123456, 3)",
        zh: BuiltinText(purpose: "把一个数写成保留`digits`位有效数字的文本。")
      ) { arguments in
        let digits = try arguments.int("digits", in: 1...17)
        return .string(
          String(format: "%.\(digits)g", try arguments.number("x")))
      },
    ]
  }

  /// A tensor argument (a tensor, a number or a nested list).
  static func tensorArgument(_ arguments: Arguments, _ name: String) throws
    -> Tensor
  {
    do {
      return try TensorObject.tensor(
        from: try arguments.required(name),
        limit: arguments.interpreter.options.limits.tensorElements,
        describing: name)
    } catch let error as HostError {
      throw arguments.error(name, "`\(name)`: \(error.message)")
    }
  }

  private static func creation(
    _ name: String, _ purpose: String, _ chinese: String, _ example: String,
    extra: [BuiltinParameter] = [],
    make: @escaping ([Int], Arguments) throws -> Tensor
  ) -> Builtin {
    Builtin(
      name: name, category: "tensors", parameters: [.required("shape")] + extra,
      purpose: purpose, example: example, zh: BuiltinText(purpose: chinese)
    ) {
      arguments in
      let numbers = try arguments.numbers("shape")
      guard !numbers.isEmpty, numbers.count <= 8 else {
        throw arguments.error(
          "shape", "`shape` must have between 1 and 8 dimensions")
      }
      let limit = arguments.interpreter.options.limits.tensorElements
      let shape = try numbers.map {
        try wholeNumber(
          $0, in: 0...limit, describing: "each dimension",
          at: arguments.range(of: "shape"), builtin: name)
      }
      var total = 1.0
      for dimension in shape { total *= Double(dimension) }
      guard total <= Double(limit) else {
        throw arguments.error(
          "shape",
          "a tensor of shape \(TensorObject.shapeText(shape)) is too large: at most \(limit) elements"
        )
      }
      return .object(TensorObject(tensor: try make(shape, arguments)))
    }
  }
}
