extension Tensor {
  /// Checks `axis` (negative counts from the end, as in NumPy) and returns
  /// it normalised, with the `[outer, n, inner]` view of this tensor.
  func axisView(_ axis: Int, _ operation: String) throws -> (
    axis: Int, outer: Int, n: Int, inner: Int
  ) {
    guard rank > 0 else {
      throw TrainKitError("\(operation): a scalar has no axis \(axis)")
    }
    let normalised = axis < 0 ? axis + rank : axis
    guard normalised >= 0 && normalised < rank else {
      throw TrainKitError(
        "\(operation): axis \(axis) is out of range for a tensor of shape \(describeShape(shape)) (rank \(rank))"
      )
    }
    let outer = shape[..<normalised].reduce(1, *)
    let inner = shape[(normalised + 1)...].reduce(1, *)
    return (normalised, outer, shape[normalised], inner)
  }

  /// The shape after reducing `axis`, keeping it as 1 or dropping it.
  func reducedShape(_ axis: Int, keepingDimension: Bool) -> [Int] {
    var result = shape
    if keepingDimension { result[axis] = 1 } else { result.remove(at: axis) }
    return result
  }

  /// The sum of all elements, as a scalar tensor (0 for an empty tensor).
  public func sum() -> Tensor {
    let total = Elementwise.sum(scalars, outer: 1, n: count, inner: 1)
    let value = Tensor(uncheckedShape: [], scalars: total)
    let inputShape = shape
    return Tensor.recording(value, inputs: [self]) { g in
      [
        Tensor(
          uncheckedShape: inputShape,
          scalars: [Float](
            repeating: g.scalars[0], count: inputShape.reduce(1, *)))
      ]
    }
  }

  /// The sum along `axis` (negative counts from the end).
  ///
  ///     let x = try Tensor(shape: [2, 3], scalars: [1, 2, 3, 4, 5, 6])
  ///     try x.sum(alongAxis: 1).scalars   // [6, 15]
  ///
  /// - Parameters:
  ///   - axis: the axis to sum over; negative counts from the end.
  ///   - keepingDimension: keep the reduced axis with size 1, so the result
  ///     broadcasts against the input.
  /// - Returns: the sums, with `axis` removed (or of size 1).
  /// - Throws: `TrainKitError` when `axis` is out of range.
  public func sum(alongAxis axis: Int, keepingDimension: Bool = false) throws
    -> Tensor
  {
    let (axis, outer, n, inner) = try axisView(axis, "sum(alongAxis:)")
    let value = Tensor(
      uncheckedShape: reducedShape(axis, keepingDimension: keepingDimension),
      scalars: Elementwise.sum(scalars, outer: outer, n: n, inner: inner))
    let inputShape = shape
    return Tensor.recording(value, inputs: [self]) { g in
      [
        Tensor(
          uncheckedShape: inputShape,
          scalars: Elementwise.expand(
            g.scalars, outer: outer, n: n, inner: inner))
      ]
    }
  }

  /// The mean of all elements, as a scalar tensor.
  /// - Throws: `TrainKitError` for an empty tensor (its mean is undefined).
  public func mean() throws -> Tensor {
    guard count > 0 else {
      throw TrainKitError(
        "mean(): the tensor of shape \(describeShape(shape)) is empty")
    }
    return sum() / Float(count)
  }

  /// The mean along `axis` (negative counts from the end).
  /// - Throws: `TrainKitError` when `axis` is out of range or has size 0.
  public func mean(alongAxis axis: Int, keepingDimension: Bool = false) throws
    -> Tensor
  {
    let (normalised, _, n, _) = try axisView(axis, "mean(alongAxis:)")
    guard n > 0 else {
      throw TrainKitError(
        "mean(alongAxis:): axis \(normalised) of shape \(describeShape(shape)) is empty"
      )
    }
    return try sum(alongAxis: axis, keepingDimension: keepingDimension)
      / Float(n)
  }

