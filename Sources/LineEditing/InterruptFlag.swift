import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A flag raised by Ctrl-C (SIGINT) and polled by whoever can stop: the line
/// reader at the prompt, and running cells between steps of work.
///
/// The process has one, `InterruptFlag.process`, which the SIGINT handler
/// installed by `installSignalHandlers()` raises; tests make their own.
/// Raising and reading are lock-free atomic operations, so they are safe in a
/// signal handler.
public final class InterruptFlag: Sendable {
  /// The flag the process's SIGINT handler raises.
  public static let process = InterruptFlag()

  private let raised = Atomic<Bool>(false)

  /// Creates a lowered flag.
  public init() {}

  /// True after `raise()` (or Ctrl-C) until `lower()`.
  public var isRaised: Bool { raised.load(ordering: .sequentiallyConsistent) }

  /// Raises the flag.
  public func raise() { raised.store(true, ordering: .sequentiallyConsistent) }

  /// Lowers the flag.
  public func lower() { raised.store(false, ordering: .sequentiallyConsistent) }

  /// Lowers the flag and says whether it was raised.
  public func take() -> Bool {
    raised.exchange(false, ordering: .sequentiallyConsistent)
  }
}

/// Raised by SIGWINCH; lowered by whoever resizes readline's idea of the screen.
let resizeFlag = InterruptFlag()

/// Installs the process's SIGINT, SIGWINCH, SIGTERM and SIGHUP handlers,
/// once.
///
/// The SIGINT handler only raises `InterruptFlag.process` (it does not kill
/// the process); it is installed without `SA_RESTART`, so a blocking `read`
/// or `poll` returns `EINTR` and the reader can notice. SIGWINCH raises a
/// flag the readline reader checks. SIGTERM and SIGHUP are `Termination`'s.
/// Calling this again does nothing.
public func installSignalHandlers() {
  signalHandlersInstalled.withLock { installed in
    guard !installed else { return }
    installed = true
    // Touch the globals before any signal can arrive, so the handlers never
    // run their lazy initialisation.
    InterruptFlag.process.lower()
    resizeFlag.lower()
    _ = Termination.signal
    PendingTemporaryFile.clear()
    var interrupt = sigaction()
    interrupt.__sigaction_handler.sa_handler = { _ in
      InterruptFlag.process.raise()
    }
    sigemptyset(&interrupt.sa_mask)
    interrupt.sa_flags = 0
    sigaction(SIGINT, &interrupt, nil)
    var resize = sigaction()
    resize.__sigaction_handler.sa_handler = { _ in resizeFlag.raise() }
    sigemptyset(&resize.sa_mask)
    resize.sa_flags = 0
    sigaction(SIGWINCH, &resize, nil)
    var terminate = sigaction()
    terminate.__sigaction_handler.sa_handler = Termination.handler
    sigemptyset(&terminate.sa_mask)
    terminate.sa_flags = 0
    for number in Termination.signals { sigaction(number, &terminate, nil) }
    // A parent may have started us with these signals blocked; unblock them.
    var signals = sigset_t()
    sigemptyset(&signals)
    for number in [SIGINT, SIGWINCH] + Termination.signals {
      sigaddset(&signals, number)
    }
    pthread_sigmask(SIG_UNBLOCK, &signals, nil)
  }
}

private let signalHandlersInstalled = Mutex(false)
