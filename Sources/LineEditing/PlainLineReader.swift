#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads lines from a file descriptor without readline: no echo, no escape
/// codes, no history.
///
/// Used when standard input is not a terminal, so the
/// shell can be driven by a script or a pipe.
///
/// Ctrl-C (the interrupt flag raised while waiting) returns `.interrupted`;
/// the end of the input returns any unfinished last line, then `.endOfInput`.
/// A byte-order mark at the start is skipped, and `\n`, `\r\n` and `\r`
/// all end a line.
public final class PlainLineReader: LineReader {
  private let fd: Int32
  private let promptOutput: Int32?
  private let interrupt: InterruptFlag
  private var buffer: [UInt8] = []
  private var atEnd = false
  private var startChecked = false

  /// Ignored: plain input has no completion.
  public var completer: ((String, Int) -> [String])?

  /// Creates a reader of `fd`.
  ///
  /// - Parameters:
  ///   - fd: The descriptor to read (standard input by default).
  ///   - promptOutput: Where to write prompts, or nil (the default) to show
  ///     none, which keeps piped transcripts clean.
  ///   - interrupt: The flag that makes a waiting read return `.interrupted`.
  public init(
    fd: Int32 = 0, promptOutput: Int32? = nil,
    interrupt: InterruptFlag = .process
  ) {
    self.fd = fd
    self.promptOutput = promptOutput
    self.interrupt = interrupt
  }

  public func readLine(prompt: String) -> LineInput {
    if let promptOutput { Terminal.write(prompt, to: promptOutput) }
    let lf = UInt8(ascii: "\n")
    let cr = UInt8(ascii: "\r")
    while true {
      if !startChecked && (buffer.count >= 3 || atEnd) {
        // A byte-order mark starts the text; it is not part of a line.
        if buffer.starts(with: [0xEF, 0xBB, 0xBF]) { buffer.removeFirst(3) }
        startChecked = true
      }
      // "\n", "\r\n" and "\r" each end a line; a "\r" at the end of what
      // has arrived waits for the next byte, unless the input is over.
      if startChecked,
        let end = buffer.firstIndex(where: { $0 == lf || $0 == cr }),
        buffer[end] == lf || end + 1 < buffer.count || atEnd
      {
        let line = Array(buffer[..<end])
        let crlf =
          buffer[end] == cr && end + 1 < buffer.count && buffer[end + 1] == lf
        buffer.removeSubrange(...(crlf ? end + 1 : end))
        return .line(String(decoding: line, as: UTF8.self))
      }
      if atEnd {
        guard !buffer.isEmpty else { return .endOfInput }
        defer { buffer.removeAll() }
        return .line(String(decoding: buffer, as: UTF8.self))
      }
      var chunk = [UInt8](repeating: 0, count: 4096)
      let count = chunk.withUnsafeMutableBytes {
        Glibc.read(fd, $0.baseAddress, $0.count)
      }
      if count < 0 {
        if errno == EINTR {
          if Termination.signal != nil { return .endOfInput }
          if interrupt.take() { return .interrupted }
          continue
        }
        atEnd = true
      } else if count == 0 {
        atEnd = true
      } else {
        buffer.append(contentsOf: chunk[..<count])
      }
    }
  }
}
