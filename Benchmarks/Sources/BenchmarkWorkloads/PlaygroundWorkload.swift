@_spi(Benchmarks) import LabShell

/// The Playground at 100×35 with its largest network: one frame (reading
/// every neuron over the plane, then drawing), one epoch of training, and
/// its loop run for some seconds.
public final class PlaygroundWorkload {
  /// Terminal columns.
  public let width = 100
  /// Terminal rows.
  public let height = 35
  private let benchmark: PlaygroundBenchmark

  /// The largest network on the spiral, in colour.
  public init() throws {
    benchmark = try PlaygroundBenchmark(color: true)
  }

  /// Draws one frame; returns its size in bytes.
  public func frame() -> Int { benchmark.frame(width: width, height: height) }

  /// Trains one epoch; returns the epochs so far.
  public func epoch() -> Int { benchmark.epoch() }

  /// The loop's frame interval while training, in seconds.
  public var frameInterval: Double { PlaygroundBenchmark.frameInterval }

  /// Runs the Playground's own loop for `seconds`, training all along,
  /// with a key every `keyInterval` seconds: frames and key latencies
  /// counted, not modelled (LabShell's `PlaygroundBenchmark.LoopRun`, the
  /// one owner of what a run reports).
  @_spi(Benchmarks) public func loop(seconds: Double, keyInterval: Double)
    -> PlaygroundBenchmark.LoopRun
  {
    benchmark.runLoop(
      width: width, height: height, seconds: seconds, keyInterval: keyInterval)
  }
}
