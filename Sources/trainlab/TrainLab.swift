import ArgumentParser
import Foundation
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
  // Computed, like every command's: its text is in the language chosen
  // before parsing (`main`).
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "trainlab",
      abstract: String(
        Message(
          "A terminal lab for learning how deep-learning models are trained.")),
      discussion: String(
        Message(
          "With no command, opens the interactive shell (at LESSON, a number or name, when given). Lessons are read from --lessons DIR, else $TRAINLAB_LESSONS, else a Lessons folder in or above the current directory or the executable; datasets likewise (--datasets, $TRAINLAB_DATASETS, a datasets folder)."
        )),
      // The kernel set is chosen when this is first read, after `main` has
      // refused a TRAINKIT_ISA this CPU cannot run.
      version: "trainlab 0.1.0 (kernels: \(ComputeKernels.name))",
      subcommands: [
        Open.self, Run.self, List.self, Check.self, Demo.self, Present.self,
        Playground.self,
      ],
      defaultSubcommand: Open.self
    )
  }

  /// The options every command shares, accepted before the command's name
  /// as well as after it (`trainlab --lessons DIR open 4`): parsed here,
  /// each command's own `@OptionGroup` of the same type receives them.
  @OptionGroup var options: CommonOptions

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
    // Help and usage errors are made while parsing: choose the language
    // first (`--lang`, else the environment), as `LabSettings` does after.
    Language.current =
      requestedLanguage(CommandLine.arguments)
      ?? Language.fromEnvironment(ProcessInfo.processInfo.environment)
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
      // Help and usage errors, in the language chosen (ArgumentParser's
      // own words too), fitted to the width of where they are written
      // (breaks fall at spaces: a path in an error stays whole unless it
      // is wider than the line).
      let output: Int32 = code.isSuccess ? 1 : 2
      let columns = Terminal.size(of: output)?.columns ?? 80
      // ArgumentParser wraps counting characters, and a phrase it wraps
      // cannot be found to translate: in another language it writes each
      // paragraph on one line, and `fittedHelp` breaks them all.
      let text = ParserWords.translated(
        fullMessage(
          for: error,
          columns: Language.current == .en ? columns : Int(Int32.max)))
      let message =
        code.isSuccess
        ? ParserWords.fittedHelp(text, width: columns)
        : ParserWords.fittedError(text, width: columns)
      if !message.isEmpty {
        TerminalOutput.write(message + "\n", to: output)
      }
      terminate(code.rawValue)
    }
  }
}

/// The language `--lang` asks for on the command line, if any (read before
/// parsing, so that help and usage errors are in it).
func requestedLanguage(_ arguments: [String]) -> Language? {
  var value: String?
  for (index, argument) in arguments.enumerated() {
    if argument == "--lang", index + 1 < arguments.count {
      value = arguments[index + 1]
    } else if argument.hasPrefix("--lang=") {
      value = String(argument.dropFirst("--lang=".count))
    }
  }
  return value.flatMap(Language.init(name:))
}

