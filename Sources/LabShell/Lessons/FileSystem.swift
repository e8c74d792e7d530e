#if canImport(Glibc)
import Glibc
#endif

/// The few file operations the shell needs, on plain POSIX calls.
public enum FileSystem {
  /// The contents of the file at `path` as UTF-8 text.
  ///
  /// - Throws: `ShellError` naming the file when it cannot be read.
  public static func readText(_ path: String) throws(ShellError) -> String {
    guard let file = fopen(path, "rb") else {
      throw ShellError(
        "cannot read \(path): \(String(cString: strerror(errno)))")
    }
    defer { fclose(file) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65536)
    while true {
      let count = chunk.withUnsafeMutableBytes {
        fread($0.baseAddress, 1, $0.count, file)
      }
      if count > 0 { bytes.append(contentsOf: chunk[..<count]) }
      if count < chunk.count { break }
    }
    if ferror(file) != 0 { throw ShellError("cannot read \(path): read error") }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Writes `text` to `path` atomically: to a temporary file in the same
  /// folder first, flushed, then renamed over `path`.
  ///
  /// A reader sees the old
  /// file or the new one, never half of it.
  ///
  /// - Throws: `ShellError` naming the file when it cannot be written.
  public static func writeTextAtomically(_ text: String, to path: String)
    throws(ShellError)
  {
    let temporary = path + ".tmp-\(getpid())"
    guard let file = fopen(temporary, "wb") else {
      throw ShellError(
        "cannot write \(path): \(String(cString: strerror(errno)))")
    }
    let bytes = Array(text.utf8)
    let written = bytes.withUnsafeBytes {
      fwrite($0.baseAddress, 1, $0.count, file)
    }
    let flushed = fflush(file) == 0 && fsync(fileno(file)) == 0
    fclose(file)
    guard written == bytes.count, flushed, rename(temporary, path) == 0 else {
      let reason = String(cString: strerror(errno))
      unlink(temporary)
      throw ShellError("cannot write \(path): \(reason)")
    }
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
