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

  private func limited(_ limits: EvaluationLimits) -> Session {
    makeSession(SessionOptions(limits: limits))
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
}
