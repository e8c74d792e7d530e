import CKernels
import Dispatch

/// Copying whole rows: the minibatch gather of every training step.
enum RowGather {
  /// Rows `indices` of a row-major matrix with `rowSize` columns, stacked in
  /// that order.
  ///
  /// Every index must be in range (the caller checks).
  ///
  /// A minibatch of 256 rows of 784 floats, drawn at random from 60,000,
  /// misses the caches on nearly every row. Large gathers are split into
  /// contiguous runs of output rows copied on every core; each output
  /// element is a plain copy, so the split cannot change the result. The
  /// copy loop is C (`trainkit_gather_rows`) only to prefetch the rows four
  /// positions ahead, which Swift cannot express. Benchmarks/README.md has
  /// the timings.
  static func gather(
    _ source: [Float], rowSize: Int, indices: [Int],
    threads: Int = GEMM.defaultThreadCount
  ) -> [Float] {
    let count = indices.count * rowSize
    let parts = min(threads, count / parallelMinimum, indices.count)
    return [Float](unsafeUninitializedCapacity: count) { out, initialized in
      source.withUnsafeBufferPointer { src in
        indices.withUnsafeBufferPointer { rows in
          guard let s = src.baseAddress, let o = out.baseAddress,
            let r = rows.baseAddress
          else { return }
          let job = Job(source: s, output: o, rows: r, rowSize: rowSize)
          if parts <= 1 {
            job.copy(0..<indices.count)
          } else {
            let total = indices.count
            WorkerPool.shared.run(parts: parts) { part in
              job.copy(WorkerPool.share(part, of: parts, count: total))
            }
          }
        }
      }
      initialized = count
    }
  }

  /// Floats per thread below which the gather stays on the calling thread.
  static let parallelMinimum = 32_768

  /// `@unchecked Sendable` is safe: threads only read `source` and `rows`
  /// and write disjoint runs of `output`.
  private struct Job: @unchecked Sendable {
    let source: UnsafePointer<Float>
    let output: UnsafeMutablePointer<Float>
    let rows: UnsafePointer<Int>
    let rowSize: Int

    func copy(_ positions: Range<Int>) {
      rows.withMemoryRebound(to: CLong.self, capacity: positions.upperBound) {
        trainkit_gather_rows(
          source, output, $0, CLong(positions.lowerBound),
          CLong(positions.upperBound), CLong(rowSize))
      }
    }
  }
}
