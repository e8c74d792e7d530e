import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Lessons and data sets that are not what their names say, and writes
/// that must not land where they should not, through the real executable.
@Suite("hostile files", .serialized)
struct HostileFilesTests {
  static let lesson = """
    # A small lesson

    ## One step

    ```lab
    print("the answer is", 6 * 7)
    ```

    """

  /// A lessons folder with one good lesson and one file of each hostile
  /// kind, and a datasets folder likewise.
  func hostileFolders() throws -> ScratchFolder {
    let scratch = try ScratchFolder("hostile")
    try scratch.write("lessons/01-good.md", Self.lesson)
    scratch.link("lessons/02-zero.md", to: "/dev/zero")
    scratch.fifo("lessons/03-fifo.md")
    scratch.link("lessons/04-passwd.md", to: "/etc/passwd")
    try scratch.write("data/ok.csv", "x,y\n1,0\n2,1\n")
    scratch.link("data/zero.csv", to: "/dev/zero")
    scratch.link("data/passwd.csv", to: "/etc/passwd")
    scratch.link("data/environ.csv", to: "/proc/self/environ")
    scratch.fifo("data/fifo.csv")
    return scratch
  }

  @Test func listAndTheShellStartDespiteFIFOsDevicesAndLinksOut() throws {
    let scratch = try hostileFolders()
    let lessons = ["--lessons", scratch.path + "/lessons"]
    let list = try Executable.run(["list", "--width", "80"] + lessons)
    #expect(list.status == 0)
    #expect(
      list.stdout == """
        Lessons
          1. A small lesson
          2. zero (not a valid lesson: `trainlab check` says why)
          3. fifo (not a valid lesson: `trainlab check` says why)
          4. passwd (not a valid lesson: `trainlab check` says why)

        """)
    let shell = try Executable.run(lessons, input: "open 1\n\n\nquit\n")
    #expect(shell.status == 0)
    #expect(shell.stdout.contains("the answer is 42\n"))
    let check = try Executable.run(["check", "2", "3", "4"] + lessons)
    let folder = scratch.path + "/lessons"
    #expect(check.status == 1)
    #expect(
      check.stderr == """
        \(folder)/02-zero.md:1: cannot read the file (it leads outside the folder \(folder))
        \(folder)/03-fifo.md:1: cannot read the file (it is a FIFO (named pipe), not a regular file)
        \(folder)/04-passwd.md:1: cannot read the file (it leads outside the folder \(folder))

        """)
    // Named by path, each is refused for what it is, the path said once.
    let named = try Executable.run(
      ["check", folder + "/02-zero.md", folder + "/03-fifo.md"])
    #expect(named.status == 1)
    #expect(
      named.stderr == """
        \(folder)/02-zero.md: cannot read the file (it is a device, not a regular file)
        \(folder)/03-fifo.md: cannot read the file (it is a FIFO (named pipe), not a regular file)

        """)
  }

  /// `open PATH` in the shell refuses a FIFO or a device for what it is,
  /// in the words `check` uses (one owner), in English and Chinese.
  @Test(arguments: ["en", "zh"])
  func openInTheShellSaysWhatTheFileIsAsCheckDoes(language: String) throws {
    let scratch = try hostileFolders()
    let folder = scratch.path + "/lessons"
    let files = [folder + "/02-zero.md", folder + "/03-fifo.md"]
    let options = ["--lessons", folder, "--lang", language, "--width", "200"]
    let check = try Executable.run(["check"] + files + options)
    let shell = try Executable.run(
      options, input: files.map { "open \($0)\n" }.joined() + "quit\n")
    #expect(shell.status == 0)
    let refusals = check.stderr.split(separator: "\n")
    #expect(refusals.count == 2)
    for refusal in refusals {
      #expect(shell.stdout.contains(refusal + "\n"))
    }
  }

  /// A file whose name holds a control character is named once, as it is
  /// shown (the check for "already named" compares the shown name).
  @Test func aPathWithAControlCharacterIsNamedOnce() throws {
    let scratch = try ScratchFolder("control-name")
    scratch.fifo("e\u{1B}x.md")
    let path = scratch.path + "/e\u{1B}x.md"
    let result = try Executable.run(
      ["check", path, "--lessons", Executable.lessons])
    #expect(result.status == 1)
    #expect(!result.stderr.contains("\u{1B}"))
    #expect(
      result.stderr.components(separatedBy: "x.md").count == 2,
      "\(result.stderr)")
  }

  /// A file named like a lesson in the current folder (`1`, `dropout`)
  /// does not hide the lesson: a query is a path only when it looks like
  /// one (a `/`, or `.md` at its end).
  @Test func aStrayFileDoesNotHideALesson() throws {
    let scratch = try ScratchFolder("stray-file")
    for name in ["1", "stepping"] {
      try "hi\n".write(
        toFile: scratch.path + "/" + name, atomically: false, encoding: .utf8)
    }
    // Run in that folder (`env -C`: the test process's own folder stays).
    let inFolder = ["-C", scratch.path, Executable.trainlab]
    let shell = try Executable.run(
      inFolder + ["--lessons", Executable.lessons],
      executable: "/usr/bin/env", input: "open 1\nopen stepping\nquit\n")
    #expect(shell.status == 0)
    #expect(!shell.stdout.contains("not a valid lesson"), "\(shell.stdout)")
    #expect(
      shell.stdout.components(separatedBy: "Stepping through a lesson").count
        == 4)  // the welcome's list, then each open
    let command = try Executable.run(
      inFolder + ["check", "1", "--lessons", Executable.lessons],
      executable: "/usr/bin/env")
    #expect(command.status == 0, "\(command.stderr)")
  }

  @Test func datasetsAreReadOnlyFromRegularFilesInsideTheirFolder() throws {
    let scratch = try hostileFolders()
    let data = scratch.path + "/data"
    let input =
      ["ok", "zero", "passwd", "environ", "fifo"].map {
        "d = dataset(\"\($0)\")\n"
      }.joined() + "d.n\n"
    // Wide enough that the temporary paths stay on one line.
    let result = try Executable.run(
      ["--lessons", scratch.path + "/lessons", "--datasets", data]
        + ["--width", "400"],
      input: input)
    #expect(result.status == 0)
    #expect(result.stdout.contains("\n2\n"))  // ok.csv was loaded
    for name in ["zero", "passwd", "environ"] {
      #expect(
        result.stdout.contains(
          "dataset: \(data)/\(name).csv: cannot read the file (it leads outside the folder \(data))"
        ))
    }
    #expect(
      result.stdout.contains(
        "dataset: \(data)/fifo.csv: cannot read the file (it is a FIFO (named pipe), not a regular file)"
      ))
    #expect(!result.stdout.contains("root:"))
    #expect(!result.stdout.contains("PATH="))
  }

  @Test func aCSVErrorQuotesOnlyAShortExcerpt() throws {
    let scratch = try ScratchFolder("excerpt")
    let secret = String(repeating: "s3cret", count: 200)
    try scratch.write("data/leak.csv", "a,b\n\(secret),1\n")
    let result = try Executable.run(
      ["--lessons", Executable.lessons, "--datasets", scratch.path + "/data"]
        + ["--width", "400"],
      input: "dataset(\"leak\")\n")
    #expect(
      result.stdout.contains(
        ":2:1: \"s3crets3crets3crets3crets3crets3crets3c…\" is not a number"))
    #expect(!result.stdout.contains(String(repeating: "s3cret", count: 8)))
  }

  /// Every control character, C1 control and bidi override in `text`
  /// other than tab and line feed.
  static func controls(in text: String) -> [String] {
    text.unicodeScalars.filter { scalar in
      let value = scalar.value
      return (value < 0x20 && value != 0x09 && value != 0x0A)
        || (0x7F...0x9F).contains(value) || (0x202A...0x202E).contains(value)
        || (0x2066...0x2069).contains(value)
    }.map { String(format: "U+%04X", $0.value) }
  }

  /// ESC sequences (window title, clipboard, clear screen), BEL, CR, a C1
  /// CSI, NEL and a right-to-left override, in each place a learner or a
  /// downloaded lesson can put text: command-line arguments echoed in
  /// errors, a lesson's title, prose and code, a data set's file name and
  /// cells, a printed string.
  @Test func noControlCharacterReachesTheTerminal() throws {
    let hostile =
      "\u{1B}]0;pwned\u{07}\u{1B}]52;c;aGk=\u{1B}\\\u{1B}[2J\rX\u{9B}31m\u{85}\u{202E}Z"
    let scratch = try ScratchFolder("controls")
    try scratch.write(
      "lessons/01-\(hostile).md",
      """
      # Title \(hostile)

      Prose \(hostile)

      ## Step \(hostile)

      ```lab
      print("cell \(hostile)")
      d = dataset("cells")
      d
      ```

      """)
    try scratch.write("data/cells.csv", "a\(hostile),y\n1,0\n2,1\n")
    let folders = [
      "--lessons", scratch.path + "/lessons", "--datasets",
      scratch.path + "/data",
    ]
    for arguments in [
      ["run", hostile] + folders, ["--memory", hostile] + folders,
      ["run", "1", "--width", hostile] + folders, ["lsit\(hostile)"],
      ["list"] + folders, ["run", "1"] + folders, ["run", "--all"] + folders,
      ["1"] + folders,
    ] {
      let result = try Executable.run(
        arguments, input: "print(\"typed \(hostile)\")\n")
      #expect(result.stdout.contains("\u{1B}") == false, "\(arguments)")
      #expect(Self.controls(in: result.stdout) == [], "\(arguments)")
      #expect(Self.controls(in: result.stderr) == [], "\(arguments)")
      #expect(!(result.stdout + result.stderr).isEmpty, "\(arguments)")
    }
  }

  @Test func aByteOrderMarkAndCRLFLessonReadsAsText() throws {
    let scratch = try ScratchFolder("bom")
    let crlf = Self.lesson.replacingOccurrences(of: "\n", with: "\r\n")
    try scratch.write("lessons/01-bom.md", "\u{FEFF}" + crlf)
    try scratch.write(
      "lessons/02-cr.md", Self.lesson.replacingOccurrences(of: "\n", with: "\r")
    )
    let result = try Executable.run(
      ["run", "--all", "--lessons", scratch.path + "/lessons"])
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("A small lesson\n══════════════\n"))
    #expect(
      result.stdout.components(separatedBy: "the answer is 42\n").count == 3)
    #expect(!result.stdout.contains("\r"))
  }

  @Test func pipedInputWithAByteOrderMarkAndCRLineEndings() throws {
    let result = try Executable.run(
      ["--lessons", Executable.lessons],
      input: "\u{FEFF}x = 1\r\ny = 2\rprint(x + y)\r\nx * 10\r")
    #expect(result.status == 0)
    #expect(result.stdout.hasSuffix(" leaves.\n3\n10\n"))
  }
}
