import Synchronization
import Testing

@testable import LessonKit

@Suite struct SessionTests {
  @Test(arguments: [
    ("for x in xs:", true), ("for x in xs:\n  print(x)", true),
    ("for x in xs:\n  print(x)\nend", false),
    ("if a:\n  1\nelse:", true), ("if a:\n  for x in y:\n  end", true),
    ("if a: 1 end", false),
    ("while true:", true), ("fit(m,", true), ("[1, 2", true), ("{a: 1,", true),
    ("f(g(1)", true),
    ("x = 1 +", true), ("x =", true), ("f = fn(x) =>", true), ("a and", true),
    ("h.", true),
    ("x = 1", false), ("", false), ("# comment", false), ("print('open", false),
    ("end", false),
    ("x = )", false), ("f(1))", false), ("'a' # if", false),
    ("x = 'for'", false),
    ("for x in xs:\n  r = f(end=10)", true), ("for x in xs:\n  t.end", true),
    ("t.end", false), ("f(end=1)", false),
    // A conditional expression's `if` opens no block; its `else` asks for
    // the value.
    ("y = a if c else b", false), ("y = a if c", false),
    ("y = a if c else", true),
    ("y = f(x) if x > 0 else 0", false), ("x = 1\nif x > 0:", true),
    ("for i in xs: y = i if i > 0 else 0 end", false),
    // Python's `else if` opens no second block: one `end` closes it.
    ("if a:\n  1\nelse if b:\n  2\nend", false),
  ])
  func needsMoreInput(source: String, expected: Bool) {
    #expect(makeSession().needsMoreInput(source) == expected)
  }

