import Localization

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading the text files a learner or a lesson names — lessons and data
/// sets — without trusting what they are.
///
/// A file is read only when it is a regular file (not a FIFO, device,
/// socket or folder), no larger than `maximumBytes`, and, when a folder is
/// given, inside that folder once every symbolic link is resolved. The text
/// comes back with a leading byte-order mark removed, `\r\n` and `\r` line
/// endings made `\n`, and every other control character made visible
/// (`visible(_:)`), so nothing read from a file can drive the terminal.
///
///     let text = try TextFile.read("Lessons/01-basics.md", inside: "Lessons")
public enum TextFile {
  /// The largest file TrainLab reads, in bytes (64 MiB): far above any
  /// lesson or data set it ships (the largest is 265 KB), far below what
  /// would exhaust memory.
  public static let maximumBytes = 64 << 20

  /// The most characters of a file's content an error message quotes.
  public static let excerptLength = 40

  /// The text of the file at `path`.
  ///
  /// - Parameters:
  ///   - path: The file.
  ///   - folder: When given, the file must resolve to a path inside it.
  /// - Returns: The text, decoded as UTF-8 (invalid bytes become U+FFFD),
  ///   normalized as the type's summary says.
  /// - Throws: `TrainKitError` naming `path` and the reason: it cannot be
  ///   opened, is not a regular file, leads out of `folder`, or is larger
  ///   than `maximumBytes`. The message never quotes the file's content.
  public static func read(_ path: String, inside folder: String? = nil) throws
    -> String
  {
    try normalized(readBytes(path, inside: folder))
  }

