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

/// Reads lines from the terminal with GNU readline: line editing, history
/// kept in a file across runs, Tab completion through `completer`, and
/// Ctrl-C that abandons the line instead of killing the process.
///
/// Ctrl-C follows CPython's recipe: readline's own signal handling is off
/// (`rl_catch_signals = 0`), `installSignalHandlers()` makes SIGINT only raise
/// the interrupt flag without `SA_RESTART`, and input is read through
/// `rl_callback_handler_install` and a `poll` loop, so the `EINTR` from a
/// Ctrl-C is seen at once and readline's line state is cleaned up.
///
/// readline is one global C library, so a process should have one reader,
/// used from one thread at a time.
public final class ReadlineReader: LineReader {
  private let historyPath: String?
  private let interrupt: InterruptFlag
  private var lastHistoryLine: String?
  /// The text the next `readLine` starts with.
  private var prefill: String?

  /// The function called on Tab; nil completes nothing.
  public var completer: ((String, Int) -> [String])? {
    get { readlineState.completer }
    set { readlineState.completer = newValue }
  }

  /// Creates the reader, installs the signal handlers and loads the history.
  ///
  /// - Parameters:
  ///   - historyPath: The history file (created with its folders if missing),
  ///     or nil to keep no history across runs.
  ///   - interrupt: The flag SIGINT raises (the process's by default).
  public init(historyPath: String?, interrupt: InterruptFlag = .process) {
    self.historyPath = historyPath
    self.interrupt = interrupt
    // libedit reads multibyte input (汉字) only once LC_CTYPE is set from
    // the locale. GNU readline sets it itself, but only in its first
    // `rl_initialize`, after it has measured the first prompt: without
    // this, a first prompt holding 汉字 is measured in bytes and wrapped
    // early (the question to resume, asked before any other).
    setlocale(LC_CTYPE, "")
    installSignalHandlers()
    trainlab_rl_set_readline_name("trainlab")
    trainlab_rl_set_catch_signals(0)
    trainlab_rl_set_catch_sigwinch(0)
    // readline keeps the pointer, so it gets a copy that is never freed.
    trainlab_rl_set_completer_word_break_characters(strdup(wordBreakCharacters))
    trainlab_rl_set_attempted_completion_function(attemptCompletion)
    using_history()
    stifle_history(Self.historyLimit)
    trainlab_history_keep_multiline_entries()
    if let historyPath {
      Self.makeParentDirectories(of: historyPath)
      if read_history(historyPath) != 0 {
        write_history(historyPath)  // creates the file so that appends work
      }
      history_truncate_file(historyPath, Self.historyLimit)
    }
  }

  /// The most lines kept in the history file.
  public static let historyLimit: Int32 = 1000

  public func readLine(prompt: String) -> LineInput {
    readlineState.result = nil
    interrupt.lower()
    rl_callback_handler_install(prompt, lineHandler)
    if let text = prefill {
      prefill = nil
      trainlab_rl_prefill(text)
    }
    while readlineState.result == nil {
      if Termination.signal != nil {
        // Asked to end: give the terminal back (echo, cooked mode).
        rl_callback_handler_remove()
        Terminal.write("\n")
        return .endOfInput
      }
      if resizeFlag.take() { trainlab_rl_resize_terminal() }
      if interrupt.take() { return abandonLine() }
      var descriptor = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
      let ready = poll(&descriptor, 1, -1)
      if ready < 0 {
        if errno == EINTR { continue }
        rl_callback_handler_remove()
        return .endOfInput
      }
      rl_callback_read_char()
    }
    return readlineState.result ?? .endOfInput
  }

  public func prefillNextLine(_ text: String) -> Bool {
    guard trainlab_rl_can_prefill() != 0, !text.contains("\n") else {
      return false
    }
    prefill = text
    return true
  }

