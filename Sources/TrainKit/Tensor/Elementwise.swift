/// The inner loops of TrainKit's tensor operations, on contiguous `[Float]`.
///
/// One of the few places with unsafe buffer pointers (docs/INTERNALS.md
/// lists them all): everything else works with whole tensors. Closures given
/// to these helpers are inlined at each call site (`@inline(__always)`), so an
/// elementwise operation compiles to one tight loop with no call per element.
enum Elementwise {
  /// `a + b` element by element (same lengths).
  static func add(_ a: [Float], _ b: [Float]) -> [Float] {
    zip(a, b) { $0 + $1 }
  }

  /// `f` applied to each element.
  @inline(__always)
  static func map(_ a: [Float], _ f: (Float) -> Float) -> [Float] {
    let n = a.count
    return [Float](unsafeUninitializedCapacity: n) { out, initialized in
      a.withUnsafeBufferPointer { pa in
        for i in 0..<n { out[i] = f(pa[i]) }
      }
      initialized = n
    }
  }

  /// `f` applied to pairs of elements at the same position (same lengths).
  @inline(__always)
  static func zip(_ a: [Float], _ b: [Float], _ f: (Float, Float) -> Float)
    -> [Float]
  {
    let n = a.count
    precondition(b.count == n, "Elementwise.zip: arrays of different lengths")
    return [Float](unsafeUninitializedCapacity: n) { out, initialized in
      a.withUnsafeBufferPointer { pa in
        b.withUnsafeBufferPointer { pb in
          for i in 0..<n { out[i] = f(pa[i], pb[i]) }
        }
      }
      initialized = n
    }
  }

  /// `f` applied to triples of elements at the same position (same lengths).
  @inline(__always)
  static func zip3(
    _ a: [Float], _ b: [Float], _ c: [Float],
    _ f: (Float, Float, Float) -> Float
  ) -> [Float] {
    let n = a.count
    precondition(
      b.count == n && c.count == n,
      "Elementwise.zip3: arrays of different lengths")
    return [Float](unsafeUninitializedCapacity: n) { out, initialized in
      a.withUnsafeBufferPointer { pa in
        b.withUnsafeBufferPointer { pb in
          c.withUnsafeBufferPointer { pc in
            for i in 0..<n { out[i] = f(pa[i], pb[i], pc[i]) }
          }
        }
      }
      initialized = n
    }
  }

  /// The strides of `shape` (row-major), padded on the left to `rank`
  /// dimensions, with 0 for every dimension that broadcasts (size 1 in
  /// `shape`, or missing) against `target`.
  static func broadcastStrides(of shape: [Int], against target: [Int]) -> [Int]
  {
    let rank = target.count
    var strides = [Int](repeating: 0, count: rank)
    var step = 1
    let offset = rank - shape.count
    for axis in Swift.stride(from: shape.count - 1, through: 0, by: -1) {
      strides[axis + offset] =
        (shape[axis] == 1 && target[axis + offset] != 1) ? 0 : step
      step *= shape[axis]
    }
    return strides
  }

  /// `f(a[...], b[...])` over `outShape`, reading `a` and `b` with NumPy
  /// broadcasting.
  ///
  /// Both shapes must broadcast to `outShape`.
  @inline(__always)
  static func broadcastZip(
    _ a: [Float], _ aShape: [Int], _ b: [Float], _ bShape: [Int],
    outShape: [Int],
    _ f: (Float, Float) -> Float
  ) -> [Float] {
    if aShape == bShape { return zip(a, b, f) }
    let total = outShape.reduce(1, *)
    if b.count == 1 && a.count == total {
      let s = b[0]
      return map(a) { f($0, s) }
    }
    if a.count == 1 && b.count == total {
      let s = a[0]
      return map(b) { f(s, $0) }
    }
    let rank = outShape.count
    let sa = broadcastStrides(of: aShape, against: outShape)
    let sb = broadcastStrides(of: bShape, against: outShape)
    let inner = outShape[rank - 1]
    let ia = sa[rank - 1]
    let ib = sb[rank - 1]
    return [Float](unsafeUninitializedCapacity: total) { out, initialized in
      a.withUnsafeBufferPointer { pa in
        b.withUnsafeBufferPointer { pb in
          var index = [Int](repeating: 0, count: rank)
          var offsetA = 0
          var offsetB = 0
          var o = 0
          while o < total {
            // The common cases (a row added to every row of a matrix, such
            // as a bias) as loops of unit stride, which vectorize.
            // Row pointers, so that the loop has no overflow-checked index
            // arithmetic (which kept it scalar). total > 0, so a, b and out
            // are non-empty here.
            if ia == 1 && ib == 1, let ra = pa.baseAddress,
              let rb = pb.baseAddress, let ro = out.baseAddress
            {
              let (rowA, rowB, rowOut) = (ra + offsetA, rb + offsetB, ro + o)
              for j in 0..<inner { rowOut[j] = f(rowA[j], rowB[j]) }
            } else if ia == 1 && ib == 0, let ra = pa.baseAddress,
              let ro = out.baseAddress
            {
              let y = pb[offsetB]
              let (rowA, rowOut) = (ra + offsetA, ro + o)
              for j in 0..<inner { rowOut[j] = f(rowA[j], y) }
            } else {
              for j in 0..<inner {
                out[o + j] = f(pa[offsetA + j * ia], pb[offsetB + j * ib])
              }
            }
            o += inner
            // Advance the odometer over the outer dimensions.
            var axis = rank - 2
            while axis >= 0 {
              index[axis] += 1
              offsetA += sa[axis]
              offsetB += sb[axis]
              if index[axis] < outShape[axis] { break }
              offsetA -= sa[axis] * index[axis]
              offsetB -= sb[axis] * index[axis]
              index[axis] = 0
              axis -= 1
            }
          }
        }
      }
      initialized = total
    }
  }

