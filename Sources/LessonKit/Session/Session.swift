import Localization
import TermPlot
import TrainKit

/// A running lesson language session: the variables, the builtins and the
/// random generator that cells share.
///
/// The shell creates one session per lesson (or prompt), runs cells with
/// `run(_:origin:)` and shows what `output` receives as it is produced.
///
///     let session = Session(options: SessionOptions(width: 72))
///     let result = session.run("x = 2\nx ** 10", origin: .prompt)
///     result.transcript   // "1024\n"
public final class Session {
  /// Colours, seed, datasets folder, headless mode, limits, and the size
  /// of runs given none.
  public var options: SessionOptions {
    didSet { interpreter.options = options }
  }
  /// Receives output text as it is produced, in chunks ending with a newline.
  ///
  /// The default prints to standard output.
  public var output: (String) -> Void = { Swift.print($0, terminator: "") }
  /// Polled by loops and by `fit`; returning true stops the running cell.
  public var isCancelled: @Sendable () -> Bool {
    get { interpreter.isCancelled }
    set { interpreter.isCancelled = newValue }
  }
  /// Receives progress of long operations (`fit`, `cross_validate`).
  public var progress: ((ProgressUpdate) -> Void)? {
    get { interpreter.progress }
    set { interpreter.progress = newValue }
  }

  /// Draws the charts of `fit`, `minimize` and `cross_validate` while they
  /// train (the shell's live region on a terminal); nil for none.
  public var liveCharts: (any LiveChartDisplay)? {
    get { interpreter.liveCharts }
    set { interpreter.liveCharts = newValue }
  }

  let interpreter: Interpreter

  /// Creates a session with fresh variables and the generator seeded by
  /// `options.seed`.
  public init(options: SessionOptions) {
    self.options = options
    self.interpreter = Interpreter(
      options: options, builtins: BuiltinLibrary.all)
  }

  /// Runs a cell (or a line typed at the prompt).
  ///
  /// Output is streamed to
  /// `output` and also collected in the result's transcript. An error is
  /// not written to `output`: it is returned in the result, and the shell
  /// shows `error.description` (which includes the line and a caret).
  ///
  /// - Parameters:
  ///   - source: the cell's text.
  ///   - origin: where the cell's first line is, for error locations.
  ///   - size: the size its output is drawn at (the shell reads it afresh
  ///     for each output); nil for `options.size`.
  /// - Returns: the transcript, failed expectations, an error or
  ///   cancellation, and the charts shown.
  public func run(
    _ source: String, origin: SourceOrigin, size: RenderSize? = nil
  ) -> CellResult {
    var transcript = ""
    let sink = output
    interpreter.write = { text in
      transcript += text
      sink(text)
    }
    interpreter.size = size ?? options.size
    interpreter.beginCell()
    defer { interpreter.write = { _ in } }

    var parser = Parser(source)
    let program = parser.parseProgram()
    if let first = program.diagnostics.first {
      var message = first.message
      if program.diagnostics.count > 1 {
        let more = program.diagnostics.count - 1
        message += String(
          Message(" (and \(more) more problem\(more == 1 ? "" : "s") after it)")
        )
      }
      var error = LessonError(
        kind: .syntax, message: message, range: first.range, source: source,
        origin: origin)
      error.width = interpreter.size.width
      return CellResult(transcript: transcript, error: error)
    }
    var result = CellResult()
    let cell = CellSource(text: source, origin: origin)
    interpreter.currentSource = cell
    do {
      try interpreter.run(program.statements)
    } catch let error as RuntimeError {
      let place = error.source ?? cell
      var lessonError = LessonError(
        kind: .runtime, message: error.message, range: error.range,
        source: place.text, origin: place.origin)
      if let call = error.callSite {
        let site = LessonError(
          kind: .runtime, message: "", range: call, source: source,
          origin: origin)
        lessonError.callSite = LessonError.CallSite(
          file: site.file, line: site.line, column: site.column,
          sourceLine: site.sourceLine, length: site.length)
      }
      result.error = lessonError
    } catch is CellInterrupted {
      result.cancelled = true
    } catch {
      result.error = LessonError(
        kind: .runtime, message: "\(error)", file: origin.file,
        line: origin.line, column: 1,
        sourceLine: source.split(separator: "\n").first.map(String.init) ?? "",
        length: 1)
    }
    result.error?.width = interpreter.size.width
    result.charts = interpreter.shownCharts
    for message in interpreter.failedExpectations
    where !result.failedExpectations.contains(message) {
      result.failedExpectations.append(message)
    }
    result.transcript = transcript
    return result
  }

  /// True while `source` is an unfinished block or bracket, or ends with an
  /// operator: the shell then shows a secondary prompt and keeps reading.
  public func needsMoreInput(_ source: String) -> Bool {
    InputCompleteness.needsMoreInput(source)
  }

  /// Forgets every variable and re-seeds the random generator.
  public func reset() {
    interpreter.reset()
  }

  /// The variables and a one-line summary of each, sorted by name.
  public func variableSummaries() -> [(name: String, summary: String)] {
    interpreter.globals.sorted { $0.key < $1.key }.map { name, value in
      (name, interpreter.summary(of: value))
    }
  }

  /// The help text for a builtin, a variable or a language keyword; nil
  /// when `name` is unknown.
  public func helpText(for name: String) -> String? {
    interpreter.helpText(for: name)
  }

  /// The charts the last `run` drew, as drawn: its result's `charts`
  /// without the earlier run `comparison` put beside them.
  public var lastDrawnCharts: [any Chart] { interpreter.drawnCharts }

  /// An earlier run's charts, shown beside the charts of the next `run`.
  ///
  /// The k-th chart the run shows goes beside the k-th of `previous`, when
  /// both are of a kind that compares (line plots, tables). Set by the shell before
  /// it reruns a cell; nil shows charts alone.
  public var comparison: ChartComparison? {
    get { interpreter.comparison }
    set { interpreter.comparison = newValue }
  }

  /// Every problem of a lesson that can be found without running it
  /// (`LessonFile.checkCells(of:builtinNames:)`), and the errors of calls
  /// of a builtin marked `Builtin.checksLiteralCalls` whose arguments are
  /// all literals (`make_data([[1, 2]], [1e19])`), found by running that
  /// one call in a scratch interpreter, as it would run in the lesson.
  public func problems(in lesson: Lesson) -> [LessonFileProblem] {
    let scratch = Interpreter(options: options, builtins: BuiltinLibrary.all)
    return LessonFile.checkCells(
      of: lesson, builtinNames: builtinNames
    ) { name, call in
      guard scratch.builtins[name]?.checksLiteralCalls == true else {
        return nil
      }
      do {
        try scratch.run([.expression(call)])
        return nil
      } catch let error as RuntimeError {
        return error
      } catch {
        return nil
      }
    }
  }

  /// The names of every builtin, sorted.
  public var builtinNames: [String] {
    interpreter.builtins.keys.sorted()
  }
}
