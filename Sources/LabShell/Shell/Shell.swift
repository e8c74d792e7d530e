import LessonKit
import LineEditing
import Localization
import TermPlot
import TrainKit

/// The interactive shell: opens lessons, steps through their prose and cells,
/// runs shell commands, and evaluates every other line in the lesson's
/// variables.
///
/// It reads through a `LineReader` and writes through a closure, so tests
/// drive it with scripted lines and read back exactly what it printed:
///
/// ```swift
/// let shell = Shell(catalog: catalog, engine: engine, reader: script,
///                   display: .plain(width: 60), interrupt: InterruptFlag()) { out += $0 }
/// shell.run(opening: "1")
/// ```
///
/// A class because a shell is one running conversation: the engine's output
/// and progress closures call back into it.
public final class Shell {
  let engine: LessonEngine
  let reader: LineReader
  /// Size, colour, Unicode; `set height` and `set live` change it.
  var display: ShellDisplay
  let interrupt: InterruptFlag
  let write: (String) -> Void
  /// Where live-chart frames go (see `init`).
  let writeControl: (String) -> Void
  var catalog: LessonCatalog
  let reloadCatalog: (() throws(ShellError) -> LessonCatalog)?
  var current: OpenLesson?
  let progressLine: ProgressIndicator
  var finished = false
  /// The charts of the last output that showed any, for `save [K] FILE.svg`.
  var lastCharts: [ShownChart] = []
  /// The live chart of the running output, if it draws one.
  var liveView: LiveChartView?
  /// While cells run quietly (catching up before `step N`), the output
  /// they print, shown only if one fails.
  var heldOutput: String?
  /// Where `quit`, Ctrl-D or a hang-up remembers the lesson and step (`ResumePoint`); nil keeps
  /// nothing.
  public var resumeFile: String?
  /// The last entry of the lesson language the learner typed, for
  /// `edit last`.
  var lastEntry: String?
  /// The lesson cell whose one line was put into the prompt for editing
  /// in place; the next line entered replaces it.
  var pendingInPlaceEdit: LessonCell?
  /// The dependency graph, stale cells and history of runs
  /// (`Shell+Reactive.swift`).
  var reactive = ReactiveState()
  /// True while `rerun` works through the stale cells.
  var rerunning = false
  /// What ran to the end since the lesson was opened, for `save NAME.md`.
  var journal: [JournalEntry] = []

  /// The prompt for a new entry.
  public static let prompt = "lab> "
  /// The prompt while an entry continues (an open block or bracket).
  public static let continuationPrompt = "...> "

  /// Creates a shell.
  ///
  /// - Parameters:
  ///   - catalog: The lessons to list and open.
  ///   - reloadCatalog: Re-reads the lessons (so `lessons` and `open` see
  ///     edited files); nil keeps `catalog`.
  ///   - engine: Runs the lesson language.
  ///   - reader: Where lines come from.
  ///   - display: Width, colour, Unicode and whether output is a terminal.
  ///   - interrupt: The flag Ctrl-C raises; running cells stop when it is up.
  ///   - write: Receives everything the shell prints.
  ///   - writeControl: Receives the frames of live charts, whose escape
  ///     sequences are TrainLab's own and whose text is already cleaned
  ///     (`TerminalOutput.writeOwnControl`); `write` when nil.
  public init(
    catalog: LessonCatalog,
    reloadCatalog: (() throws(ShellError) -> LessonCatalog)? = nil,
    engine: LessonEngine, reader: LineReader, display: ShellDisplay,
    interrupt: InterruptFlag,
    write: @escaping (String) -> Void,
    writeControl: ((String) -> Void)? = nil
  ) {
    self.catalog = catalog
    self.reloadCatalog = reloadCatalog
    self.engine = engine
    self.reader = reader
    self.display = display
    self.interrupt = interrupt
    self.write = write
    self.writeControl = writeControl ?? write
    self.progressLine = ProgressIndicator(display: display, write: write)
    engine.output = { [weak self] text in
      guard let self else { return }
      if heldOutput != nil {
        heldOutput? += text
        return
      }
      clearProgress()
      write(text)
    }
    engine.isCancelled = { [interrupt] in interrupt.isRaised }
    if display.interactive {
      engine.progress = { [weak self] report in self?.showProgress(report) }
    }
    reader.completer = { [weak self] line, cursor in
      self?.completions(line: line, cursor: cursor) ?? []
    }
  }

