import Dispatch

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Wall-clock timings of repeated runs of one workload.
public struct Timing: Sendable {
  /// Seconds per run, one entry per trial (each trial may average several runs).
  public var seconds: [Double]

  /// Timings from seconds measured elsewhere (one entry per trial).
  public init(seconds: [Double]) {
    self.seconds = seconds
  }

  /// The fastest trial: the machine's capability when least disturbed.
  public var best: Double { seconds.min() ?? .nan }

  /// The median trial: what a user typically sees on this (shared) machine.
  public var median: Double {
    let sorted = seconds.sorted()
    guard !sorted.isEmpty else { return .nan }
    let mid = sorted.count / 2
    return sorted.count % 2 == 1
      ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
  }

  /// Runs `body` `trials` times, each trial repeating it until at least
  /// `minimumSeconds` have passed, after one untimed warm-up run.
  ///
  /// With `cpuClock` the calling thread's CPU time is used instead of the wall
  /// clock: steadier on a shared machine, but only meaningful when all the work
  /// runs on the calling thread.
  public static func measure(
    trials: Int, minimumSeconds: Double, cpuClock: Bool = false,
    _ body: () throws -> Void
  ) rethrows -> Timing {
    let now = cpuClock ? threadCPUTime : Timing.now
    try body()
    var seconds: [Double] = []
    for _ in 0..<max(1, trials) {
      var runs = 0
      let start = now()
      var elapsed = 0.0
      repeat {
        try body()
        runs += 1
        elapsed = now() - start
      } while elapsed < minimumSeconds
      seconds.append(elapsed / Double(runs))
    }
    return Timing(seconds: seconds)
  }

  /// CPU time of the calling thread, in seconds.
  public static func threadCPUTime() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
  }

  /// Monotonic time in seconds.
  public static func now() -> Double {
    Double(DispatchTime.now().uptimeNanoseconds) / 1e9
  }
}
