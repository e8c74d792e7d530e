import Testing

@testable import TrainKit

/// Every differentiable operation checked against central finite differences
/// (see `checkGradients`), on several shapes including broadcasting.
@Suite struct AutodiffGradientTests {
  static let broadcastPairs: [([Int], [Int])] = [
    ([3], [3]), ([2, 3], [2, 3]), ([2, 3], [3]), ([4, 1], [1, 5]),
    ([2, 1, 3], [4, 1]),
    ([], [2, 2]), ([3, 2], []), ([1], [2, 3]),
  ]

  @Test(arguments: broadcastPairs)
  func add(_ a: [Int], _ b: [Int]) throws {
    try checkGradients([randomInput(a, seed: 1), randomInput(b, seed: 2)]) {
      try $0[0] + $0[1]
    }
  }

  @Test(arguments: broadcastPairs)
  func subtract(_ a: [Int], _ b: [Int]) throws {
    try checkGradients([randomInput(a, seed: 3), randomInput(b, seed: 4)]) {
      try $0[0] - $0[1]
    }
  }

  @Test(arguments: broadcastPairs)
  func multiply(_ a: [Int], _ b: [Int]) throws {
    try checkGradients([randomInput(a, seed: 5), randomInput(b, seed: 6)]) {
      try $0[0] * $0[1]
    }
  }

  @Test(arguments: broadcastPairs)
  func divide(_ a: [Int], _ b: [Int]) throws {
    try checkGradients(
      [randomInput(a, seed: 7), randomInput(b, low: 0.5, high: 1.5, seed: 8)],
      step: 1e-3
    ) {
      try $0[0] / $0[1]
    }
  }

  /// Random broadcast-compatible shape pairs: rank 0…3, sizes 1…4, the
  /// second shape made by turning some of the first's dimensions into 1 and
  /// dropping some leading ones (and, half the time, swapping the two).
  static let randomPairs: [([Int], [Int])] = {
    var rng = SeededGenerator(seed: 77)
    return (0..<12).map { _ in
      let rank = rng.nextInt(below: 4)
      let a = (0..<rank).map { _ in 1 + rng.nextInt(below: 4) }
      var b = a.map { rng.nextInt(below: 2) == 0 ? 1 : $0 }
      b.removeFirst(rng.nextInt(below: b.count + 1))
      return rng.nextInt(below: 2) == 0 ? (a, b) : (b, a)
    }
  }()

  @Test(arguments: randomPairs)
  func randomBroadcastShapes(_ a: [Int], _ b: [Int]) throws {
    let x = randomInput(a, seed: 50)
    let y = randomInput(b, low: 0.5, high: 1.5, seed: 51)
    try checkGradients([x, y]) { try $0[0] + $0[1] }
    try checkGradients([x, y]) { try $0[0] - $0[1] }
    try checkGradients([x, y]) { try $0[0] * $0[1] }
    try checkGradients([x, y], step: 1e-3) { try $0[0] / $0[1] }
  }

  @Test func scalarOperators() throws {
    let x = randomInput([2, 3], low: 0.5, high: 1.5, seed: 9)
    try checkGradients([x]) { -$0[0] }
    try checkGradients([x]) { $0[0] + 2 }
    try checkGradients([x]) { 2 - $0[0] }
    try checkGradients([x]) { $0[0] * 3 }
    try checkGradients([x]) { $0[0] / 4 }
    try checkGradients([x], step: 1e-3) { 2 / $0[0] }
  }

  @Test(arguments: [[Int](), [5], [2, 3], [2, 3, 2]])
  func elementwise(_ shape: [Int]) throws {
    let x = randomInput(shape, seed: 10)
    let positive = randomInput(shape, low: 0.5, high: 2, seed: 11).abs()
      .detached()
    try checkGradients([x]) { $0[0].pow(2) }
    try checkGradients([x]) { $0[0].pow(3) }
    try checkGradients([positive], step: 1e-3) { $0[0].pow(-1.5) }
    try checkGradients([x]) { $0[0].exp() }
    try checkGradients([positive], step: 1e-3) { $0[0].log() }
    try checkGradients([positive], step: 1e-3) { $0[0].squareRoot() }
    try checkGradients([x]) { $0[0].abs() }
    try checkGradients([x]) { try $0[0].clamped(min: -1, max: 1) }
  }

