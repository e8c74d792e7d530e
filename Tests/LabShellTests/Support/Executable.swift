import Foundation
import LineEditing

#if canImport(Glibc)
import Glibc
#endif

/// Runs the built `trainlab` executable (and tmux) for the end-to-end tests.
///
/// Children are started with `ChildProcess` (the test runner blocks
/// signals in its threads, and a child must get Ctrl-C). Standard output
/// and error go to temporary files, read after the child ends, so no pipe
/// can fill up and nothing waits for a daemon that keeps them open.
enum Executable {
  /// `.build/<config>/trainlab`, next to the test bundle.
  static let trainlab: String = {
    var folder = URL(fileURLWithPath: CommandLine.arguments[0])
      .deletingLastPathComponent()
    while !FileManager.default.fileExists(
      atPath: folder.appendingPathComponent("trainlab").path),
      folder.path != "/"
    {
      folder.deleteLastPathComponent()
    }
    return folder.appendingPathComponent("trainlab").path
  }()

  /// The language fixture lessons.
  static let lessons: String = {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent()
      .appendingPathComponent("Fixtures/LanguageLessons").path
  }()

  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  /// Where the child's standard output goes.
  enum Output {
    /// A temporary file, read back into `Result.stdout`.
    case captured
    /// This file (`/dev/full`, say); `Result.stdout` is empty.
    case file(String)
    /// Closed: the child starts without a descriptor 1.
    case closed
  }

  /// A signal to send the child once its standard output contains `marker`.
  struct Signal {
    var number: Int32
    var marker: String
  }

  /// Runs `path` with `arguments`, with `input` as standard input (a file,
  /// so not a terminal), and waits for it to end.
  static func run(
    _ arguments: [String], executable path: String = trainlab,
    input: String = "",
    environment: [String: String] = [:], output: Output = .captured,
    signal: Signal? = nil
  ) throws -> Result {
    let base = NSTemporaryDirectory() + "trainlab-run-\(UUID().uuidString)"
    let inputPath = base + ".in"
    let outputPath = base + ".out"
    let errorPath = base + ".err"
    defer {
      for file in [inputPath, outputPath, errorPath] {
        try? FileManager.default.removeItem(atPath: file)
      }
    }
    try input.write(toFile: inputPath, atomically: false, encoding: .utf8)

    var env = ProcessInfo.processInfo.environment
    env["NO_COLOR"] = nil
    env["TRAINLAB_LESSONS"] = nil
    // English, whatever the locale of the machine running the tests (a
    // test of another language sets its own).
    env["TRAINLAB_LANG"] = "en"
    for (key, value) in environment { env[key] = value }

    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, inputPath, O_RDONLY, 0)
    switch output {
    case .captured:
      posix_spawn_file_actions_addopen(
        &actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    case .file(let file):
      posix_spawn_file_actions_addopen(&actions, 1, file, O_WRONLY, 0)
    case .closed:
      posix_spawn_file_actions_addclose(&actions, 1)
    }
    posix_spawn_file_actions_addopen(
      &actions, 2, errorPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)

    let pid: pid_t
    do {
      pid = try ChildProcess.spawn(
        path, arguments: [path] + arguments,
        environment: env.map { "\($0.key)=\($0.value)" },
        fileActions: &actions)
    } catch {
      throw SpawnError(message: "cannot start \(path): \(error.reason)")
    }
    var status: Int32 = 0
    if let signal {
      // Poll the output until the marker shows, then signal the child.
      let deadline = Date().addingTimeInterval(120)
      while Date() < deadline {
        if waitpid(pid, &status, WNOHANG) == pid {
          throw SpawnError(message: "the child ended before the marker")
        }
        let text = (try? String(contentsOfFile: outputPath, encoding: .utf8))
        if text?.contains(signal.marker) == true { break }
        usleep(20_000)
      }
      kill(pid, signal.number)
    }
    return Result(
      status: ChildProcess.waitForExit(pid),
      stdout: (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? "",
      stderr: (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? "")
  }

  /// The path of `tmux`, if installed.
  static let tmux: String? = {
    for folder in ["/usr/bin", "/usr/local/bin", "/bin"] {
      let path = folder + "/tmux"
      if FileManager.default.isExecutableFile(atPath: path) { return path }
    }
    return nil
  }()
}

struct SpawnError: Error, CustomStringConvertible {
  var message: String
  var description: String { message }
}
