import LessonKit
import LineEditing
import TermPlot
import Testing

@testable import LabShell

/// Every line TrainLab writes fits the width it was given, counted in
/// terminal columns (wide characters 2): the shipped lessons run headless,
/// and the shell's welcome, help and errors (issue 16, item 6).
@Suite("Width")
struct WidthTests {
  static let widths = [60, 80, 100, 120]

  /// The repository's folders, found from this file's path.
  static let root: String = {
    let parts = #filePath.split(
      separator: "/", omittingEmptySubsequences: false)
    return parts.dropLast(3).joined(separator: "/")
  }()

  static let lessons: [LessonCatalog.Entry] = {
    (try? LessonCatalog.load(directory: root + "/Lessons").entries) ?? []
  }()

  static func engine(width: Int, color: Bool) -> SessionEngine {
    SessionEngine(
      options: SessionOptions(
        width: width, height: 20, color: color,
        datasetsDirectory: root + "/datasets", headless: true))
  }

  /// What the shell writes for `lines` at `width`, with the lessons of
  /// `catalog` and a real engine (not interactive).
  static func shellTranscript(
    _ lines: [String], catalog: LessonCatalog, width: Int, color: Bool
  ) -> String {
    let transcript = Transcript()
    Shell(
      catalog: catalog, engine: engine(width: width, color: color),
      reader: ScriptedReader(lines),
      display: ShellDisplay(
        width: width, color: color, ascii: false, interactive: false),
      interrupt: InterruptFlag(), write: transcript.write
    ).run()
    return transcript.text
  }

  /// The lines of `text` wider than `width`, with their widths.
  static func tooWide(_ text: String, width: Int) -> [String] {
    text.split(separator: "\n", omittingEmptySubsequences: false)
      .map(String.init)
      .filter { TextWidth.of($0) > width }
      .map { "\(TextWidth.of($0)): \($0)" }
  }

  @Test func everyShippedLessonIsFound() {
    #expect(WidthTests.lessons.count >= 10)
  }

  @Test(
    arguments: 0..<10, [(60, true), (80, false), (100, false), (120, false)])
  func lessonFitsTheWidth(index: Int, mode: (width: Int, color: Bool)) throws {
    try #require(index < WidthTests.lessons.count)
    let entry = WidthTests.lessons[index]
    let lesson = try entry.lesson.get()
    let display = ShellDisplay(
      width: mode.width, color: mode.color, ascii: false,
      interactive: false)
    let transcript = Transcript()
    let report = LessonRunner.run(
      lesson, engine: WidthTests.engine(width: mode.width, color: mode.color),
      display: display, interrupt: InterruptFlag(), write: transcript.write)
    #expect(report.failures.isEmpty, "\(report.failures)")
    let wide = WidthTests.tooWide(transcript.text, width: mode.width)
    #expect(wide.isEmpty, "\(entry.name) at \(mode.width): \(wide.prefix(5))")
  }

  /// The welcome, `help`, builtin help (in a cell and as a command),
  /// errors, and a lesson's first steps, at every width.
  @Test(arguments: WidthTests.widths, [false, true])
  func shellFitsTheWidth(width: Int, color: Bool) throws {
    let catalog = try LessonCatalog.load(
      directory: WidthTests.root + "/Lessons")
    let lines = [
      "help", "help fit", "help(fit)", "help()", "help minimize", "lessons",
      "x = 1 y = 2",
      "fit(mlp([2, 16, 2]), moons(n=200, seed=1), epochs=20, optimizer=sgd(lr=0.1), no_such_argument=3)",
      "print(\"" + String(repeating: "wide 宽字符 ", count: 20) + "\")",
      "range(100)", "vars", "open 6", "", "", "where", "step 9", "", "next",
      "quit",
    ]
    let text = WidthTests.shellTranscript(
      lines, catalog: catalog, width: width, color: color)
    #expect(text.contains("put each statement"))
    #expect(text.contains("no_such_argument"))
    let wide = WidthTests.tooWide(text, width: width)
    #expect(wide.isEmpty, "\(wide.prefix(5))")
  }

  /// Issue 16, item 6: no raw Markdown backticks in the shell's own
  /// messages when they are styled.
  @Test func messagesShowCodeStyledNotInBackticks() throws {
    let catalog = try LessonCatalog.load(
      directory: WidthTests.root + "/Lessons")
    let transcript = Transcript()
    Shell(
      catalog: catalog, engine: FakeEngine(),
      reader: ScriptedReader(["", "help nothing", "open 1", "step 99", "quit"]),
      display: ShellDisplay(
        width: 80, color: true, ascii: false, interactive: false),
      interrupt: InterruptFlag(), write: transcript.write
    ).run()
    #expect(!transcript.text.contains("`"))
  }
}