  public func addToHistory(_ line: String) {
    guard !line.allSatisfy(\.isWhitespace), line != lastHistoryLine else {
      return
    }
    lastHistoryLine = line
    add_history(line)
    if let historyPath { trainlab_append_newest_history(historyPath) }
  }

  /// Cleans up after Ctrl-C at the prompt and moves to a fresh line.
  private func abandonLine() -> LineInput {
    // Leave what was typed on screen, marked ^C, and go to a fresh line.
    trainlab_rl_show_whole_line()
    Terminal.write("^C\n")
    trainlab_rl_clear_line()
    rl_free_line_state()
    trainlab_rl_callback_sigcleanup()
    rl_cleanup_after_signal()
    rl_callback_handler_remove()
    return .interrupted
  }

  private static func makeParentDirectories(of path: String) {
    var prefix = ""
    let parts = path.split(separator: "/").dropLast()
    for part in parts {
      prefix += "/" + part
      // EEXIST is fine; other failures show up as no history.
      mkdir(prefix, 0o700)
    }
  }
}

/// What the C callbacks share with `ReadlineReader`.
struct ReadlineState {
  var result: LineInput?
  var completer: ((String, Int) -> [String])?
  var candidates: [String] = []
  var nextCandidate = 0
}

/// readline's callbacks are C function pointers and cannot capture context,
/// so their state lives here.
///
/// Safe because readline is single-threaded: the
/// callbacks run synchronously inside `rl_callback_read_char`, called only by
/// `ReadlineReader.readLine` on the thread that is reading, and the reader is
/// documented as one per process, used from one thread at a time.
nonisolated(unsafe) var readlineState = ReadlineState()

/// The characters that end a word for completion: `.` among them, so that
/// after `h.` the member name alone is completed.
private let wordBreakCharacters = " \t\n\"'`@$><=;|&{}()[],+-*/%:.!~^"

private let lineHandler: @convention(c) (UnsafeMutablePointer<CChar>?) -> Void =
  { line in
    rl_callback_handler_remove()
    guard let line else {
      readlineState.result = .endOfInput
      Terminal.write("\n")
      return
    }
    readlineState.result = .line(String(cString: line))
    free(line)
  }

private let attemptCompletion:
  @convention(c) (UnsafePointer<CChar>?, Int32, Int32) -> UnsafeMutablePointer<
    UnsafeMutablePointer<CChar>?
  >? = { text, _, _ in
    trainlab_rl_set_attempted_completion_over(1)
    let word = text.map { String(cString: $0) } ?? ""
    let line = trainlab_rl_line_buffer().map { String(cString: $0) } ?? ""
    let point = Int(trainlab_rl_point())
    let cursor = String(decoding: line.utf8.prefix(point), as: UTF8.self).count
    let raw = readlineState.completer?(line, cursor) ?? []
    readlineState.candidates = completionWords(raw, completing: word)
    readlineState.nextCandidate = 0
    return rl_completion_matches(text, completionGenerator)
  }

private let completionGenerator:
  @convention(c) (UnsafePointer<CChar>?, Int32) -> UnsafeMutablePointer<CChar>? =
    {
      _, _ in
      guard readlineState.nextCandidate < readlineState.candidates.count else {
        return nil
      }
      defer { readlineState.nextCandidate += 1 }
      return strdup(readlineState.candidates[readlineState.nextCandidate])
    }

/// The candidates that complete `word`: each taken whole when it starts with
/// `word`, or by its part after the last `.` (a member) when that does.
///
/// Sorted, without duplicates.
func completionWords(_ candidates: [String], completing word: String)
  -> [String]
{
  var words = Set<String>()
  for candidate in candidates {
    if candidate.hasPrefix(word) {
      words.insert(candidate)
    } else if let dot = candidate.lastIndex(of: "."),
      case let member = String(candidate[candidate.index(after: dot)...]),
      member.hasPrefix(word)
    {
      words.insert(member)
    }
  }
  return words.sorted()
}
