import Foundation
import LessonKit
import LineEditing
import TermPlot
import Testing

@testable import LabShell

/// Issue 15, item 1: live charts, through the shell with a model terminal.
@Suite("live charts")
struct LiveChartTests {
  static let fitLine =
    "h = fit(mlp([2, 8, 2], seed=1), moons(n=120, seed=1), epochs=12, seed=1)"

  /// Runs `lines` in a shell on a model `columns`×`rows` terminal.
  func run(_ lines: [String], columns: Int = 120, rows: Int = 40) throws
    -> (screen: ScreenModel, written: String)
  {
    let transcript = Transcript()
    let display = ShellDisplay(
      terminal: { (columns, rows) }, color: false, ascii: false,
      interactive: true)
    Shell(
      catalog: try Fixtures.catalog(),
      engine: SessionEngine(options: SessionOptions(seed: 1)),
      reader: ScriptedReader(lines), display: display,
      interrupt: InterruptFlag(), write: transcript.write
    ).run(opening: nil)
    var screen = ScreenModel()
    screen.apply(transcript.text)
    return (screen, transcript.text)
  }

  @Test func aFrameRewritesOnlyTheRowsThatChanged() {
    let begin = LiveRegion.beginFrame
    let end = LiveRegion.endFrame
    #expect(
      LiveRegion.frame(from: [], to: ["a", "b"])
        == begin + "\r\u{1B}[2Ka\n\u{1B}[2Kb\n" + end)
    // Only row 1 of 3 changed: up two rows, rewrite it, down two rows.
    #expect(
      LiveRegion.frame(from: ["a", "b", "c"], to: ["a", "X", "c"])
        == begin + "\u{1B}[2A\r\u{1B}[2KX\u{1B}[2B\r" + end)
    #expect(
      LiveRegion.frame(from: ["a", "b"], to: ["a", "b"]) == begin + "\r" + end)
    // A shorter frame blanks the rows below it and stays above them.
    #expect(
      LiveRegion.frame(from: ["a", "b"], to: ["a"])
        == begin + "\u{1B}[1A\r\u{1B}[2K\u{1B}[1B\r\u{1B}[1A" + end)
  }

  /// Frames are dropped when they are slow to make: at most 20 a second,
  /// and making them takes at most 8 % of the time.
  @Test func slowFramesComeLessOften() {
    #expect(LiveChartView.gap(afterFramesCosting: .zero) == .milliseconds(50))
    #expect(
      LiveChartView.gap(afterFramesCosting: .milliseconds(4))
        == .milliseconds(50))
    #expect(
      LiveChartView.gap(afterFramesCosting: .milliseconds(8))
        == .milliseconds(100))
  }

  @Test func regionDrawnTwiceReadsAsTheSecondFrame() {
    var screen = ScreenModel()
    screen.apply("above\n")
    let region = LiveRegion { screen.apply($0) }
    region.draw(["one", "two", "three"])
    region.draw(["one", "2", "three", "four"])
    region.finish()
    screen.apply("after\n")
    #expect(screen.text == "above\none\n2\nthree\nfour\nafter")
  }

  /// The scrollback after a live fit holds the final chart once, exactly
  /// as `plot(h)` draws it, and no progress line.
  @Test func aLiveFitLeavesOnlyTheFinalChart() throws {
    let (screen, written) = try run([
      "print(\"before\")", Self.fitLine, "print(\"after\")", "plot(h)",
    ])
    let drewFrames = written.contains(LiveRegion.beginFrame)
    #expect(drewFrames)
    let text = screen.text
    let after = try #require(text.range(of: "\nafter\n"))
    let before = try #require(text.range(of: "\nbefore\n"))
    let live = String(text[before.upperBound..<after.lowerBound])
    var plotted = String(text[after.upperBound...])
    while plotted.hasSuffix("\n") { plotted.removeLast() }
    // Compared as booleans: the texts are too long for a readable message.
    let finalChartIsThePlot = live == plotted
    #expect(finalChartIsThePlot)
    let progressLeft = live.contains("fit 12/12")
    #expect(!progressLeft)
    let charts =
      live.components(separatedBy: "decision regions (test)").count - 1
    #expect(charts == 1)
    // Sized for the terminal: 120 columns, 36 rows (40 less 4).
    let rows = plotted.split(separator: "\n").count
    #expect(rows == 36)
  }

  @Test func liveChartsAreOffWhenSetOffOrNotATerminal() throws {
    let (off, written) = try run(["set live off", Self.fitLine])
    #expect(!written.contains(LiveRegion.beginFrame))
    #expect(!off.text.contains("decision regions"))
    let transcript = Transcript()
    Shell(
      catalog: try Fixtures.catalog(),
      engine: SessionEngine(options: SessionOptions(seed: 1)),
      reader: ScriptedReader([Self.fitLine]), display: .plain(width: 120),
      interrupt: InterruptFlag(), write: transcript.write
    ).run(opening: nil)
    #expect(!transcript.text.contains("\u{1B}"))
    #expect(!transcript.text.contains("decision regions"))
    let (argument, _) = try run([
      "h = fit(mlp([2, 8, 2], seed=1), moons(n=120, seed=1), epochs=3, live=false)"
    ])
    #expect(!argument.text.contains("decision regions"))
  }

  @Test func heightSettingFixesTheChartSize() throws {
    let (screen, _) = try run([
      "set height 12", "plot([1, 2, 3])", "set height auto",
      "set height 3", "set",
    ])
    let text = screen.text
    let start = try #require(text.range(of: "Charts are 12 rows high.\n"))
    let end = try #require(text.range(of: "Charts are sized to the terminal"))
    #expect(
      text[start.upperBound..<end.lowerBound].split(separator: "\n").count == 12
    )
    #expect(text.contains("Charts are sized to the terminal (now 36 rows)."))
    #expect(
      text.contains(
        "set height takes a number of rows from 5 to 200, or auto, not \"3\"."))
    #expect(text.contains("height  auto (now 36)\nlive    on"))
  }

  /// Issue 15, item 5: `save K FILE.svg`; the live fit's final chart
  /// counts as a chart of its output.
  @Test func saveTakesTheKthChartOfTheLastOutput() throws {
    let path =
      FileManager.default.temporaryDirectory.path + "/live-\(UUID()).svg"
    defer { try? FileManager.default.removeItem(atPath: path) }
    let (screen, _) = try run([
      Self.fitLine, "save 2 \(path)", "save 1 \(path)",
    ])
    #expect(
      screen.text.contains(
        "save 2: the last output showed 1 chart; give a number from 1 to 1."))
    #expect(screen.text.contains("Saved chart 1 of the last output to"))
    let svg = try String(contentsOfFile: path, encoding: .utf8)
    #expect(svg.hasPrefix("<svg"))
    #expect(svg.contains("decision regions (test)"))
  }
}
