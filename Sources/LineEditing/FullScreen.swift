import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A key read from the terminal in raw mode.
public enum Key: Equatable, Sendable {
  /// A printable character (or Space).
  case character(Character)
  case left, right, up, down
  case pageUp, pageDown, home, end
  case enter, escape, backspace, tab
  /// Ctrl-C (in raw mode it arrives as a byte, not as SIGINT).
  case interrupt
  /// Ctrl-D.
  case endOfInput
}

/// What waiting for a key produced.
public enum KeyEvent: Equatable, Sendable {
  case key(Key)
  /// Nothing arrived before the timeout.
  case timeout
  /// A signal arrived (SIGTERM, SIGHUP, a resize): the caller checks
  /// `Termination.signal` and redraws.
  case signal
}

/// The terminal as a full screen: the alternate screen buffer, raw key
/// input and whole frames drawn line by line.
///
/// `open()` saves the terminal's settings and `close()` restores them
/// (and leaves the alternate screen); the caller closes on every path,
/// and SIGTERM/SIGHUP make `readKey` return `.signal` so that it can. A
/// second SIGTERM ends the process at once: its handler restores the saved
/// settings first (`FullScreenRestore`), so the shell the learner returns
/// to is never left raw.
///
/// Frames are `[String]`, exactly as many lines as rows, each as wide as
/// the screen; `draw` rewrites only the lines that changed since the last
/// frame, inside synchronized-output marks, so a frame never tears. Each
/// line passes through the filter given to `open` on its way out, so text
/// in a frame reaches the terminal only as the caller's filter lets it
/// (LabShell's `TerminalOutput.openFullScreen` passes its own), and only
/// the screen's cursor moves and erases are written unfiltered.
public final class FullScreen {
  private let input: Int32
  private let output: Int32
  private let clean: (String) -> String
  private var saved = termios()
  private var previous: [String] = []
  private var isOpen = false
  private var pending: [UInt8] = []

  private init(
    input: Int32, output: Int32, clean: @escaping (String) -> String
  ) {
    self.input = input
    self.output = output
    self.clean = clean
  }

  /// Enters the alternate screen with raw key input.
  ///
  /// - Parameters:
  ///   - input: The terminal's input descriptor.
  ///   - output: The terminal's output descriptor.
  ///   - clean: Applied to every line `draw` writes: it must make every
  ///     control character of the text visible.
  /// - Returns: The screen; nil when `input` or `output` is not a terminal.
  public static func open(
    input: Int32 = 0, output: Int32 = 1,
    cleaning clean: @escaping (String) -> String
  ) -> FullScreen? {
    guard Terminal.isTerminal(input), Terminal.isTerminal(output) else {
      return nil
    }
    let screen = FullScreen(input: input, output: output, clean: clean)
    guard tcgetattr(input, &screen.saved) == 0 else { return nil }
    FullScreenRestore.save(screen.saved, fd: input)
    screen.isOpen = true
    screen.setRaw(allowSignals: false)
    Terminal.write("\u{1B}[?1049h\u{1B}[?25l\u{1B}[2J", to: output)
    return screen
  }

  /// Raw input; with `allowSignals`, Ctrl-C raises SIGINT again (while a
  /// cell runs, so Ctrl-C stops it as at the prompt).
  public func setRaw(allowSignals: Bool) {
    var raw = saved
    raw.c_lflag &= ~tcflag_t(ICANON | ECHO | IEXTEN)
    if !allowSignals { raw.c_lflag &= ~tcflag_t(ISIG) }
    raw.c_iflag &= ~tcflag_t(IXON | ICRNL)
    withUnsafeMutableBytes(of: &raw.c_cc) { bytes in
      bytes[Int(VMIN)] = 1
      bytes[Int(VTIME)] = 0
    }
    tcsetattr(input, TCSAFLUSH, &raw)
  }

  /// Leaves the alternate screen and restores the terminal's settings.
  ///
  /// Safe to call twice.
  public func close() {
    guard isOpen else { return }
    isOpen = false
    Terminal.write("\u{1B}[0m\u{1B}[?25h\u{1B}[?1049l", to: output)
    tcsetattr(input, TCSAFLUSH, &saved)
    FullScreenRestore.clear()
  }

  deinit { close() }

  /// The screen's size now (asked afresh, so a resize shows in the next
  /// frame); 80×24 if the terminal does not say.
  public var size: (columns: Int, rows: Int) {
    Terminal.size(of: output) ?? (80, 24)
  }

  /// Forgets the last frame, so the next `draw` rewrites every line.
  public func invalidate() { previous = [] }

  /// Draws `lines` (one per row from the top), rewriting only the rows
  /// that differ from the previous frame.
  public func draw(_ lines: [String]) {
    let text = Self.frame(from: previous, to: lines, clean: clean)
    previous = lines
    Terminal.write(text, to: output)
  }

