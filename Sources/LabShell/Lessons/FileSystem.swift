import LineEditing
import Localization
import TrainKit

#if canImport(Glibc)
import Glibc
#endif

/// The few file operations the shell needs, on plain POSIX calls.
public enum FileSystem {
  /// The text of the file at `path`, read with `TextFile`'s checks: a
  /// regular file under its size cap, inside `folder` when one is given,
  /// with its byte-order mark, line endings and control characters
  /// normalized.
  ///
  /// - Throws: `ShellError` naming the file when it cannot be read.
  public static func readText(_ path: String, inside folder: String? = nil)
    throws(ShellError) -> String
  {
    do {
      return try TextFile.read(path, inside: folder)
    } catch {
      throw ShellError("\(error)")
    }
  }

  /// What a safe write found at its target.
  public enum WriteOutcome: Equatable, Sendable {
    /// There was no file: one was created.
    case created
    /// A regular file was there and was replaced (its mode kept).
    case replaced
  }

  /// Writes `text` to `path` atomically, the one way TrainLab writes a
  /// file (`save`, `--export`, `--svg`).
  ///
  /// The text goes to a new temporary file beside `path`, created unique,
  /// exclusive and without following links (`O_EXCL | O_NOFOLLOW`), then
  /// flushed to disk and renamed over `path`: a reader sees the old file or
  /// the new one, never half of it. A file being replaced keeps its mode
  /// (0600 stays 0600); anything at `path` that is not a regular file — a
  /// symbolic link, a FIFO, a device, a folder — is refused. The temporary
  /// is removed on failure, and by the SIGTERM/SIGHUP handler
  /// (`PendingTemporaryFile`), so it never stays behind.
  ///
  /// - Returns: Whether a file was created or replaced.
  /// - Throws: `ShellError` naming the file when it cannot be written.
  @discardableResult
  public static func writeTextAtomically(_ text: String, to path: String)
    throws(ShellError) -> WriteOutcome
  {
    let shown = TextFile.visible(path)
    func failure(_ reason: Message) -> ShellError {
      ShellError("cannot write \(shown): \(reason)")
    }
    let existing = fileMode(path)
    if let existing, existing & S_IFMT != S_IFREG {
      throw failure(
        Message(
          "it is \(TextFile.kind(of: existing)), not a regular file; choose another name"
        ))
    }
    let mode = existing.map { $0 & 0o7777 } ?? defaultFileMode()
    let (fd, temporary) = try createTemporary(beside: path, failure: failure)
    var reason: Message?
    let bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count && reason == nil {
      let written = bytes.withUnsafeBytes { buffer -> Int in
        guard let base = buffer.baseAddress else { return 0 }
        return Glibc.write(fd, base + offset, buffer.count - offset)
      }
      if written < 0 && errno == EINTR { continue }
      if written <= 0 {
        reason = TextFile.systemReason()
      } else {
        offset += written
      }
    }
    if reason == nil && fchmod(fd, mode) != 0 {
      reason = TextFile.systemReason()
    }
    if reason == nil && fsync(fd) != 0 { reason = TextFile.systemReason() }
    if close(fd) != 0 && reason == nil { reason = TextFile.systemReason() }
    if reason == nil && Termination.signal != nil {
      reason = Message("interrupted")
    }
    // A signal handler may have removed the temporary; then rename fails.
    if reason == nil && rename(temporary, path) != 0 {
      reason =
        errno == ENOENT ? Message("interrupted") : TextFile.systemReason()
    }
    PendingTemporaryFile.clear()
    if let reason {
      unlink(temporary)
      throw failure(reason)
    }
    return existing == nil ? .created : .replaced
  }

  /// A new temporary file in `path`'s folder, open for writing, registered
  /// for removal on a signal.
  private static func createTemporary(
    beside path: String, failure: (Message) -> ShellError
  ) throws(ShellError) -> (Int32, String) {
    let slash = path.lastIndex(of: "/")
    let folder = slash.map { String(path[...$0]) } ?? ""
    let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
    for _ in 0..<16 {
      let suffix = String(UInt32.random(in: .min ... .max), radix: 36)
      let temporary = "\(folder).\(name).tmp-\(getpid())-\(suffix)"
      guard PendingTemporaryFile.register(temporary) else {
        throw failure(Message("the name is too long"))
      }
      let fd = open(
        temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
      if fd >= 0 { return (fd, temporary) }
      PendingTemporaryFile.clear()
      if errno != EEXIST { throw failure(TextFile.systemReason()) }
    }
    throw failure(Message("no unused temporary name next to it"))
  }

  /// The type and permissions of what is at `path` without following a
  /// link; nil when there is nothing.
  private static func fileMode(_ path: String) -> mode_t? {
    var info = stat()
    guard lstat(path, &info) == 0 else { return nil }
    return info.st_mode
  }

  /// 0666 less the process's umask: what `creat` would give a new file.
  private static func defaultFileMode() -> mode_t {
    let mask = umask(0o022)
    umask(mask)
    return 0o666 & ~mask
  }

  /// True when something — even a dangling link — is at `path`.
  public static func exists(_ path: String) -> Bool {
    fileMode(path) != nil
  }

  /// True when `path` names a directory.
  public static func isDirectory(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
  }

  /// True when `path` names a regular file.
  public static func isFile(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
  }

  /// The names in a directory, sorted, without `.` and `..`.
  ///
  /// - Throws: `ShellError` when the directory cannot be read.
  public static func contents(ofDirectory path: String) throws(ShellError)
    -> [String]
  {
    guard let directory = opendir(path) else {
      throw ShellError(
        "cannot read the folder \(path): \(String(cString: strerror(errno)))")
    }
    defer { closedir(directory) }
    var names: [String] = []
    while let entry = readdir(directory) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      if name != "." && name != ".." { names.append(name) }
    }
    return names.sorted()
  }

  /// The current working directory.
  public static func currentDirectory() -> String {
    guard let pointer = getcwd(nil, 0) else { return "." }
    defer { free(pointer) }
    return String(cString: pointer)
  }

  /// The absolute path of the running executable (from /proc/self/exe).
  public static func executablePath() -> String? {
    var buffer = [CChar](repeating: 0, count: 4096)
    let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
    guard count > 0 else { return nil }
    return String(
      decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }
}