  /// Shows the welcome (or opens `lesson`, a number or name, at `step`,
  /// running the cells before it), performs `command` if given
  /// (`present`, `playground`), and reads commands until `quit` or the
  /// end of input.
  ///
  /// Without a lesson or a command, it first offers to resume where the
  /// last `quit` left off (`resumeFile`).
  public func run(
    opening lesson: String? = nil, step: Int? = nil, then command: String? = nil
  ) {
    if let lesson {
      open(lesson)
      if let step, current != nil { jump(toStep: step) }
    } else if command == nil, !offerToResume() {
      showWelcome()
    }
    if let command { handle(command) }
    while !finished {
      // SIGTERM or SIGHUP: leave as on Ctrl-D (the caller exits with the
      // signal's status).
      if Termination.signal != nil {
        rememberPlace()
        break
      }
      switch reader.readLine(prompt: Self.prompt) {
      case .endOfInput:
        // Ctrl-D leaves as `quit` does, place remembered.
        rememberPlace()
        finished = true
      case .interrupted:
        continue
      case .line(let text):
        // What is typed or piped never reaches the terminal raw again.
        handle(TextFile.visible(text), typed: text)
      }
    }
  }

  /// Handles one entered line: a shell command, or the start of an entry in
  /// the lesson language (further lines are read while it is incomplete).
  ///
  /// The whole entry, however many lines, becomes one history entry
  /// (`typed` is its first line as read, before control characters were
  /// made visible).
  public func handle(_ line: String, typed: String? = nil) {
    var typedEntry = typed ?? line
    defer { reader.addToHistory(typedEntry) }
    if let command = ShellCommand(parsing: line) {
      perform(command)
      if command != .quit { noteVariableNamed(line) }
      return
    }
    if let edit = pendingInPlaceEdit {
      pendingInPlaceEdit = nil
      if runInPlaceEdit(line, of: edit) { return }
    }
    var source = line
    var entry = engine.entryCompleteness()
    entry.append(line)
    while entry.needsMoreInput {
      // A pasted block arrives faster than Ctrl-C can interrupt a read:
      // check the flag between lines, and drop the entry as an
      // interrupted read does.
      if interrupt.take() { return }
      switch reader.readLine(prompt: Self.continuationPrompt) {
      case .endOfInput:
        // The input ended inside a block or bracket: run what there is, so
        // the learner (or a script) sees the error naming what was left
        // open instead of losing the entry silently.
        finished = true
        lastEntry = source
        runEntry(source)
        return
      case .interrupted:
        return
      case .line(let more):
        typedEntry += "\n" + more
        let text = TextFile.visible(more)
        if text.allSatisfy(\.isWhitespace) { explainContinuation(entry) }
        source += "\n" + text
        entry.append(text)
      }
    }
    lastEntry = source
    runEntry(source)
  }

  /// Runs an entry typed at the prompt; what it assigns makes the cells
  /// that depend on it stale.
  func runEntry(_ source: String) {
    execute(source, file: "", line: 1)
    cellDidRun(at: nil, source: source)
  }

  // MARK: - Output

  /// Prints `text` and a newline, first clearing a progress line.
  ///
  /// Lines wider than the display are broken at spaces, their
  /// continuations indented two more: nothing the shell writes is wider
  /// than the width.
  func emit(_ text: String) {
    clearProgress()
    for line in LineBreaker(width: display.columns).fit(text) {
      write(line + "\n")
    }
  }

  /// Prints a message in the current language, fitted to the width.
  func tell(_ message: Message) {
    emit(String(message))
  }

  /// Prints each of `lines`.
  func emit(lines: [String]) {
    for line in lines { emit(line) }
  }

  var style: TextStyle { display.style }

  /// Prints a short hint, dimmed and wrapped; `code` spans in it are
  /// styled (or keep their backticks without colour).
  func hint(_ text: Message) {
    let words = InlineMarkdown.words(String(text), plain: !style.enabled)
    emit(
      lines: LineBreaker(width: display.proseColumns).lines(
        words.map { word in
          word.pieces.allSatisfy { !$0.code }
            ? style.dim(word.rendered(style)) : word.rendered(style)
        }.joined(separator: " ")))
  }

  /// Prints a message written in inline Markdown (`code`, **bold**),
  /// wrapped as a paragraph.
  func say(_ markdown: Message) {
    emit(lines: prose.wrap(String(markdown), first: "", rest: ""))
  }

  /// The renderer of lesson prose and messages, at the display's width.
  var prose: ProseRenderer {
    ProseRenderer(
      width: display.proseColumns, style: style, ascii: display.ascii)
  }

  func showProgress(_ report: ProgressUpdate) {
    if let liveView, liveView.isDrawing {
      // Drawn under the chart with its next frame.
      liveView.status = progressLine.line(for: report)
    } else {
      progressLine.show(report)
    }
  }

  /// Makes way for other output: erases the progress line, and leaves a
  /// live chart's frame on screen as it is.
  func clearProgress() {
    progressLine.clear()
    liveView?.stop()
  }
}
