import LessonKit
import TermPlot

/// Training charts drawn as they grow, in a `LiveRegion` above the progress
/// line: the shell's `LiveChartDisplay` for one output.
///
/// Frames are throttled by the wall clock (at most one per
/// `frameInterval`), so training runs at full speed between them; the final
/// frame is always drawn and stays, without the progress line, as ordinary
/// output.
///
/// Public for the benchmarks only (`@_spi(Benchmarks)`): frames a second
/// and the training's slowdown at 120×40.
public final class LiveChartView: LiveChartDisplay {
  /// The least time between two frames: 20 frames a second at most.
  static let frameInterval = Duration.milliseconds(50)

  private let region: LiveRegion
  private let size: RenderSize
  private let options: RenderOptions
  /// The terminal's rows: a frame must fit below the top of the screen.
  private let screenRows: Int
  private let clock = ContinuousClock()
  private var lastFrame: ContinuousClock.Instant?
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
    guard let lastFrame else { return true }
    return lastFrame.duration(to: clock.now) >= Self.frameInterval
  }

  public func show(_ chart: any Chart, final: Bool) {
    guard size.height + 1 < screenRows else { return }
    if frames == 0 { willDraw() }
    region.draw(
      Self.lines(
        chart, size: size, options: options, status: final ? nil : status))
    frames += 1
    lastFrame = clock.now
    if final { region.finish() }
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
    return text.split(separator: "\n", omittingEmptySubsequences: false).map(
      String.init) + (status.map { [$0] } ?? [])
  }
}
