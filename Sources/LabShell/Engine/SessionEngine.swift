import LessonKit
import LineEditing
import TermPlot

/// `LessonKit.Session` as the shell's `LessonEngine`.
public final class SessionEngine: LessonEngine {
  /// The session that runs the cells.
  public let session: Session

  /// Creates an engine over a new session with `options`.
  public init(options: SessionOptions) {
    session = Session(options: options)
  }

  public func run(_ source: String, file: String, line: Int) -> CellOutcome {
    let result = session.run(
      source, origin: SourceOrigin(file: file, line: line))
    return CellOutcome(
      transcript: result.transcript,
      failedExpectations: result.failedExpectations,
      error: result.error?.description(width: session.options.width),
      errorPrinted: result.error.map {
        result.transcript.contains($0.description)
      } ?? false,
      errorMessage: result.error.map { "column \($0.column): \($0.message)" },
      errorLine: result.error?.line, cancelled: result.cancelled)
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
    didSet {
      session.progress = progress
    }
  }

  public var lastCharts: [any Chart] { session.lastCharts }

  public var lastDrawnCharts: [any Chart] { session.lastDrawnCharts }

  public var comparison: ChartComparison? {
    get { session.comparison }
    set { session.comparison = newValue }
  }

  public var seed: UInt64 { session.options.seed }

  public func define(_ name: String, as value: HostValue) {
    session.define(name, as: value)
  }

  public var width: Int {
    get { session.options.width }
    set { session.options.width = newValue }
  }
}

extension Lab {
  /// A fresh engine configured from the command line and the display.
  static func makeEngine(
    settings: LabSettings, display: ShellDisplay, headless: Bool
  ) -> LessonEngine {
    // Plots get most of the terminal's height, between 10 and 24 rows.
    let rows =
      headless ? 20 : min(24, max(10, (Terminal.size(of: 1)?.rows ?? 30) - 10))
    return SessionEngine(
      options: SessionOptions(
        width: display.columns, height: rows, ascii: display.ascii,
        color: display.color,
        seed: settings.seed, datasetsDirectory: settings.datasetsFolder(),
        headless: headless,
        limits: EvaluationLimits(memoryBudget: settings.resolvedMemoryBudget)))
  }
}
