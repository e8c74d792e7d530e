import LessonKit
import LineEditing
import Localization
import TermPlot
import TrainKit

/// The `trainlab` commands, behind the command-line parser: each returns the
/// process's exit status and writes to standard output and error.
public enum Lab {
  /// `trainlab [LESSON]`: the interactive shell, with readline on a
  /// terminal and plain line reading otherwise.
  ///
  /// A `lesson` that names no lesson is most often a mistyped command
  /// (`trainlab lsit`): it is reported with a "did you mean" among
  /// `commands`, and the status is 64 (`EX_USAGE`), without opening the
  /// shell.
  ///
  /// - Parameters:
  ///   - lesson: The lesson to open, a number or name; nil for the welcome.
  ///   - step: The step to open `lesson` at, after running the cells
  ///     before it.
  ///   - commands: The command line's command names, for suggestions.
  ///   - command: A shell command to perform first (`present`,
  ///     `playground`).
  ///   - settings: Common options.
  /// - Returns: The exit status: 0, 64 for an unknown lesson, or 128 + the
  ///   signal that ended the shell.
  /// - Throws: `ShellError` when the lessons folder cannot be found or read.
  public static func shell(
    opening lesson: String?, step: Int? = nil, commands: [String] = [],
    then command: String? = nil, settings: LabSettings
  )
    throws(ShellError) -> Int32
  {
    settings.prepare()
    let folder: String
    let catalog: LessonCatalog
    do {
      folder = try settings.lessonsFolder()
      catalog = try LessonCatalog.load(directory: folder, language: .current)
    } catch {
      // `trainlab lsit` where there is no lessons folder is still a typo.
      if let lesson, !FileSystem.isFile(lesson),
        reportMistypedCommand(lesson, among: commands)
      {
        return 64
      }
      throw error
    }
    if let lesson, !FileSystem.isFile(lesson) {
      do {
        _ = try catalog.entry(matching: lesson)
      } catch {
        if !reportMistypedCommand(lesson, among: commands) {
          let shown = "\"\(TextFile.excerpt(lesson))\""
          reportNotACommand(
            Message("\(shown) is not a command, and \(error.message)"))
        }
        return 64
      }
    }
    installSignalHandlers()
    var display = settings.display
    let reader: LineReader
    let historyPath = HistoryFile.path(environment: Terminal.environment())
    if Terminal.isTerminal(0) {
      reader = ReadlineReader(historyPath: historyPath)
    } else {
      // Driven by a script: no readline, no escape codes at all.
      reader = PlainLineReader()
      display.color = false
      display.interactive = false
    }
    let engine = makeEngine(
      settings: settings, display: display, headless: false)
    let shell = Shell(
      catalog: catalog,
      reloadCatalog: { () throws(ShellError) in
        try LessonCatalog.load(directory: folder, language: .current)
      },
      engine: engine, reader: reader, display: display, interrupt: .process,
      write: { TerminalOutput.write($0) },
      writeControl: { TerminalOutput.writeOwnControl($0) })
    if display.interactive, let historyPath {
      shell.resumeFile = ResumePoint.path(besideHistory: historyPath)
    }
    shell.run(opening: lesson, step: step, then: command)
    return Termination.exitStatus ?? 0
  }

  /// `trainlab list`: the lessons, numbered, with their summaries.
  ///
  /// - Throws: `ShellError` when the lessons folder cannot be found or read.
  public static func list(settings: LabSettings) throws(ShellError) -> Int32 {
    settings.prepare()
    let catalog = try LessonCatalog.load(
      directory: settings.lessonsFolder(), language: .current)
    for line in LessonListing.lines(catalog, display: settings.display) {
      TerminalOutput.write(line + "\n")
    }
    return 0
  }

