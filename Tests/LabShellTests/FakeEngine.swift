import LessonKit
import LineEditing
import TermPlot

@testable import LabShell

#if canImport(Glibc)
import Glibc
#endif

/// A tiny stand-in for the lesson language, enough to drive the shell.
///
/// It understands:
/// - `name = value` sets a variable (value: a literal, or another name);
/// - `print(name)` prints a variable's value (or the literal);
/// - a bare `name` prints its value, or fails when undefined;
/// - `boom` raises an error; `expect_fail MESSAGE` fails an expectation;
/// - `slow N` does N steps of 1 ms each, reporting progress and checking
///   for cancellation between steps; `cancel_self` raises `cancelFlag`;
/// - a line ending in `:` opens a block closed by `end`.
final class FakeEngine: LessonEngine {
  var variables: [String: String] = [:]
  var output: (String) -> Void = { print($0, terminator: "") }
  var isCancelled: @Sendable () -> Bool = { false }
  var progress: ((ProgressUpdate) -> Void)?
  var runs: [(source: String, file: String, line: Int)] = []
  var resets = 0
  /// Raised by `cancel_self`, to test cancellation without signals.
  var cancelFlag: InterruptFlag?

  var builtinNames: [String] { ["fit", "print", "plot"] }

  func needsMoreInput(_ source: String) -> Bool {
    let lines = source.split(separator: "\n").map { $0.trimmingCharacters() }
    return lines.filter { $0.hasSuffix(":") }.count
      > lines.filter { $0 == "end" }.count
  }

  func problems(in lesson: Lesson) -> [LessonFileProblem] {
    lesson.cells.flatMap { _, cell in
      cell.source.split(separator: "\n", omittingEmptySubsequences: false)
        .enumerated().compactMap { offset, text in
          text.contains("???")
            ? LessonFileProblem(
              path: lesson.path, line: cell.line + offset,
              message: "cannot read \"???\"") : nil
        }
    }
  }

  func completions(line: String, cursor: Int) -> [String] {
    builtinNames + variables.keys.sorted()
  }

  func reset() {
    variables = [:]
    resets += 1
  }

  func variableSummaries() -> [(name: String, summary: String)] {
    variables.keys.sorted().map { ($0, variables[$0] ?? "") }
  }

  func helpText(for name: String) -> String? {
    name == "fit" ? "fit(model, data) trains a model." : nil
  }

  func run(_ source: String, file: String, line: Int, size: RenderSize)
    -> CellOutcome
  {
    runs.append((source, file, line))
    var outcome = CellOutcome()
    func say(_ text: String) {
      outcome.transcript += text + "\n"
      output(text + "\n")
    }
    for (offset, raw) in source.split(
      separator: "\n", omittingEmptySubsequences: false
    ).enumerated() {
      let text = raw.trimmingCharacters()
      if text.isEmpty || text.hasPrefix("#") || text.hasSuffix(":")
        || text == "end"
      {
        continue
      }
      if text == "boom" {
        outcome.error = "\(file):\(line + offset): boom went off"
        outcome.errorLine = line + offset
        return outcome
      }
      if text == "cancel_self" {
        cancelFlag?.raise()
        continue
      }
      if text.hasPrefix("expect_fail ") {
        outcome.failedExpectations.append(String(text.dropFirst(12)))
        continue
      }
      if text.hasPrefix("slow "), let steps = Int(text.dropFirst(5)) {
        for step in 1...max(steps, 1) {
          if isCancelled() {
            outcome.cancelled = true
            return outcome
          }
          usleep(1000)
          progress?(
            ProgressUpdate(
              label: "fit", completed: step, total: steps,
              detail: "loss "
                + ProgressLine.fixed(1 / Double(step), decimals: 4)))
        }
        say("trained \(steps) epochs")
        continue
      }
      if text.hasPrefix("print(") && text.hasSuffix(")") {
        let name = String(text.dropFirst(6).dropLast())
        say(variables[name] ?? name)
        continue
      }
      if let equals = text.firstIndex(of: "=") {
        let name = text[..<equals].trimmingCharacters()
        let value = text[text.index(after: equals)...].trimmingCharacters()
        variables[name] = variables[value] ?? value
        continue
      }
      if let value = variables[text] {
        say(value)
        continue
      }
      outcome.error = "\(file):\(line + offset): name '\(text)' is not defined"
      outcome.errorLine = line + offset
      return outcome
    }
    return outcome
  }
}

extension StringProtocol {
  func trimmingCharacters() -> String {
    String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
  }
}

/// Lines to feed the shell, then the end of input.
final class ScriptedReader: LineReader {
  var lines: [LineInput]
  var prompts: [String] = []
  var completer: ((String, Int) -> [String])?
  var history: [String] = []
  /// Called before each line is handed out, to raise a flag for instance.
  var beforeEach: ((Int) -> Void)?

  init(_ lines: [LineInput]) { self.lines = lines }
  convenience init(_ lines: [String]) { self.init(lines.map { .line($0) }) }

  func readLine(prompt: String) -> LineInput {
    prompts.append(prompt)
    guard !lines.isEmpty else { return .endOfInput }
    return lines.removeFirst()
  }

  func addToHistory(_ line: String) { history.append(line) }
}

/// Collects what the shell writes.
final class Transcript {
  var text = ""
  func write(_ piece: String) { text += piece }
}

enum Fixtures {
  /// Tests/LabShellTests/Fixtures/Lessons, found from this file's path.
  static let lessons: String = {
    let file = #filePath
    let folder = file.split(separator: "/", omittingEmptySubsequences: false)
      .dropLast().joined(separator: "/")
    return folder + "/Fixtures/Lessons"
  }()

  static func catalog() throws -> LessonCatalog {
    try LessonCatalog.load(directory: lessons)
  }
}
