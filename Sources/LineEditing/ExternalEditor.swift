#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The learner's text editor, found and run as git finds and runs it.
///
/// The command is `$VISUAL`, else `$EDITOR`, else the first of
/// `fallbacks` found on `PATH` (Debian's `editor` alternative, then `nano`,
/// then `vi`). It runs through `/bin/sh -c 'COMMAND "$@"'`, so a command
/// with options (`code --wait`) works, with the terminal handed over: it
/// is called between two reads of the prompt, when the line editor has
/// given the terminal back, and the child starts with default signal
/// actions and an empty signal mask, so its own Ctrl-C and Ctrl-Z work.
public enum ExternalEditor {
  /// The editors tried, in order, when neither variable names one.
  public static let fallbacks = ["editor", "nano", "vi"]

  /// The editor command for `environment`; nil when there is none.
  public static func command(environment: [String: String]) -> String? {
    for variable in ["VISUAL", "EDITOR"] {
      if let value = environment[variable],
        !value.allSatisfy(\.isWhitespace)
      {
        return value
      }
    }
    let folders = (environment["PATH"] ?? "/usr/bin:/bin").split(
      separator: ":")
    for name in fallbacks {
      for folder in folders where access("\(folder)/\(name)", X_OK) == 0 {
        return "\(folder)/\(name)"
      }
    }
    return nil
  }

  /// Runs `command` on the file at `path` and waits for it to end.
  ///
  /// - Returns: The editor's exit status (128 + the signal that ended it).
  /// - Throws: `ExternalEditor.Failure` when it could not be started.
  public static func edit(_ path: String, with command: String) throws(Failure)
    -> Int32
  {
    let arguments = ["sh", "-c", command + " \"$@\"", command, path]
    do {
      let pid = try ChildProcess.spawn("/bin/sh", arguments: arguments)
      return ChildProcess.waitForExit(pid)
    } catch {
      throw Failure(
        message: "cannot start the editor \(command): \(error.reason)")
    }
  }

  /// Why the editor could not be run.
  public struct Failure: Error, Sendable {
    /// The sentence to show.
    public var message: String
  }
}
