import Testing

@testable import TrainKit

@Suite struct TensorCreationTests {
  @Test func zerosOnesFull() throws {
    #expect(
      try Tensor.zeros(shape: [2, 3]).scalars == [Float](repeating: 0, count: 6)
    )
    #expect(try Tensor.ones(shape: [3]).scalars == [1, 1, 1])
    let full = try Tensor.full(shape: [2, 2], value: 7)
    #expect(full.shape == [2, 2] && full.scalars == [7, 7, 7, 7])
    #expect(try Tensor.zeros(shape: []).shape == [])
    #expect(try Tensor.zeros(shape: [0, 3]).count == 0)
  }

  @Test func negativeShapeThrows() {
    #expect(throws: TrainKitError("shape [2, -1] has a negative dimension")) {
      try Tensor.zeros(shape: [2, -1])
    }
  }

  @Test func arangeAndLinspace() throws {
    #expect(
      try Tensor.arange(0, 1, step: 0.25).scalars == [0, 0.25, 0.5, 0.75])
    #expect(try Tensor.arange(0, 3).scalars == [0, 1, 2])
    #expect(try Tensor.arange(3, 0, step: -1).scalars == [3, 2, 1])
    #expect(try Tensor.arange(1, 1).count == 0)
    #expect(throws: TrainKitError.self) { try Tensor.arange(0, 1, step: 0) }
    #expect(
      try Tensor.linspace(from: 0, to: 1, count: 5).scalars == [
        0, 0.25, 0.5, 0.75, 1,
      ])
    #expect(try Tensor.linspace(from: 2, to: 3, count: 1).scalars == [2])
    #expect(try Tensor.linspace(from: 2, to: 3, count: 0).count == 0)
  }

  @Test func fromRows() throws {
    let x = try Tensor(rows: [[1, 2, 3], [4, 5, 6]])
    #expect(x.shape == [2, 3])
    #expect(x.scalars == [1, 2, 3, 4, 5, 6])
    #expect(
      throws: TrainKitError(
        "Tensor(rows:): row 2 has 1 values, expected 2 like row 1")
    ) {
      try Tensor(rows: [[1, 2], [3]])
    }
  }

  @Test func randomIsSeeded() throws {
    var a = SeededGenerator(seed: 5)
    var b = SeededGenerator(seed: 5)
    let x = try Tensor.randomNormal(shape: [10, 10], using: &a)
    let y = try Tensor.randomNormal(shape: [10, 10], using: &b)
    #expect(x == y)
    let u = try Tensor.randomUniform(shape: [1000], low: -2, high: 3, using: &a)
    #expect(u.scalars.allSatisfy { $0 >= -2 && $0 < 3 })
    #expect(throws: TrainKitError.self) {
      try Tensor.randomNormal(shape: [2], std: -1, using: &a)
    }
  }

  @Test func scalarAccess() throws {
    let x = try Tensor(rows: [[1, 2], [3, 4]])
    #expect(try x[1, 0] == 3)
    #expect(try x[-1, -1] == 4)
    #expect(
      throws: TrainKitError("index 2 is out of range for axis 0 of size 2")
    ) { try x[2, 0] }
    #expect(
      throws: TrainKitError("a tensor of shape [2, 2] needs 2 indices, got 1")
    ) { try x[0] }
    #expect(try Tensor(scalar: 3).item() == 3)
    #expect(
      throws: TrainKitError(
        "item(): needs a tensor with one element, got shape [2, 2]")
    ) { try x.item() }
    #expect(x.description == "tensor([[1.0, 2.0], [3.0, 4.0]])")
  }
}

@Suite struct TensorShapeTests {
  let x = Tensor(uncheckedShape: [2, 3], scalars: [1, 2, 3, 4, 5, 6])

