import Localization
import TermPlot

extension Shell {
  /// Runs `source` in the engine, then reports its error, failed
  /// expectations or interruption.
  ///
  /// Ctrl-C while it runs stops it; the
  /// variables it set so far are kept.
  @discardableResult
  func execute(_ source: String, file: String, line: Int) -> CellOutcome {
    interrupt.lower()
    progressLine.reset()
    let size = display.size()
    startLiveCharts(size: size)
    let outcome = engine.run(source, file: file, line: line, size: size)
    stopLiveCharts()
    if !outcome.charts.isEmpty { lastCharts = outcome.charts }
    record(
      source, cellLine: file.isEmpty ? nil : line, outcome: outcome,
      charts: outcome.charts)
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
      emit(
        style.dim(String(Message("(Ctrl-C came after the cell had finished.)")))
      )
    }
    return outcome
  }
}

extension Shell {
  /// Gives the engine a live chart view for this output, when the display
  /// draws live charts.
  func startLiveCharts(size: RenderSize) {
    guard display.drawsLiveCharts, heldOutput == nil,
      let screen = display.terminal()
    else { return }
    let view = LiveChartView(
      size: size,
      options: RenderOptions(
        charset: display.ascii ? .ascii : .unicode, color: display.color),
      screenRows: screen.rows, write: writeControl,
      willDraw: { [weak self] in self?.progressLine.clear() })
    liveView = view
    engine.liveCharts = view
  }

  /// Takes the live chart view away after the output.
  func stopLiveCharts() {
    liveView?.stop()
    liveView = nil
    engine.liveCharts = nil
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
        style.error(String(Message("Interrupted.")))
          + String(Message(" The cell stopped; the variables are kept.")))
    }
    if let error = outcome.error, !outcome.errorPrinted {
      lines.append(style.errorLabel + error)
    }
    for message in outcome.failedExpectations {
      lines.append(
        style.error(
          ascii
            ? String(Message("x expect failed: "))
            : String(Message("✗ expect failed: "))) + message
      )
    }
    return lines
  }
}
