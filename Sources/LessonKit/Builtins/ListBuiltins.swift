import Foundation

/// Lists: `len`, `range`, `sum`, `mean`, `std`, `argmin`, `argmax`,
/// `sorted`, `reversed`, `keys`, `linspace`, `logspace`.
enum ListBuiltins {
  static var all: [Builtin] {
    [
      Builtin(
        name: "len", category: "math", parameters: [.required("x")],
        purpose:
          "The number of items of a list, characters of a string, keys of a record, or rows of an object.",
        example: "len([1, 2, 3])",
        zh: BuiltinText(purpose: "列表的项数、字符串的字符数、记录的键数或对象的行数。")
      ) { arguments in
        let value = try arguments.required("x")
        switch value {
        case .list(let items): return .number(Double(items.count))
        case .string(let text): return .number(Double(text.count))
        case .record(let record): return .number(Double(record.count))
        case .object(let object):
          if let length = object.length { return .number(Double(length)) }
          fallthrough
        default:
          throw arguments.typeError(
            "x", expected: "a list, a string or a record", got: value)
        }
      },
      Builtin(
        name: "range", category: "math",
        parameters: [
          .required("start"), .optional("stop"), .optional("step", 1),
        ],
        purpose:
          "The whole numbers from start up to (not including) stop; `range(n)` is 0, 1, …, n-1.",
        example: "range(5)\nrange(2, 10, 3)",
        zh: BuiltinText(
          purpose: "从start起、到stop为止（不含stop）的整数；`range(n)`是0, 1, …, n-1。")
      ) { arguments in
        let numbers = try NumberRange(arguments)
        return .list((0..<numbers.count).map { .number(numbers[$0]) })
      },
      reduction(
        "sum", "The sum of a list of numbers.", "一列数的和。", "sum([1, 2, 3])"
      ) {
        $0.reduce(0, +)
      },
      reduction(
        "mean", "The average of a list of numbers.", "一列数的平均值。",
        "mean([1, 2, 3, 4])"
      ) { numbers in
        numbers.isEmpty ? .nan : numbers.reduce(0, +) / Double(numbers.count)
      },
      reduction(
        "std",
        "The standard deviation (population, divided by n) of a list of numbers.",
        "一列数的标准差（总体标准差，除以n）。",
        "std([1, 2, 3, 4])"
      ) {
        numbers in
        guard !numbers.isEmpty else { return .nan }
        let mean = numbers.reduce(0, +) / Double(numbers.count)
        return
          (numbers.map { ($0 - mean) * ($0 - mean) }.reduce(0, +)
          / Double(numbers.count)).squareRoot()
      },
      reduction(
        "argmin",
        "The index of the smallest number of a list (the first, on ties).",
        "列表中最小的数的下标（有并列时取第一个）。",
        "argmin([3, 1, 2])"
      ) {
        numbers in
        guard let best = numbers.indices.min(by: { numbers[$0] < numbers[$1] })
        else { return .nan }
        return Double(best)
      },
      reduction(
        "argmax",
        "The index of the largest number of a list (the first, on ties).",
        "列表中最大的数的下标（有并列时取第一个）。",
        "argmax([3, 1, 2])"
      ) {
        numbers in
        guard
          let best = numbers.indices.max(by: {
            numbers[$0] < numbers[$1] || (numbers[$0] == numbers[$1] && $0 > $1)
          })
        else { return .nan }
        return Double(best)
      },
      Builtin(
        name: "sorted", category: "math", parameters: [.required("xs")],
        purpose: "The numbers (or strings) of a list in increasing order.",
        example: "sorted([3, 1, 2])",
        zh: BuiltinText(purpose: "把列表中的数（或字符串）按升序排列。")
      ) { arguments in
        let value = try arguments.required("xs")
        if case .list(let items) = value,
          items.allSatisfy({ if case .string = $0 { true } else { false } })
        {
          let strings = items.compactMap {
            if case .string(let s) = $0 { s } else { nil }
          }
          return .list(strings.sorted().map { .string($0) })
        }
        return .list(
          try arguments.numbers("xs").sorted {
            $0 < $1 || ($1.isNaN && !$0.isNaN)
          }.map { .number($0) })
      },
      Builtin(
        name: "reversed", category: "math", parameters: [.required("xs")],
        purpose: "The items of a list in reverse order.",
        example: "reversed([1, 2, 3])",
        zh: BuiltinText(purpose: "把列表的各项倒序排列。")
      ) { arguments in
        let value = try arguments.required("xs")
        guard case .list(let items) = value else {
          throw arguments.typeError("xs", expected: "a list", got: value)
        }
        return .list(items.reversed())
      },
      Builtin(
        name: "keys", category: "math", parameters: [.required("record")],
        purpose: "The keys of a record, in order.",
        example: "keys({lr: 0.1, epochs: 20})",
        zh: BuiltinText(purpose: "记录的所有键，按原有顺序排列。")
      ) { arguments in
        let value = try arguments.required("record")
        guard case .record(let record) = value else {
          throw arguments.typeError("record", expected: "a record", got: value)
        }
        return .list(record.keys.map { .string($0) })
      },
      Builtin(
        name: "linspace", category: "math",
        parameters: [
          .required("start"), .required("stop"), .optional("n", 50),
        ],
        purpose: "n evenly spaced numbers from start to stop, both included.",
        example: "linspace(0, 1, 5)",
        zh: BuiltinText(purpose: "从start到stop（两端都包含）的n个等间距的数。")
      ) { arguments in
        let (start, stop, n) = try spacing(arguments)
        return .list(
          (0..<n).map {
            .number(
              n == 1
                ? start : start + (stop - start) * Double($0) / Double(n - 1))
          })
      },
      Builtin(
        name: "logspace", category: "math",
        parameters: [
          .required("start"), .required("stop"), .optional("n", 5),
        ],
        purpose:
          "n numbers from start to stop, evenly spaced on a log scale (for learning-rate sweeps).",
        example: "logspace(0.0001, 1, 5)",
        zh: BuiltinText(purpose: "从start到stop、在对数尺度上等间距的n个数（用于扫描学习率）。")
      ) { arguments in
        let (start, stop, n) = try spacing(arguments)
        guard start > 0, stop > 0 else {
          throw arguments.error("start and stop must be positive")
        }
        let (a, b) = (Foundation.log10(start), Foundation.log10(stop))
        return .list(
          (0..<n).map {
            .number(
              Foundation.pow(
                10, n == 1 ? a : a + (b - a) * Double($0) / Double(n - 1)))
          })
      },
    ]
  }

