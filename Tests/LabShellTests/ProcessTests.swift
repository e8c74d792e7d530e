import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// What the process does with its exit status, its output and the terminal.
///
/// Command typos, lost output, control characters from lessons, files and
/// values; through the real executable.
@Suite("trainlab process", .serialized)
struct ProcessTests {
  let lessons = ["--lessons", Executable.lessons]

  @Test func aMistypedCommandIsAUsageErrorWithASuggestion() throws {
    let result = try Executable.run(["lsit"] + lessons, input: "quit\n")
    #expect(result.status == 64)
    #expect(result.stdout == "")
    #expect(
      result.stderr
        == "trainlab: \"lsit\" is not a command; did you mean `list`?\n`trainlab --help` lists the commands.\n"
    )
    let unknown = try Executable.run(["xyzzy"] + lessons, input: "quit\n")
    #expect(unknown.status == 64)
    #expect(
      unknown.stderr.hasPrefix(
        "trainlab: \"xyzzy\" is not a command, and no lesson \"xyzzy\"; choose one of: 1 stepping"
      ))
    // More arguments, or no lessons folder, do not hide the typo.
    let typo =
      "is not a command; did you mean `run`?\n`trainlab --help` lists the commands.\n"
    for arguments in [
      ["rn", "1"] + lessons, ["rn", "1", "--width", "60"],
      ["rn", "--lessons", "/nonexistent-trainlab-folder"],
    ] {
      let result = try Executable.run(arguments, input: "quit\n")
      #expect(result.status == 64, "\(arguments)")
      #expect(result.stdout == "", "\(arguments)")
      #expect(result.stderr == "trainlab: \"rn\" " + typo, "\(arguments)")
    }
    let extra = try Executable.run(["1", "2"] + lessons, input: "quit\n")
    #expect(extra.status == 64)
    #expect(extra.stderr.hasPrefix("Error: Unexpected argument '2'\n"))
    // A lesson's name or number still opens it.
    let lesson = try Executable.run(["stepping"] + lessons, input: "quit\n")
    #expect(lesson.status == 0)
    #expect(lesson.stdout.contains("Stepping through a lesson"))
  }

  @Test(arguments: [
    ["run", "--all"], ["list"], ["run", "1"],
  ])
  func lostOutputIsAnErrorOnStandardError(arguments: [String]) throws {
    for output in [Executable.Output.file("/dev/full"), .closed] {
      let result = try Executable.run(arguments + lessons, output: output)
      #expect(result.status == 74)
      // Said once, and no cell is called interrupted for it.
      let reason =
        output.isClosed ? "Bad file descriptor" : "No space left on device"
      #expect(
        result.stderr
          == "trainlab: the output could not be written (\(reason))\n")
    }
  }

  @Test func controlCharactersFromALessonAFileAndValuesAreMadeVisible() throws {
    let scratch = try ScratchFolder("controls")
    let esc = "\u{1B}"
    try scratch.write(
      "lessons/01-\(esc)[31mred.md",
      """
      # Title \(esc)]0;pwned\u{07}

      Prose \(esc)]52;c;aGk=\u{07} and \u{9B}2J.

      ## Step \(esc)[2J

      ```lab
      print("cell \(esc)[1A")
      d = dataset("names")
      print(d.names)
      d
      ```

      """)
    try scratch.write("data/names.csv", "a\(esc)[8m,y\n1,0\n2,1\n")
    try scratch.write("data/\(esc)]0;x\u{07}.csv", "a,y\n1,0\n")
    let folders = [
      "--lessons", scratch.path + "/lessons", "--datasets",
      scratch.path + "/data",
    ]
    let export = scratch.path + "/out.md"
    let run = try Executable.run(
      ["run", "1", "--width", "60", "--export", export] + folders)
    let list = try Executable.run(["list"] + folders)
    let shell = try Executable.run(
      folders,
      input: "\"typed \(esc)]0;t\u{07}\"\nx\(esc)[2J = 1\ndataset(\"nope\")\n")
    let exported = try String(contentsOfFile: export, encoding: .utf8)
    for text in [run.stdout, run.stderr, list.stdout, shell.stdout, exported] {
      #expect(!text.contains(esc))
      #expect(!text.contains("\u{07}"))
      #expect(!text.contains("\u{9B}"))
    }
    #expect(run.status == 0)
    #expect(run.stdout.hasPrefix("Title ^[]0;pwned^G\n"))
    #expect(run.stdout.contains("Prose ^[]52;c;aGk=^G and M-^[2J."))
    #expect(run.stdout.contains("Step 1/1 · Step ^[[2J\n"))
    #expect(run.stdout.contains("\ncell ^[[1A\n"))
    #expect(run.stdout.contains("a^[[8m"))
    #expect(list.stdout.contains("1. Title ^[]0;pwned^G"))
    #expect(shell.stdout.contains("\ntyped ^[]0;t^G\n"))
    #expect(shell.stdout.contains("(available: names)"))
  }
}

extension Executable.Output {
  var isClosed: Bool {
    if case .closed = self { return true }
    return false
  }
}