  @Test func reshape() throws {
    #expect(try x.reshaped(to: [3, 2]).shape == [3, 2])
    #expect(try x.reshaped(to: [-1]).shape == [6])
    #expect(try x.reshaped(to: [1, -1, 2]).shape == [1, 3, 2])
    #expect(
      throws: TrainKitError(
        "reshaped(to:): cannot reshape a tensor of shape [2, 3] (6 elements) to [4, 2]"
      )
    ) {
      try x.reshaped(to: [4, 2])
    }
    #expect(
      throws: TrainKitError(
        "reshaped(to:): cannot reshape a tensor of shape [2, 3] (6 elements) to [4, -1]"
      )
    ) {
      try x.reshaped(to: [4, -1])
    }
  }

  @Test func transposeAndPermute() throws {
    let t = try x.transposed()
    #expect(t.shape == [3, 2] && t.scalars == [1, 4, 2, 5, 3, 6])
    let cube = try Tensor(shape: [2, 3, 4], scalars: (0..<24).map(Float.init))
    let p = try cube.permuted([2, 0, 1])
    #expect(p.shape == [4, 2, 3])
    #expect(try p[3, 1, 2] == cube[1, 2, 3])
    #expect(try p[1, 0, 1] == cube[0, 1, 1])
    #expect(
      throws: TrainKitError(
        "transposed(): needs a matrix (rank 2), got shape [2, 3, 4]; use permuted(_:) for other ranks"
      )
    ) {
      try cube.transposed()
    }
    #expect(throws: TrainKitError.self) { try cube.permuted([0, 0, 1]) }
  }

  @Test(arguments: [1, 2, 3])
  func largeGatherMatchesRowByRowCopy(threads: Int) throws {
    // Big enough to be split over threads (RowGather.parallelMinimum).
    let (rows, size) = (300, 517)
    let source = (0..<(rows * size)).map { Float($0) }
    var rng = SeededGenerator(seed: 3)
    let indices = (0..<257).map { _ in rng.nextInt(below: rows) }
    let expected = indices.flatMap { source[($0 * size)..<(($0 + 1) * size)] }
    let gathered = RowGather.gather(
      source, rowSize: size, indices: indices, threads: threads)
    #expect(gathered == expected)
    let tensor = try Tensor(shape: [rows, size], scalars: source)
    #expect(try tensor.gatheringRows(indices).scalars == expected)
  }

  @Test func rowsAndGather() throws {
    #expect(try x.rows(1..<2).scalars == [4, 5, 6])
    #expect(try x.row(-1) == Tensor([4, 5, 6]))
    #expect(try Tensor([7, 8]).row(1) == Tensor(scalar: 8))
    #expect(
      throws: TrainKitError(
        "row(_:): row 2 is out of range for a tensor with 2 rows")
    ) {
      try x.row(2)
    }
    #expect(
      try x.gatheringRows([1, 0, 1]).scalars == [4, 5, 6, 1, 2, 3, 4, 5, 6])
    #expect(try x.gatheringRows([]).shape == [0, 3])
    #expect(
      throws: TrainKitError(
        "gatheringRows(_:): row index 2 is out of range for a tensor with 2 rows"
      )
    ) {
      try x.gatheringRows([0, 2])
    }
    #expect(
      throws: TrainKitError(
        "rows(_:): rows 1..<3 are out of range for a tensor with 2 rows")
    ) {
      try x.rows(1..<3)
    }
  }

  @Test func concatenate() throws {
    let y = try Tensor(shape: [1, 3], scalars: [7, 8, 9])
    #expect(
      try Tensor.concatenating([x, y]).scalars == [1, 2, 3, 4, 5, 6, 7, 8, 9])
    let z = try Tensor(shape: [2, 1], scalars: [0, 0])
    let c = try Tensor.concatenating([x, z], alongAxis: 1)
    #expect(c.shape == [2, 4] && c.scalars == [1, 2, 3, 0, 4, 5, 6, 0])
    #expect(
      throws: TrainKitError(
        "concatenating(_:alongAxis:): shapes [2, 3] and [2, 1] do not match")
    ) {
      try Tensor.concatenating([x, z], alongAxis: 0)
    }
  }
}

@Suite struct TensorArithmeticTests {
  @Test func broadcastShapes() {
    #expect(Tensor.broadcastShape([4, 1, 3], [5, 3]) == [4, 5, 3])
    #expect(Tensor.broadcastShape([], [2]) == [2])
    #expect(Tensor.broadcastShape([2, 3], [3, 2]) == nil)
  }

