extension Tensor {
  /// The same elements in a new shape.
  ///
  /// One dimension may be `-1`: it is inferred from the others.
  ///
  ///     try Tensor([1, 2, 3, 4, 5, 6]).reshaped(to: [2, -1]).shape   // [2, 3]
  ///
  /// - Throws: `TrainKitError` when the new shape holds a different number of
  ///   elements, or has more than one `-1`.
  public func reshaped(to newShape: [Int]) throws -> Tensor {
    var target = newShape
    let inferred = newShape.indices.filter { newShape[$0] == -1 }
    guard inferred.count <= 1 else {
      throw TrainKitError(
        "reshaped(to:): shape \(describeShape(newShape)) may contain at most one -1"
      )
    }
    if let axis = inferred.first {
      let known = newShape.enumerated().filter { $0.offset != axis }.map(
        \.element)
      let product = try Tensor.elementCount(of: known)
      guard product > 0, count % product == 0 else {
        throw TrainKitError(
          "reshaped(to:): cannot reshape a tensor of shape \(describeShape(shape)) (\(count) elements) to \(describeShape(newShape))"
        )
      }
      target[axis] = count / product
    }
    guard try Tensor.elementCount(of: target) == count else {
      throw TrainKitError(
        "reshaped(to:): cannot reshape a tensor of shape \(describeShape(shape)) (\(count) elements) to \(describeShape(newShape))"
      )
    }
    let value = Tensor(uncheckedShape: target, scalars: scalars)
    let inputShape = shape
    return Tensor.recording(value, inputs: [self]) { g in
      [Tensor(uncheckedShape: inputShape, scalars: g.scalars)]
    }
  }

  /// The transpose of a matrix: shape `[m, n]` becomes `[n, m]`.
  /// - Throws: `TrainKitError` unless the tensor has rank 2.
  public func transposed() throws -> Tensor {
    guard rank == 2 else {
      throw TrainKitError(
        "transposed(): needs a matrix (rank 2), got shape \(describeShape(shape)); use permuted(_:) for other ranks"
      )
    }
    return try permuted([1, 0])
  }

  /// The dimensions reordered: dimension `i` of the result is dimension
  /// `axes[i]` of this tensor (NumPy's `transpose(axes)`).
  /// - Throws: `TrainKitError` unless `axes` is a permutation of `0..<rank`.
  public func permuted(_ axes: [Int]) throws -> Tensor {
    guard axes.count == rank, Set(axes) == Set(0..<rank) else {
      throw TrainKitError(
        "permuted(_:): \(describeShape(axes)) is not a permutation of the \(rank) axes of shape \(describeShape(shape))"
      )
    }
    let value = permutedPlain(axes)
    var inverse = [Int](repeating: 0, count: rank)
    for (i, axis) in axes.enumerated() { inverse[axis] = i }
    return Tensor.recording(value, inputs: [self]) { g in
      [g.permutedPlain(inverse)]
    }
  }

  /// Permutes without checks or graph.
  func permutedPlain(_ axes: [Int]) -> Tensor {
    let newShape = axes.map { shape[$0] }
    if rank == 2 && axes == [1, 0] {
      let (m, n) = (shape[0], shape[1])
      var result = [Float](repeating: 0, count: count)
      for i in 0..<m {
        for j in 0..<n { result[j * m + i] = scalars[i * n + j] }
      }
      return Tensor(uncheckedShape: newShape, scalars: result)
    }
    var strides = [Int](repeating: 1, count: rank)
    for axis in Swift.stride(from: rank - 2, through: 0, by: -1) {
      strides[axis] = strides[axis + 1] * shape[axis + 1]
    }
    let sourceStrides = axes.map { strides[$0] }
    var result: [Float] = []
    result.reserveCapacity(count)
    var index = [Int](repeating: 0, count: rank)
    var offset = 0
    for _ in 0..<count {
      result.append(scalars[offset])
      var axis = rank - 1
      while axis >= 0 {
        index[axis] += 1
        offset += sourceStrides[axis]
        if index[axis] < newShape[axis] { break }
        offset -= sourceStrides[axis] * index[axis]
        index[axis] = 0
        axis -= 1
      }
    }
    return Tensor(uncheckedShape: newShape, scalars: result)
  }

  /// The size of one row (all dimensions after the first).
  var rowSize: Int { shape.dropFirst().reduce(1, *) }

  /// The rows (first-axis entries) in `range`.
  ///
  ///     try x.rows(2..<4)   // rows 2 and 3
  ///
  /// - Throws: `TrainKitError` for a scalar or a range outside `0..<shape[0]`.
  public func rows(_ range: Range<Int>) throws -> Tensor {
    guard rank > 0 else {
      throw TrainKitError("rows(_:): a scalar has no rows")
    }
    guard range.lowerBound >= 0 && range.upperBound <= shape[0] else {
      throw TrainKitError(
        "rows(_:): rows \(range.lowerBound)..<\(range.upperBound) are out of range for a tensor with \(shape[0]) rows"
      )
    }
    return try gatheringRows(Array(range))
  }