  /// `trainlab run FILE|N` and `trainlab run --all`: runs lessons headless.
  ///
  /// Every failure is named on standard error with its file, line and
  /// step. A failed or interrupted run writes no export and no SVG.
  ///
  /// - Parameters:
  ///   - lesson: A lesson file, number or name; nil with `all`.
  ///   - all: Run every lesson of the folder, printing each one's time.
  ///   - export: Write the lesson with its outputs as Markdown to this path.
  ///   - svg: Write every chart the lessons show as an SVG file in this
  ///     folder (`NAME-step-S-K.svg`).
  ///   - settings: Common options.
  /// - Returns: The exit status: 1 when a lesson is invalid, a cell raises
  ///   an error or an `expect` fails; 128 + the signal after SIGTERM or
  ///   SIGHUP; else 0.
  /// - Throws: `ShellError` when the lesson cannot be found or the export
  ///   cannot be written.
  public static func run(
    lesson: String?, all: Bool, export: String?, svg: String? = nil,
    settings: LabSettings
  ) throws(ShellError)
    -> Int32
  {
    settings.prepare()
    installSignalHandlers()
    var entries: [LessonCatalog.Entry] = []
    if all {
      entries = try LessonCatalog.load(
        directory: settings.lessonsFolder(), language: .current
      )
      .entries
      guard !entries.isEmpty else {
        let folder = try settings.lessonsFolder()
        throw ShellError("there are no lessons in \(folder)")
      }
    } else if let lesson {
      entries = [try findLesson(lesson, settings: settings)]
    } else {
      throw ShellError("run needs a lesson (a file, number or name) or --all")
    }
    var display = settings.display
    // An exported Markdown file must hold plain text, not escape codes.
    if export != nil { display.color = false }
    var failed: [String] = []
    var timings: [String] = []
    for entry in entries {
      let parsed: Lesson
      switch entry.lesson {
      case .failure(let error):
        failed.append(contentsOf: error.problems.map(\.description))
        timings.append(String(Message("  \(entry.name): invalid lesson file")))
        continue
      case .success(let lesson): parsed = lesson
      }
      let engine = makeEngine(
        settings: settings, display: display, headless: true)
      let report = LessonRunner.run(
        parsed, engine: engine, display: display, interrupt: .process,
        write: { TerminalOutput.write($0) })
      let seconds = ProgressLine.fixed(report.seconds, decimals: 1)
      timings.append(
        String(
          report.succeeded
            ? Message("  \(entry.name): ok in \(seconds) s")
            : Message("  \(entry.name): FAILED in \(seconds) s")))
      failed.append(contentsOf: report.failures.map(\.description))
      // A failed or interrupted run publishes nothing: a good export from
      // an earlier run stays as it was.
      if !report.succeeded || Termination.signal != nil {
        for target in [export, svg].compactMap({ $0 }) {
          let message = Message(
            "did not write \(TextFile.visible(target)): the run failed")
          TerminalOutput.write("trainlab: \(message)\n", to: 2)
        }
      } else {
        try publish(report, of: entry, export: export, svg: svg)
      }
      if all { TerminalOutput.write("\n") }
      if InterruptFlag.process.isRaised { break }
    }
    if all {
      TerminalOutput.write(
        String(Message("Lessons run:")) + "\n" + timings.joined(separator: "\n")
          + "\n")
    }
    for failure in failed {
      TerminalOutput.write("trainlab: \(failure)\n", to: 2)
    }
    if let status = Termination.exitStatus { return status }
    return failed.isEmpty ? 0 : 1
  }

  /// Writes a successful run's Markdown export and SVG charts, saying on
  /// standard error what was written and whether a file was replaced.
  private static func publish(
    _ report: LessonRunReport, of entry: LessonCatalog.Entry, export: String?,
    svg: String?
  ) throws(ShellError) {
    if let export {
      var images: [Int: [String]] = [:]
      if let svg {
        let names = SVGExport.names(report.charts, lessonName: entry.name)
        for (chart, name) in zip(report.charts, names) {
          images[chart.cellLine, default: []].append(
            MarkdownExport.relativePath(
              of: "\(svg)/\(name)", fromDocument: export))
        }
      }
      let document = MarkdownExport.document(
        text: entry.text, outputs: report.outputs, images: images)
      let outcome = try FileSystem.writeTextAtomically(document, to: export)
      let replaced: Message =
        outcome == .replaced ? Message(" (it replaced the file there)") : ""
      let message = Message("wrote \(TextFile.visible(export))\(replaced)")
      TerminalOutput.write("trainlab: \(message)\n", to: 2)
    }
    if let svg {
      let written = try SVGExport.write(
        report.charts, lessonName: entry.name, to: svg)
      let replaced = written.filter { $0.outcome == .replaced }.count
      let note: Message =
        replaced > 0 ? Message(" (\(replaced) replaced files there)") : ""
      let message = Message(
        "wrote \(written.count) SVG chart(s) to \(TextFile.visible(svg))\(note)"
      )
      TerminalOutput.write("trainlab: \(message)\n", to: 2)
    }
  }

  /// `trainlab check [FILE…]`: every problem of each lesson, found
  /// without running it.
  ///
  /// The file's structure, then each cell's syntax errors and unknown
  /// builtins, as `file:line: message`. With no file, every lesson of the
  /// lessons folder and of its translation folders (`zh/`), each
  /// translation against its English.
  ///
  /// Returns 1 when there is any.
  public static func check(paths: [String], settings: LabSettings) -> Int32 {
    settings.prepare()
    var problems: [String] = []
    var entries: [LessonCatalog.Entry] = []
    do {
      if paths.isEmpty {
        entries = try everyLesson(settings: settings)
        // Checking nothing must not pass.
        if entries.isEmpty {
          let folder = TextFile.visible(try settings.lessonsFolder())
          problems.append(String(Message("\(folder): no lessons to check")))
        }
      }
    } catch {
      problems.append(error.message)
    }
    for path in paths {
      do {
        entries.append(try findLesson(path, settings: settings))
      } catch {
        // A file that cannot be read is already named by its message, as
        // it is shown (control characters made visible).
        let message = error.message
        let shown = TextFile.visible(path)
        problems.append(
          Message.afterNaming(shown, in: message) != nil
            ? message : "\(shown): \(message)")
      }
    }
    for entry in entries {
      problems += LessonChecker.problems(
        in: entry,
        engine: makeEngine(
          settings: settings, display: .plain(), headless: true))
    }
    for problem in problems { TerminalOutput.write(problem + "\n", to: 2) }
    if problems.isEmpty {
      let checked =
        paths.count == 1
        ? Message(verbatim: TextFile.visible(paths[0]))
        : entries.count == 1
          ? Message("1 lesson") : Message("\(entries.count) lessons")
      TerminalOutput.write(
        String(Message("\(checked): no problems found")) + "\n")
    }
    return problems.isEmpty ? 0 : 1
  }

