import TermPlot
import TrainKit

/// The Playground's frame and epoch, without a terminal, for
/// `trainkit-bench playground` (Benchmarks/).
@_spi(Benchmarks) public final class PlaygroundBenchmark {
  private var state: PlaygroundState
  private let options: RenderOptions

  /// The largest network (all seven features, six hidden layers of eight)
  /// on the spiral, after `epochs` epochs.
  public init(color: Bool, epochs: Int = 5) throws {
    state = try PlaygroundState(seed: 1)
    state.settings.dataset = .spiral
    state.settings.features = FeatureMap.allCases
    state.settings.hidden = Array(
      repeating: PlaygroundSettings.maximumNeurons,
      count: PlaygroundSettings.maximumLayers)
    state.run = try PlaygroundRun(settings: state.settings)
    for _ in 0..<epochs { state.run.trainEpoch() }
    state.playing = true
    options = RenderOptions(charset: .unicode, color: color)
  }

  /// One frame as the loop draws it (reading the network, then drawing);
  /// returns its size in bytes.
  public func frame(width: Int, height: Int) -> Int {
    PlaygroundFrame.lines(
      state.snapshot, width: width, height: height, options: options
    ).reduce(0) { $0 + $1.utf8.count }
  }

  /// One epoch of training; returns the epochs done so far.
  public func epoch() -> Int {
    state.run.trainEpoch()
    return state.run.epoch
  }

  /// The longest a frame waits for training while playing, in seconds
  /// (the loop draws at most this often).
  public static var frameInterval: Double { PlaygroundLoop.frameSeconds }
}
