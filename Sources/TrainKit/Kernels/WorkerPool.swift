import Dispatch
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Fork-join for the kernels: runs `body(0) … body(parts − 1)` at once on
/// the calling thread and the pool's workers, and returns when all are done.
///
/// Why not `DispatchQueue.concurrentPerform` alone: a training step forks
/// a dozen times (each large matrix product, the minibatch gather, Adam's
/// loop), often for only 20–100 µs of work, and Dispatch wakes a parked
/// worker through a semaphore and a futex each time — about 10–15 µs per
/// fork here, and 5–7 % of a digits epoch's profile was the kernel's
/// scheduler. The pool's workers instead spin on an atomic counter for a
/// while after each job (`spinNanoseconds`), so the next fork of the same
/// step starts them within a microsecond, and only then sleep on a
/// semaphore: an idle shell costs no CPU.
///
/// One fork runs at a time. A fork that finds the pool busy (another thread
/// is forking, e.g. tests running in parallel) or that asks for a number of
/// parts other than workers + 1 is handed to `concurrentPerform` instead, so
/// callers never wait for each other and never nest.
///
/// Results cannot depend on the pool: every caller gives each part a fixed,
/// disjoint piece of work that is the same whichever thread runs it.
///
/// A pool lives as long as the process: each worker thread keeps it alive,
/// and a `DispatchSemaphore` must not be freed while a thread waits on it,
/// so there is deliberately no way to stop the workers. Worker threads are
/// started with pthreads (Linux); elsewhere the pool has none and every fork
/// goes to `concurrentPerform`.
final class WorkerPool: @unchecked Sendable {
  /// The pool of the kernels: one worker per processor beyond the first.
  static let shared = WorkerPool(workers: GEMM.defaultThreadCount - 1)

  /// How long a worker keeps polling for the next fork before it sleeps.
  static let spinNanoseconds: UInt64 = 300_000

  /// One worker's way of being woken from sleep.
  private final class Sleeper: Sendable {
    let isSleeping = Atomic<Bool>(false)
    let semaphore = DispatchSemaphore(value: 0)
  }

  private let sleepers: [Sleeper]
  /// Incremented once per fork; publishes `task` to the workers.
  private let generation = Atomic<Int>(0)
  /// Workers that have finished their part of the current fork.
  private let finished = Atomic<Int>(0)
  /// Taken by the thread that forks.
  private let busy = Atomic<Bool>(false)
  /// The current fork's body: written before `generation` is incremented,
  /// read by workers after they see the increment, cleared after every
  /// worker has reported in `finished`.
  private var task: (@Sendable (Int) -> Void)?

  /// Part `part` of `parts` near-equal runs of whole `unit`s that cover
  /// `0..<count` (the last unit may be partial): the split every parallel
  /// kernel gives its parts.
  ///
  /// A function of its arguments only, so the work each part does never depends
  /// on which thread runs it.
  static func share(
    _ part: Int, of parts: Int, count: Int, unit: Int = 1
  ) -> Range<Int> {
    let units = (count + unit - 1) / unit
    let lower = min(count, part * units / parts * unit)
    let upper = min(count, (part + 1) * units / parts * unit)
    return lower..<upper
  }

  /// Number of worker threads (parts per fork, minus the caller's).
  var workers: Int { sleepers.count }

  init(workers: Int) {
    sleepers = (0..<max(0, workers)).map { _ in Sleeper() }
    for index in sleepers.indices { start(worker: index) }
  }

  /// Runs `body(part)` for every part in `0..<parts`, concurrently, and
  /// returns when all have returned.
  func run(parts: Int, _ body: @Sendable (Int) -> Void) {
    if parts <= 1 {
      if parts == 1 { body(0) }
      return
    }
    guard parts == workers + 1,
      busy.compareExchange(
        expected: false, desired: true, ordering: .acquiring
      ).exchanged
    else {
      DispatchQueue.concurrentPerform(iterations: parts, execute: body)
      return
    }
    defer { busy.store(false, ordering: .releasing) }
    withoutActuallyEscaping(body) { body in
      task = body
      finished.store(0, ordering: .relaxed)
      generation.add(1, ordering: .sequentiallyConsistent)
      for sleeper in sleepers
      where sleeper.isSleeping.exchange(
        false, ordering: .sequentiallyConsistent)
      {
        sleeper.semaphore.signal()
      }
      body(0)
      var polls = 0
      while finished.load(ordering: .acquiring) < workers {
        polls &+= 1
        // A worker the system has descheduled: let it run.
        if polls & 0xFFF == 0 { sched_yield() }
      }
      task = nil
    }
  }

  private final class Start {
    let pool: WorkerPool
    let index: Int
    init(pool: WorkerPool, index: Int) {
      self.pool = pool
      self.index = index
    }
  }

  private func start(worker index: Int) {
    #if canImport(Glibc)
    let context = Unmanaged.passRetained(Start(pool: self, index: index))
    var thread = pthread_t()
    let status = pthread_create(
      &thread, nil,
      { raw in
        guard let raw else { return nil }
        let start = Unmanaged<Start>.fromOpaque(raw).takeRetainedValue()
        start.pool.workerLoop(start.index)
        return nil
      }, context.toOpaque())
    if status == 0 {
      pthread_detach(thread)
    } else {
      // No thread: this worker's part would never run. Forks fall back to
      // Dispatch, because `run` requires parts == workers + 1 and a pool
      // that cannot start its workers is marked busy for good.
      context.release()
      busy.store(true, ordering: .releasing)
    }
    #else
    busy.store(true, ordering: .releasing)
    #endif
  }

  private func workerLoop(_ index: Int) {
    let sleeper = sleepers[index]
    // 0, not a fresh load: a fork may already have been published before
    // this thread first runs, and it must still take its part.
    var seen = 0
    while true {
      seen = waitForFork(after: seen, sleeper: sleeper)
      runPart(index + 1)
      finished.add(1, ordering: .releasing)
    }
  }

  /// Runs the current task's part.
  ///
  /// Kept out of line on purpose: the copy of `task` it makes is released when
  /// it returns, before the worker reports in `finished`. Reading `task` in
  /// `workerLoop` instead could leave that reference alive when the forking
  /// thread's `withoutActuallyEscaping` ends, which traps.
  @inline(never)
  private func runPart(_ part: Int) {
    task?(part)
  }

  /// Polls `generation` until it differs from `seen`, then for a while
  /// longer, sleeping on the semaphore; returns the new generation.
  private func waitForFork(after seen: Int, sleeper: Sleeper) -> Int {
    var polls = 0
    var deadline: UInt64 = 0
    while true {
      let current = generation.load(ordering: .sequentiallyConsistent)
      if current != seen { return current }
      polls &+= 1
      if polls & 0x3FF != 0 { continue }
      let now = DispatchTime.now().uptimeNanoseconds
      if deadline == 0 {
        deadline = now &+ Self.spinNanoseconds
        continue
      }
      if now < deadline { continue }
      // Announce the sleep, then look once more: a fork that incremented
      // `generation` before seeing the flag is caught here; one that saw
      // the flag signals the semaphore.
      sleeper.isSleeping.store(true, ordering: .sequentiallyConsistent)
      if generation.load(ordering: .sequentiallyConsistent) != seen {
        if !sleeper.isSleeping.exchange(
          false, ordering: .sequentiallyConsistent)
        {
          sleeper.semaphore.wait()  // the fork's signal, already sent
        }
      } else {
        sleeper.semaphore.wait()
      }
      polls = 0
      deadline = 0
    }
  }
}
