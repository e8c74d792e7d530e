import ArgumentParser
import LabShell
import LessonKit
import LineEditing
import Localization
import TermPlot
import TrainKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Ends the process with `status` (the C library's `exit`, which
/// `ParsableCommand.exit(withError:)` would otherwise shadow).
private func terminate(_ status: Int32) -> Never { exit(status) }

/// `trainlab`: the command line.
///
/// Parsing only; the work is in `LabShell.Lab`.
@main
struct TrainLab: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "trainlab",
    abstract:
      "A terminal lab for learning how deep-learning models are trained.",
    discussion: """
      With no command, opens the interactive shell (at LESSON, a number or \
      name, when given). Lessons are read from --lessons DIR, else \
      $TRAINLAB_LESSONS, else a Lessons folder in or above the current \
      directory or the executable; datasets likewise (--datasets, \
      $TRAINLAB_DATASETS, a datasets folder).
      """,
    // The kernel set is chosen when this is first read, after `main` has
    // refused a TRAINKIT_ISA this CPU cannot run.
    version: "trainlab 0.1.0 (kernels: \(ComputeKernels.name))",
    subcommands: [
      Open.self, Run.self, List.self, Check.self, Demo.self, Present.self,
      Playground.self,
    ],
    defaultSubcommand: Open.self
  )

  /// Every name and alias a command answers to, and `help`.
  static var commandNames: [String] {
    configuration.subcommands.flatMap {
      [$0._commandName] + $0.configuration.aliases
    } + ["help"]
  }

  /// Parses and runs the command; usage errors, help and failures are
  /// written through `TerminalOutput` like all other output, so an argument
  /// echoed in a message cannot drive the terminal.
  static func main() {
    // Before the command line is read: `--version` shows the kernel set.
    if Lab.refuseUnusableKernelSet(program: "trainlab") { terminate(2) }
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch {
      let code = exitCode(for: error)
      // `trainlab rn 1`: the default command took `rn` as its lesson and
      // refused the `1`; the mistake is the command's name.
      let arguments = CommandLine.arguments.dropFirst()
      if !(error is ExitCode), code == .validationFailure,
        let first = arguments.first,
        !first.hasPrefix("-"), !commandNames.contains(first),
        Lab.reportMistypedCommand(first, among: commandNames)
      {
        terminate(code.rawValue)
      }
      let message = fullMessage(for: error)
      if !message.isEmpty {
        TerminalOutput.write(message + "\n", to: code.isSuccess ? 1 : 2)
      }
      terminate(code.rawValue)
    }
  }
}

/// Options every command shares.
struct CommonOptions: ParsableArguments {
  @Option(
    name: .long, help: ArgumentHelp("The lessons folder.", valueName: "dir"))
  var lessons: String?

  @Option(
    name: .long, help: ArgumentHelp("The datasets folder.", valueName: "dir"))
  var datasets: String?

  @Flag(name: .long, help: "Draw with ASCII characters only.")
  var ascii = false

  @Flag(
    name: .customLong("no-color"),
    help: "Never use ANSI colour (NO_COLOR does the same).")
  var noColor = false

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Columns to draw for (default: the terminal's, else 80).", valueName: "n")
  )
  var width: Int?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Rows of every chart (default: sized to the terminal, else \(RenderSize.defaultHeight)).",
      valueName: "n"))
  var height: Int?

  @Option(
    name: .long,
    help: ArgumentHelp("Seed of the random generator.", valueName: "n"))
  var seed: UInt64 = 0

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Memory all of a session's values may hold, as 512M or 4G (default: TRAINLAB_MEMORY, else half the physical memory).",
      valueName: "size"))
  var memory: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "The language: zh (中文) or en (default: TRAINLAB_LANG, else the locale).",
      valueName: "zh|en"))
  var lang: String?

  func validate() throws {
    if let lang, Language(name: lang) == nil {
      throw ValidationError("--lang must be zh or en, not \(lang)")
    }
    let widths = RenderSize.widths
    if let width, !widths.contains(width) {
      throw ValidationError(
        "--width must be between \(widths.lowerBound) and \(widths.upperBound), not \(width)"
      )
    }
    let heights = RenderSize.heights
    if let height, !heights.contains(height) {
      throw ValidationError(
        "--height must be between \(heights.lowerBound) and \(heights.upperBound), not \(height)"
      )
    }
    if let memory, EvaluationLimits.byteCount(memory) == nil {
      throw ValidationError(
        "--memory must be a size of at least 1M, such as 512M or 4G, not \(memory)"
      )
    }
  }

  var settings: LabSettings {
    LabSettings(
      lessonsDirectory: lessons, datasetsDirectory: datasets, width: width,
      height: height,
      ascii: ascii,
      noColor: noColor, seed: seed,
      memoryBudget: memory.flatMap(EvaluationLimits.byteCount),
      language: lang.flatMap(Language.init(name:)))
  }
}

