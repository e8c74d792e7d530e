import LessonKit
import TermPlot

/// What the shell needs from the lesson language: `LessonKit.Session` seen
/// through a small protocol, so the shell can be tested with a fake engine.
///
/// `SessionEngine` adapts the real `Session`; the members mirror its API.
public protocol LessonEngine: AnyObject {
  /// Runs a cell or a prompt entry whose first line is line `line` of `file`,
  /// drawing its output at `size` (decided by the shell for this output).
  /// Output is streamed to `output` while it runs.
  func run(_ source: String, file: String, line: Int, size: RenderSize)
    -> CellOutcome
  /// Every problem the cells of `lesson` would meet before running —
  /// syntax errors, unknown builtins — without running them.
  func problems(in lesson: Lesson) -> [LessonFileProblem]
  /// True while `source` is an unfinished block or bracket.
  func needsMoreInput(_ source: String) -> Bool
  /// A fresh tracker for one entry at the prompt: fed each line as it is
  /// read, it says whether the entry so far is unfinished. The default
  /// re-checks the whole entry with `needsMoreInput(_:)` after each line;
  /// engines give one that looks only at the new line.
  func entryCompleteness() -> any EntryCompleteness
  /// Completion candidates for the word ending at `cursor` (in characters).
  func completions(line: String, cursor: Int) -> [String]
  /// Forgets every variable.
  func reset()
  /// The variables and a short description of each value, sorted by name.
  func variableSummaries() -> [(name: String, summary: String)]
  /// The help text of a builtin or variable; nil for an unknown name.
  func helpText(for name: String) -> String?
  /// The names of the language's builtins.
  var builtinNames: [String] { get }
  /// Receives output text as it is produced, in chunks ending with a newline.
  var output: (String) -> Void { get set }
  /// Polled by running code: returning true stops it at the next check.
  var isCancelled: @Sendable () -> Bool { get set }
  /// Receives progress of long work (training); nil when nobody shows it.
  var progress: ((ProgressUpdate) -> Void)? { get set }
  /// Draws training charts while they grow; nil when nobody shows them.
  var liveCharts: (any LiveChartDisplay)? { get set }
  /// The charts the last `run` drew, without an earlier run beside them.
  var lastDrawnCharts: [any Chart] { get }
  /// An earlier run's charts to show beside the next `run`'s (a rerun).
  var comparison: ChartComparison? { get set }
  /// Sets a variable to a value made outside the language (the
  /// Playground's `pg`).
  func define(_ name: String, as value: HostValue)
  /// The seed of the session's random generator (the Playground's too).
  var seed: UInt64 { get }
}

extension LessonEngine {
  /// An engine that draws no live charts.
  public var liveCharts: (any LiveChartDisplay)? {
    get { nil }
    set {}
  }

  /// An engine that draws no charts of its own.
  public var lastDrawnCharts: [any Chart] { [] }

  /// An engine without charts compares none.
  public var comparison: ChartComparison? {
    get { nil }
    set {}
  }

  /// An engine without variables of its own ignores them.
  public func define(_ name: String, as value: HostValue) {}

  /// The language's default seed.
  public var seed: UInt64 { 0 }

  /// Re-checks the whole entry after each line (quadratic in the number of
  /// lines; fine for short scripted entries).
  public func entryCompleteness() -> any EntryCompleteness {
    WholeEntryCompleteness(needsMoreInput: needsMoreInput)
  }
}

/// Decides, one line at a time, whether an entry typed at the prompt is
/// still unfinished (an open block or bracket, a trailing operator).
public protocol EntryCompleteness {
  /// Adds the next line of the entry.
  mutating func append(_ line: String)
  /// True while the lines so far are unfinished.
  var needsMoreInput: Bool { get }
  /// The blocks and brackets still open, outermost first.
  var openings: [InputCompleteness.Opening] { get }
  /// The operator or keyword the entry ends with that asks for more
  /// (`+`, `=`, `and`), if any.
  var trailingOperator: String? { get }
}

extension EntryCompleteness {
  /// Nothing is known to be open.
  public var openings: [InputCompleteness.Opening] { [] }
  /// Nothing is known to trail.
  public var trailingOperator: String? { nil }
}

extension InputCompleteness: EntryCompleteness {}

/// Keeps the whole entry and asks `needsMoreInput` about all of it.
struct WholeEntryCompleteness: EntryCompleteness {
  let check: (String) -> Bool
  var source: String?
  private(set) var needsMoreInput = false

  init(needsMoreInput: @escaping (String) -> Bool) {
    self.check = needsMoreInput
  }

  mutating func append(_ line: String) {
    source = source.map { $0 + "\n" + line } ?? line
    needsMoreInput = check(source ?? "")
  }
}

/// The result of running one cell or prompt entry.
public struct CellOutcome: Equatable, Sendable {
  /// Everything the cell printed, for `--export`.
  public var transcript: String
  /// The charts it showed, in order, each with the size it was drawn at.
  public var charts: [ShownChart]
  /// The messages of `expect(...)` calls that failed.
  public var failedExpectations: [String]
  /// The error that stopped the cell, as a learner reads it (its first line
  /// says where and what; more lines may show the source); nil if none.
  public var error: String?
  /// True when the engine has already printed the error in full through
  /// `output` (with its source line and caret), so the shell does not repeat it.
  public var errorPrinted: Bool
  /// The error in one line without its file and line, for reports that
  /// name those already ("column 5: unknown name `lrr`"); nil to use the
  /// first line of `error`.
  public var errorMessage: String?
  /// The file line of the error, when known.
  public var errorLine: Int?
  /// True when Ctrl-C stopped the cell.
  public var cancelled: Bool

  /// Creates an outcome.
  public init(
    transcript: String = "", failedExpectations: [String] = [],
    error: String? = nil,
    errorPrinted: Bool = false, errorMessage: String? = nil,
    errorLine: Int? = nil,
    cancelled: Bool = false, charts: [ShownChart] = []
  ) {
    self.transcript = transcript
    self.charts = charts
    self.failedExpectations = failedExpectations
    self.error = error
    self.errorPrinted = errorPrinted
    self.errorMessage = errorMessage
    self.errorLine = errorLine
    self.cancelled = cancelled
  }

  /// True when the cell ran to the end with every expectation met.
  public var succeeded: Bool {
    error == nil && failedExpectations.isEmpty && !cancelled
  }
}
