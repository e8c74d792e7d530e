extension Tensor {
  /// The matrix product of `[m, k]` and `[k, n]`, giving `[m, n]`, computed by
  /// `GEMM.multiply`.
  ///
  /// Its gradients are dA = dC·Bᵀ and dB = Aᵀ·dC.
  ///
  ///     let a = try Tensor(shape: [1, 2], scalars: [1, 2])
  ///     let b = try Tensor(shape: [2, 1], scalars: [3, 4])
  ///     try a.matmul(b).scalars   // [11]
  ///
  /// - Throws: `TrainKitError` unless both are matrices with matching inner
  ///   dimensions (naming both shapes).
  /// - Complexity: O(m·n·k).
  public func matmul(_ other: Tensor) throws -> Tensor {
    guard rank == 2, other.rank == 2, shape[1] == other.shape[0] else {
      throw TrainKitError.shapeMismatch("matmul", shape, other.shape)
    }
    let (m, k, n) = (shape[0], shape[1], other.shape[1])
    let value = Tensor(
      uncheckedShape: [m, n],
      scalars: Elementwise.matmul(
        scalars, other.scalars, m: m, n: n, k: k, transposeA: false,
        transposeB: false))
    guard node != nil || other.node != nil else { return value }
    let gradients = matmulGradients(other)
    return Tensor.recording(value, inputs: [self, other]) { g in
      gradients(g)
    }
  }

  /// The pullback of `self.matmul(other)`: dC ↦ [dC·otherᵀ, selfᵀ·dC].
  ///
  /// Only the gradients that can reach a parameter are computed (the first
  /// layer's dX = dC·Wᵀ would be wasted work); the other is a placeholder that
  /// `recording` drops.
  private func matmulGradients(_ other: Tensor) -> (Tensor) -> [Tensor] {
    let (m, k, n) = (shape[0], shape[1], other.shape[1])
    let a = other.node != nil ? detached() : Tensor(scalar: 0)
    let b = node != nil ? other.detached() : Tensor(scalar: 0)
    let (needA, needB) = (node != nil, other.node != nil)
    return { g in
      let unused = Tensor(scalar: 0)
      let da =
        needA
        ? Tensor(
          uncheckedShape: [m, k],
          scalars: Elementwise.matmul(
            g.scalars, b.scalars, m: m, n: k, k: n, transposeA: false,
            transposeB: true)) : unused
      let db =
        needB
        ? Tensor(
          uncheckedShape: [k, n],
          scalars: Elementwise.matmul(
            a.scalars, g.scalars, m: k, n: n, k: m, transposeA: true,
            transposeB: false)) : unused
      return [da, db]
    }
  }

  /// x·W + b for x `[m, k]`, W `[k, n]` and b `[n]`: the product with `bias`
  /// added to every row by GEMM as it stores each tile.
  ///
  /// The same values, bits and gradients as `try x.matmul(w) + b`, with one
  /// pass over the result, one array and one graph node fewer (`Linear`'s
  /// forward).
  ///
  /// Its gradients are dx = dC·Wᵀ, dW = xᵀ·dC and db = Σᵢ dC[i, ·].
  /// - Throws: `TrainKitError` unless the shapes are `[m, k]`, `[k, n]` and
  ///   `[n]`.
  /// - Complexity: O(m·n·k).
  func matmul(_ other: Tensor, addingRow bias: Tensor) throws -> Tensor {
    guard rank == 2, other.rank == 2, shape[1] == other.shape[0] else {
      throw TrainKitError.shapeMismatch("matmul", shape, other.shape)
    }
    let (m, k, n) = (shape[0], shape[1], other.shape[1])
    guard bias.shape == [n] else {
      throw TrainKitError.shapeMismatch("add", [m, n], bias.shape)
    }
    let value = Tensor(
      uncheckedShape: [m, n],
      scalars: Elementwise.matmul(
        scalars, other.scalars, m: m, n: n, k: k, transposeA: false,
        transposeB: false, addingRow: bias.scalars))
    guard node != nil || other.node != nil || bias.node != nil else {
      return value
    }
    let gradients = matmulGradients(other)
    return Tensor.recording(value, inputs: [self, other, bias]) { g in
      gradients(g) + [g.reduced(toShape: [n])]
    }
  }
}