/// Runs a command: a non-zero status becomes the exit code, a `ShellError`
/// is printed as `Error: …` with status 1.
///
/// Output that was lost (standard output full or closed) is an error too:
/// it is named on standard error and the status is 74 (`EX_IOERR`).
func perform(_ body: () throws(ShellError) -> Int32) throws {
  let status: Int32
  do {
    status = try body()
  } catch {
    throw CommandFailure(message: error.message)
  }
  if let failure = Terminal.outputFailure {
    TerminalOutput.write(
      "trainlab: the output could not be written (\(failure))\n", to: 2)
    throw ExitCode(74)
  }
  if status != 0 { throw ExitCode(status) }
}

/// A command that opens the shell in one of its full-screen views: the
/// shell opens `lessonToOpen` (if any), then runs `shellCommand`.
protocol FullScreenCommand: ParsableCommand {
  /// The shell command that opens the view: `"present"`, `"playground"`.
  static var shellCommand: String { get }
  /// The lesson to open first, if any.
  var lessonToOpen: String? { get }
  var options: CommonOptions { get }
}

extension FullScreenCommand {
  func run() throws {
    try perform { () throws(ShellError) in
      try Lab.shell(
        opening: lessonToOpen, then: Self.shellCommand,
        settings: options.settings)
    }
  }
}

/// A failure ArgumentParser reports as `Error: message`, exit status 1.
struct CommandFailure: Error, CustomStringConvertible {
  var message: String
  var description: String { message }
}

extension TrainLab {
  struct Open: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "shell",
      abstract: "Open the interactive shell (the default command).",
      aliases: ["open"])

    @Argument(help: "A lesson to open: its number or name.")
    var lesson: String?

    @Option(
      help:
        "Open the lesson at this step, after running the cells of the steps before it."
    )
    var step: Int?

    @OptionGroup var options: CommonOptions

    func validate() throws {
      if step != nil && lesson == nil {
        throw ValidationError(
          "--step needs a lesson, as in `trainlab open 4 --step 3`")
      }
    }

    func run() throws {
      try perform { () throws(ShellError) in
        try Lab.shell(
          opening: lesson, step: step,
          commands: TrainLab.commandNames,
          settings: options.settings)
      }
    }
  }

  struct Present: FullScreenCommand {
    static let configuration = CommandConfiguration(
      abstract: "Present a lesson one step per screen (for a class).",
      discussion: """
        Space or → reveals the next prose, cell or output; ← goes back; r \
        reruns the cell; e edits it at the prompt; q returns to the prompt.
        """)

    static let shellCommand = "present"

    @Argument(help: "The lesson: its number or name.")
    var lesson: String

    @OptionGroup var options: CommonOptions

    var lessonToOpen: String? { lesson }
  }

  struct Playground: FullScreenCommand {
    static let configuration = CommandConfiguration(
      abstract: "TensorFlow Playground in the terminal, full screen.",
      discussion: """
        q returns to the prompt, where pg.model, pg.history and pg.data hold \
        what was trained. --seed fixes the data and the weights.
        """)

    static let shellCommand = "playground"

    @OptionGroup var options: CommonOptions

    var lessonToOpen: String? { nil }
  }

  struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Run every cell of a lesson and print prose and outputs.",
      discussion: """
        Exits with status 1 when a cell raises an error or an expect fails, \
        naming the file, line and step. With --all, runs every lesson and \
        prints each one's time.
        """)

    @Argument(help: "A lesson file, or a lesson's number or name.")
    var lesson: String?

    @Flag(name: .long, help: "Run every lesson.")
    var all = false

    @Option(
      name: .long,
      help: ArgumentHelp(
        "Also write the lesson with its outputs as Markdown.",
        valueName: "out.md"))
    var export: String?

    @Option(
      name: .long,
      help: ArgumentHelp(
        "Also write every chart as an SVG file (NAME-step-S-K.svg) in this folder.",
        valueName: "dir"))
    var svg: String?

    @OptionGroup var options: CommonOptions

    func validate() throws {
      if all && lesson != nil {
        throw ValidationError("give a lesson or --all, not both")
      }
      if !all && lesson == nil {
        throw ValidationError("give a lesson (file, number or name) or --all")
      }
      if all && export != nil {
        throw ValidationError(
          "--export writes one lesson; it cannot be used with --all")
      }
    }

    func run() throws {
      try perform { () throws(ShellError) in
        try Lab.run(
          lesson: lesson, all: all, export: export, svg: svg,
          settings: options.settings)
      }
    }
  }

  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "List the lessons.")

    @OptionGroup var options: CommonOptions

    func run() throws {
      try perform { () throws(ShellError) in
        try Lab.list(settings: options.settings)
      }
    }
  }

  struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Report every problem in lessons without running them.",
      discussion: """
        Lesson structure, cell syntax errors and unknown builtins, one per \
        line as file:line: message. Exits with status 1 when there is any.
        """)

    @Argument(help: "Lesson files (or lesson numbers or names).")
    var lessons: [String] = []

    @OptionGroup var options: CommonOptions

    func validate() throws {
      if lessons.isEmpty {
        throw ValidationError("give at least one lesson file")
      }
    }

    func run() throws {
      try perform { () throws(ShellError) in
        Lab.check(paths: lessons, settings: options.settings)
      }
    }
  }

  struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Show what the terminal plots look like.")

    @OptionGroup var options: CommonOptions

    func run() throws {
      try perform { () throws(ShellError) in
        Lab.demo(settings: options.settings)
      }
    }
  }
}