  @Test func broadcastingArithmetic() throws {
    let a = try Tensor(rows: [[1, 2, 3], [4, 5, 6]])
    let row = Tensor([10, 20, 30])
    let column = try Tensor(rows: [[1], [2]])
    #expect(try (a + row).scalars == [11, 22, 33, 14, 25, 36])
    #expect(try (a - column).scalars == [0, 1, 2, 2, 3, 4])
    #expect(try (a * column).scalars == [1, 2, 3, 8, 10, 12])
    #expect(try (row / a).scalars == [10, 10, 10, 2.5, 4, 5])
    #expect(try (column * row).shape == [2, 3])
    #expect(try (column * row).scalars == [10, 20, 30, 20, 40, 60])
    #expect((a * 2 + 1).scalars == [3, 5, 7, 9, 11, 13])
    #expect((1 - a).scalars == [0, -1, -2, -3, -4, -5])
    #expect((6 / a).scalars == [6, 3, 2, 1.5, 1.2, 1])
    #expect(
      throws: TrainKitError(
        "add: shapes [2, 3] and [2] cannot be broadcast together")
    ) {
      try a + Tensor([1, 2])
    }
  }

  @Test func elementwiseFunctions() throws {
    let x = Tensor([-2, 0, 4])
    #expect(x.abs().scalars == [2, 0, 4])
    #expect(x.pow(2).scalars == [4, 0, 16])
    #expect(Tensor([4, 9]).squareRoot().scalars == [2, 3])
    #expect(Tensor([0]).exp().scalars == [1])
    #expect(Tensor([1]).log().scalars == [0])
    #expect(try x.clamped(min: -1, max: 1).scalars == [-1, 0, 1])
    #expect(
      throws: TrainKitError(
        "clamped(min:max:): min 2.0 must not exceed max 1.0")
    ) {
      try x.clamped(min: 2, max: 1)
    }
  }

  @Test func reductions() throws {
    let a = try Tensor(rows: [[1, 5, 3], [4, 2, 6]])
    #expect(a.sum().scalars == [21])
    #expect(try a.sum(alongAxis: 0).scalars == [5, 7, 9])
    #expect(try a.sum(alongAxis: -1).scalars == [9, 12])
    #expect(try a.sum(alongAxis: 1, keepingDimension: true).shape == [2, 1])
    #expect(try a.mean().item() == 3.5)
    #expect(try a.mean(alongAxis: 1).scalars == [3, 4])
    #expect(try a.max().item() == 6)
    #expect(try a.max(alongAxis: 0).scalars == [4, 5, 6])
    #expect(try a.argmax(alongAxis: 1).scalars == [1, 2])
    #expect(try a.argmax() == 5)
    #expect(try a.min().item() == 1)
    #expect(try a.min(alongAxis: 1).scalars == [1, 2])
    #expect(try Tensor([3, 4]).norm().item() == 5)
    #expect(
      throws: TrainKitError(
        "sum(alongAxis:): axis 2 is out of range for a tensor of shape [2, 3] (rank 2)"
      )
    ) {
      try a.sum(alongAxis: 2)
    }
    #expect(throws: TrainKitError("mean(): the tensor of shape [0] is empty")) {
      try Tensor([]).mean()
    }
    #expect(try Tensor([1, .nan, 3]).max().item().isNaN)
  }

  @Test func matmul() throws {
    let a = try Tensor(rows: [[1, 2], [3, 4], [5, 6]])
    let b = try Tensor(rows: [[1, 0, 2], [0, 1, 3]])
    let c = try a.matmul(b)
    #expect(c.shape == [3, 3])
    #expect(c.scalars == [1, 2, 8, 3, 4, 18, 5, 6, 28])
    #expect(
      throws: TrainKitError("matmul: shapes [3, 2] and [3, 2] do not match")
    ) { try a.matmul(a) }
    #expect(
      try Tensor.zeros(shape: [2, 0]).matmul(Tensor.zeros(shape: [0, 3]))
        .scalars == [0, 0, 0, 0, 0, 0])
  }

  @Test func softmaxIsStable() throws {
    let logits = try Tensor(rows: [[1000, 0, -1000], [1, 2, 3]])
    let p = try logits.softmax()
    #expect(p.isFinite)
    #expect(try p[0, 0] == 1)
    let rowSums = try p.sum(alongAxis: 1).scalars
    #expect(rowSums.allSatisfy { Swift.abs($0 - 1) < 1e-6 })
    let logP = try logits.logSoftmax()
    #expect(logP.isFinite)
    #expect(try logP[0, 2] == -2000)
  }

  @Test func activationsForward() throws {
    let x = Tensor([-1, 0, 2])
    #expect(x.relu().scalars == [0, 0, 2])
    #expect(x.leakyRelu(slope: 0.1).scalars == [-0.1, 0, 2])
    #expect(Tensor([0]).sigmoid().scalars == [0.5])
    #expect(Tensor([-1000, 1000]).sigmoid().scalars == [0, 1])
    #expect(Tensor([0]).tanh().scalars == [0])
    // GELU(1) = Φ(1) = 0.8413447
    #expect(Swift.abs(Tensor([1]).gelu().scalars[0] - 0.841_344_7) < 1e-6)
  }
}
