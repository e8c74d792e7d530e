import LineEditing
import TermPlot
import TrainKit

/// The Playground's frame, epoch and loop, without a terminal, for
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

  /// What a run of the Playground's own loop did.
  public struct LoopRun: Sendable {
    /// Frames drawn, epochs trained, bytes a terminal would have received.
    public var frames: Int
    public var epochs: Int
    public var bytes: Int
    /// The wall time of the run, in seconds.
    public var seconds: Double
    /// For each key pressed: seconds from the key's arrival to the end of
    /// the first frame drawn after it was handled.
    public var keyLatencies: [Double]
  }

  /// Runs the Playground's loop (`PlaygroundLoop.run`, as `playground`
  /// does) at `width`×`height` for about `seconds`, training all along,
  /// with a key (→ or ←, which change the selected layer and do not stop
  /// training) arriving every `keyInterval` seconds; then `q`.
  public func runLoop(
    width: Int, height: Int, seconds: Double, keyInterval: Double
  ) -> LoopRun {
    let screen = ModelScreen(
      columns: width, rows: height, seconds: seconds, keyInterval: keyInterval)
    let epochs = state.run.epoch
    let start = screen.clock.now
    PlaygroundLoop.run(&state, on: screen, options: options)
    return LoopRun(
      frames: screen.frames, epochs: state.run.epoch - epochs,
      bytes: screen.bytes, seconds: (screen.clock.now - start).inSeconds,
      keyLatencies: screen.latencies)
  }
}

/// A screen of a fixed size whose keys arrive on a timetable: it counts
/// frames and the bytes `FullScreen` would write for them.
private final class ModelScreen: PlaygroundScreen {
  let clock = ContinuousClock()
  let size: (columns: Int, rows: Int)
  private let start: ContinuousClock.Instant
  private let end: Duration
  private let keyInterval: Duration
  private var previous: [String] = []
  private var keys = 0
  /// When the key being answered arrived, until a frame shows it.
  private var waiting: ContinuousClock.Instant?
  private(set) var frames = 0
  private(set) var bytes = 0
  private(set) var latencies: [Double] = []

  init(columns: Int, rows: Int, seconds: Double, keyInterval: Double) {
    size = (columns, rows)
    start = clock.now
    end = .milliseconds(Int(seconds * 1000))
    self.keyInterval = .milliseconds(Int(keyInterval * 1000))
  }

  func draw(_ lines: [String]) {
    bytes +=
      FullScreen.frame(
        from: previous, to: lines, clean: TerminalOutput.cleanFullScreenLine
      ).utf8.count
    previous = lines
    frames += 1
    if let waiting {
      latencies.append((clock.now - waiting).inSeconds)
      self.waiting = nil
    }
  }

  func readKey(timeout milliseconds: Int?) -> KeyEvent {
    let now = clock.now - start
    if now >= end { return .key(.character("q")) }
    // The latest key due that has not been read.
    let due = keyInterval * (keys + 1)
    guard now >= due else { return .timeout }
    keys += 1
    waiting = start + due
    return .key(keys % 2 == 1 ? .right : .left)
  }
}
