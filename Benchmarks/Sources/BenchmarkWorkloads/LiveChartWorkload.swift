@_spi(Benchmarks) import LabShell
import LessonKit
import TermPlot

/// A fit drawn live at 120×40, against the same fit without: the frames a
/// second the shell keeps up and what drawing costs the training.
///
/// The frames go through the shell's own `LiveChartView` (throttled by the
/// wall clock, diffed by `LiveRegion`) into a sink that counts the bytes,
/// so the figure is TrainLab's side of the work; the terminal's drawing is
/// not in it.
public struct LiveChartWorkload: Sendable {
  /// The cell: a 2-16-16-2 MLP on 400 moons, batch 32.
  public let source: String
  /// The size of a terminal of 120×40.
  public let size = RenderSize.forTerminal(columns: 120, rows: 40)
  /// The terminal's rows.
  public let rows = 40

  /// A fit of `epochs` epochs.
  public init(epochs: Int = 600) {
    source =
      "h = fit(mlp([2, 16, 16, 2], seed=1), moons(n=400, seed=1), epochs=\(epochs), batch=32, seed=1)"
  }

  /// Runs the fit once, live or not; returns its wall time, the frames
  /// drawn and the bytes written.
  public func run(live: Bool) -> (seconds: Double, frames: Int, bytes: Int) {
    let session = Session(options: SessionOptions(seed: 1))
    session.output = { _ in }
    var bytes = 0
    let view = LiveChartView(
      size: size, options: .color, screenRows: rows,
      write: { bytes += $0.utf8.count }, willDraw: {})
    if live { session.liveCharts = view }
    let start = Timing.now()
    let result = session.run(source, origin: .prompt, size: size)
    let seconds = Timing.now() - start
    precondition(result.error == nil, "the benchmark's fit failed")
    return (seconds, view.frames, bytes)
  }
}
