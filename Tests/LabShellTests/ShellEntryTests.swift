import LessonKit
import LineEditing
import Testing

@testable import LabShell

/// Long pasted entries and Ctrl-C between their lines.
@Suite("Shell entries")
struct ShellEntryTests {
  /// Hands out `lines`, raising `interrupt` after line `raiseAfter`.
  final class InterruptingReader: LineReader {
    var lines: [String]
    var handedOut = 0
    let raiseAfter: Int
    let interrupt: InterruptFlag
    var completer: ((String, Int) -> [String])?

    init(_ lines: [String], raiseAfter: Int, interrupt: InterruptFlag) {
      self.lines = lines
      self.raiseAfter = raiseAfter
      self.interrupt = interrupt
    }

    func readLine(prompt: String) -> LineInput {
      guard handedOut < lines.count else { return .endOfInput }
      defer {
        handedOut += 1
        if handedOut == raiseAfter { interrupt.raise() }
      }
      return .line(lines[handedOut])
    }
  }

  @Test func aTenThousandLineBlockRunsAsOneEntry() throws {
    let lines =
      ["s = 0", "for i in range(2):"]
      + Array(repeating: "  s = s + 1", count: 10_000) + ["end", "s"]
    let transcript = Transcript()
    let interrupt = InterruptFlag()
    let engine = SessionEngine(options: SessionOptions(width: 60))
    let shell = Shell(
      catalog: try Fixtures.catalog(), engine: engine,
      reader: InterruptingReader(lines, raiseAfter: -1, interrupt: interrupt),
      display: .plain(width: 60), interrupt: interrupt, write: transcript.write)
    shell.run()
    #expect(transcript.text.hasSuffix("20000\n"))
  }

  @Test func ctrlCBetweenPastedLinesDropsTheEntry() throws {
    let interrupt = InterruptFlag()
    let engine = FakeEngine()
    let reader = InterruptingReader(
      ["if x:", "a = 1", "b = 2", "c = 3"], raiseAfter: 2,
      interrupt: interrupt)
    let shell = Shell(
      catalog: try Fixtures.catalog(), engine: engine, reader: reader,
      display: .plain(width: 60), interrupt: interrupt, write: { _ in })
    shell.run()
    // The entry is dropped when the flag is seen, before line 3 is read;
    // the rest of the input is read as new entries.
    #expect(engine.runs.map(\.source) == ["b = 2", "c = 3"])
    #expect(!interrupt.isRaised)
  }

  /// What the shell prints for `lines`, with the real language.
  func transcript(_ lines: [String], width: Int = 60) throws -> String {
    let transcript = Transcript()
    let interrupt = InterruptFlag()
    let shell = Shell(
      catalog: try Fixtures.catalog(),
      engine: SessionEngine(options: SessionOptions(width: width)),
      reader: InterruptingReader(lines, raiseAfter: -1, interrupt: interrupt),
      display: .plain(width: width), interrupt: interrupt,
      write: transcript.write)
    shell.run()
    return transcript.text
  }

  @Test func anEmptyLineAtTheContinuationPromptSaysWhatIsOpen() throws {
    let text = try transcript([
      "for i in range(2):", "  print(f(i,", "", "  1))", "", "end",
    ])
    #expect(
      text.contains(
        """
        `((` from line 2 needs `))`; `for` from line 1 needs `end`.
        Ctrl-C cancels the entry.

        """))
    #expect(
      text.contains(
        "`for` from line 1 needs `end`. Ctrl-C cancels the entry.\n"))
    // The entry still runs whole once it is closed.
    #expect(text.contains("unknown name `f`"))
  }

  @Test func anEmptyLineAfterATrailingOperatorNamesIt() throws {
    let text = try transcript(["x = 1 +", "", "2", "x"])
    #expect(
      text.hasSuffix(
        """
        Ctrl-D leaves.
        The last line ends with `+`, so the entry goes on. Ctrl-C
        cancels the entry.
        3

        """))
  }

  @Test func pythonHabitsGetTheLabsEquivalent() throws {
    let text = try transcript(
      ["def f(x):", "print x", "import numpy"], width: 200)
    #expect(
      text.contains(
        "`def` is not part of this language; functions are written `f = fn(x) => x**2`"
      ))
    #expect(text.contains("`print` is a function here: write `print(x)`"))
    #expect(text.contains("there is nothing to import, every builtin"))
  }
}