  @Test(arguments: [[Int](), [5], [2, 3], [2, 3, 2]])
  func activations(_ shape: [Int]) throws {
    let x = randomInput(shape, seed: 12)
    try checkGradients([x]) { $0[0].sigmoid() }
    try checkGradients([x]) { $0[0].tanh() }
    try checkGradients([x]) { $0[0].relu() }
    try checkGradients([x]) { $0[0].leakyRelu(slope: 0.1) }
    try checkGradients([x]) { $0[0].gelu() }
  }

  @Test(arguments: [
    ([4], 0), ([2, 3], 1), ([2, 3], 0), ([2, 3, 2], 1), ([2, 3, 2], -1),
  ])
  func softmaxFamily(_ shape: [Int], _ axis: Int) throws {
    let x = randomInput(shape, seed: 13)
    try checkGradients([x], step: 1e-3) { try $0[0].softmax(alongAxis: axis) }
    try checkGradients([x], step: 1e-3) {
      try $0[0].logSoftmax(alongAxis: axis)
    }
  }

  @Test(arguments: [
    ([4], 0), ([2, 3], 1), ([2, 3], 0), ([2, 3, 2], 1), ([2, 3, 2], -1),
  ])
  func reductions(_ shape: [Int], _ axis: Int) throws {
    let x = randomInput(shape, seed: 14)
    try checkGradients([x]) { $0[0].sum() }
    try checkGradients([x]) { try $0[0].sum(alongAxis: axis) }
    try checkGradients([x]) {
      try $0[0].sum(alongAxis: axis, keepingDimension: true)
    }
    try checkGradients([x]) { try $0[0].mean() }
    try checkGradients([x]) { try $0[0].mean(alongAxis: axis) }
    // Distinct, well-separated values so the maximum does not move under ±step.
    let spaced = try Tensor(
      shape: shape,
      scalars: (0..<x.count).map { Float(($0 * 7) % x.count) * 0.1 })
    try checkGradients([spaced], step: 1e-3) { try $0[0].max() }
    try checkGradients([spaced], step: 1e-3) { try $0[0].max(alongAxis: axis) }
    try checkGradients([spaced], step: 1e-3) { try $0[0].min() }
    try checkGradients([spaced], step: 1e-3) { try $0[0].min(alongAxis: axis) }
    try checkGradients([x]) { $0[0].norm() }
  }

  @Test(arguments: [(1, 1, 1), (2, 3, 4), (5, 1, 3), (3, 4, 1)])
  func matmul(_ m: Int, _ k: Int, _ n: Int) throws {
    try checkGradients([
      randomInput([m, k], seed: 15), randomInput([k, n], seed: 16),
    ]) { try $0[0].matmul($0[1]) }
  }

  @Test func shapeOperations() throws {
    let x = randomInput([2, 3], seed: 17)
    try checkGradients([x]) { try $0[0].reshaped(to: [3, 2]) }
    try checkGradients([x]) { try $0[0].transposed() }
    try checkGradients([randomInput([2, 3, 4], seed: 18)]) {
      try $0[0].permuted([1, 2, 0])
    }
    try checkGradients([randomInput([4, 2], seed: 19)]) {
      try $0[0].rows(1..<3)
    }
    try checkGradients([randomInput([4, 2], seed: 19)]) { try $0[0].row(-2) }
    try checkGradients([randomInput([4, 2], seed: 20)]) {
      try $0[0].gatheringRows([3, 0, 3, 1])
    }
    try checkGradients([
      randomInput([2, 3], seed: 21), randomInput([1, 3], seed: 22),
    ]) {
      try Tensor.concatenating($0, alongAxis: 0)
    }
    try checkGradients([
      randomInput([2, 3], seed: 23), randomInput([2, 2], seed: 24),
    ]) {
      try Tensor.concatenating($0, alongAxis: 1)
    }
  }

  @Test func composedExpression() throws {
    // A small MLP-like expression: reuse of the same input (fan-out) sums gradients.
    let x = randomInput([3, 2], seed: 25)
    let w = randomInput([2, 4], seed: 26)
    let b = randomInput([4], seed: 27)
    try checkGradients([x, w, b], step: 1e-3) { v in
      let h = try (v[0].matmul(v[1]) + v[2]).tanh()
      return try h * h + v[2]
    }
  }
}

@Suite struct AutodiffBehaviourTests {
  @Test func gradientCheckCatchesAWrongGradient() throws {
    // An operation whose pullback is off by a factor of 2 must be reported.
    let x = randomInput([3], seed: 40)
    withKnownIssue {
      try checkGradients([x]) { v in
        let value = Tensor(
          uncheckedShape: v[0].shape, scalars: v[0].scalars.map { $0 * $0 })
        let input = v[0].detached()
        return Tensor.recording(value, inputs: [v[0]]) { g in
          [Tensor.plain(g, input) { $0 * $1 }]
        }
      }
    }
  }

