import Synchronization

#if TRAINLAB_LIBEDIT
import CEditline
#else
import CReadline
#endif

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Questions about the terminal: is a file descriptor one, and how wide is it.
public enum Terminal {
  /// True when `fd` is a terminal (standard input is 0, output 1).
  public static func isTerminal(_ fd: Int32) -> Bool { isatty(fd) == 1 }

  /// The width and height of the terminal on `fd`, asked afresh each call
  /// (so a resize is honoured by the next output); nil when `fd` is not a
  /// terminal or reports a zero size.
  public static func size(of fd: Int32 = 1) -> (columns: Int, rows: Int)? {
    var columns: Int32 = 0
    var rows: Int32 = 0
    guard trainlab_terminal_size(fd, &columns, &rows) == 0, columns > 0,
      rows > 0
    else {
      return nil
    }
    return (Int(columns), Int(rows))
  }

  /// True when ANSI colour should be used on `fd`: it is a terminal,
  /// `NO_COLOR` is unset or empty, and `TERM` is not `dumb`.
  public static func wantsColor(fd: Int32 = 1, environment: [String: String])
    -> Bool
  {
    guard isTerminal(fd) else { return false }
    if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
    return environment["TERM"] != "dumb"
  }

  /// The process environment as a dictionary.
  public static func environment() -> [String: String] {
    var result: [String: String] = [:]
    var pointer = environ
    while let entry = pointer.pointee {
      let text = String(cString: entry)
      if let equals = text.firstIndex(of: "=") {
        result[String(text[..<equals])] = String(
          text[text.index(after: equals)...])
      }
      pointer += 1
    }
    return result
  }

  /// Writes `text` to `fd` in full, retrying after interruptions.
  ///
  /// When standard output cannot be written (a full disk, a closed
  /// descriptor), the first reason is kept in `outputFailure` and
  /// `InterruptFlag.process` is raised, so running work stops instead of
  /// computing output nobody gets; the command then exits with a message.
  /// A broken pipe (the reader left, as in `trainlab list | head -1`) is
  /// not a failure.
  public static func write(_ text: String, to fd: Int32 = 1) {
    let bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeBytes { buffer -> Int in
        guard let base = buffer.baseAddress else { return 0 }
        return Glibc.write(fd, base + offset, buffer.count - offset)
      }
      if written < 0 && errno == EINTR { continue }
      guard written > 0 else {
        let code = written < 0 ? errno : ENOSPC
        if fd == 1 && code != EPIPE {
          outputError.withLock { error in
            if error == nil { error = String(cString: strerror(code)) }
          }
          InterruptFlag.process.raise()
        }
        return
      }
      offset += written
    }
  }

  /// Why standard output could not be written, or nil while it could.
  public static var outputFailure: String? {
    outputError.withLock { $0 }
  }
}

private let outputError = Mutex<String?>(nil)
