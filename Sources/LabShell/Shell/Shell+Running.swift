extension Shell {
  /// Runs `source` in the engine, then reports its error, failed
  /// expectations or interruption.
  ///
  /// Ctrl-C while it runs stops it; the
  /// variables it set so far are kept.
  @discardableResult
  func execute(_ source: String, file: String, line: Int) -> CellOutcome {
    engine.width = display.columns
    interrupt.lower()
    progressLine.reset()
    let outcome = engine.run(source, file: file, line: line)
    if let chart = engine.lastCharts.last { lastChart = chart }
    record(
      source, cellLine: file.isEmpty ? nil : line, outcome: outcome,
      charts: engine.lastCharts)
    clearProgress()
    progressLine.reset()
    let interrupted = interrupt.take()
    if outcome.cancelled && display.interactive {
      write("\n")  // the terminal echoed ^C where the cursor was
    }
    emit(
      lines: OutcomeReport.lines(
        for: outcome, style: style, ascii: display.ascii))
    if interrupted && !outcome.cancelled {
      emit(style.dim("(Ctrl-C came after the cell had finished.)"))
    }
    return outcome
  }
}

/// The lines that report how a cell ended (nothing when it simply succeeded).
enum OutcomeReport {
  static func lines(for outcome: CellOutcome, style: TextStyle, ascii: Bool)
    -> [String]
  {
    var lines: [String] = []
    if outcome.cancelled {
      lines.append(
        style.error("Interrupted.")
          + " The cell stopped; the variables are kept.")
    }
    if let error = outcome.error, !outcome.errorPrinted {
      lines.append(style.error("error: ") + error)
    }
    for message in outcome.failedExpectations {
      lines.append(
        style.error(ascii ? "x expect failed: " : "✗ expect failed: ") + message
      )
    }
    return lines
  }
}
