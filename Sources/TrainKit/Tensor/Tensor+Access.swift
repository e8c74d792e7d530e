extension Tensor {
  /// The element at `indices` (one per dimension; negative counts from the
  /// end).
  ///
  ///     let x = try Tensor(rows: [[1, 2], [3, 4]])
  ///     try x[1, 0]   // 3
  ///
  /// - Throws: `TrainKitError` for the wrong number of indices or one out of
  ///   range.
  public subscript(_ indices: Int...) -> Float {
    get throws { try scalar(at: indices) }
  }

  /// The element at `indices` (one per dimension; negative counts from the
  /// end).
  /// - Throws: `TrainKitError` for the wrong number of indices or one out of
  ///   range.
  public func scalar(at indices: [Int]) throws -> Float {
    guard indices.count == rank else {
      throw TrainKitError(
        "a tensor of shape \(describeShape(shape)) needs \(rank) indices, got \(indices.count)"
      )
    }
    var offset = 0
    for (axis, index) in indices.enumerated() {
      let i = index < 0 ? index + shape[axis] : index
      guard i >= 0 && i < shape[axis] else {
        throw TrainKitError(
          "index \(index) is out of range for axis \(axis) of size \(shape[axis])"
        )
      }
      offset = offset * shape[axis] + i
    }
    return scalars[offset]
  }

  /// The single value of a one-element tensor (PyTorch's `item()`).
  /// - Throws: `TrainKitError` when the tensor holds more or fewer than one
  ///   element.
  public func item() throws -> Float {
    guard count == 1 else {
      throw TrainKitError(
        "item(): needs a tensor with one element, got shape \(describeShape(shape))"
      )
    }
    return scalars[0]
  }

  /// Whether every element is finite (no NaN, no ±inf).
  public var isFinite: Bool { scalars.allSatisfy(\.isFinite) }
}

extension Tensor: Equatable {
  /// Tensors are equal when their shapes and elements are; the autodiff graph
  /// is not compared.
  ///
  /// NaN is unequal to itself, as for `Float`.
  public static func == (lhs: Tensor, rhs: Tensor) -> Bool {
    lhs.shape == rhs.shape && lhs.scalars == rhs.scalars
  }
}

extension Tensor: CustomStringConvertible {
  /// A short, NumPy-like rendering: `tensor([[1.0, 2.0], [3.0, 4.0]])`,
  /// abbreviated with `…` beyond six entries per dimension.
  public var description: String {
    func render(_ axis: Int, _ offset: Int) -> String {
      if axis == rank { return "\(scalars[offset])" }
      let stride = shape[(axis + 1)...].reduce(1, *)
      let n = shape[axis]
      let shown = n <= 6 ? Array(0..<n) : [0, 1, 2, n - 3, n - 2, n - 1]
      var parts = shown.map { render(axis + 1, offset + $0 * stride) }
      if n > 6 { parts.insert("…", at: 3) }
      return "[" + parts.joined(separator: ", ") + "]"
    }
    return "tensor(\(count == 0 && rank == 0 ? "[]" : render(0, 0)))"
  }
}