/// Options every command shares.
struct CommonOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(String(Message("The lessons folder.")), valueName: "dir")
  )
  var lessons: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      String(Message("The datasets folder.")), valueName: "dir"))
  var datasets: String?

  @Flag(
    name: .long,
    help: ArgumentHelp(String(Message("Draw with ASCII characters only."))))
  var ascii = false

  @Flag(
    name: .customLong("no-color"),
    help: ArgumentHelp(
      String(Message("Never use ANSI colour (NO_COLOR does the same)."))))
  var noColor = false

  @Option(
    name: .long,
    help: ArgumentHelp(
      String(
        Message("Columns to draw for (default: the terminal's, else 80).")),
      valueName: "n")
  )
  var width: Int?

  @Option(
    name: .long,
    help: ArgumentHelp(
      String(
        Message(
          "Rows of every chart (default: sized to the terminal, else \(RenderSize.defaultHeight))."
        )),
      valueName: "n"))
  var height: Int?

  @Option(
    name: .long,
    help: ArgumentHelp(
      String(Message("Seed of the random generator.")), valueName: "n"))
  var seed: UInt64 = 0

  @Option(
    name: .long,
    help: ArgumentHelp(
      String(
        Message(
          "Memory all of a session's values may hold, as 512M or 4G (default: TRAINLAB_MEMORY, else half the physical memory)."
        )),
      valueName: "size"))
  var memory: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      String(
        Message(
          "The language: zh (中文) or en (default: TRAINLAB_LANG, else the locale)."
        )),
      valueName: "zh|en"))
  var lang: String?

  func validate() throws {
    if let lang, Language(name: lang) == nil {
      throw ValidationError(
        String(Message("--lang must be zh or en, not \(lang)")))
    }
    let widths = RenderSize.widths
    if let width, !widths.contains(width) {
      throw ValidationError(
        String(
          Message(
            "--width must be between \(widths.lowerBound) and \(widths.upperBound), not \(width)"
          )))
    }
    let heights = RenderSize.heights
    if let height, !heights.contains(height) {
      throw ValidationError(
        String(
          Message(
            "--height must be between \(heights.lowerBound) and \(heights.upperBound), not \(height)"
          )))
    }
    if let memory, EvaluationLimits.byteCount(memory) == nil {
      throw ValidationError(
        String(
          Message(
            "--memory must be a size of at least 1M, such as 512M or 4G, not \(memory)"
          )))
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
      "trainlab: "
        + String(Message("the output could not be written (\(failure))"))
        + "\n", to: 2)
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
    static var configuration: CommandConfiguration {
      CommandConfiguration(
        commandName: "shell",
        abstract: String(
          Message("Open the interactive shell (the default command).")),
        aliases: ["open"])
    }

    @Argument(
      help: ArgumentHelp(
        String(Message("A lesson to open: its number or name."))))
    var lesson: String?

    @Option(
      help: ArgumentHelp(
        String(
          Message(
            "Open the lesson at this step, after running the cells of the steps before it."
          ))))
    var step: Int?

    @OptionGroup var options: CommonOptions

    func validate() throws {
      if step != nil && lesson == nil {
        throw ValidationError(
          String(
            Message("--step needs a lesson, as in `trainlab open 4 --step 3`")))
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
    static var configuration: CommandConfiguration {
      CommandConfiguration(
        abstract: String(
          Message("Present a lesson one step per screen (for a class).")),
        discussion: String(
          Message(
            "Space or → reveals the next prose, cell or output; ← goes back; r reruns the cell; e edits it at the prompt; q returns to the prompt."
          )))
    }

    static let shellCommand = "present"

    @Argument(
      help: ArgumentHelp(String(Message("The lesson: its number or name."))))
    var lesson: String

    @OptionGroup var options: CommonOptions

    var lessonToOpen: String? { lesson }
  }

  struct Playground: FullScreenCommand {
    static var configuration: CommandConfiguration {
      CommandConfiguration(
        abstract: String(
          Message("TensorFlow Playground in the terminal, full screen.")),
        discussion: String(
          Message(
            "q returns to the prompt, where pg.model, pg.history and pg.data hold what was trained. --seed fixes the data and the weights."
          )))
    }

    static let shellCommand = "playground"

    @OptionGroup var options: CommonOptions

    var lessonToOpen: String? { nil }
  }

  struct Run: ParsableCommand {
    static var configuration: CommandConfiguration {
      CommandConfiguration(
        abstract: String(
          Message("Run every cell of a lesson and print prose and outputs.")),
        discussion: String(
          Message(
            "Exits with status 1 when a cell raises an error or an expect fails, naming the file, line and step. With --all, runs every lesson and prints each one's time."
          )))
    }

    @Argument(
      help: ArgumentHelp(
        String(Message("A lesson file, or a lesson's number or name."))))
    var lesson: String?

    @Flag(
      name: .long, help: ArgumentHelp(String(Message("Run every lesson."))))
    var all = false

    @Option(
      name: .long,
      help: ArgumentHelp(
        String(Message("Also write the lesson with its outputs as Markdown.")),
        valueName: "out.md"))
    var export: String?

    @Option(
      name: .long,
      help: ArgumentHelp(
        String(
          Message(
            "Also write every chart as an SVG file (NAME-step-S-K.svg) in this folder."
          )),
        valueName: "dir"))
    var svg: String?

    @OptionGroup var options: CommonOptions

    func validate() throws {
      if all && lesson != nil {
        throw ValidationError(
          String(Message("give a lesson or --all, not both")))
      }
      if !all && lesson == nil {
        throw ValidationError(
          String(Message("give a lesson (file, number or name) or --all")))
      }
      if all && export != nil {
        throw ValidationError(
          String(
            Message("--export writes one lesson; it cannot be used with --all"))
        )
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
    static var configuration: CommandConfiguration {
      CommandConfiguration(abstract: String(Message("List the lessons.")))
    }

    @OptionGroup var options: CommonOptions

    func run() throws {
      try perform { () throws(ShellError) in
        try Lab.list(settings: options.settings)
      }
    }
  }

  struct Check: ParsableCommand {
    static var configuration: CommandConfiguration {
      CommandConfiguration(
        abstract: String(
          Message("Report every problem in lessons without running them.")),
        discussion: String(
          Message(
            "Lesson structure, cell syntax errors and unknown builtins, one per line as file:line: message. Exits with status 1 when there is any. With no lesson, checks every lesson of the lessons folder and of its translation folders (zh/), each translation against its English."
          )))
    }

    @Argument(
      help: ArgumentHelp(
        String(
          Message(
            "Lesson files (or lesson numbers or names); none: every lesson, English and Chinese."
          ))))
    var lessons: [String] = []

    @OptionGroup var options: CommonOptions

    func run() throws {
      try perform { () throws(ShellError) in
        Lab.check(paths: lessons, settings: options.settings)
      }
    }
  }

  struct Demo: ParsableCommand {
    static var configuration: CommandConfiguration {
      CommandConfiguration(
        abstract: String(Message("Show what the terminal plots look like.")))
    }

    @OptionGroup var options: CommonOptions

    func run() throws {
      try perform { () throws(ShellError) in
        Lab.demo(settings: options.settings)
      }
    }
  }
}
