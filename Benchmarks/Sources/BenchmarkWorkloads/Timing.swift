import Dispatch

/// Wall-clock timings of repeated runs of one workload.
public struct Timing: Sendable {
  /// Seconds per run, one entry per trial (each trial may average several runs).
  public var seconds: [Double]

  /// The fastest trial: the machine's capability when least disturbed.
  public var best: Double { seconds.min() ?? .nan }

  /// The median trial: what a user typically sees on this (shared) machine.
  public var median: Double {
    let sorted = seconds.sorted()
    guard !sorted.isEmpty else { return .nan }
    let mid = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
  }

  /// Runs `body` `trials` times, each trial repeating it until at least
  /// `minimumSeconds` have passed, after one untimed warm-up run.
  public static func measure(
    trials: Int, minimumSeconds: Double, _ body: () throws -> Void
  ) rethrows -> Timing {
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

  /// Monotonic time in seconds.
  public static func now() -> Double {
    Double(DispatchTime.now().uptimeNanoseconds) / 1e9
  }
}