  /// Sums `gradient` (shaped `gradientShape`) over the dimensions along which
  /// `shape` was broadcast, giving a gradient shaped like `shape`: the
  /// adjoint of broadcasting.
  static func reduce(
    _ gradient: [Float], from gradientShape: [Int], to shape: [Int]
  ) -> [Float] {
    if gradientShape == shape { return gradient }
    let count = shape.reduce(1, *)
    let total = gradient.count
    if count == 1 {
      var sum: Float = 0
      gradient.withUnsafeBufferPointer { pg in
        for i in 0..<total { sum += pg[i] }
      }
      return [sum]
    }
    let rank = gradientShape.count
    let strides = broadcastStrides(of: shape, against: gradientShape)
    let inner = gradientShape[rank - 1]
    let innerStride = strides[rank - 1]
    var result = [Float](repeating: 0, count: count)
    result.withUnsafeMutableBufferPointer { pr in
      gradient.withUnsafeBufferPointer { pg in
        var index = [Int](repeating: 0, count: rank)
        var offset = 0
        var o = 0
        while o < total {
          if innerStride == 1, let rr = pr.baseAddress,
            let rg = pg.baseAddress
          {
            let (row, source) = (rr + offset, rg + o)
            for j in 0..<inner { row[j] += source[j] }
          } else {
            for j in 0..<inner { pr[offset + j * innerStride] += pg[o + j] }
          }
          o += inner
          var axis = rank - 2
          while axis >= 0 {
            index[axis] += 1
            offset += strides[axis]
            if index[axis] < gradientShape[axis] { break }
            offset -= strides[axis] * index[axis]
            index[axis] = 0
            axis -= 1
          }
        }
      }
    }
    return result
  }

  /// Sums along the middle dimension of `a` viewed as `[outer, n, inner]`,
  /// giving `[outer, inner]`.
  static func sum(_ a: [Float], outer: Int, n: Int, inner: Int) -> [Float] {
    var result = [Float](repeating: 0, count: outer * inner)
    result.withUnsafeMutableBufferPointer { pr in
      a.withUnsafeBufferPointer { pa in
        for o in 0..<outer {
          for k in 0..<n {
            let base = (o * n + k) * inner
            for i in 0..<inner { pr[o * inner + i] += pa[base + i] }
          }
        }
      }
    }
    return result
  }

  /// Repeats `a` (viewed as `[outer, inner]`) `n` times along a new middle
  /// dimension, giving `[outer, n, inner]`: the adjoint of `sum`.
  static func expand(_ a: [Float], outer: Int, n: Int, inner: Int) -> [Float] {
    let total = outer * n * inner
    return [Float](unsafeUninitializedCapacity: total) { out, initialized in
      a.withUnsafeBufferPointer { pa in
        for o in 0..<outer {
          for k in 0..<n {
            let base = (o * n + k) * inner
            for i in 0..<inner { out[base + i] = pa[o * inner + i] }
          }
        }
      }
      initialized = total
    }
  }

  /// The maximum along the middle dimension of `[outer, n, inner]` (n ≥ 1) and
  /// the index of its first occurrence.
  ///
  /// NaN wins over any number, so a NaN is never hidden.
  static func max(_ a: [Float], outer: Int, n: Int, inner: Int) -> (
    values: [Float], indices: [Int]
  ) {
    var values = [Float](repeating: -.infinity, count: outer * inner)
    var indices = [Int](repeating: 0, count: outer * inner)
    a.withUnsafeBufferPointer { pa in
      for o in 0..<outer {
        for i in 0..<inner {
          var best = pa[o * n * inner + i]
          var bestIndex = 0
          if !best.isNaN {
            for k in 1..<Swift.max(n, 1) {
              let v = pa[(o * n + k) * inner + i]
              if v.isNaN {
                best = v
                bestIndex = k
                break
              }
              if v > best {
                best = v
                bestIndex = k
              }
            }
          }
          values[o * inner + i] = best
          indices[o * inner + i] = bestIndex
        }
      }
    }
    return (values, indices)
  }

  /// C = op(A)·op(B) for row-major matrices, through `GEMM.multiply`.
  static func matmul(
    _ a: [Float], _ b: [Float], m: Int, n: Int, k: Int, transposeA: Bool,
    transposeB: Bool, addingRow bias: [Float]? = nil
  ) -> [Float] {
    let total = m * n
    if total == 0 { return [] }
    if k == 0 {
      guard let bias else { return [Float](repeating: 0, count: total) }
      return (0..<total).map { 0 + bias[$0 % n] }
    }
    return [Float](unsafeUninitializedCapacity: total) { out, initialized in
      a.withUnsafeBufferPointer { pa in
        b.withUnsafeBufferPointer { pb in
          (bias ?? []).withUnsafeBufferPointer { pBias in
            // Non-empty (m·n > 0, k > 0), so every base address exists.
            guard let pa = pa.baseAddress, let pb = pb.baseAddress,
              let pc = out.baseAddress
            else { return }
            GEMM.multiply(
              m: m, n: n, k: k,
              a: pa, lda: transposeA ? m : k, transposeA: transposeA,
              b: pb, ldb: transposeB ? k : n, transposeB: transposeB,
              c: pc, ldc: n, accumulate: false,
              bias: bias == nil ? nil : pBias.baseAddress)
          }
        }
      }
      initialized = total
    }
  }
}
