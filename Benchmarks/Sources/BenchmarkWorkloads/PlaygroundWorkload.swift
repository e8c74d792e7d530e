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
  /// counted, not modelled.
  public func loop(seconds: Double, keyInterval: Double) -> LoopRun {
    let run = benchmark.runLoop(
      width: width, height: height, seconds: seconds, keyInterval: keyInterval)
    return LoopRun(
      frames: run.frames, epochs: run.epochs, bytes: run.bytes,
      seconds: run.seconds, keyLatencies: run.keyLatencies)
  }

  /// What a run of the loop did (`PlaygroundBenchmark.LoopRun`).
  public struct LoopRun: Sendable {
    public var frames: Int
    public var epochs: Int
    public var bytes: Int
    public var seconds: Double
    public var keyLatencies: [Double]
  }
}
