import Testing

@testable import LessonKit

@Suite struct EvaluatorTests {
  @Test(arguments: [
    // literals and display
    ("42", "42\n"), ("0.1 + 0.2", "0.3\n"), ("1 / 3", "0.333333\n"),
    ("1e-5", "1e-05\n"),
    ("2 ** 50", "1125899906842624\n"), ("2 ** 60", "1.15292e+18\n"),
    ("1e400", "inf\n"), ("-1e400", "-inf\n"), ("0 / 0", "nan\n"),
    ("1 / 0", "inf\n"), ("'hi'", "hi\n"), ("true", "true\n"), ("none", ""),
    ("[1, 'a', false, none]", "[1, \"a\", false, none]\n"),
    ("{lr: 0.1, name: 'sgd'}", "{lr: 0.1, name: \"sgd\"}\n"),
    // arithmetic
    ("7 % 3", "1\n"), ("-7 % 3", "2\n"), ("7 % -3", "-2\n"),
    ("2 ^ 10", "1024\n"), ("-2 ** 2", "-4\n"),
    ("(-8) ** (1/3)", "nan\n"), ("10 - 2 - 3", "5\n"), ("2 * 3 + 4", "10\n"),
    ("+5", "5\n"),
    // comparisons and logic
    ("1 < 2", "true\n"), ("2 <= 1", "false\n"), ("0 < 0.5 < 1", "true\n"),
    ("0 < 2 < 1", "false\n"),
    ("'a' < 'b'", "true\n"), ("[1, 2] == [1, 2]", "true\n"),
    ("[1] != [2]", "true\n"), ("1 == '1'", "false\n"),
    ("none == none", "true\n"), ("{a: 1} == {a: 1}", "true\n"),
    ("not true", "false\n"),
    ("true and false", "false\n"), ("false or true", "true\n"),
    ("false and undefined_name", "false\n"),
    ("true or undefined_name", "true\n"),
    // flat chains: left to right, stopping at the first deciding operand
    ("10 - 2 - 3 - 4 + 1", "2\n"), ("2 * 3 / 4 % 1", "0.5\n"),
    ("'a' + 'b' + 'c' + 'd'", "abcd\n"), ("0 < 1 < 2 < 1", "false\n"),
    ("true and true and false and undefined_name", "false\n"),
    ("false or false or true or undefined_name", "true\n"),
    ("1" + String(repeating: " + 1", count: 299), "300\n"),
    // strings and lists
    ("'ab' + 'cd'", "abcd\n"), ("'ab' * 3", "ababab\n"),
    ("[1] + [2, 3]", "[1, 2, 3]\n"), ("[0] * 3", "[0, 0, 0]\n"),
    ("'hello'[1]", "e\n"), ("'hello'[-1]", "o\n"), ("'hello'[1:3]", "el\n"),
    ("[1, 2, 3][0]", "1\n"), ("[1, 2, 3][-1]", "3\n"),
    ("[1, 2, 3, 4][1:3]", "[2, 3]\n"),
    ("[1, 2, 3][-2:]", "[2, 3]\n"), ("[1, 2, 3][:10]", "[1, 2, 3]\n"),
    ("[1, 2, 3][5:]", "[]\n"),
    ("{lr: 0.1}.lr", "0.1\n"), ("{lr: 0.1}['lr']", "0.1\n"),
    ("range(12)", "[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]\n"),
  ])
  func expressions(source: String, output: String) {
    let result = makeSession().run(source, origin: .prompt)
    #expect(result.error == nil)
    #expect(result.transcript == output)
  }

