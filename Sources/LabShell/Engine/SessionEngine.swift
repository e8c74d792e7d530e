import LessonKit
import LineEditing
import Localization
import TermPlot

/// `LessonKit.Session` as the shell's `LessonEngine`.
public final class SessionEngine: LessonEngine {
  /// The session that runs the cells.
  public let session: Session

  /// Creates an engine over a new session with `options`.
  public init(options: SessionOptions) {
    session = Session(options: options)
  }

  public func run(
    _ source: String, file: String, line: Int, size: RenderSize
  ) -> CellOutcome {
    let result = session.run(
      source, origin: SourceOrigin(file: file, line: line), size: size)
    return CellOutcome(
      transcript: result.transcript,
      failedExpectations: result.failedExpectations,
      error: result.error?.description(width: size.width),
      errorPrinted: result.error.map {
        result.transcript.contains($0.description)
      } ?? false,
      errorMessage: result.error.map {
        String(Message("column \($0.column): \($0.message)"))
      },
      errorLine: result.error?.line, cancelled: result.cancelled,
      charts: result.charts)
  }

  public func problems(in lesson: Lesson) -> [LessonFileProblem] {
    session.problems(in: lesson)
  }

  public func needsMoreInput(_ source: String) -> Bool {
    session.needsMoreInput(source)
  }

  public func entryCompleteness() -> any EntryCompleteness {
    InputCompleteness()
  }

  public func completions(line: String, cursor: Int) -> [String] {
    session.completions(line: line, cursor: cursor)
  }

  public func reset() { session.reset() }

  public func variableSummaries() -> [(name: String, summary: String)] {
    session.variableSummaries()
  }

  public func helpText(for name: String) -> String? {
    session.helpText(for: name)
  }

  public var builtinNames: [String] { session.builtinNames }

  public var output: (String) -> Void {
    get { session.output }
    set { session.output = newValue }
  }

  public var isCancelled: @Sendable () -> Bool {
    get { session.isCancelled }
    set { session.isCancelled = newValue }
  }

  public var progress: ((ProgressUpdate) -> Void)? {
    get { session.progress }
    set { session.progress = newValue }
  }

  public var lastDrawnCharts: [any Chart] { session.lastDrawnCharts }

  public var comparison: ChartComparison? {
    get { session.comparison }
    set { session.comparison = newValue }
  }

  public var seed: UInt64 { session.options.seed }

  public func define(_ name: String, as value: HostValue) {
    session.define(name, as: value)
  }

  public var liveCharts: (any LiveChartDisplay)? {
    get { session.liveCharts }
    set { session.liveCharts = newValue }
  }
}

extension Lab {
  /// A fresh engine configured from the command line and the display (the
  /// size of each output is passed to each run).
  static func makeEngine(
    settings: LabSettings, display: ShellDisplay, headless: Bool
  ) -> LessonEngine {
    SessionEngine(
      options: SessionOptions(
        ascii: display.ascii,
        color: display.color,
        seed: settings.seed, datasetsDirectory: settings.datasetsFolder(),
        headless: headless,
        limits: EvaluationLimits(memoryBudget: settings.resolvedMemoryBudget)))
  }
}
