import Testing

@testable import LessonKit

/// Input that used to trap, hang or exhaust memory: each gives a message and
/// leaves the session alive (issue 12).
@Suite struct HostileInputTests {
  @Test(arguments: [
    (
      "make_data([[1, 2], [3, 4]], [0, 1e19], task='classification')",
      "make_data: class labels must be whole numbers from 0 to 99999; item 2 of `y` (`y[1]`) is 1e+19"
    ),
    (
      "make_data([[1, 2], [3, 4]], [0, 1e300], task='classification')",
      "make_data: class labels must be whole numbers from 0 to 99999; item 2 of `y` (`y[1]`) is 1e+300"
    ),
    (
      "make_data([[1, 2], [3, 4]], [0 / 0, 1], task='classification')",
      "make_data: class labels must be whole numbers from 0 to 99999; item 1 of `y` (`y[0]`) is nan"
    ),
    (
      "make_data([[1, 2], [3, 4]], [0, 16777217], task='classification')",
      "make_data: class labels must be whole numbers from 0 to 99999; item 2 of `y` (`y[1]`) is 16777217"
    ),
    (
      "make_data([[1, 2], [3, 4]], [0, -1], task='classification')",
      "make_data: class labels must be whole numbers from 0 to 99999; item 2 of `y` (`y[1]`) is -1"
    ),
    (
      "make_data([[1, 2], [3, 0 / 0]], [0, 1])",
      "make_data: row 2, column 2 of `X` (`X[1][1]`) is nan; tensors and data sets hold finite numbers only"
    ),
    (
      "make_data([[1, 2], [3, 4]], [0, 1e300])",
      "make_data: item 2 of `y` (`y[1]`) is 1e+300, beyond the ±3.4e38 of a 32-bit float; tensors and data sets hold finite numbers only"
    ),
    (
      "tensor([[1, 2], [1 / 0, 3]])",
      "tensor: row 2, column 1 of `values` (`values[1][0]`) is inf; tensors and data sets hold finite numbers only"
    ),
    (
      "tensor(-1e39)",
      "tensor: `values` is -1e+39, beyond the ±3.4e38 of a 32-bit float; tensors and data sets hold finite numbers only"
    ),
  ])
  func badDataNamesWhereItIs(source: String, message: String) {
    #expect(errorMessage(source) == message)
  }