  private static func spacing(_ arguments: Arguments) throws -> (
    Double, Double, Int
  ) {
    let start = try arguments.number("start")
    let stop = try arguments.number("stop")
    let n = try arguments.int(
      "n", in: 1...arguments.interpreter.options.limits.collectionSize)
    guard start.isFinite, stop.isFinite else {
      throw arguments.error("start and stop must be finite")
    }
    return (start, stop, n)
  }

  private static func reduction(
    _ name: String, _ purpose: String, _ chinese: String, _ example: String,
    _ reduce: @escaping ([Double]) -> Double
  ) -> Builtin {
    Builtin(
      name: name, category: "math", parameters: [.required("xs")],
      purpose: purpose, example: example, zh: BuiltinText(purpose: chinese)
    ) {
      arguments in
      .number(reduce(try arguments.numbers("xs")))
    }
  }
}

/// The numbers `range(start, stop, step)` stands for, without the list:
/// the builtin makes the list from it, and a `for` loop over a call of
/// `range` visits the numbers one by one.
struct NumberRange {
  /// The first number.
  let start: Double
  /// The difference between neighbours.
  let step: Double
  /// How many numbers there are (at most the session's collection size).
  let count: Int

  /// Reads `range`'s arguments, with its messages for bad ones.
  init(_ arguments: Arguments) throws {
    var start = try arguments.number("start")
    var stop = 0.0
    if arguments.has("stop") && arguments.value("stop") != nil {
      stop = try arguments.number("stop")
    } else {
      stop = start
      start = 0
    }
    let step = try arguments.number("step")
    guard step != 0, step.isFinite, start.isFinite, stop.isFinite else {
      throw arguments.error(
        "start, stop and step must be finite, and step must not be 0")
    }
    let count = max(0, ((stop - start) / step).rounded(.up))
    let limit = arguments.interpreter.options.limits.collectionSize
    guard count <= Double(limit) else {
      throw arguments.error("too many numbers: at most \(limit)")
    }
    self.start = start
    self.step = step
    self.count = Int(count)
  }

  /// The number at `offset` in `0..<count`.
  subscript(offset: Int) -> Double { start + Double(offset) * step }
}
