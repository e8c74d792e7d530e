import Testing

@testable import LessonKit

/// SplitMix64: a small deterministic generator for the test inputs.
struct TestGenerator: RandomNumberGenerator {
  var state: UInt64
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

/// Real cells, the seeds of mutation.
let sampleCells: [String] = [
  "lr = 0.1\nh = [1, 0.5, 0.25]\nh[-1]",
  "for lr in [0.01, 0.1, 1.0]:\n    print(lr, lr * 2)\nend",
  "if 0.05 < 0.1:\n    print(\"converged\")\nelif 2 < 1:\n    print(\"slow\")\nelse:\n    print(\"diverged\")\nend",
  "f = fn(x, y) => 0.1*x**2 + 2*y**2\nf(1, 2)",
  "expect(sum([1, 2]) == 3, \"sums add up\")",
  "r = {lr: 0.1, epochs: 20}\nr.lr * r[\"epochs\"]",
  "xs = range(10)\nys = []\nfor x in xs: ys = ys + [x ** 2] end\nmean(ys)",
  "i = 0\nwhile i < 5:\n  i = i + 1\n  if i == 3: break end\nend\ni",
  "scale = fn(a) => fn(x) => a * x\nscale(3)(4)",
  "print(round(3.14159, 2), max([1, 5, 2]), 'a' + str(1), len('abc'))",
  "s = linspace(0, 1, 5)\ns[1:3]",
  "help(round)\nseed(3)\ntype([1])",
  "d = moons(n=20, seed=1)\nh = fit(linear(2, 2, seed=1), d, epochs=1, batch=10)\nh.train_loss[-1]",
  "t = minimize(fn(x, y) => x**2 + y**2, start=[1, 2], optimizer=adam(lr=0.1), steps=3)\nt.end",
  "a = tensor([[1, 2], [3, 4]])\nb = a * 2 - 1\nmatmul(a, b)[0]",
]

/// Pieces of the language, for random token sequences.
let tokenVocabulary: [String] = [
  "x", "y", "lr", "f", "xs", "print", "range", "len", "sum", "fn", "for", "in",
  "if", "elif", "else", "end",
  "while", "break", "continue", "and", "or", "not", "true", "false", "none",
  "0", "1", "-1", "2.5", "1e400",
  "1e-3", "1e308", "9007199254740993", "'s'", "\"t\"", "'", "\"", "+", "-", "*",
  "/", "**", "^", "%", "==", "!=",
  "<", "<=", ">", ">=", "=", ",", ".", ":", "(", ")", "[", "]", "{", "}", "=>",
  "\n", ";", "#", "\\", " ",
  "range(5)", "[0] * 1000", "'ab' * 99", "fn(x) => x", "f(f)", "xs[0]",
  "xs[-1]", "xs[1:]", "{a: 1}", "$", "&&",
  "tensor", "zeros", "ones(3)", "moons(n=10)", "linear(2)", "sgd()", "d",
  "d.train", "1e12", "-1e9", "0.5",
]

/// One generated input.
func generatedInput(_ number: Int, using generator: inout TestGenerator)
  -> String
{
  switch number % 4 {
  case 0, 1:
    // A random token sequence.
    let count = Int.random(in: 1...14, using: &generator)
    return (0..<count).map { _ in
      tokenVocabulary.randomElement(using: &generator) ?? "x"
    }
    .joined(separator: Bool.random(using: &generator) ? " " : "")
  case 2:
    // A mutation of a real cell.
    var scalars = Array(
      (sampleCells.randomElement(using: &generator) ?? "").unicodeScalars)
    for _ in 0..<Int.random(in: 1...3, using: &generator) {
      let position = Int.random(in: 0...scalars.count, using: &generator)
      switch Int.random(in: 0..<5, using: &generator) {
      case 0 where !scalars.isEmpty:
        let end = min(
          scalars.count, position + Int.random(in: 1...6, using: &generator))
        scalars.removeSubrange(min(position, end)..<end)
      case 1:
        let piece = tokenVocabulary.randomElement(using: &generator) ?? "x"
        scalars.insert(contentsOf: piece.unicodeScalars, at: position)
      case 2 where scalars.count > 1:
        let other = Int.random(in: 0..<scalars.count, using: &generator)
        let here = min(position, scalars.count - 1)
        scalars.swapAt(here, other)
      case 3:
        scalars = Array(scalars.prefix(position))
      default:
        let start = Int.random(in: 0...scalars.count, using: &generator)
        let end = min(
          scalars.count, start + Int.random(in: 1...10, using: &generator))
        scalars.insert(contentsOf: scalars[start..<end], at: position)
      }
    }
    var text = ""
    text.unicodeScalars.append(contentsOf: scalars)
    return text
  default:
    // Random characters, mostly printable ASCII.
    let count = Int.random(in: 0...24, using: &generator)
    var text = ""
    for _ in 0..<count {
      let value: UInt32 =
        Bool.random(using: &generator)
        ? UInt32.random(in: 32...126, using: &generator)
        : [9, 10, 13, 0, 0x3B7, 0x1F600, 0xFEFF, 0x202E].randomElement(
          using: &generator) ?? 32
      text.unicodeScalars.append(Unicode.Scalar(value) ?? " ")
    }
    return text
  }
}

@Suite struct RobustnessTests {
  /// 4 shards × 25,000 inputs through lexer, parser and evaluator (and the
  /// prompt's helpers on every 8th), with tight limits; none may crash, and
  /// each must finish within a bound.
  @Test(arguments: 0..<4)
  func generatedInputsNeverCrashOrHang(shard: Int) {
    var generator = TestGenerator(state: 0xC0FFEE &+ UInt64(shard))
    let limits = EvaluationLimits(
      steps: 3_000, callDepth: 16, collectionSize: 5_000, tensorElements: 10_000
    )
    var session = makeSession(SessionOptions(limits: limits))
    let clock = ContinuousClock()
    var slowest = Duration.zero
    var outcomes = [0, 0, 0]  // succeeded, error, cancelled
    var problems: [String] = []
    for number in 0..<25_000 {
      if number % 500 == 0 {
        session = makeSession(SessionOptions(limits: limits))
      }
      let source = generatedInput(number, using: &generator)
      let started = clock.now
      if number % 8 == 0 {
        // The prompt's helpers (every 8th input, to keep a debug run short).
        var lexer = Lexer(source)
        if lexer.tokenize().last?.kind != .endOfInput {
          problems.append("no end token: \(source.debugDescription)")
        }
        _ = session.needsMoreInput(source)
        _ = session.completions(line: source, cursor: source.count / 2)
      }
      let result = session.run(source, origin: .prompt)
      let elapsed = clock.now - started
      slowest = max(slowest, elapsed)
      if result.cancelled {
        outcomes[2] += 1
      } else if let error = result.error {
        outcomes[1] += 1
        if error.message.isEmpty || error.line < 1 || error.column < 1 {
          problems.append("bad error \(error): \(source.debugDescription)")
        }
      } else {
        outcomes[0] += 1
      }
      if elapsed > .seconds(2) {
        problems.append("took \(elapsed): \(source.debugDescription)")
      }
    }
    #expect(problems == [])
    #expect(outcomes[0] > 1_000, "some inputs must run successfully")
    #expect(outcomes[1] > 1_000, "some inputs must fail")
    #expect(outcomes[2] == 0)
    #expect(slowest < .seconds(2))
  }
}
