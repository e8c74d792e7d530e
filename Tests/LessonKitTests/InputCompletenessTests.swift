import Testing

@testable import LessonKit

@Suite struct InputCompletenessTests {
  /// Feeds `source` one line at a time, as the shell does.
  func lineByLine(_ source: String) -> InputCompleteness {
    var entry = InputCompleteness()
    for line in source.split(separator: "\n", omittingEmptySubsequences: false)
    {
      entry.append(String(line))
    }
    return entry
  }

  @Test(arguments: [
    "for x in xs:\n  print(x)", "for x in xs:\n  print(x)\nend",
    "if a:\n  1\nelse:", "if a:\n  for x in y:\n  end", "fit(m,\n  epochs=3",
    "fit(m,\n  epochs=3)", "[1,\n2,\n3]", "x = 1 +\n2", "x = (1 +\n2",
    "for x in xs:\n  r = f(end=10)", "for x in xs:\n  t.end\nend",
    "print('open\n  more')", "x = )\nfor i in y:", "f(1))\n(",
    "# if\nwhile a:\n  # end\n", "y = [\n  'end',\n  # ]\n", "a and\nb",
    "x = 1 \\", "x = 1 \\\n+ 2",
    "x = 1\nif x > 0:", "y = a if c\nelse b", "y = a if c else\n b",
    "x = 1\n(2)\nif x:",
  ])
  func lineByLineAgreesWithTheWholeEntry(source: String) {
    #expect(
      lineByLine(source).needsMoreInput
        == InputCompleteness.needsMoreInput(source))
  }

  @Test func eachLineIsLexedOnce() {
    // A pasted block of 10,000 lines: the work is the block's length, not
    // its square (each line used to re-lex the whole entry).
    var entry = InputCompleteness()
    entry.append("for i in range(3):")
    var length = "for i in range(3):".unicodeScalars.count
    for n in 0..<10_000 {
      let line = "  s = s + \(n) * (i % 7)"
      entry.append(line)
      length += line.unicodeScalars.count
      #expect(entry.needsMoreInput)
    }
    entry.append("end")
    length += 3
    #expect(!entry.needsMoreInput)
    #expect(entry.scalarsLexed == length)
  }

  @Test func aSettledEntryLexesNothingMore() {
    var entry = InputCompleteness()
    entry.append("x = 'unterminated")
    #expect(!entry.needsMoreInput)
    let work = entry.scalarsLexed
    entry.append("for i in y:")
    #expect(!entry.needsMoreInput)
    #expect(entry.scalarsLexed == work)
  }

  @Test func openingsNameWhatIsOpenAndWhere() {
    let entry = lineByLine(
      "for x in xs:\n  y = f(x,\n    [1,\n  2])\n  if y > 0:")
    #expect(
      entry.openings == [
        InputCompleteness.Opening(opener: "for", line: 1),
        InputCompleteness.Opening(opener: "if", line: 5),
      ])
    #expect(entry.openings.map(\.closer) == ["end", "end"])
    let open = lineByLine("f(a,\n  [1,")
    #expect(open.openings.map(\.opener) == ["(", "["])
    #expect(open.openings.map(\.line) == [1, 2])
    #expect(open.openings.map(\.closer) == [")", "]"])
    #expect(lineByLine("for x in xs:\nend").openings == [])
  }

  @Test func trailingOperatorIsTheMarkThatAsksForMore() {
    #expect(lineByLine("x = 1 +").trailingOperator == "+")
    #expect(lineByLine("ok = a and").trailingOperator == "and")
    #expect(lineByLine("y = a if c else").trailingOperator == "else")
    #expect(lineByLine("x = 1").trailingOperator == nil)
    #expect(lineByLine("for x in xs:").trailingOperator == nil)
  }
}
