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
  /// The charts the cell showed, in order, each with its size.
  public var charts: [ShownChart]

  /// Creates a result.
  public init(
    transcript: String = "", failedExpectations: [String] = [],
    error: LessonError? = nil,
    cancelled: Bool = false, charts: [ShownChart] = []
  ) {
    self.transcript = transcript
    self.failedExpectations = failedExpectations
    self.error = error
    self.cancelled = cancelled
    self.charts = charts
  }

  /// True when the cell ran to the end without error, cancellation or failed expectation.
  public var succeeded: Bool {
    error == nil && !cancelled && failedExpectations.isEmpty
  }
}