  /// The rows at `indices`, in that order (repeats allowed): how a minibatch is
  /// taken from a shuffled data set.
  ///
  /// The gradient is added back into the rows it came from.
  /// - Throws: `TrainKitError` for a scalar or an index outside `0..<shape[0]`.
  public func gatheringRows(_ indices: [Int]) throws -> Tensor {
    guard rank > 0 else {
      throw TrainKitError("gatheringRows(_:): a scalar has no rows")
    }
    let rows = shape[0]
    if let bad = indices.first(where: { $0 < 0 || $0 >= rows }) {
      throw TrainKitError(
        "gatheringRows(_:): row index \(bad) is out of range for a tensor with \(rows) rows"
      )
    }
    let size = rowSize
    let result = RowGather.gather(scalars, rowSize: size, indices: indices)
    var newShape = shape
    newShape[0] = indices.count
    let value = Tensor(uncheckedShape: newShape, scalars: result)
    let inputShape = shape
    return Tensor.recording(value, inputs: [self]) { g in
      var back = [Float](repeating: 0, count: rows * size)
      for (position, row) in indices.enumerated() {
        for j in 0..<size {
          back[row * size + j] += g.scalars[position * size + j]
        }
      }
      return [Tensor(uncheckedShape: inputShape, scalars: back)]
    }
  }

  /// Joins tensors along `axis`; all other dimensions must agree.
  ///
  ///     try Tensor.concatenating([a, b], alongAxis: 0)   // a's rows, then b's
  ///
  /// - Throws: `TrainKitError` for an empty list, ranks that differ, an axis
  ///   out of range, or other dimensions that differ (naming both shapes).
  public static func concatenating(_ tensors: [Tensor], alongAxis axis: Int = 0)
    throws -> Tensor
  {
    guard let first = tensors.first else {
      throw TrainKitError(
        "concatenating(_:alongAxis:): needs at least one tensor")
    }
    let (axis, _, _, inner) = try first.axisView(
      axis, "concatenating(_:alongAxis:)")
    for other in tensors.dropFirst() {
      var a = first.shape
      var b = other.shape
      guard a.count == b.count else {
        throw TrainKitError.shapeMismatch(
          "concatenating(_:alongAxis:)", first.shape, other.shape)
      }
      a[axis] = 0
      b[axis] = 0
      guard a == b else {
        throw TrainKitError.shapeMismatch(
          "concatenating(_:alongAxis:)", first.shape, other.shape)
      }
    }
    let outer = first.shape[..<axis].reduce(1, *)
    let sizes = tensors.map { $0.shape[axis] }
    var newShape = first.shape
    newShape[axis] = sizes.reduce(0, +)
    let total = try Tensor.elementCount(of: newShape)
    var result: [Float] = []
    result.reserveCapacity(total)
    for o in 0..<outer {
      for (tensor, size) in zip(tensors, sizes) {
        let chunk = size * inner
        result.append(
          contentsOf: tensor.scalars[(o * chunk)..<((o + 1) * chunk)])
      }
    }
    let value = Tensor(uncheckedShape: newShape, scalars: result)
    let shapes = tensors.map(\.shape)
    return recording(value, inputs: tensors) { g in
      var parts = shapes.map { [Float]().reserving($0.reduce(1, *)) }
      var position = 0
      for _ in 0..<outer {
        for (index, size) in sizes.enumerated() {
          let chunk = size * inner
          parts[index].append(
            contentsOf: g.scalars[position..<(position + chunk)])
          position += chunk
        }
      }
      return zip(shapes, parts).map { Tensor(uncheckedShape: $0, scalars: $1) }
    }
  }
}

extension Array {
  /// An empty array with room for `capacity` elements.
  fileprivate func reserving(_ capacity: Int) -> Array {
    var copy = self
    copy.reserveCapacity(capacity)
    return copy
  }
}

extension Tensor {
  /// Row `index` (negative counts from the end), with the first dimension
  /// removed: a matrix's row is a vector, a vector's entry a scalar.
  ///
  ///     let x = try Tensor(rows: [[1, 2], [3, 4]])
  ///     try x.row(-1).scalars   // [3, 4]
  ///
  /// - Throws: `TrainKitError` for a scalar or an index out of range.
  public func row(_ index: Int) throws -> Tensor {
    guard rank > 0 else { throw TrainKitError("row(_:): a scalar has no rows") }
    let i = index < 0 ? index + shape[0] : index
    guard i >= 0 && i < shape[0] else {
      throw TrainKitError(
        "row(_:): row \(index) is out of range for a tensor with \(shape[0]) rows"
      )
    }
    return try rows(i..<(i + 1)).reshaped(to: Array(shape.dropFirst()))
  }
}
