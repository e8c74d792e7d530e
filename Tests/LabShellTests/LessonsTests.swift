import Testing

@testable import LabShell
@testable import LineEditing

#if canImport(Glibc)
import Glibc
#endif

@Suite("LessonCatalog")
struct LessonCatalogTests {
  @Test func numbersNamesAndParsesEachFile() throws {
    let catalog = try Fixtures.catalog()
    #expect(catalog.entries.map(\.number) == [1, 2, 3])
    #expect(catalog.entries.map(\.name) == ["basics", "errors", "broken"])
    #expect(
      catalog.entries.map(\.title) == ["Basics of the lab", "Errors", "broken"])
    #expect((try? catalog.entries[2].lesson.get()) == nil)
  }

  @Test(arguments: [
    ("1", 1), ("01", 1), ("basics", 1), ("01-basics", 1), ("01-basics.md", 1),
    ("Err", 2), ("br", 3),
  ])
  func findsLessonsByNumberOrName(query: String, number: Int) throws {
    #expect(try Fixtures.catalog().entry(matching: query).number == number)
  }

  @Test func explainsWhatMatchesWhenNothingOrSeveralDo() throws {
    let catalog = try Fixtures.catalog()
    #expect(
      throws: ShellError(
        "no lesson \"9\"; choose one of: 1 basics, 2 errors, 3 broken")
    ) {
      try catalog.entry(matching: "9")
    }
    #expect(
      throws: ShellError(
        "\"b\" matches several lessons; choose one of: 1 basics, 3 broken")
    ) {
      try catalog.entry(matching: "b")
    }
  }

  @Test func missingFolderIsAnError() {
    #expect(throws: ShellError.self) {
      try LessonCatalog.load(directory: "/nonexistent/lessons")
    }
  }
}

@Suite("ResourceLocator")
struct ResourceLocatorTests {
  let folders: Set<String> = [
    "/pkg/Lessons", "/pkg/datasets", "/other/Lessons", "/work/mine",
  ]

  func locator(cwd: String, exe: String?, env: [String: String] = [:])
    -> ResourceLocator
  {
    let folders = self.folders
    return ResourceLocator(
      currentDirectory: cwd, executablePath: exe, environment: env
    ) { folders.contains($0) }
  }

  @Test func prefersOptionThenEnvironmentThenCurrentDirectoryThenExecutable()
    throws
  {
    let fromExe = locator(cwd: "/tmp/x", exe: "/pkg/.build/debug/trainlab")
    #expect(try fromExe.lessonsDirectory(explicit: nil) == "/pkg/Lessons")
    #expect(fromExe.datasetsDirectory() == "/pkg/datasets")
    #expect(
      try locator(cwd: "/other/sub", exe: "/pkg/.build/debug/trainlab")
        .lessonsDirectory(explicit: nil) == "/other/Lessons")
    let env = locator(cwd: "/work", exe: nil, env: ["TRAINLAB_LESSONS": "mine"])
    #expect(try env.lessonsDirectory(explicit: nil) == "/work/mine")
    #expect(
      try env.lessonsDirectory(explicit: "/other/Lessons") == "/other/Lessons")
  }

  @Test func reportsMissingFolders() {
    #expect(throws: ShellError("--lessons nope: no such folder")) {
      try locator(cwd: "/pkg", exe: nil).lessonsDirectory(explicit: "nope")
    }
    #expect(throws: ShellError.self) {
      try locator(cwd: "/tmp", exe: "/usr/bin/trainlab").lessonsDirectory(
        explicit: nil)
    }
    #expect(locator(cwd: "/tmp", exe: nil).datasetsDirectory() == nil)
  }

  @Test func parentPaths() {
    #expect(ResourceLocator.parent(of: "/a/b/c") == "/a/b")
    #expect(ResourceLocator.parent(of: "/a/") == "/")
    #expect(ResourceLocator.parent(of: "/") == "/")
  }
}

@Suite("LessonRunner")
struct LessonRunnerTests {
  func run(_ number: String) throws -> (text: String, report: LessonRunReport) {
    let entry = try Fixtures.catalog().entry(matching: number)
    let transcript = Transcript()
    let report = LessonRunner.run(
      try entry.lesson.get(), engine: FakeEngine(),
      display: .plain(width: 60, ascii: true),
      interrupt: InterruptFlag(), write: transcript.write)
    return (transcript.text, report)
  }

