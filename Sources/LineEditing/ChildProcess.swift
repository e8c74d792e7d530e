#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Starts a program and waits for it, the way every child of TrainLab is
/// run: with an empty signal mask and default signal actions, whatever the
/// parent blocks or handles, so the child's own Ctrl-C and Ctrl-Z work.
///
/// `ExternalEditor` runs the learner's editor with it, and the end-to-end
/// tests run `trainlab` and tmux with it.
package enum ChildProcess {
  /// `posix_spawn`'s error when the program could not be started.
  package struct SpawnFailure: Error, Sendable {
    /// The `errno` value.
    package var code: Int32
    /// The C library's sentence for it.
    package var reason: String { String(cString: strerror(code)) }
  }

  /// Starts `path` with `arguments` (the first is the program's name) and
  /// `environment` (`NAME=value`; nil: this process's), with the standard
  /// descriptors `fileActions` sets up (nil: this process's).
  ///
  /// - Returns: The child's process id, for `waitForExit(_:)`.
  package static func spawn(
    _ path: String, arguments: [String], environment: [String]? = nil,
    fileActions: UnsafePointer<posix_spawn_file_actions_t>? = nil
  ) throws(SpawnFailure) -> pid_t {
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var noSignals = sigset_t()
    sigemptyset(&noSignals)
    posix_spawnattr_setsigmask(&attributes, &noSignals)
    var allSignals = sigset_t()
    sigfillset(&allSignals)
    posix_spawnattr_setsigdefault(&attributes, &allSignals)
    posix_spawnattr_setflags(
      &attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    let argv = arguments.map { strdup($0) } + [nil]
    let envp = environment.map { $0.map { strdup($0) } + [nil] }
    defer {
      for pointer in argv + (envp ?? []) { free(pointer) }
    }
    var pid: pid_t = 0
    let code =
      if let envp {
        posix_spawn(&pid, path, fileActions, &attributes, argv, envp)
      } else {
        posix_spawn(&pid, path, fileActions, &attributes, argv, environ)
      }
    guard code == 0 else { throw SpawnFailure(code: code) }
    return pid
  }

  /// Waits for the child `pid` to end.
  ///
  /// - Returns: Its exit status, 128 + the signal that ended it, or 127
  ///   when it cannot be waited for.
  package static func waitForExit(_ pid: pid_t) -> Int32 {
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 {
      guard errno == EINTR else { return 127 }
    }
    let signal = status & 0x7f
    return signal == 0 ? (status >> 8) & 0xff : 128 + signal
  }
}