  /// The bytes that turn a screen showing `old` into one showing `new`.
  ///
  /// The changed rows (every row when the number of rows changed), each
  /// passed through `clean`, inside synchronized-output marks. A pure
  /// function of its arguments.
  public static func frame(
    from old: [String], to new: [String], clean: (String) -> String
  ) -> String {
    var text = "\u{1B}[?2026h"
    let full = old.count != new.count
    if full { text += "\u{1B}[0m\u{1B}[2J" }
    for (row, line) in new.enumerated() where full || old[row] != line {
      text +=
        "\u{1B}[\(row + 1);1H\u{1B}[0m" + clean(line) + "\u{1B}[0m\u{1B}[K"
    }
    return text + "\u{1B}[?2026l"
  }

  /// Waits up to `milliseconds` (forever when nil) for a key.
  public func readKey(timeout milliseconds: Int?) -> KeyEvent {
    if let key = decodePending() { return .key(key) }
    var descriptor = pollfd(fd: input, events: Int16(POLLIN), revents: 0)
    let ready = poll(&descriptor, 1, Int32(milliseconds ?? -1))
    if ready < 0 { return .signal }
    if ready == 0 { return .timeout }
    var buffer = [UInt8](repeating: 0, count: 64)
    let count = buffer.withUnsafeMutableBytes {
      read(input, $0.baseAddress, 64)
    }
    if count < 0 { return errno == EINTR ? .signal : .key(.endOfInput) }
    if count == 0 { return .key(.endOfInput) }
    pending += buffer[0..<count]
    return decodePending().map { .key($0) } ?? .timeout
  }

  /// Decodes one key from the bytes read so far.
  private func decodePending() -> Key? {
    guard let (key, used) = Self.decode(pending) else { return nil }
    pending.removeFirst(used)
    return key
  }

  /// The first key in `bytes` and how many bytes it took; nil when `bytes`
  /// is empty or ends inside a character.
  static func decode(_ bytes: [UInt8]) -> (Key, Int)? {
    guard let first = bytes.first else { return nil }
    switch first {
    case 3: return (.interrupt, 1)
    case 4: return (.endOfInput, 1)
    case 9: return (.tab, 1)
    case 10, 13: return (.enter, 1)
    case 8, 127: return (.backspace, 1)
    case 27:
      guard bytes.count >= 3, bytes[1] == 0x5B || bytes[1] == 0x4F else {
        return (.escape, bytes.count >= 2 && bytes[1] != 27 ? 2 : 1)
      }
      switch bytes[2] {
      case 0x41: return (.up, 3)
      case 0x42: return (.down, 3)
      case 0x43: return (.right, 3)
      case 0x44: return (.left, 3)
      case 0x48: return (.home, 3)
      case 0x46: return (.end, 3)
      default:
        // CSI n ~ (page keys, home/end on some terminals); skip others.
        var end = 2
        while end < bytes.count, !(0x40...0x7E).contains(bytes[end]) {
          end += 1
        }
        guard end < bytes.count else { return (.escape, bytes.count) }
        let code = String(decoding: bytes[2..<end], as: UTF8.self)
        let keys: [String: Key] = [
          "5": .pageUp, "6": .pageDown, "1": .home, "7": .home, "4": .end,
          "8": .end,
        ]
        return (
          bytes[end] == 0x7E ? keys[code] ?? .escape : .escape, end + 1
        )
      }
    default:
      let length =
        first < 0x80 ? 1 : first >= 0xF0 ? 4 : first >= 0xE0 ? 3 : 2
      guard bytes.count >= length else { return nil }
      let text = String(decoding: bytes[0..<length], as: UTF8.self)
      return (text.first.map { Key.character($0) } ?? .escape, length)
    }
  }
}

/// The terminal settings a full screen saved, kept where a signal handler
/// can restore them before ending the process.
enum FullScreenRestore {
  private static let active = Atomic<Bool>(false)
  /// Safe: written only while `active` is lowered, read by the signal
  /// handler only once it is raised (as `PendingTemporaryFile`'s buffer).
  nonisolated(unsafe) private static let settings = {
    let pointer = UnsafeMutablePointer<termios>.allocate(capacity: 1)
    pointer.initialize(to: termios())
    return pointer
  }()
  nonisolated(unsafe) private static var descriptor: Int32 = 0

  static func save(_ value: termios, fd: Int32) {
    active.store(false, ordering: .sequentiallyConsistent)
    settings.pointee = value
    descriptor = fd
    active.store(true, ordering: .sequentiallyConsistent)
  }

  static func clear() {
    active.store(false, ordering: .sequentiallyConsistent)
  }

  /// Restores the settings and leaves the alternate screen; only
  /// async-signal-safe calls.
  static func restoreFromSignalHandler() {
    guard active.exchange(false, ordering: .sequentiallyConsistent) else {
      return
    }
    tcsetattr(descriptor, TCSANOW, settings)
    let leave: StaticString = "\u{1B}[0m\u{1B}[?25h\u{1B}[?1049l"
    _ = Glibc.write(1, leave.utf8Start, leave.utf8CodeUnitCount)
  }
}