  @Test func completesNamesBuiltinsAndKeywords() {
    let session = makeSession()
    _ = session.run("learning_rate = 0.1\nlosses = [1]", origin: .prompt)
    #expect(
      session.completions(line: "lo", cursor: 2) == [
        "log", "log10", "logspace", "losses",
      ])
    #expect(
      session.completions(line: "x = learn", cursor: 9) == ["learning_rate"])
    #expect(session.completions(line: "wh", cursor: 2) == ["while"])
    #expect(session.completions(line: "zzz", cursor: 3) == [])
  }

  @Test func completesKeywordArgumentsInsideACall() {
    let session = makeSession()
    #expect(
      session.completions(line: "round(2.5, d", cursor: 12) == [
        "digits=", "dataset", "dropout",
      ])
    #expect(
      session.completions(line: "fit(m, d, ep", cursor: 12) == ["epochs="])
    #expect(session.completions(line: "print(1, s", cursor: 10).first == "sep=")
    #expect(
      session.completions(line: "round([1, d", cursor: 11) == [
        "dataset", "dropout",
      ], "inside a list, not the call")
  }

  @Test func completesMembersAfterADot() {
    let session = makeSession()
    _ = session.run(
      "cfg = {lr: 0.1, layers: {first: 2, second: 3}}", origin: .prompt)
    #expect(session.completions(line: "cfg.l", cursor: 5) == ["layers", "lr"])
    #expect(
      session.completions(line: "print(cfg.layers.s", cursor: 18) == ["second"])
    #expect(session.completions(line: "nothing.x", cursor: 9) == [])
  }

  @Test func completesMembersOfObjects() {
    let session = makeSession()
    _ = session.run(
      "d = moons(n=10, seed=1)\nm = mlp([2, 3, 2], seed=1)", origin: .prompt)
    #expect(session.completions(line: "d.tr", cursor: 4) == ["train"])
    #expect(
      session.completions(line: "d.train.", cursor: 8) == [
        "classes", "d", "n", "name", "names", "raw", "x", "y",
      ])
    #expect(session.completions(line: "m.p", cursor: 3) == ["params"])
    #expect(
      session.completions(line: "fit(m, d, optimizer=adam(b", cursor: 26).first
        == "betas=")
  }

  @Test func completionUsesTheCursorNotTheLineEnd() {
    #expect(makeSession().completions(line: "pri + 1", cursor: 3) == ["print"])
    #expect(makeSession().completions(line: "x", cursor: 99) == ["xor"])
  }

  @Test func helpTexts() {
    let session = makeSession()
    #expect(
      session.helpText(for: "round") == """
        round(x, digits=0)
          x rounded to `digits` decimal places (halves away from zero).
          Example: round(3.14159, 2)
        """)
    #expect(
      session.helpText(for: "for")?.hasPrefix("for x in xs: … end") == true)
    #expect(session.helpText(for: "elif") == session.helpText(for: "if"))
    #expect(session.helpText(for: "nonsense") == nil)
    _ = session.run("lr = 0.1", origin: .prompt)
    #expect(session.helpText(for: "lr") == "lr = 0.1 (number)")
  }

  @Test func helpBuiltinPrints() {
    #expect(
      transcript("help(round)") == makeSession().helpText(for: "round")! + "\n")
    #expect(transcript("help('while')").hasPrefix("while condition: … end\n"))
    #expect(
      errorMessage("help('standardise')")
        == "help: no help for `standardise`; did you mean `standardize`?")
    #expect(
      transcript("help()").hasPrefix(
        "Builtins (help(name) for details and an example):\n\nCore:\n"))
  }

  @Test func helpOverviewFitsTheWidth() {
    let text = transcript("help()", in: makeSession(SessionOptions(width: 72)))
    #expect(text.split(separator: "\n").allSatisfy { $0.count <= 72 })
    #expect(text.contains("  fit "))
  }

  @Test func variableSummariesAreSortedAndShort() {
    let session = makeSession()
    _ = session.run(
      "b = 'text'\na = range(100)\nf = fn(x) => x", origin: .prompt)
    let summaries = session.variableSummaries()
    #expect(summaries.map(\.name) == ["a", "b", "f"])
    #expect(summaries[1].summary == "\"text\"")
    #expect(summaries[2].summary == "fn(x)")
    #expect(
      summaries[0].summary.count == 70 && summaries[0].summary.hasSuffix("…"))
  }

  @Test func builtinNamesAreSorted() {
    let names = makeSession().builtinNames
    #expect(names == names.sorted())
    #expect(
      names.contains("print") && names.contains("expect")
        && names.contains("seed"))
  }

  @Test func cancellationStopsLoops() {
    let session = makeSession()
    session.isCancelled = { true }
    let result = session.run(
      "print('before')\nwhile true: end\nprint('after')", origin: .prompt)
    #expect(result.cancelled)
    #expect(result.error == nil)
    #expect(result.transcript == "before\n")
  }

  @Test func anInterruptedFitKeepsTheEpochsCompleted() {
    let session = makeSession()
    let stop = Mutex(false)
    session.progress = { update in
      if update.label == "fit", update.completed == 3 {
        stop.withLock { $0 = true }
      }
    }
    session.isCancelled = { stop.withLock { $0 } }
    let result = session.run(
      "m = mlp([2, 8, 2], seed=1)\nd = moons(n=100, seed=1)\n"
        + "h = fit(m, d, epochs=10)\nprint('after')", origin: .prompt)
    #expect(result.cancelled)
    #expect(
      result.transcript.hasPrefix(
        "`h` holds what ran before Ctrl-C:\n"))
    #expect(result.transcript.contains("history (3 epochs)"))
    #expect(result.transcript.hasSuffix("\nstopped by Ctrl-C after epoch 3\n"))
    stop.withLock { $0 = false }
    #expect(transcript("len(h.train_loss)", in: session) == "3\n")
    #expect(
      transcript("h.report", in: session) == "stopped by Ctrl-C after epoch 3\n"
    )
    // Only the call that is the whole right-hand side is kept.
    stop.withLock { $0 = true }
    let nested = session.run(
      "k = len(fit(m, d, epochs=10).train_loss)", origin: .prompt)
    #expect(nested.cancelled)
    #expect(
      errorMessage("k", in: session)?.hasPrefix("unknown name `k`") == true)
  }

  @Test func outputIsStreamedAsProduced() {
    let session = Session(options: SessionOptions())
    final class Box { var chunks: [String] = [] }
    let box = Box()
    session.output = { box.chunks.append($0) }
    _ = session.run("print(1)\nprint(2)\n3", origin: .prompt)
    #expect(box.chunks == ["1\n", "2\n", "3\n"])
  }

  @Test func errorsAreReturnedNotPrinted() {
    let result = makeSession().run("print(1)\nundefined", origin: .prompt)
    #expect(result.transcript == "1\n")
    #expect(result.error?.kind == .runtime)
    #expect(result.error?.line == 2 && result.error?.column == 1)
  }

  @Test func aFailingCellKeepsEarlierAssignments() {
    let session = makeSession()
    _ = session.run("x = 1\ny = undefined\nz = 3", origin: .prompt)
    #expect(session.variableSummaries().map(\.name) == ["x"])
  }

  @Test func aSyntaxErrorRunsNothing() {
    let session = makeSession()
    let result = session.run("print(1)\nx = (", origin: .prompt)
    #expect(result.transcript == "" && result.error?.kind == .syntax)
  }
}