  /// The largest element, as a scalar tensor.
  ///
  /// The gradient flows to the first position holding the maximum. A NaN
  /// anywhere gives NaN.
  /// - Throws: `TrainKitError` for an empty tensor.
  public func max() throws -> Tensor {
    try reshaped(to: [count]).max(alongAxis: 0)
  }

  /// The largest element along `axis`; the gradient flows to the first
  /// position holding each maximum.
  /// - Throws: `TrainKitError` when `axis` is out of range or has size 0.
  public func max(alongAxis axis: Int, keepingDimension: Bool = false) throws
    -> Tensor
  {
    let (axis, outer, n, inner) = try axisView(axis, "max(alongAxis:)")
    guard n > 0 else {
      throw TrainKitError(
        "max(alongAxis:): axis \(axis) of shape \(describeShape(shape)) is empty"
      )
    }
    let (values, indices) = Elementwise.max(
      scalars, outer: outer, n: n, inner: inner)
    let value = Tensor(
      uncheckedShape: reducedShape(axis, keepingDimension: keepingDimension),
      scalars: values)
    let inputShape = shape
    return Tensor.recording(value, inputs: [self]) { g in
      var result = [Float](repeating: 0, count: outer * n * inner)
      for o in 0..<outer {
        for i in 0..<inner {
          result[(o * n + indices[o * inner + i]) * inner + i] =
            g.scalars[o * inner + i]
        }
      }
      return [Tensor(uncheckedShape: inputShape, scalars: result)]
    }
  }

  /// The index of the largest element along `axis` (the first, on ties), as
  /// whole numbers held in `Float`.
  ///
  /// Not differentiable.
  ///
  ///     let logits = try Tensor(shape: [2, 3], scalars: [0, 5, 1, 7, 2, 3])
  ///     try logits.argmax(alongAxis: 1).scalars   // [1, 0]
  ///
  /// - Throws: `TrainKitError` when `axis` is out of range or has size 0.
  public func argmax(alongAxis axis: Int) throws -> Tensor {
    let (axis, outer, n, inner) = try axisView(axis, "argmax(alongAxis:)")
    guard n > 0 else {
      throw TrainKitError(
        "argmax(alongAxis:): axis \(axis) of shape \(describeShape(shape)) is empty"
      )
    }
    let indices = Elementwise.max(scalars, outer: outer, n: n, inner: inner)
      .indices
    return Tensor(
      uncheckedShape: reducedShape(axis, keepingDimension: false),
      scalars: indices.map(Float.init))
  }

  /// The flat index of the largest element (the first, on ties).
  /// - Throws: `TrainKitError` for an empty tensor.
  public func argmax() throws -> Int {
    guard count > 0 else {
      throw TrainKitError(
        "argmax(): the tensor of shape \(describeShape(shape)) is empty")
    }
    return Elementwise.max(scalars, outer: 1, n: count, inner: 1).indices[0]
  }
}

extension Tensor {
  /// The smallest element, as a scalar tensor; the gradient flows to the
  /// first position holding it.
  ///
  /// - Throws: `TrainKitError` for an empty tensor.
  public func min() throws -> Tensor {
    try -((-self).max())
  }

  /// The smallest element along `axis`; the gradient flows to the first
  /// position holding each minimum.
  ///
  /// - Throws: `TrainKitError` when `axis` is out of range or has size 0.
  public func min(alongAxis axis: Int, keepingDimension: Bool = false) throws
    -> Tensor
  {
    try -((-self).max(alongAxis: axis, keepingDimension: keepingDimension))
  }

  /// The Euclidean (Frobenius) norm √(Σ x²), as a scalar tensor.
  ///
  /// Its gradient x / ‖x‖ is NaN at the zero tensor, as √ is not
  /// differentiable at 0.
  public func norm() -> Tensor {
    pow(2).sum().squareRoot()
  }
}
