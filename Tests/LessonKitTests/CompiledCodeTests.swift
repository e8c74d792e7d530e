import Testing

@testable import LessonKit

/// The compiled evaluator: names resolved to slots, calls that fill a frame,
/// element assignment in place, `for` over `range` without its list — each
/// with the same results, steps and errors as the language defines.
@Suite struct CompiledCodeTests {
  /// The address of the storage of the list in variable `name`.
  func storage(of name: String, in session: Session) -> UnsafeRawPointer? {
    guard case .list(let items)? = session.interpreter.globals[name] else {
      return nil
    }
    return items.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) }
  }

  @Test func elementAssignmentChangesTheListInPlace() throws {
    let session = makeSession()
    _ = session.run("xs = [0] * 1000000", origin: .prompt)
    let before = try #require(storage(of: "xs", in: session))
    let result = session.run(
      "for i in range(1000):\n  xs[i * 997] = xs[i * 997] + i\nend\nxs[-1] = 5\nsum(xs)",
      origin: .prompt)
    #expect(result.error == nil)
    #expect(result.transcript == "499505\n")
    #expect(storage(of: "xs", in: session) == before)
  }

  @Test func aSharedListIsCopiedOnAssignment() {
    #expect(
      transcript("a = [1, 2, 3]\nb = a\nb[0] = 9\n[a[0], b[0]]") == "[1, 9]\n")
    #expect(
      transcript("r = {k: 1}\ns = r\ns[\"k\"] = 2\n[r.k, s.k]") == "[1, 2]\n")
    #expect(
      transcript("xs = [1, 2]\nfor x in xs:\n  xs[0] = x + 10\nend\nxs")
        == "[12, 2]\n")
  }

  @Test func elementAssignmentErrorsLeaveTheVariable() {
    let session = makeSession()
    _ = session.run("xs = [1, 2]", origin: .prompt)
    #expect(
      errorMessage("xs[2] = 0", in: session)
        == "index 2 is out of range: valid indices are 0 to 1, or -2 to -1")
    #expect(
      errorMessage("xs[0] = undefined_name", in: session)
        == "unknown name `undefined_name`")
    #expect(transcript("xs", in: session) == "[1, 2]\n")
  }

  @Test func stepsAreCountedAsBefore() {
    // range(10) costs 3 steps (the call, `range`, `10`); each iteration 2
    // (the loop's own, then `i`).
    let source = "for i in range(10):\n  x = i\nend"
    var options = SessionOptions()
    options.limits.steps = 23
    #expect(makeSession(options).run(source, origin: .prompt).error == nil)
    options.limits.steps = 22
    #expect(
      errorMessage(source, in: makeSession(options))
        == "this cell took more than 22 steps; make the loop shorter")
  }

  @Test func aLoopOverRangeVisitsItsNumbers() {
    #expect(
      transcript("s = []\nfor i in range(2, 11, 4):\n  s = s + [i]\nend\ns")
        == "[2, 6, 10]\n")
    #expect(
      transcript("n = 0\nfor i in range(5, 0, -2):\n  n = n * 10 + i\nend\nn")
        == "531\n")
    #expect(transcript("for i in range(0):\n  print(i)\nend\ni") == "")
    #expect(
      errorMessage("for i in range(1, 2, 0):\n  x = i\nend")
        == errorMessage("range(1, 2, 0)"))
    #expect(
      errorMessage("for i in range(3000000):\n  x = i\nend")
        == "range: too many numbers: at most 1000000")
    #expect(
      transcript("range = fn(n) => [7]\nfor i in range(3):\n  x = i\nend\nx")
        == "7\n", "a variable named range hides the builtin")
  }

  @Test func functionsSeeTheirParametersCapturesAndGlobals() {
    #expect(transcript("f = fn(x) => fn(x) => x\nf(1)(2)") == "2\n")
    #expect(
      transcript(
        "add = fn(a, b) => fn(c) => a * 100 + b * 10 + c\nadd(1, 2)(3)")
        == "123\n")
    #expect(
      transcript("g = fn(a) => fn(b) => fn(c) => [a, b, c]\ng(1)(2)(3)")
        == "[1, 2, 3]\n")
    #expect(transcript("f = fn(len) => len * 2\nf(4)") == "8\n")
    #expect(
      errorMessage("f = fn(value) => valeu + 1\nf(1)")
        == "unknown name `valeu`; did you mean `value`?")
    #expect(
      errorMessage("f = fn(x, y) => x\nf(1, 2, 3)")
        == "f(x, y) takes 2 arguments, got 3")
  }

  @Test func nestingThroughCallsIsBounded() {
    // Each call's body starts one level below the calling node, so a
    // chain of calls reaches the evaluation depth limit.
    var options = SessionOptions()
    options.limits.callDepth = 1000
    let session = makeSession(options)
    let message = errorMessage(
      "f = fn(n) => n + f(n + 1)\nf(0)", in: session)
    #expect(
      message == "too deeply nested (more than 256 levels of evaluation)")
  }
}
