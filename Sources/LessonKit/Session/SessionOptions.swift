/// How a session draws its output and where it finds its data.
public struct SessionOptions: Sendable, Equatable {
  /// Columns available for tables and charts.
  public var width: Int
  /// Rows available for a chart.
  public var height: Int
  /// Draw with ASCII only (no braille or block characters).
  public var ascii: Bool
  /// ANSI colour may be used.
  public var color: Bool
  /// The seed of the session's random generator (and of `reset()`).
  public var seed: UInt64
  /// The folder `dataset("name")` reads `name.csv` from.
  public var datasetsDirectory: String
  /// True under `trainlab run`: no terminal, failed expectations fail the run.
  public var headless: Bool
  /// Bounds on the work one cell may do.
  public var limits: EvaluationLimits

  /// Creates options; every parameter has a sensible default.
  public init(
    width: Int = 80, height: Int = 20, ascii: Bool = false, color: Bool = false,
    seed: UInt64 = 0, datasetsDirectory: String = "datasets",
    headless: Bool = false,
    limits: EvaluationLimits = EvaluationLimits()
  ) {
    self.width = width
    self.height = height
    self.ascii = ascii
    self.color = color
    self.seed = seed
    self.datasetsDirectory = datasetsDirectory
    self.headless = headless
    self.limits = limits
  }
}

/// Bounds on the work one cell may do, so no input can hang the shell or
/// exhaust memory.
///
/// Exceeding one stops the cell with an error naming it.
public struct EvaluationLimits: Sendable, Equatable {
  /// Evaluation steps (one per expression or statement evaluated) per cell.
  public var steps: Int
  /// Nested calls of `fn` functions (recursion depth).
  public var callDepth: Int
  /// Elements in one list, and characters in one string.
  public var collectionSize: Int
  /// Elements in one tensor.
  public var tensorElements: Int

  /// Creates limits; the defaults allow any sensible lesson.
  public init(
    steps: Int = 50_000_000, callDepth: Int = 64,
    collectionSize: Int = 1_000_000,
    tensorElements: Int = 50_000_000
  ) {
    self.steps = steps
    self.callDepth = callDepth
    self.collectionSize = collectionSize
    self.tensorElements = tensorElements
  }
}

/// Where a cell comes from, so errors name the lesson file and its line.
public struct SourceOrigin: Sendable, Equatable {
  /// The file name as shown to the learner; empty at the prompt.
  public var file: String
  /// The file line of the cell's first line.
  public var line: Int

  /// Creates an origin.
  public init(file: String, line: Int) {
    self.file = file
    self.line = line
  }

  /// A line typed at the prompt.
  public static let prompt = SourceOrigin(file: "", line: 1)
}

/// What running a cell produced.
public struct CellResult: Sendable, Equatable {
  /// Everything the cell output, in order (for `--export`).
  public var transcript: String
  /// The messages of the `expect(…)` calls that failed.
  public var failedExpectations: [String]
  /// The error that stopped the cell, if any.
  public var error: LessonError?
  /// True when Ctrl-C (`isCancelled`) stopped the cell.
  public var cancelled: Bool

  /// Creates a result.
  public init(
    transcript: String = "", failedExpectations: [String] = [],
    error: LessonError? = nil,
    cancelled: Bool = false
  ) {
    self.transcript = transcript
    self.failedExpectations = failedExpectations
    self.error = error
    self.cancelled = cancelled
  }

  /// True when the cell ran to the end without error, cancellation or failed expectation.
  public var succeeded: Bool {
    error == nil && !cancelled && failedExpectations.isEmpty
  }
}

/// Progress of a long operation (`fit`, a sweep), for the shell's progress line.
public struct ProgressUpdate: Sendable, Equatable {
  /// What is running: "fit", "cross_validate".
  public var label: String
  /// Units done so far (epochs, folds).
  public var completed: Int
  /// Units in all.
  public var total: Int
  /// A short status: "train_loss 0.213".
  public var detail: String

  /// Creates an update.
  public init(label: String, completed: Int, total: Int, detail: String = "") {
    self.label = label
    self.completed = completed
    self.total = total
    self.detail = detail
  }

  /// The fraction done, in 0...1.
  public var fraction: Double {
    total > 0 ? min(1, max(0, Double(completed) / Double(total))) : 0
  }
}
