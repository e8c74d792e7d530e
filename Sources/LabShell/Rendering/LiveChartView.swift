import LessonKit
import TermPlot

/// Training charts drawn as they grow, in a `LiveRegion` above the progress
/// line: the shell's `LiveChartDisplay` for one output.
///
/// Frames are throttled by the wall clock, so training runs at full speed
/// between them: at most one per `frameInterval`, and fewer when frames
/// are slow to make (a loaded machine, a large chart), so that making them
/// takes at most `drawingShare` of the time — frames are dropped, never
/// epochs. The final frame is always drawn and stays, without the progress
/// line, as ordinary output.
///
/// Public for the benchmarks only (`@_spi(Benchmarks)`): frames a second
/// and the training's slowdown at 120×40.
public final class LiveChartView: LiveChartDisplay {
  /// The least time between two frames: 20 frames a second at most.
  static let frameInterval = Duration.milliseconds(50)
  /// The most of the training's time that making frames may take.
  static let drawingShare = 0.08

  private let region: LiveRegion
  private let size: RenderSize
  private let options: RenderOptions
  /// The terminal's rows: a frame must fit below the top of the screen.
  private let screenRows: Int
  private let clock = ContinuousClock()
  private var lastFrame: ContinuousClock.Instant?
  /// When the frame being made was asked for (its chart is built between
  /// `wantsFrame` and `show`).
  private var asked: ContinuousClock.Instant?
  /// What a frame has cost lately, from asking to drawn (smoothed).
  private var cost = Duration.zero
  /// Called before the first frame (to erase the one-line progress).
  private let willDraw: () -> Void
  /// The progress line drawn under the chart, when there is one.
  var status: String?
  /// Frames drawn so far.
  @_spi(Benchmarks) public private(set) var frames = 0

  /// Creates a view drawing at `size` on a screen of `screenRows` rows.
  @_spi(Benchmarks) public init(
    size: RenderSize, options: RenderOptions, screenRows: Int,
    write: @escaping (String) -> Void, willDraw: @escaping () -> Void
  ) {
    self.region = LiveRegion(write: write)
    self.size = size
    self.options = options
    self.screenRows = screenRows
    self.willDraw = willDraw
  }

  /// True while a frame that is not final is on screen.
  var isDrawing: Bool { region.isShown }

  public func wantsFrame() -> Bool {
    guard size.height + 1 < screenRows else { return false }
    let now = clock.now
    if let lastFrame,
      lastFrame.duration(to: now) < Self.gap(afterFramesCosting: cost)
    {
      return false
    }
    asked = now
    return true
  }

  public func show(_ chart: any Chart, final: Bool) {
    guard size.height + 1 < screenRows else { return }
    if frames == 0 { willDraw() }
    let start = asked ?? clock.now
    region.draw(
      Self.lines(
        chart, size: size, options: options, status: final ? nil : status))
    frames += 1
    let now = clock.now
    let took = start.duration(to: now)
    cost = frames == 1 ? took : (cost + took) / 2
    lastFrame = start
    asked = nil
    if final { region.finish() }
  }

  /// The least time from one frame's start to the next's when a frame
  /// costs `cost`: `frameInterval`, or longer so that frames take at most
  /// `drawingShare` of the time.
  static func gap(afterFramesCosting cost: Duration) -> Duration {
    max(frameInterval, cost / drawingShare)
  }

  /// Leaves what is on screen as it is (output follows it).
  func stop() {
    region.finish()
  }

  /// The lines of a frame: the chart as an output shows it, then `status`.
  ///
  /// A pure function of the chart, the size and the status line.
  static func lines(
    _ chart: any Chart, size: RenderSize, options: RenderOptions,
    status: String?
  ) -> [String] {
    let text = ShownChart(chart: chart, size: size).text(options: options)
    // Split as bytes: many times a second, and no line break is inside a
    // character.
    return text.utf8.split(
      separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false
    ).map { String(decoding: $0, as: UTF8.self) } + (status.map { [$0] } ?? [])
  }
}