  @Test func classificationLabelsBelowTheLimitAreAccepted() {
    #expect(
      transcript("make_data([[1, 2], [3, 4]], [0, 2], task='classification')")
        == "data: 2 × 2, 3 classes\n")
  }

  /// A session with `limits`, wide enough that printed lines stay whole.
  private func limited(_ limits: EvaluationLimits) -> Session {
    makeSession(SessionOptions(width: 200, limits: limits))
  }

  @Test func theMemoryBudgetCountsEveryVariableAndSaysWhoHoldsWhat() throws {
    let session = limited(EvaluationLimits(memoryBudget: 64 << 20))
    let result = session.run(
      "keep = zeros(2000000)\nxs = []\nfor i in range(10): xs = xs + [zeros(4000000)] end",
      origin: .prompt)
    let message = try #require(result.error?.message)
    #expect(
      message.hasPrefix(
        "out of memory for this session: this value needs 15.3 MB more and the variables already hold 53.4 MB (`xs` 45.8 MB, `keep` 7.6 MB) of the 64 MB budget; free a variable with `name = none`"
      ))
    // The session lives on, with what it held before the refused value.
    #expect(transcript("len(xs)", in: session) == "3\n")
    #expect(
      transcript(
        "keep = none\nxs = none\nt = zeros(15000000)\nt.shape", in: session)
        == "[15000000]\n")
  }

  @Test func sharedValuesAreCountedOnce() {
    let session = limited(EvaluationLimits(memoryBudget: 64 << 20))
    #expect(
      transcript(
        "t = zeros(10000000)\nxs = [t, t, t, t]\nys = xs + xs\nlen(ys)",
        in: session) == "8\n")
  }

  /// `[x] * n` is admitted before it is built, counting a slot for each
  /// copy and the items once: copies of a string share its storage.
  @Test func listRepetitionIsAdmittedSlotBySlot() throws {
    let session = limited(EvaluationLimits(memoryBudget: 16 << 20))
    let message = try #require(
      errorMessage("xs = [0, 1] * 500000", in: session))
    #expect(
      message.hasPrefix(
        "out of memory for this session: this value needs 22.9 MB more and the variables already hold 0 B"
      ))
    #expect(
      transcript(
        "s = 'x' * 100000\nxs = [s] * 1000\nys = xs + [s]\nlen(ys)",
        in: session) == "1001\n")
  }

  /// A message quoting a value quotes at most 70 characters of it.
  @Test func messagesQuoteLongValuesShortly() throws {
    let message = try #require(
      errorMessage("xs = [1, 2, 3]\nxs[[123456789] * 100:]"))
    #expect(
      message
        == "a slice bound must be a whole number, got ["
        + String(repeating: "123456789, ", count: 6) + "12…"
    )
  }

  @Test func everyPathRespectsTheCollectionSize() {
    let session = limited(EvaluationLimits(collectionSize: 100))
    let literal =
      "[" + Array(repeating: "1", count: 101).joined(separator: ", ") + "]"
    #expect(
      errorMessage(literal, in: session)
        == "too large: at most 100 elements in a list or string")
    #expect(
      errorMessage("s = 'a' * 60\nstr([s, s])", in: session)
        == "str: the text would be longer than the 100 characters a string may hold"
    )
    let printed = transcript("s = 'a' * 60\nprint(s, s)", in: session)
    #expect(
      printed == String(repeating: "a", count: 60) + " "
        + String(repeating: "a", count: 39) + "…\n")
  }

  @Test(arguments: [
    ("512M", 512 << 20), ("2G", 2 << 30), ("1.5g", 3 << 29), ("4gb", 4 << 30),
    ("1048576", 1 << 20),
  ])
  func memorySizesAreRead(text: String, bytes: Int) {
    #expect(EvaluationLimits.byteCount(text) == bytes)
  }

  @Test(arguments: ["", "12", "-1G", "lots", "1e30", "nan", "0.5K"])
  func badMemorySizesAreRefused(text: String) {
    #expect(EvaluationLimits.byteCount(text) == nil)
  }

  @Test(arguments: [
    ("round(1e308, 2)", "1e+308\n"), ("round(-1e300, 15)", "-1e+300\n"),
    ("round(2.675, 2)", "2.68\n"), ("round(1234.5, -2)", "1200\n"),
    ("round(0 / 0, 2)", "nan\n"),
  ])
  func roundNeverOverflows(source: String, output: String) {
    #expect(transcript(source) == output)
  }

  @Test func dropoutRatesAgreeEverywhere() {
    // 0 ≤ p ≤ 1 for the builtin and for mlp, as for PyTorch's nn.Dropout.
    let refusal = "a dropout probability must be between 0 and 1, got 1.5"
    #expect(errorMessage("dropout(ones(2), p=1.5)") == "dropout: " + refusal)
    #expect(errorMessage("mlp([2, 3, 2], dropout=1.5)") == "mlp: " + refusal)
    #expect(
      transcript("dropout(ones(3), p=1, seed=1)") == "tensor([0, 0, 0])\n")
    #expect(errorMessage("mlp([2, 3, 2], dropout=1)") == nil)
  }

  @Test func messagesNameTheParameterAndNeverSayMinusNaN() {
    #expect(
      errorMessage("fit(mlp([2, 3, 2]), moons(n=20), epochs=1, clip=0)")
        == "fit: `clip` must be a positive number, got 0")
    #expect(
      errorMessage("mlp([2, 3, 2], dropout=0 / 0)")
        == "mlp: a dropout probability must be between 0 and 1, got nan"
    )
  }

  @Test func mlpChecksEachDropoutRateAsWritten() {
    // Checked before it becomes a Float (no -0.10000000149011612), and
    // also when the model has no hidden layer to use it.
    let refusal = "mlp: a dropout probability must be between 0 and 1, got "
    #expect(errorMessage("mlp([2, 3, 2], dropout=-0.1)") == refusal + "-0.1")
    #expect(errorMessage("mlp([2, 1], dropout=0 / 0)") == refusal + "nan")
    #expect(errorMessage("mlp([2, 1], dropout=[2])") == refusal + "2")
    #expect(errorMessage("mlp([2, 1], dropout=1)") == nil)
  }

  @Test func anErrorInAFunctionShowsItsOwnLineAndTheCall() {
    let session = makeSession()
    _ = session.run(
      "# helpers\nf = fn(x) => x + y\ng = fn(x) => 2 * f(x)",
      origin: SourceOrigin(file: "01-a.md", line: 10))
    let error = session.run(
      "z = 1\nprint(g(3))", origin: SourceOrigin(file: "01-a.md", line: 20)
    ).error
    #expect(
      error?.description == """
        01-a.md, line 11, column 18: unknown name `y`
          f = fn(x) => x + y
                           ^
        called at 01-a.md, line 21, column 7:
          print(g(3))
                ^^^^
        """)
  }

  @Test func echoedSourceIsCutToTheWidthAroundTheCaret() throws {
    let session = makeSession(SessionOptions(width: 40))
    let name = String(repeating: "n", count: 100_000)
    let error = try #require(
      session.run("x = 1 + " + name + " * 2", origin: .prompt).error)
    let lines = error.description.split(separator: "\n")
    #expect(lines.count == 3)
    #expect(lines[0].count <= LessonError.maximumMessageLength + 30)
    #expect(lines[1] == "  x = 1 + " + String(repeating: "n", count: 29) + "…")
    #expect(lines[2] == "          " + String(repeating: "^", count: 29))
    let late = try #require(
      session.run(
        "x = " + String(repeating: "1 + ", count: 40) + "nope", origin: .prompt
      ).error)
    let echoed = late.description.split(separator: "\n")
    #expect(echoed[1] == "  …" + String(repeating: " 1 +", count: 8) + " nope")
    #expect(echoed[2] == String(repeating: " ", count: 36) + "^^^^")
  }
}