  /// Every lesson of the lessons folder, then of each of its translation
  /// folders that exists (`Lessons/zh`).
  static func everyLesson(settings: LabSettings) throws(ShellError)
    -> [LessonCatalog.Entry]
  {
    let folder = try settings.lessonsFolder()
    var entries = try LessonCatalog.load(directory: folder).entries
    for language in Language.allCases {
      guard
        let translated = LessonCatalog.translationFolder(
          of: folder, for: language),
        FileSystem.isDirectory(translated)
      else { continue }
      entries += try LessonCatalog.load(directory: translated).entries
    }
    return entries
  }

  /// A lesson file when `query` names an existing file (refused with the
  /// reason when it is not a regular file), else a lesson of the
  /// lessons folder by number or name.
  static func findLesson(_ query: String, settings: LabSettings)
    throws(ShellError) -> LessonCatalog.Entry
  {
    if let entry = try LessonCatalog.fileEntry(query) { return entry }
    let catalog = try LessonCatalog.load(
      directory: settings.lessonsFolder(), language: .current)
    return try catalog.entry(matching: query)
  }
}

extension Lab {
  /// Says on standard error that `word`, written where a command goes, is
  /// not one, naming the command it is closest to; false (and nothing
  /// written) when it is close to none.
  ///
  /// For `trainlab lsit` and, when the shell's single lesson argument
  /// leaves more arguments over, `trainlab rn 1` (from the command line's
  /// usage error).
  public static func reportMistypedCommand(
    _ word: String, among commands: [String]
  ) -> Bool {
    guard let command = closestMatch(to: word, among: commands) else {
      return false
    }
    let shown = "\"\(TextFile.excerpt(word))\""
    reportNotACommand(
      Message("\(shown) is not a command; did you mean `\(command)`?"))
    return true
  }

  private static func reportNotACommand(_ message: Message) {
    let help = Message("`trainlab --help` lists the commands.")
    TerminalOutput.write("trainlab: \(message)\n\(help)\n", to: 2)
  }

  /// Writes why `TRAINKIT_ISA` cannot be used (`ComputeKernels.refusal`),
  /// if it cannot, to standard error and returns true; false otherwise.
  ///
  /// For a program's first act, before its command line is parsed
  /// (`trainlab --version` shows the kernel set): the message is in the
  /// current language, which `trainlab` sets first (`--lang`, else the
  /// environment), or the environment's (`Language.fromEnvironment`) with
  /// `environmentLanguage`, and fits standard error's terminal, else 80
  /// columns. `program` starts it ("trainlab", "trainkit-bench").
  public static func refuseUnusableKernelSet(
    program: String, environmentLanguage: Bool = false
  ) -> Bool {
    guard let refusal = ComputeKernels.refusal else { return false }
    if environmentLanguage {
      Language.current = Language.fromEnvironment(Terminal.environment())
    }
    let display = ShellDisplay(
      terminal: { Terminal.size(of: 2) }, color: false, ascii: false,
      interactive: false)
    let lines = kernelSetRefusal(
      refusal, program: program, columns: display.columns)
    TerminalOutput.write(lines.joined(separator: "\n") + "\n", to: 2)
    return true
  }

  /// `program: message`, broken into lines of at most `columns` terminal
  /// columns, the continuation lines indented by two.
  static func kernelSetRefusal(
    _ message: Message, program: String, columns: Int
  ) -> [String] {
    LineBreaker(width: columns).lines(
      "\(program): \(message)", rest: "  ")
  }

  /// `trainlab demo`: TermPlot's gallery of charts (lines, log axes,
  /// scatter, bars, histogram, heat and contour maps, a table), drawn at
  /// the size a lesson's charts get (`ShellDisplay.size()`).
  public static func demo(settings: LabSettings) -> Int32 {
    settings.prepare()
    let display = settings.display
    let options = RenderOptions(
      charset: display.ascii ? .ascii : .unicode, color: display.color)
    let size = display.size()
    TerminalOutput.write(
      Gallery.render(width: size.width, height: size.height, options: options)
        + "\n")
    return 0
  }
}