  @Test func longListsAreAbbreviated() {
    #expect(
      transcript(
        "range(100)", in: makeSession(SessionOptions(width: 200)))
        == "[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, …, 98, 99] (100 items)\n"
    )
  }

  @Test func variablesPersistAcrossCells() {
    let session = makeSession()
    _ = session.run("x = 2", origin: .prompt)
    #expect(session.run("x * 21", origin: .prompt).transcript == "42\n")
    session.reset()
    #expect(
      session.run("x", origin: .prompt).error?.message == "unknown name `x`")
  }

  @Test func everyBareExpressionAtTheTopLevelIsShown() {
    #expect(transcript("1\nx = 2\nx\nprint('p')\nnone") == "1\n2\np\n")
  }

  @Test func forLoops() {
    #expect(
      transcript("for x in [1, 2, 3]:\n  print(x * 10)\nend") == "10\n20\n30\n")
    #expect(transcript("for c in 'ab': print(c) end") == "a\nb\n")
    #expect(transcript("for k in {a: 1, b: 2}: print(k) end") == "a\nb\n")
    #expect(transcript("s = 0\nfor i in range(5): s = s + i end\ns") == "10\n")
    #expect(
      transcript("for i in range(3): i end") == "",
      "values inside blocks are not shown")
    #expect(transcript("for x in []: print(x) end\nx = 1\nx") == "1\n")
  }

  @Test func loopVariableStaysAfterTheLoop() {
    #expect(transcript("for i in range(3): end\ni") == "2\n")
  }

  @Test func ifElifElse() {
    let source = """
      for x in [0.05, 0.5, 5]:
          if x < 0.1:
              print("converged")
          elif x < 1:
              print("slow")
          else:
              print("diverged")
          end
      end
      """
    #expect(transcript(source) == "converged\nslow\ndiverged\n")
    #expect(transcript("if false: print(1) end") == "")
  }

  @Test func whileBreakContinue() {
    #expect(transcript("i = 0\nwhile i < 3:\n  i = i + 1\nend\ni") == "3\n")
    #expect(
      transcript(
        "i = 0\nwhile true:\n  i = i + 1\n  if i == 4: break end\nend\ni")
        == "4\n")
    #expect(
      transcript(
        "for i in range(5):\n  if i % 2 == 0: continue end\n  print(i)\nend")
        == "1\n3\n")
    #expect(
      transcript(
        "for i in range(3):\n  for j in range(3):\n    if j == 1: break end\n    print(i, j)\n  end\nend"
      ) == "0 0\n1 0\n2 0\n")
  }

  @Test func functions() {
    #expect(transcript("f = fn(x, y) => 0.1*x**2 + 2*y**2\nf(1, 2)") == "8.1\n")
    #expect(transcript("f = fn(x, y) => x - y\nf(y=1, x=5)") == "4\n")
    #expect(transcript("f = fn(x, y) => x - y\nf(5, y=1)") == "4\n")
    #expect(
      transcript(
        "scale = fn(a) => fn(x) => a * x\ntriple = scale(3)\ntriple(5)")
        == "15\n")
    #expect(
      transcript("k = 2\ng = fn(x) => k * x\nk = 10\ng(1)") == "10\n",
      "globals are read when called")
    #expect(transcript("f = fn(x) => x\nf") == "fn(x)\n")
    #expect(transcript("(fn() => 7)()") == "7\n")
  }

  @Test func conditionalExpressions() {
    #expect(transcript("x = -3\nx if x > 0 else -x") == "3\n")
    #expect(transcript("'yes' if 1 < 2 else 'no'") == "yes\n")
    #expect(
      transcript(
        "sign = fn(x) => 1 if x > 0 else -1 if x < 0 else 0\n[sign(5), sign(-2), sign(0)]"
      )
        == "[1, -1, 0]\n", "right-associative")
    // Only the chosen branch runs, so a function can stop its recursion.
    #expect(
      transcript("fact = fn(n) => 1 if n <= 1 else n * fact(n - 1)\nfact(10)")
        == "3628800\n")
    #expect(
      transcript(
        "fib = fn(n) => n if n < 2 else fib(n - 1) + fib(n - 2)\nfib(15)")
        == "610\n")
    #expect(transcript("1 if true else undefined_name") == "1\n")
    #expect(transcript("undefined_name if false else 2") == "2\n")
    #expect(
      errorMessage("1 if 0 else 2")?.contains(
        "the condition of `… if … else …` must be true or false, got a number")
        == true)
  }

  @Test func elementAssignment() {
    #expect(transcript("xs = [1, 2, 3]\nxs[-1] = 9\nxs") == "[1, 2, 9]\n")
    #expect(transcript("r = {a: 1}\nr['b'] = 2\nr") == "{a: 1, b: 2}\n")
  }

  @Test func printAndStr() {
    #expect(
      transcript("print('loss', 0.25, [1, 2], {a: 'x'})")
        == "loss 0.25 [1, 2] {a: \"x\"}\n")
    #expect(transcript("print(1, 2, sep=', ')") == "1, 2\n")
    #expect(transcript("print()") == "\n")
    #expect(transcript("'epochs: ' + str(20)") == "epochs: 20\n")
    #expect(transcript("type(fn(x) => x)") == "function\n")
  }

  @Test func expectRecordsFailures() {
    let session = makeSession()
    let passed = session.run("expect(1 < 2, 'fine')", origin: .prompt)
    #expect(
      passed.failedExpectations == [] && passed.transcript == ""
        && passed.succeeded)
    let failed = session.run(
      "expect(2 < 1, 'two is less than one')\nprint('after')", origin: .prompt)
    #expect(failed.failedExpectations == ["two is less than one"])
    #expect(
      failed.transcript == "after\n")
    #expect(failed.error == nil && !failed.succeeded)
    #expect(
      session.run("expect(1 > 2)", origin: .prompt).failedExpectations == [
        "expectation failed"
      ])
  }

  @Test func mathAndListBuiltins() {
    #expect(
      transcript("abs(-3)\nsqrt(16)\nexp(0)\nlog(1)\nfloor(2.7)\nceil(2.1)")
        == "3\n4\n1\n0\n2\n3\n")
    #expect(
      transcript("round(3.14159, 2)\nround(2.5)\nround([1.26, 2.71], 1)")
        == "3.14\n3\n[1.3, 2.7]\n")
    #expect(
      transcript("min(3, 1, 2)\nmax([0.5, 0.2])\nmin([4, 5], 1)")
        == "1\n0.5\n1\n")
    #expect(
      transcript("sum([1, 2, 3])\nmean([1, 2, 3, 4])\nstd([1, 2, 3, 4])")
        == "6\n2.5\n1.11803\n")
    #expect(transcript("argmin([3, 1, 2])\nargmax([3, 1, 3])") == "1\n0\n")
    #expect(transcript("len([1, 2])\nlen('abc')\nlen({a: 1})") == "2\n3\n1\n")
    #expect(
      transcript("range(2, 10, 3)\nrange(3, 0, -1)\nrange(0)")
        == "[2, 5, 8]\n[3, 2, 1]\n[]\n")
    #expect(
      transcript("sorted([3, 1, 2])\nsorted(['b', 'a'])\nreversed([1, 2])")
        == "[1, 2, 3]\n[\"a\", \"b\"]\n[2, 1]\n")
    #expect(
      transcript(
        "keys({lr: 1, b: 2})\nlinspace(0, 1, 5)\nlogspace(0.001, 1, 4)")
        == "[\"lr\", \"b\"]\n[0, 0.25, 0.5, 0.75, 1]\n[0.001, 0.01, 0.1, 1]\n")
    #expect(
      transcript("is_nan(0/0)\nis_finite(1e400)\nsigmoid(0)\nrelu(-2)\ntanh(0)")
        == "true\nfalse\n0.5\n0\n0\n")
  }

  @Test func seedIsAccepted() {
    #expect(makeSession().run("seed(42)", origin: .prompt).succeeded)
  }
}
