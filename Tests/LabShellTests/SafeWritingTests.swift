import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The one safe writer behind `save`, `--export` and `--svg`.
///
/// A fresh exclusive temporary, the mode kept, no write through links or
/// into FIFOs and devices, nothing published by a failed or interrupted
/// run, no temporary left behind; through the real executable.
@Suite("safe writing", .serialized)
struct SafeWritingTests {
  let lessons = ["--lessons", Executable.lessons]

  /// A lesson whose only cell prints a marker and then runs until stopped.
  static let endless = """
    # Endless

    ## Forever

    ```lab
    print("started")
    s = 0
    while true:
        s = s + 1
    end
    ```

    """

  func mode(_ path: String) -> mode_t {
    var info = stat()
    stat(path, &info)
    return info.st_mode & 0o7777
  }

  @Test func anExportKeepsTheModeOfTheFileItReplacesAndSaysSo() throws {
    let scratch = try ScratchFolder("export")
    let export = try scratch.write("out.md", "private notes\n")
    chmod(export, 0o600)
    let result = try Executable.run(["run", "1", "--export", export] + lessons)
    #expect(result.status == 0)
    #expect(
      result.stderr
        == "trainlab: wrote \(export) (it replaced the file there)\n"
    )
    #expect(mode(export) == 0o600)
    #expect(
      try String(contentsOfFile: export, encoding: .utf8).contains("```text"))
    #expect(scratch.names() == ["out.md"])  // no temporary left
  }

  @Test(arguments: ["link", "fifo", "device"])
  func aTargetThatIsNotARegularFileIsRefused(kind: String) throws {
    let scratch = try ScratchFolder("target")
    let victim = try scratch.write("victim.txt", "untouched\n")
    let target = scratch.path + "/out.md"
    var reason = "it is a symbolic link"
    switch kind {
    case "link": scratch.link("out.md", to: victim)
    case "fifo":
      scratch.fifo("out.md")
      reason = "it is a FIFO (named pipe)"
    default:
      scratch.link("out.md", to: "/dev/null")
    }
    let result = try Executable.run(
      ["run", "1", "--export", target] + lessons)
    #expect(result.status == 1)
    // Fitted to 80 columns (standard error is a file): the path whole on
    // its line, the message read back joined.
    #expect(
      result.stderr.split(separator: "\n").map {
        $0.trimmingCharacters(in: .whitespaces)
      }.joined(separator: " ")
        == "Error: cannot write \(target): \(reason), not a regular file; choose another name"
    )
    #expect(
      result.stderr.split(separator: "\n").contains {
        $0.contains(target)
      })
    #expect(
      try String(contentsOfFile: victim, encoding: .utf8) == "untouched\n")
    #expect(scratch.names() == ["out.md", "victim.txt"])
  }

  @Test func aFailedRunDoesNotReplaceAGoodExport() throws {
    let scratch = try ScratchFolder("failed")
    let export = try scratch.write("out.md", "a good export\n")
    try FileManager.default.createDirectory(
      atPath: scratch.path + "/svg", withIntermediateDirectories: true)
    let result = try Executable.run(
      ["run", "2", "--export", export, "--svg", scratch.path + "/svg"]
        + lessons)
    #expect(result.status == 1)
    #expect(
      result.stderr.hasPrefix(
        "trainlab: did not write \(export): the run failed\ntrainlab: did not write \(scratch.path)/svg: the run failed\n"
      ))
    #expect(
      try String(contentsOfFile: export, encoding: .utf8) == "a good export\n")
    #expect(scratch.names(under: "svg") == [])
  }

  @Test(arguments: [SIGINT, SIGTERM, SIGHUP])
  func anInterruptedRunPublishesNothingAndLeavesNoTemporary(signal: Int32)
    throws
  {
    let scratch = try ScratchFolder("interrupted")
    try scratch.write("lessons/01-endless.md", Self.endless)
    let export = try scratch.write("out.md", "a good export\n")
    let result = try Executable.run(
      ["run", "1", "--export", export, "--lessons", scratch.path + "/lessons"],
      signal: .init(number: signal, marker: "started\n"))
    #expect(result.status == (signal == SIGINT ? 1 : 128 + signal))
    #expect(result.stderr.contains("did not write \(export): the run failed"))
    #expect(
      try String(contentsOfFile: export, encoding: .utf8) == "a good export\n")
    #expect(scratch.names() == ["lessons", "out.md"])
  }

  @Test func saveAtThePipedPromptReplacesAndSaysSo() throws {
    let scratch = try ScratchFolder("save")
    let file = try scratch.write("chart.svg", "old\n")
    chmod(file, 0o640)
    let folder = scratch.path + "/folder.svg"
    try FileManager.default.createDirectory(
      atPath: folder, withIntermediateDirectories: true)
    // Wide enough that the temporary paths stay on one line.
    let result = try Executable.run(
      ["--width", "400"] + lessons,
      input: "plot([1, 2, 3])\nsave \(file)\nsave \(folder)\n")
    #expect(
      result.stdout.contains(
        "Saved the last chart to \(file), replacing the file there.\n"))
    #expect(
      result.stdout.contains(
        "error: cannot write \(folder): it is a folder, not a regular file; choose another name\n"
      ))
    #expect(mode(file) == 0o640)
    #expect(try String(contentsOfFile: file, encoding: .utf8).hasPrefix("<svg"))
    #expect(scratch.names() == ["chart.svg", "folder.svg"])
  }

  @Test func saveWithTwoWordsIsAUsageMessage() throws {
    let result = try Executable.run(
      lessons, input: "save a b.svg\nsave = 3\nsave + 1\n")
    #expect(
      result.stdout.hasSuffix(
        "save takes one file name ending in .svg (no spaces), as in \"save loss.svg\"\n4\n"
      ))
  }
}