  @Test func printsProseCodeAndOutputsAndRecordsFailedExpectations() throws {
    let (text, report) = try run("1")
    let path = Fixtures.lessons + "/01-basics.md"
    #expect(
      text.hasPrefix(
        "Basics of the lab\n=================\n\nA first look at cells, variables and `rerun`.\n"
      ))
    #expect(text.contains("| slow 3\n| print(lr)\ntrained 3 epochs\n0.1\n"))
    #expect(
      text.hasSuffix(
        "| expect_fail the loss went up\nx expect failed: the loss went up\n"))
    #expect(
      report.outputs == [13: "0.1\n", 23: "trained 3 epochs\n0.1\n", 31: ""])
    #expect(
      report.failures.map(\.description) == [
        "\(path):30: step 3 (Checking): expect failed: the loss went up"
      ])
  }

  @Test func drawsProgressInPlaceOnATerminalOnly() throws {
    let lesson = try Fixtures.catalog().entry(matching: "1").lesson.get()
    let terminal = ShellDisplay(
      width: 60, color: false, ascii: true, interactive: true)
    let transcript = Transcript()
    _ = LessonRunner.run(
      lesson, engine: FakeEngine(), display: terminal,
      interrupt: InterruptFlag(), write: transcript.write)
    #expect(
      transcript.text.contains(
        "| print(lr)\n\r\u{1B}[2Kfit 1/3  [####........]  loss 1.0000"))
    #expect(
      transcript.text.contains("0:00 elapsed\r\u{1B}[2Ktrained 3 epochs\n0.1\n")
    )
    let (plain, _) = try run("1")
    #expect(!plain.contains("\r"))
  }

  @Test func stopsAtTheFirstErrorNamingStepAndLine() throws {
    let (text, report) = try run("2")
    let path = Fixtures.lessons + "/02-errors.md"
    #expect(
      report.failures == [
        LessonRunFailure(
          step: 1, stepTitle: "A failing cell", path: path, line: 10,
          message: "\(path):10: boom went off")
      ])
    #expect(text.hasSuffix("Stopped: 1 later cell(s) were not run.\n"))
    #expect(!report.succeeded)
  }
}

@Suite("LineEditing")
struct LineEditingTests {
  @Test func plainReaderReadsLinesThenEnd() throws {
    var fds: [Int32] = [0, 0]
    #expect(pipe(&fds) == 0)
    let text = "one\ntwo\r\n\nlast"
    _ = text.withCString { write(fds[1], $0, strlen($0)) }
    close(fds[1])
    defer { close(fds[0]) }
    let reader = PlainLineReader(fd: fds[0], interrupt: InterruptFlag())
    let lines = (0..<6).map { _ in reader.readLine(prompt: "lab> ") }
    #expect(
      lines == [
        .line("one"), .line("two"), .line(""), .line("last"), .endOfInput,
        .endOfInput,
      ])
  }

  @Test func historyPathFollowsXDG() {
    #expect(
      HistoryFile.path(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"])
        == "/s/trainlab/history")
    #expect(
      HistoryFile.path(environment: ["XDG_STATE_HOME": "rel", "HOME": "/h"])
        == "/h/.local/state/trainlab/history")
    #expect(
      HistoryFile.path(environment: ["HOME": "/h"])
        == "/h/.local/state/trainlab/history")
    #expect(HistoryFile.path(environment: [:]) == nil)
  }

  @Test func interruptFlagRaisesAndIsTaken() {
    let flag = InterruptFlag()
    #expect(!flag.isRaised)
    flag.raise()
    #expect(flag.isRaised)
    #expect(flag.take())
    #expect(!flag.take())
  }

  @Test func atomicWriteReplacesTheFile() throws {
    let path =
      "/tmp/trainlab-atomic-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).md"
    defer { unlink(path) }
    try FileSystem.writeTextAtomically("first", to: path)
    try FileSystem.writeTextAtomically("second\n", to: path)
    #expect(try FileSystem.readText(path) == "second\n")
    #expect(throws: ShellError.self) {
      try FileSystem.writeTextAtomically("x", to: "/nonexistent/dir/x.md")
    }
  }
}

@Suite("Completion words")
struct CompletionWordsTests {
  @Test func keepsWholeWordsAndMemberParts() {
    #expect(
      completionWords(
        ["train_loss", "train_acc", "test_acc"], completing: "tr") == [
          "train_acc", "train_loss",
        ])
    #expect(
      completionWords(["h.train_loss", "h.test_acc", "fit"], completing: "te")
        == ["test_acc"])
    #expect(
      completionWords(["epochs=", "epochs", "epochs"], completing: "ep") == [
        "epochs", "epochs=",
      ])
    #expect(completionWords([], completing: "x") == [])
  }
}
