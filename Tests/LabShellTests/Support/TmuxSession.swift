import Foundation
import Testing

/// A program running in a private tmux server, driven by keys and read
/// back from the screen: the end-to-end tests' pseudo-terminal.
///
/// Every wait polls the screen until the expected text appears, with a
/// generous timeout, so the tests hold on a busy machine without sleeps.
final class TmuxSession {
  let socket = "trainlab-test-\(getpid())-\(UUID().uuidString.prefix(8))"
  let tmux: String
  /// The prompt `command` waits for.
  let prompt = "lab>"

  /// Starts `command` (a shell command line) in a `width`×`height` window.
  init(command: String, width: Int, height: Int, tmux: String) throws {
    self.tmux = tmux
    let result = try Executable.run(
      [
        "-L", socket, "new-session", "-d", "-s", "main", "-x", "\(width)", "-y",
        "\(height)", command,
      ],
      executable: tmux)
    if result.status != 0 {
      throw TmuxError(
        message: "tmux new-session failed with status \(result.status)")
    }
  }

  deinit {
    _ = try? run(["kill-server"])
    unlink("/tmp/tmux-\(getuid())/\(socket)")
  }

  @discardableResult
  private func run(_ arguments: [String]) throws -> String {
    let result = try Executable.run(
      ["-L", socket] + arguments, executable: tmux)
    if result.status != 0 {
      throw TmuxError(
        message: "tmux \(arguments.joined(separator: " ")): \(result.stderr)")
    }
    return result.stdout
  }

  /// Types `text` literally.
  func type(_ text: String) throws {
    try run(["send-keys", "-t", "main", "-l", text])
  }

  /// Presses keys by tmux name: "Enter", "C-c", "C-d".
  func press(_ keys: String...) throws {
    try run(["send-keys", "-t", "main"] + keys)
  }

  /// Types `line` and presses Enter.
  func enter(_ line: String = "") throws {
    if !line.isEmpty { try type(line) }
    try press("Enter")
  }

  /// The number of screen lines that start with the prompt.
  func prompts() throws -> Int {
    try screen().split(separator: "\n").filter { $0.hasPrefix(prompt) }.count
  }

  /// Waits for the prompt, types `line`, presses Enter and waits until the
  /// next prompt is shown: a command that finishes on its own.
  func command(
    _ line: String, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    try waitForLastLine(prompt, sourceLocation: sourceLocation)
    let before = try prompts()
    try enter(line)
    try waitUntil(
      "prompt number \(before + 1) after \(line.debugDescription)",
      sourceLocation: sourceLocation
    ) { screen in
      let lines = screen.split(separator: "\n")
      return lines.filter { $0.hasPrefix(self.prompt) }.count > before
        && lines.last(where: {
          !$0.trimmingCharacters(in: .whitespaces).isEmpty
        })?.trimmingCharacters(in: .whitespaces) == self.prompt
    }
  }

  /// Polls the screen until `condition` holds; records an issue showing the
  /// screen on timeout.
  @discardableResult
  func waitUntil(
    _ what: String, timeout: Double = 90,
    sourceLocation: SourceLocation = #_sourceLocation,
    _ condition: (String) -> Bool
  ) throws -> String {
    let deadline = Date().addingTimeInterval(timeout)
    var last = ""
    while Date() < deadline {
      last = try screen()
      if condition(last) { return last }
      Thread.sleep(forTimeInterval: 0.1)
    }
    Issue.record(
      "timed out waiting for \(what); the screen:\n\(last)",
      sourceLocation: sourceLocation)
    throw TmuxError(message: "timed out")
  }

  /// The whole screen and scroll-back, wrapped lines joined.
  func screen() throws -> String {
    try run(["capture-pane", "-p", "-J", "-t", "main", "-S", "-"])
  }

  /// The pane's title, as the program last set it (OSC 0 or 2).
  func title() throws -> String {
    try run(["display-message", "-p", "-t", "main", "#{pane_title}"])
      .trimmingCharacters(in: .newlines)
  }

  /// Resizes the window.
  func resize(width: Int, height: Int) throws {
    try run([
      "resize-window", "-t", "main", "-x", "\(width)", "-y", "\(height)",
    ])
  }

  /// Waits until `text` appears on screen at least `count` times; returns
  /// the screen.
  ///
  /// Records an issue showing the screen on timeout.
  @discardableResult
  func waitFor(
    _ text: String, count: Int = 1, timeout: Double = 90,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> String {
    let deadline = Date().addingTimeInterval(timeout)
    var last = ""
    while Date() < deadline {
      last = try screen()
      if occurrences(of: text, in: last) >= count { return last }
      Thread.sleep(forTimeInterval: 0.1)
    }
    Issue.record(
      "timed out waiting for \(text.debugDescription) ×\(count); the screen:\n\(last)",
      sourceLocation: sourceLocation)
    throw TmuxError(message: "timed out")
  }

  /// Waits until the last non-empty line of the screen is `line`.
  @discardableResult
  func waitForLastLine(
    _ line: String, timeout: Double = 90,
    sourceLocation: SourceLocation = #_sourceLocation
  )
    throws -> String
  {
    let deadline = Date().addingTimeInterval(timeout)
    var last = ""
    while Date() < deadline {
      last = try screen()
      let lines = last.split(separator: "\n").map {
        $0.trimmingCharacters(in: .whitespaces)
      }
      if lines.last(where: { !$0.isEmpty }) == line { return last }
      Thread.sleep(forTimeInterval: 0.1)
    }
    Issue.record(
      "timed out waiting for the last line \(line.debugDescription); the screen:\n\(last)",
      sourceLocation: sourceLocation)
    throw TmuxError(message: "timed out")
  }

  private func occurrences(of text: String, in screen: String) -> Int {
    screen.components(separatedBy: text).count - 1
  }
}

struct TmuxError: Error, CustomStringConvertible {
  var message: String
  var description: String { message }
}

extension TmuxSession {
  /// `trainlab ARGUMENTS --lessons LESSONS` in a `width`×`height` window.
  ///
  /// Its home, state (history, resume point) and temporary files are in
  /// `state`; the locale is C.UTF-8 (`locale`; nil: none set), the
  /// variables in `unsetting` are removed and `environment` (`NAME=value`)
  /// added. When it ends, the pane shows `TRAINLAB-EXIT-<status>`.
  static func trainlab(
    _ arguments: [String] = [], lessons: String = Executable.lessons,
    state: ScratchFolder, locale: String? = "C.UTF-8",
    unsetting: [String] = [], environment: [String] = [], width: Int = 100,
    height: Int = 40
  ) throws -> TmuxSession {
    let words =
      ["env"] + unsetting.flatMap { ["-u", $0] }
      + [
        "HOME=\(state.path)", "XDG_STATE_HOME=\(state.path)/xdg",
        "TMPDIR=\(state.path)",
      ] + (locale.map { ["LC_ALL=\($0)"] } ?? []) + environment
      + [Executable.trainlab] + arguments + ["--lessons", lessons]
    let command = words.map { "'\($0)'" }.joined(separator: " ")
    return try TmuxSession(
      command: command + "; echo TRAINLAB-EXIT-$?; sleep 600", width: width,
      height: height, tmux: Executable.tmux ?? "tmux")
  }
}