  /// The bytes of the file at `path`, with the checks of `read`.
  static func readBytes(_ path: String, inside folder: String?) throws
    -> [UInt8]
  {
    if let folder { try checkInside(path, folder: folder) }
    // Non-blocking, so opening a FIFO returns at once instead of waiting
    // for a writer; it is refused just below.
    let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard fd >= 0 else { throw failure(path, systemReason()) }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { throw failure(path, systemReason()) }
    guard info.st_mode & S_IFMT == S_IFREG else {
      throw failure(
        path, Message("it is \(kind(of: info.st_mode)), not a regular file"))
    }
    guard Int(info.st_size) <= maximumBytes else {
      throw tooLarge(path, bytes: Int(info.st_size))
    }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(Int(info.st_size))
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = chunk.withUnsafeMutableBytes {
        Glibc.read(fd, $0.baseAddress, $0.count)
      }
      if count < 0 && errno == EINTR { continue }
      guard count >= 0 else { throw failure(path, systemReason()) }
      if count == 0 { break }
      bytes.append(contentsOf: chunk[..<count])
      // The size can grow while reading (or be 0 for a file under /proc).
      if bytes.count > maximumBytes {
        throw tooLarge(path, bytes: bytes.count)
      }
    }
    return bytes
  }

  /// `text` with every control character other than tab and line feed made
  /// visible in caret notation (`ESC` is `^[`, DEL is `^?`, a C1 control
  /// such as U+009B is `M-^[`) and every bidirectional override or isolate
  /// shown as its code point (`<U+202E>`), so that it prints as what it is
  /// instead of moving the cursor, setting the window title, writing the
  /// clipboard or reordering the line.
  ///
  /// This is the one filter for text bound for a terminal: LabShell's
  /// output boundary (`TerminalOutput`) passes everything it writes
  /// through it with `keepingStyle` set, so that only TrainLab's own
  /// styling reaches the terminal as escape sequences.
  ///
  /// - Parameters:
  ///   - text: The text.
  ///   - keepingStyle: Keep SGR sequences (`ESC [ digits ; … m`, colours and
  ///     bold) and the progress line's `CR ESC [ 2 K` as they are.
  /// - Returns: The text, safe to write to a terminal.
  /// - Complexity: O(n); returns `text` itself when it has no controls.
  public static func visible(_ text: String, keepingStyle: Bool = false)
    -> String
  {
    guard text.unicodeScalars.contains(where: isControl) else { return text }
    let scalars = Array(text.unicodeScalars)
    var result = String.UnicodeScalarView()
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      guard isControl(scalar) else {
        result.append(scalar)
        index += 1
        continue
      }
      if keepingStyle, let length = styleLength(scalars, at: index) {
        result.append(contentsOf: scalars[index..<index + length])
        index += length
        continue
      }
      let value = scalar.value
      if value > 0xFF {
        let hex = String(value, radix: 16, uppercase: true)
        result.append(contentsOf: "<U+\(hex)>".unicodeScalars)
      } else {
        if value >= 0x80 { result.append(contentsOf: "M-".unicodeScalars) }
        result.append("^")
        let low = value & 0x7F
        result.append(low == 0x7F ? "?" : Unicode.Scalar(UInt8(low + 0x40)))
      }
      index += 1
    }
    return String(result)
  }

  /// The length of TrainLab's own styling at `index`: an SGR sequence, or
  /// `CR ESC [ 2 K` (clear the line); nil for anything else.
  private static func styleLength(_ scalars: [Unicode.Scalar], at index: Int)
    -> Int?
  {
    let clearLine: [Unicode.Scalar] = ["\r", "\u{1B}", "[", "2", "K"]
    if scalars[index...].starts(with: clearLine) { return clearLine.count }
    guard scalars[index] == "\u{1B}", index + 1 < scalars.count,
      scalars[index + 1] == "["
    else { return nil }
    var end = index + 2
    while end < scalars.count,
      scalars[end] == ";" || ("0"..."9").contains(scalars[end])
    {
      end += 1
    }
    guard end < scalars.count, scalars[end] == "m" else { return nil }
    return end + 1 - index
  }

  /// A short quotation of file content for a message: at most
  /// `excerptLength` characters (cut with `…`), controls made visible.
  public static func excerpt(_ text: some StringProtocol) -> String {
    let cut =
      text.count > excerptLength
      ? String(text.prefix(excerptLength - 1)) + "…" : String(text)
    return visible(cut)
  }

  /// True for C0 controls other than tab and line feed, DEL, C1 controls,
  /// and the bidirectional embeddings, overrides and isolates (U+202A–202E,
  /// U+2066–2069), which reorder the rest of a line.
  static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return (value < 0x20 && value != 0x09 && value != 0x0A)
      || (0x7F...0x9F).contains(value) || (0x202A...0x202E).contains(value)
      || (0x2066...0x2069).contains(value)
  }

  /// The text of `bytes`: UTF-8 without a leading byte-order mark, line
  /// endings made `\n`, other controls made visible.
  static func normalized(_ bytes: [UInt8]) -> String {
    var body = bytes[...]
    if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
    let text = String(decoding: body, as: UTF8.self)
    guard text.utf8.contains(UInt8(ascii: "\r")) else { return visible(text) }
    var lines = String.UnicodeScalarView()
    var previousWasCR = false
    for scalar in text.unicodeScalars {
      if scalar == "\n" && previousWasCR {
        previousWasCR = false
        continue
      }
      previousWasCR = scalar == "\r"
      lines.append(previousWasCR ? "\n" : scalar)
    }
    return visible(String(lines))
  }

  /// Refuses `path` unless it resolves to a file inside `folder`.
  private static func checkInside(_ path: String, folder: String) throws {
    guard let base = resolved(folder) else {
      throw failure(folder, systemReason())
    }
    guard let target = resolved(path) else {
      throw failure(path, systemReason())
    }
    let prefix = base.hasSuffix("/") ? base : base + "/"
    guard target.hasPrefix(prefix) else {
      throw failure(
        path, Message("it leads outside the folder \(visible(folder))"))
    }
  }

  private static func resolved(_ path: String) -> String? {
    guard let pointer = realpath(path, nil) else { return nil }
    defer { free(pointer) }
    return String(cString: pointer)
  }

  /// What a file of `mode` (from `stat`/`lstat`) is, for a message that
  /// refuses it: "a folder", "a FIFO (named pipe)", "a symbolic link", ….
  public static func kind(of mode: mode_t) -> Message {
    switch mode & S_IFMT {
    case S_IFLNK: Message("a symbolic link")
    case S_IFDIR: Message("a folder")
    case S_IFIFO: Message("a FIFO (named pipe)")
    case S_IFCHR, S_IFBLK: Message("a device")
    case S_IFSOCK: Message("a socket")
    default: Message("a special file")
    }
  }

  private static func tooLarge(_ path: String, bytes: Int) -> TrainKitError {
    failure(
      path,
      Message(
        "it is larger than \(maximumBytes >> 20) MB (the most TrainLab reads)"))
  }

  private static func failure(_ path: String, _ reason: Message)
    -> TrainKitError
  {
    TrainKitError("\(visible(path)): cannot read the file (\(reason))")
  }

  /// The C library's words for the last error (`errno`).
  package static func systemReason() -> Message {
    Message(verbatim: String(cString: strerror(errno)))
  }
}
