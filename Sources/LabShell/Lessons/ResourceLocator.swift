/// Finds the lessons and datasets folders.
///
/// In order: the folder given on the command line, the environment variable,
/// a folder of that name in the current directory or one of its parents, then
/// next to the executable or one of its parents (so `swift run` from
/// anywhere inside the package finds the package's own `Lessons/`).
public struct ResourceLocator: Sendable {
  /// The current directory.
  public var currentDirectory: String
  /// The absolute path of the executable, if known.
  public var executablePath: String?
  /// The environment.
  public var environment: [String: String]
  /// Answers whether a path is a directory (the real file system by default).
  public var isDirectory: @Sendable (String) -> Bool

  /// Creates a locator.
  public init(
    currentDirectory: String, executablePath: String?,
    environment: [String: String],
    isDirectory: @escaping @Sendable (String) -> Bool = FileSystem.isDirectory
  ) {
    self.currentDirectory = currentDirectory
    self.executablePath = executablePath
    self.environment = environment
    self.isDirectory = isDirectory
  }

  /// The lessons folder: `explicit`, else `$TRAINLAB_LESSONS`, else a
  /// `Lessons` folder found by walking up.
  ///
  /// - Throws: `ShellError` when a given folder does not exist, or none is found.
  public func lessonsDirectory(explicit: String?) throws(ShellError) -> String {
    try locate(
      folder: "Lessons", explicit: explicit, variable: "TRAINLAB_LESSONS",
      option: "--lessons")
  }

  /// The datasets folder: `explicit`, else `$TRAINLAB_DATASETS`, else a
  /// `datasets` folder found by walking up; nil when there is none.
  public func datasetsDirectory(explicit: String? = nil) -> String? {
    try? locate(
      folder: "datasets", explicit: explicit, variable: "TRAINLAB_DATASETS",
      option: "--datasets")
  }

  private func locate(
    folder: String, explicit: String?, variable: String, option: String
  ) throws(ShellError)
    -> String
  {
    if let explicit {
      let path = absolute(explicit)
      guard isDirectory(path) else {
        throw ShellError("\(option) \(explicit): no such folder")
      }
      return path
    }
    if let value = environment[variable], !value.isEmpty {
      let path = absolute(value)
      guard isDirectory(path) else {
        throw ShellError("\(variable)=\(value): no such folder")
      }
      return path
    }
    var starts = [currentDirectory]
    if let executablePath { starts.append(Self.parent(of: executablePath)) }
    for start in starts {
      var directory = start
      while true {
        let candidate = (directory == "/" ? "" : directory) + "/" + folder
        if isDirectory(candidate) { return candidate }
        let parent = Self.parent(of: directory)
        if parent == directory { break }
        directory = parent
      }
    }
    throw ShellError(
      "no \(folder) folder found near \(currentDirectory) or the trainlab executable; use \(option) DIR or set \(variable)"
    )
  }

  private func absolute(_ path: String) -> String {
    path.hasPrefix("/") ? path : currentDirectory + "/" + path
  }

  static func parent(of path: String) -> String {
    var trimmed = Substring(path)
    while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed.removeLast() }
    guard let slash = trimmed.lastIndex(of: "/") else { return "." }
    return slash == trimmed.startIndex ? "/" : String(trimmed[..<slash])
  }
}
