import Dispatch
import Synchronization
import Testing

@testable import TrainKit

#if canImport(Glibc)
import Glibc
#endif

/// The kernels' fork-join pool: every part runs exactly once per fork,
/// whether the workers are polling, asleep, or the pool is busy.
@Suite struct WorkerPoolTests {
  /// Each part adds its index + 1 to its own slot; returns the slots.
  static func fork(_ pool: WorkerPool, parts: Int) -> [Int] {
    let slots = Mutex([Int](repeating: 0, count: parts))
    pool.run(parts: parts) { part in
      slots.withLock { $0[part] += part + 1 }
    }
    return slots.withLock { $0 }
  }

  @Test func everyPartRunsOncePerFork() {
    let pool = WorkerPool(workers: 2)
    for _ in 0..<2000 {
      #expect(Self.fork(pool, parts: 3) == [1, 2, 3])
    }
  }

  @Test func forksAfterTheWorkersFellAsleep() {
    let pool = WorkerPool(workers: 1)
    for _ in 0..<3 {
      #expect(Self.fork(pool, parts: 2) == [1, 2])
      // Longer than the workers poll, so they sleep on their semaphore.
      usleep(UInt32(WorkerPool.spinNanoseconds / 1000 * 3))
    }
  }

  @Test func otherPartCountsAndConcurrentCallersStillRunEveryPart() {
    let pool = WorkerPool(workers: 1)
    #expect(Self.fork(pool, parts: 0) == [])
    #expect(Self.fork(pool, parts: 1) == [1])
    #expect(Self.fork(pool, parts: 5) == [1, 2, 3, 4, 5])
    let failures = Atomic<Int>(0)
    DispatchQueue.concurrentPerform(iterations: 8) { _ in
      for _ in 0..<200 where Self.fork(pool, parts: 2) != [1, 2] {
        failures.add(1, ordering: .relaxed)
      }
    }
    #expect(failures.load(ordering: .relaxed) == 0)
  }

  @Test func aForkInsideAPartRunsEveryInnerPart() {
    let pool = WorkerPool(workers: 1)
    let inner = Mutex([[Int]]())
    pool.run(parts: 2) { _ in
      let result = Self.fork(pool, parts: 2)
      inner.withLock { $0.append(result) }
    }
    #expect(inner.withLock { $0 } == [[1, 2], [1, 2]])
  }
}
