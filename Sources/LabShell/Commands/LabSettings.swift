import LessonKit
import LineEditing
import Localization
import TermPlot

/// What the command line decided, common to every `trainlab` command.
public struct LabSettings: Sendable {
  /// `--lessons DIR`, if given.
  public var lessonsDirectory: String?
  /// `--datasets DIR`, if given.
  public var datasetsDirectory: String?
  /// `--width N`, if given; otherwise the terminal's width, else 80.
  public var width: Int?
  /// `--height N`: the rows of every chart, if given; otherwise sized to
  /// the terminal (`RenderSize.forTerminal`), else
  /// `RenderSize.defaultHeight`.
  public var height: Int?
  /// `--ascii`: no Unicode drawing characters.
  public var ascii: Bool
  /// `--no-color`: never ANSI colour (also off when `NO_COLOR` is set or
  /// the output is not a terminal).
  public var noColor: Bool
  /// `--seed N`: the seed of every session's random generator.
  public var seed: UInt64
  /// `--memory SIZE` in bytes, if given; otherwise `TRAINLAB_MEMORY`, else
  /// `EvaluationLimits.defaultMemoryBudget`.
  public var memoryBudget: Int?
  /// `--lang zh|en`, if given; otherwise `TRAINLAB_LANG`, else the locale
  /// (`Language.fromEnvironment`).
  public var language: Language?

  /// Creates settings; the defaults are those of a bare `trainlab`.
  public init(
    lessonsDirectory: String? = nil, datasetsDirectory: String? = nil,
    width: Int? = nil, height: Int? = nil,
    ascii: Bool = false, noColor: Bool = false, seed: UInt64 = 0,
    memoryBudget: Int? = nil, language: Language? = nil
  ) {
    self.language = language
    self.lessonsDirectory = lessonsDirectory
    self.datasetsDirectory = datasetsDirectory
    self.width = width
    self.height = height
    self.ascii = ascii
    self.noColor = noColor
    self.seed = seed
    self.memoryBudget = memoryBudget
  }

  /// Makes `--lang`, else the environment's choice, the current language,
  /// and counts ambiguous-width characters as 2 columns when
  /// `TRAINLAB_AMBIGUOUS_WIDE=1` (a terminal set up for CJK).
  func prepare() {
    let environment = Terminal.environment()
    Language.current = language ?? Language.fromEnvironment(environment)
    TextWidth.ambiguousIsWide = environment["TRAINLAB_AMBIGUOUS_WIDE"] == "1"
  }

  /// The session-wide memory budget: `--memory`, else a valid
  /// `TRAINLAB_MEMORY`, else the default.
  var resolvedMemoryBudget: Int {
    memoryBudget
      ?? Terminal.environment()["TRAINLAB_MEMORY"].flatMap(
        EvaluationLimits.byteCount) ?? EvaluationLimits.defaultMemoryBudget
  }

  /// The process's environment and paths, for finding folders.
  var locator: ResourceLocator {
    ResourceLocator(
      currentDirectory: FileSystem.currentDirectory(),
      executablePath: FileSystem.executablePath(),
      environment: Terminal.environment())
  }

  /// How standard output is drawn: the fixed `--width`/`--height` or the
  /// terminal's size (asked afresh before each output), colour only on a
  /// terminal.
  var display: ShellDisplay {
    let interactive = Terminal.isTerminal(1)
    let color =
      !noColor
      && Terminal.wantsColor(fd: 1, environment: Terminal.environment())
    // Box-drawing and block characters are ambiguous-width: a terminal
    // that draws them 2 columns wide gets the charts in ASCII.
    return ShellDisplay(
      terminal: { Terminal.size(of: 1) }, width: width, height: height,
      color: color, ascii: ascii || TextWidth.ambiguousIsWide,
      interactive: interactive)
  }

  /// The lessons folder.
  func lessonsFolder() throws(ShellError) -> String {
    try locator.lessonsDirectory(explicit: lessonsDirectory)
  }

  /// The datasets folder, or `datasets` in the current directory when none is found.
  func datasetsFolder() -> String {
    locator.datasetsDirectory(explicit: datasetsDirectory) ?? "datasets"
  }
}
