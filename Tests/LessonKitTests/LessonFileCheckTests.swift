import Testing

@testable import LessonKit

@Suite("LessonFile.checkCells")
struct LessonFileCheckTests {
  func problems(
    _ text: String, builtins: [String] = ["print", "fit", "range", "abs"]
  ) throws -> [String] {
    let lesson = try LessonFile.parse(text, path: "l.md")
    return LessonFile.checkCells(of: lesson, builtinNames: builtins).map(
      \.description)
  }

  @Test func cleanLessonHasNoProblems() throws {
    let text = """
      # T
      ## S
      ```lab
      f = fn(a, b) => abs(a - b)
      for i in range(3):
          print(f(i, 1))
      end
      ```
      ```lab
      print(f(2, 1))
      g(1)
      ```
      ## Later
      ```lab
      g = fn(x) => x
      ```
      """
    #expect(try problems(text) == [])
  }

  @Test func reportsSyntaxErrorsAndUnknownBuiltinsWithFileLines() throws {
    let text = """
      # T
      ## S
      ```lab
      x = (1 +
      ```
      ```lab
      y = 2
      prnt(y)
      if y > 1:
          fitt(y)
      end
      ```
      """
    let found = try problems(text)
    #expect(found.count == 3)
    #expect(found[0].hasPrefix("l.md:4: column "))
    #expect(
      found[1]
        == "l.md:8: column 1: unknown builtin `prnt`; did you mean `print`?")
    #expect(
      found[2]
        == "l.md:10: column 5: unknown builtin `fitt`; did you mean `fit`?")
  }

  @Test func oneSyntaxProblemPerLine() throws {
    let found = try problems("# T\n## S\n```lab\nx = )\ny = ]\n```\n")
    #expect(
      found.map { $0.split(separator: ":").prefix(2).joined(separator: ":") }
        == ["l.md:4", "l.md:5"])
  }

  /// `trainlab check` runs a call of a builtin that `checksLiteralCalls`
  /// when every argument is a literal, and reports its error; a call with a
  /// variable argument, or of a builtin the lesson redefines, is not run.
  @Test func literalCallsOfDataBuiltinsAreChecked() throws {
    let text = """
      # T
      ## S
      ```lab
      d = make_data([[1, 2], [3, 4]], [0, 1e19], task="classification")
      ok = make_data([[1, 2], [3, 4]], [0, 1], task="classification")
      t = tensor([[1, 2], [-1e39, 3]])
      y = [0, 1e19]
      later = make_data([[1, 2], [3, 4]], y, task="classification")
      ```
      ```lab
      zeros = fn(n) => n
      print(zeros(-1))
      ```
      """
    let lesson = try LessonFile.parse(text, path: "l.md")
    let found = makeSession().problems(in: lesson).map(\.description)
    #expect(
      found == [
        "l.md:4: column 33: make_data: class labels must be whole numbers from 0 to 99999; item 2 of `y` (`y[1]`) is 1e+19",
        "l.md:6: column 5: tensor: row 2, column 1 of `values` (`values[1][0]`) is -1e+39, beyond the ±3.4e38 of a 32-bit float; tensors and data sets hold finite numbers only",
      ])
  }
}