  @Test func gradientsAccumulateUntilZeroed() throws {
    let w = Parameter(name: "w", value: Tensor([1, 2]))
    try (w.tracked * w.tracked).sum().backward()
    #expect(w.gradient?.scalars == [2, 4])
    try (w.tracked * w.tracked).sum().backward()
    #expect(w.gradient?.scalars == [4, 8])
    w.zeroGradient()
    #expect(w.gradient == nil)
    try (w.tracked * 3).sum().backward()
    #expect(w.gradient?.scalars == [3, 3])
  }

  @Test func backwardNeedsAScalarWithAGraph() throws {
    let w = Parameter(name: "w", value: Tensor([1, 2]))
    #expect(
      throws: TrainKitError(
        "backward(): the loss must be a single number, got a tensor of shape [2]; reduce it first, e.g. with sum() or mean()"
      )
    ) {
      try (w.tracked * 2).backward()
    }
    #expect(
      throws: TrainKitError(
        "backward(): this value does not depend on any tracked parameter, so there is no gradient to compute"
      )
    ) {
      try (w.value * 2).sum().backward()
    }
  }

  @Test func detachedStopsGradients() throws {
    let w = Parameter(name: "w", value: Tensor([3]))
    let y = try w.tracked * w.tracked.detached()
    #expect(y.requiresGradient)
    #expect(!w.tracked.detached().requiresGradient)
    try y.sum().backward()
    #expect(w.gradient?.scalars == [3])
  }

  @Test func matmulWithOnePlainSide() throws {
    // Only the tracked side gets (and computes) a gradient.
    let x = try Tensor(rows: [[1, 2], [3, 4], [5, 6]])
    let w = Parameter(name: "w", value: try Tensor(rows: [[1], [-1]]))
    try x.matmul(w.tracked).sum().backward()
    #expect(w.gradient?.scalars == [9, 12])
    let v = Parameter(name: "v", value: x)
    try v.tracked.matmul(try Tensor(rows: [[1], [-1]])).sum().backward()
    #expect(v.gradient?.scalars == [1, -1, 1, -1, 1, -1])
  }

  @Test(arguments: [(256, 256, 784), (7, 10, 5), (33, 65, 130)])
  func matmulAddingRowIsMatmulThenAddBitForBit(shape: (Int, Int, Int)) throws {
    // Linear's fused x·W + b: the same value and the same gradients, bit
    // for bit, as the two operations it replaces.
    let (m, n, k) = shape
    var rng = SeededGenerator(seed: 3)
    func random(_ shape: [Int]) throws -> Tensor {
      try Tensor(
        shape: shape,
        scalars: (0..<shape.reduce(1, *)).map { _ in
          Float.random(in: -1...1, using: &rng)
        })
    }
    let x = Parameter(name: "x", value: try random([m, k]))
    let w = Parameter(name: "w", value: try random([k, n]))
    let b = Parameter(name: "b", value: try random([n]))
    let upstream = try random([m, n])
    func run(_ fused: Bool) throws -> [[UInt32]] {
      for p in [x, w, b] { p.zeroGradient() }
      let y =
        fused
        ? try x.tracked.matmul(w.tracked, addingRow: b.tracked)
        : try x.tracked.matmul(w.tracked) + b.tracked
      try (y * upstream).sum().backward()
      let results = [y.scalars] + [x, w, b].map { $0.gradient?.scalars ?? [] }
      return results.map { $0.map(\.bitPattern) }
    }
    let fused = try run(true)
    let separate = try run(false)
    #expect(fused.count == 4 && fused.allSatisfy { !$0.isEmpty })
    #expect(fused == separate)
    #expect(
      throws: TrainKitError.self,
      performing: { try x.value.matmul(w.value, addingRow: Tensor([1])) })
  }

  @Test func plainValuesRecordNothing() throws {
    let w = Parameter(name: "w", value: Tensor([3]))
    #expect(!(try w.value * 2 + Tensor([1])).requiresGradient)
  }

  @Test func deepGraphDoesNotOverflowTheStack() throws {
    let w = Parameter(name: "w", value: Tensor([1]))
    var y = w.tracked
    for _ in 0..<50_000 { y = y + 0 }
    try y.sum().backward()
    #expect(w.gradient?.scalars == [1])
  }
}
