import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// SIGTERM and SIGHUP: the process is asked to end.
///
/// The handler installed by `installSignalHandlers()` records the signal,
/// removes the temporary file being written (if any, see
/// `PendingTemporaryFile`) and raises `InterruptFlag.process`, so a running
/// cell stops and the prompt returns end of input. The shell then leaves
/// as on Ctrl-D — the terminal restored, the history saved — and the
/// process exits with `exitStatus` (128 + the signal). A second signal
/// before that ends the process at once.
public enum Termination {
  /// The signals handled this way.
  public static let signals: [Int32] = [SIGTERM, SIGHUP]

  /// The signal received, or nil while none was.
  public static var signal: Int32? {
    let value = received.load(ordering: .sequentiallyConsistent)
    return value == 0 ? nil : value
  }

  /// The conventional exit status after the signal (128 + its number), or
  /// nil while none was received.
  public static var exitStatus: Int32? { signal.map { 128 + $0 } }

  /// Handles SIGTERM or SIGHUP; only async-signal-safe calls.
  static let handler: @convention(c) (Int32) -> Void = { number in
    PendingTemporaryFile.removeFromSignalHandler()
    let (exchanged, _) = received.compareExchange(
      expected: 0, desired: number, ordering: .sequentiallyConsistent)
    if !exchanged {
      FullScreenRestore.restoreFromSignalHandler()
      _exit(128 + number)
    }
    InterruptFlag.process.raise()
  }

  /// The signal received; 0 for none.
  static let received = Atomic<Int32>(0)
}

/// The temporary file a safe write is filling, so a signal handler can
/// remove it: a killed TrainLab leaves no `*.tmp-*` file behind.
///
/// One at a time (the program writes one file at a time). The path is kept
/// in a fixed C buffer, since a signal handler may not allocate.
public enum PendingTemporaryFile {
  /// Longest path that can be registered, including its terminating zero.
  public static let maximumPathBytes = 4096

  /// Records `path` as the file to remove on a signal; false when the path
  /// is too long to record (the caller should not create it).
  public static func register(_ path: String) -> Bool {
    let bytes = Array(path.utf8)
    guard bytes.count < maximumPathBytes, !bytes.contains(0) else {
      return false
    }
    active.store(false, ordering: .sequentiallyConsistent)
    for (index, byte) in bytes.enumerated() {
      buffer[index] = CChar(bitPattern: byte)
    }
    buffer[bytes.count] = 0
    active.store(true, ordering: .sequentiallyConsistent)
    return true
  }

  /// Forgets the file (it was renamed into place or removed).
  public static func clear() {
    active.store(false, ordering: .sequentiallyConsistent)
  }

  static func removeFromSignalHandler() {
    if active.exchange(false, ordering: .sequentiallyConsistent) {
      unlink(buffer)
    }
  }

  private static let active = Atomic<Bool>(false)

  /// Safe: written only by `register` with `active` lowered first, and read
  /// only by the signal handler once `active` is seen raised.
  nonisolated(unsafe) private static let buffer = {
    let pointer = UnsafeMutablePointer<CChar>.allocate(
      capacity: maximumPathBytes)
    pointer.initialize(repeating: 0, count: maximumPathBytes)
    return pointer
  }()
}
