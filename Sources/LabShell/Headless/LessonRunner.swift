import LessonKit
import LineEditing
import Localization
import TermPlot

/// Runs every cell of a lesson in order without a prompt, printing prose,
/// code and outputs: `trainlab run`.
///
/// The run stops at the first cell that raises an error (later cells depend
/// on earlier ones); a failed `expect` is recorded and the run goes on.
public enum LessonRunner {
  /// Runs `lesson` in `engine`.
  ///
  /// - Parameters:
  ///   - lesson: The lesson.
  ///   - engine: A fresh engine (it is reset first).
  ///   - display: Width, colour and Unicode for prose and plots.
  ///   - interrupt: Ctrl-C stops the running cell and the run.
  ///   - write: Receives everything printed.
  /// - Returns: Each cell's output and every failure, with step and line.
  public static func run(
    _ lesson: Lesson, engine: LessonEngine, display: ShellDisplay,
    interrupt: InterruptFlag,
    write: @escaping (String) -> Void
  ) -> LessonRunReport {
    let clock = ContinuousClock()
    let start = clock.now
    let style = display.style
    let prose = ProseRenderer(
      width: display.proseColumns, style: style, ascii: display.ascii)
    let progress = ProgressIndicator(display: display, write: write)
    let breaker = LineBreaker(width: display.columns)
    let listing = CodeListing(
      width: display.columns, style: style, ascii: display.ascii)
    func emit(_ text: String) {
      progress.clear()
      for line in breaker.fit(text) { write(line + "\n") }
    }
    func underline(_ title: String, _ rule: String) -> String {
      String(
        repeating: rule, count: min(TextWidth.of(title), display.columns))
    }
    engine.reset()
    engine.output = { text in
      progress.clear()
      write(text)
    }
    engine.isCancelled = { [interrupt] in interrupt.isRaised }
    engine.progress = display.interactive ? progress.show : nil
    var report = LessonRunReport(title: lesson.title, path: lesson.path)

    emit(style.heading(lesson.title))
    emit(underline(lesson.title, display.ascii ? "=" : "═"))
    for case .prose(let text) in lesson.introduction {
      emit("")
      prose.render(text).forEach(emit)
    }
    var stopped = false
    for (index, step) in lesson.steps.enumerated() where !stopped {
      let title = StepTitle.header(
        index: index, count: lesson.steps.count, title: step.title)
      emit("")
      emit(style.heading(title))
      emit(underline(title, display.ascii ? "-" : "─"))
      for block in step.blocks where !stopped {
        emit("")
        switch block {
        case .prose(let text):
          prose.render(text).forEach(emit)
        case .cell(let cell):
          let bar = style.dim(display.ascii ? "| " : "│ ")
          for line in cell.source.split(
            separator: "\n", omittingEmptySubsequences: false)
          {
            listing.lines(String(line), gutter: bar, continuation: bar)
              .forEach(emit)
          }
          progress.reset()
          let outcome = engine.run(
            cell.source, file: lesson.path, line: cell.line,
            size: display.size())
          report.outputs[cell.closingLine] = outcome.transcript
          report.charts += outcome.charts.map {
            RunChart(step: index + 1, cellLine: cell.closingLine, shown: $0)
          }
          OutcomeReport.lines(for: outcome, style: style, ascii: display.ascii)
            .forEach(emit)
          let failure = { (message: String, line: Int) in
            LessonRunFailure(
              step: index + 1, stepTitle: StepTitle.short(step.title),
              path: lesson.path,
              line: line, message: message)
          }
          if let error = outcome.error {
            let firstLine = String(error.split(separator: "\n").first ?? "")
            report.failures.append(
              failure(
                outcome.errorMessage ?? firstLine,
                outcome.errorLine ?? cell.line))
            stopped = true
          } else if outcome.cancelled {
            // Lost output stops the run too; the command then says so
            // once, so the cell it stopped is not reported as interrupted.
            if Terminal.outputFailure == nil {
              report.failures.append(
                failure(String(Message("interrupted")), cell.line))
            }
            stopped = true
          }
          for message in outcome.failedExpectations {
            report.failures.append(
              failure(
                String(Message("expect failed: \(message)")),
                outcome.errorLine ?? cell.line))
          }
        }
      }
    }
    let skipped = lesson.cells.count - report.outputs.count
    if stopped && skipped > 0 {
      emit("")
      emit(
        style.error(String(Message("Stopped:")))
          + String(Message(" \(skipped) later cell(s) were not run.")))
    }
    let elapsed = start.duration(to: clock.now)
    report.seconds = elapsed.inSeconds
    return report
  }
}

/// What `LessonRunner.run` found.
public struct LessonRunReport: Sendable {
  /// The lesson's title.
  public var title: String
  /// The lesson file.
  public var path: String
  /// Each run cell's output, keyed by the line of its closing fence.
  public var outputs: [Int: String] = [:]
  /// Every error and failed expectation, in order.
  public var failures: [LessonRunFailure] = []
  /// Every chart the cells showed, in order, with its step.
  public var charts: [RunChart] = []
  /// Wall-clock seconds the run took.
  public var seconds: Double = 0

  /// Creates an empty report.
  public init(title: String, path: String) {
    self.title = title
    self.path = path
  }

  /// True when every cell ran and every expectation held.
  public var succeeded: Bool { failures.isEmpty }
}

/// A cell that raised an error or an `expect` that failed, with its place.
public struct LessonRunFailure: Equatable, Sendable, CustomStringConvertible {
  /// The step, from 1.
  public var step: Int
  /// The step's title.
  public var stepTitle: String
  /// The lesson file.
  public var path: String
  /// The file line.
  public var line: Int
  /// What went wrong.
  public var message: String

  /// Creates a failure.
  public init(
    step: Int, stepTitle: String, path: String, line: Int, message: String
  ) {
    self.step = step
    self.stepTitle = stepTitle
    self.path = path
    self.line = line
    self.message = message
  }

  /// `path:line: step 2 (Title): message`.
  public var description: String {
    "\(path):\(line): step \(step) (\(stepTitle)): \(message)"
  }
}
