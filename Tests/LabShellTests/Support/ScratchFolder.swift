import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A temporary folder for one test, removed with everything in it when the
/// value goes away.
final class ScratchFolder {
  let path: String

  init(_ label: String = "scratch") throws {
    path = NSTemporaryDirectory() + "trainlab-\(label)-\(UUID().uuidString)"
    try FileManager.default.createDirectory(
      atPath: path, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(atPath: path) }

  /// Writes `text` to `name` in the folder (creating subfolders); returns
  /// the file's path.
  @discardableResult
  func write(_ name: String, _ text: String) throws -> String {
    let file = path + "/" + name
    try FileManager.default.createDirectory(
      atPath: (file as NSString).deletingLastPathComponent,
      withIntermediateDirectories: true)
    try text.write(toFile: file, atomically: false, encoding: .utf8)
    return file
  }

  /// Makes `name` a symbolic link to `target`.
  func link(_ name: String, to target: String) {
    symlink(target, path + "/" + name)
  }

  /// Makes `name` a FIFO.
  func fifo(_ name: String) {
    mkfifo(path + "/" + name, 0o600)
  }

  /// The names in the folder `under` (the folder itself by default).
  func names(under sub: String = "") -> [String] {
    let folder = sub.isEmpty ? path : path + "/" + sub
    return
      ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
      .sorted()
  }
}
