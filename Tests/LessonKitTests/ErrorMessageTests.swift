import TermPlot
import Testing

@testable import LessonKit

@Suite struct ErrorMessageTests {
  /// The full rendered error of running `source` (after `setup`).
  private func rendered(
    _ source: String, setup: String = "", origin: SourceOrigin = .prompt
  ) -> String? {
    let session = makeSession()
    if !setup.isEmpty { _ = session.run(setup, origin: .prompt) }
    return session.run(source, origin: origin).error?.description
  }

  @Test func unknownNameSuggestsTheClosestVariable() {
    #expect(
      rendered("epochz * 2", setup: "epochs = 20") == """
        line 1, column 1: unknown name `epochz`; did you mean `epochs`?
          epochz * 2
          ^^^^^^
        """)
  }

  @Test func unknownNameSuggestsABuiltin() {
    #expect(
      rendered("x = 1\nprnt(x)") == """
        line 2, column 1: unknown name `prnt`; did you mean `print`?
          prnt(x)
          ^^^^
        """)
  }

  @Test func unknownKeywordArgumentSuggestsTheParameter() {
    #expect(
      rendered("print(1, sepp=', ')") == """
        line 1, column 10: print has no parameter `sepp`; did you mean `sep`?
          print(1, sepp=', ')
                   ^^^^
        """)
    #expect(
      rendered("f = fn(rate) => rate\nf(rat=2)") == """
        line 2, column 3: f(rate) has no parameter `rat`; did you mean `rate`?
          f(rat=2)
            ^^^
        """)
  }

  @Test func unknownKeywordWithNothingCloseListsTheParameters() {
    #expect(
      errorMessage("round(1.5, banana=2)")
        == "round has no parameter `banana` (it takes `x`, `digits`)")
  }

  @Test func wrongArgumentTypeSaysWhatWasExpected() {
    #expect(
      rendered("round(2.5, digits='two')") == """
        line 1, column 19: round: `digits` must be a number, got a string
          round(2.5, digits='two')
                            ^^^^^
        """)
    #expect(
      errorMessage("round(2.5, 1.5)")
        == "round: `digits` must be a whole number, got 1.5")
    #expect(
      errorMessage("seed(-1)")
        == "seed: `n` must be between 0 and 9007199254740992, got -1")
    #expect(
      errorMessage("sum('abc')")
        == "sum: `xs` must be a list of numbers, got a string")
    #expect(
      errorMessage("sum([1, 'a'])")
        == "sum: `xs` must be a list of numbers, but item 1 is a string")
    #expect(
      errorMessage("expect(1, 'm')")
        == "expect: `condition` must be true or false (a comparison), got a number"
    )
  }

  @Test func operatorErrorsPointAtTheOperator() {
    #expect(
      rendered("x = 'loss: ' + 0.5") == """
        line 1, column 14: cannot use `+` on a string and a number; convert the number with str(x)
          x = 'loss: ' + 0.5
                       ^
        """)
    #expect(errorMessage("[1] - [2]") == "cannot use `-` on a list and a list")
    #expect(errorMessage("-'a'") == "cannot use `-` on a string")
    #expect(errorMessage("not 1") == "`not` needs true or false, got a number")
    #expect(
      errorMessage("1 and true")
        == "`and` needs true or false on both sides, got a number")
  }

  @Test func indexErrors() {
    #expect(
      rendered("xs = [1, 2, 3]\nxs[3]") == """
        line 2, column 4: index 3 is out of range: valid indices are 0 to 2, or -3 to -1
          xs[3]
             ^
        """)
    #expect(errorMessage("[][0]") == "index 0 is out of range: it is empty")
    #expect(
      errorMessage("[1][0.5]") == "an index must be a whole number, got 0.5")
    #expect(
      errorMessage("[1]['a']") == "an index must be a number, got a string")
    #expect(
      errorMessage("{lr: 1}.lrr")
        == "the record has no key `lrr`; did you mean `lr`?")
    #expect(errorMessage("{lr: 1}['x']") == "the record has no key `x`")
    #expect(errorMessage("5[0]") == "cannot index a number")
    #expect(
      errorMessage("[1].length")
        == "a list has no member `length`; use `len(xs)`")
  }

  @Test func callErrors() {
    #expect(
      errorMessage("f = fn(x, y) => x\nf(1)")
        == "f(x, y) is missing the argument `y`")
    #expect(
      errorMessage("f = fn(x) => x\nf(1, 2)") == "f(x) takes 1 argument, got 2")
    #expect(errorMessage("f = fn(x) => x\nf(x=1, x=2)") == "`x` is given twice")
    #expect(
      errorMessage("x = 3\nx(1)") == "a number cannot be called like a function"
    )
    #expect(
      errorMessage("round()")
        == "round is missing `x`; the signature is round(x, digits=0)")
    #expect(
      errorMessage("len(1, 2)")
        == "len takes at most 1 positional argument; the signature is len(x)")
  }

  @Test func controlFlowErrors() {
    #expect(
      errorMessage("if 1: end")
        == "a condition must be true or false, got a number")
    #expect(
      errorMessage("for x in 3: end")
        == "cannot loop over a number; to count, write `for i in range(n):`")
    #expect(errorMessage("break") == "`break` outside a loop")
    #expect(errorMessage("y = 1\nx[0] = 1") == "unknown name `x`")
  }

  @Test func foreignWordsGetAHint() {
    #expect(
      errorMessage("lambda")
        == "unknown name `lambda`: functions are written `fn(x) => x**2`")
    #expect(
      errorMessage("nil")
        == "unknown name `nil`: the empty value is written `none`")
  }

  @Test func syntaxErrorsShowTheLineAndCaret() {
    #expect(
      rendered("x = 1\ny = (2 +\nz = 3") == """
        line 3, column 3: expected `)` to close the `(` at line 2, column 5, found `=`
          z = 3
            ^
        """)
    #expect(
      rendered("for x in xs:\n  print(x)") == """
        line 1, column 1: this `for` block needs an `end`
          for x in xs:
          ^^^
        """)
  }

  @Test func moreThanOneSyntaxErrorIsCounted() {
    #expect(
      errorMessage("x = )\ny = )")
        == "expected an expression, found `)` (and 1 more problem after it)")
  }

  @Test func originShiftsTheLineAndNamesTheFile() {
    #expect(
      rendered(
        "a = 1\nb = a +* 2",
        origin: SourceOrigin(file: "04-dropout.md", line: 30)) == """
          04-dropout.md, line 31, column 8: expected an expression, found `*`
            b = a +* 2
                   ^
          """)
  }

  /// Issue 16, item 6: a source line wider than the width is shown as a
  /// window around the caret, so the caret still points at the error.
  @Test func longSourceLinesAreWindowedAroundTheCaret() throws {
    let source =
      "h = fit(mlp([2, 16, 2]), moons(n=200, seed=1), epochs=20, optimizer=sgd(lr=0.1), shufle=true, seed=1)"
    let error = try #require(makeSession().run(source, origin: .prompt).error)
    let lines = error.description(width: 50).split(separator: "\n")
      .map(String.init)
    #expect(lines.count == 3)
    #expect(
      lines[0].hasPrefix("line 1, column 82: fit has no parameter `shufle`"))
    #expect(lines[1] == "  …20, optimizer=sgd(lr=0.1), shufle=true, seed=1)")
    #expect(lines[2] == "                              ^^^^^^")
    #expect(lines.dropFirst().allSatisfy { TextWidth.of($0) <= 50 })
    // Whole when it fits.
    #expect(error.description(width: 200).contains("\n  \(source)\n"))
  }

  @Test func tabsKeepTheCaretAligned() {
    #expect(
      rendered("\tx = y") == """
        line 1, column 6: unknown name `y`
          \tx = y
          \t    ^
        """)
  }

  @Test func limits() {
    #expect(
      errorMessage("'ab' * 1e9")
        == "the repetition count must be between 0 and 1000000, got 1000000000")
    #expect(
      errorMessage("range(1e12)") == "range: too many numbers: at most 1000000")
    #expect(
      errorMessage("f = fn(x) => f(x)\nf(1)")
        == "recursion too deep: more than 64 nested calls of functions")
    let limited = makeSession(
      SessionOptions(limits: EvaluationLimits(steps: 1000)))
    #expect(
      limited.run("while true: end", origin: .prompt).error?.message
        == "this cell took more than 1000 steps; make the loop shorter")
    #expect(
      errorMessage("xs = [0] * 1000000\nxs + xs")
        == "too large: at most 1000000 elements in a list or string")
  }

  @Test func levenshteinDistances() {
    #expect(levenshtein("epochs", "epochz") == 1)
    #expect(levenshtein("", "abc") == 3)
    #expect(levenshtein("kitten", "sitting") == 3)
    #expect(closestMatch(to: "lr", among: ["lr", "rl", "lrs"]) == "lrs")
    #expect(closestMatch(to: "xyz", among: ["epochs"]) == nil)
    #expect(
      closestMatch(to: "optimiser", among: ["optimizer", "options"])
        == "optimizer")
  }
}

@Suite struct NestingTests {
  @Test func deeplyNestedValuesAreRefused() {
    let message =
      "nested too deeply: lists, records and functions may nest at most 100 levels"
    #expect(
      errorMessage("x = []\nfor i in range(1000): x = [x] end") == message)
    #expect(
      errorMessage("r = {}\nfor i in range(1000): r = {inner: r} end")
        == message)
    #expect(
      errorMessage("xs = [0]\nfor i in range(1000): xs[0] = xs end") == message)
    #expect(
      errorMessage(
        "wrap = fn(h) => fn() => h\ng = 1\nfor i in range(1000): g = wrap(g) end"
      ) == message)
    #expect(
      transcript("x = []\nfor i in range(50): x = [x] end\nlen(x)") == "1\n")
  }
}

@Suite struct HostErrorTests {
  @Test func trainKitMessagesAreNotPrefixedTwice() {
    let session = labSession()
    #expect(
      errorMessage("fit(linear(2, 2), take(moons(n=10).train, 0))", in: session)
        == "fit: the training set \"moons train\" is empty")
    #expect(
      errorMessage("mlp([2, 4, 2], dropout=1.5)", in: session)
        == "mlp: a dropout probability must be between 0 and 1, got 1.5"
    )
  }
}
