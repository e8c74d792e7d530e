import LessonKit
import Localization
import TrainKit

/// The lessons of a folder, numbered, each parsed or with the reason it
/// could not be.
public struct LessonCatalog: Sendable {
  /// One lesson file of the folder.
  public struct Entry: Sendable {
    /// The number shown in lists: the file name's leading digits
    /// (`04-dropout.md` is 4), else the position in the folder.
    public var number: Int
    /// The file name without the number and `.md`: `dropout`.
    public var name: String
    /// The file's path.
    public var path: String
    /// The file's text.
    public var text: String
    /// The parsed lesson, or why the file is not a valid lesson.
    public var lesson: Result<Lesson, LessonFileError>
    /// The language the lesson is written in: the catalog's, or English
    /// when the lesson has no translation in its language yet.
    public var language: Language = .en
  }

  /// The entries, in file-name order.
  public var entries: [Entry]

  /// Creates a catalog from entries.
  public init(entries: [Entry]) { self.entries = entries }

  /// The lessons of `directory` in `language`: for Chinese, each lesson of
  /// `directory/zh/` (the same file name as the English) in place of the
  /// English one, and the English where there is no translation (its
  /// `language` says so).
  ///
  /// - Throws: `ShellError` when the folder cannot be read.
  public static func load(directory: String, language: Language)
    throws(ShellError) -> LessonCatalog
  {
    var catalog = try load(directory: directory)
    let translated = LessonCatalog.translationFolder(
      of: directory, for: language)
    guard let translated, FileSystem.isDirectory(translated) else {
      return catalog
    }
    let translations = try load(directory: translated)
    for index in catalog.entries.indices {
      let file = catalog.fileStem(catalog.entries[index])
      if var translation = translations.entries.first(where: {
        translations.fileStem($0) == file
      }) {
        translation.number = catalog.entries[index].number
        translation.language = language
        catalog.entries[index] = translation
      }
    }
    return catalog
  }

  /// The folder of `directory`'s translations into `language`
  /// (`Lessons/zh`); nil for English, the lessons' own language.
  public static func translationFolder(
    of directory: String, for language: Language
  ) -> String? {
    language == .en ? nil : directory + "/" + language.rawValue
  }

  /// Reads every `*.md` file of `directory` except `README.md`.
  ///
  /// A file that cannot be read — not a regular file, too large, a link
  /// out of the folder — is listed as an invalid lesson saying why.
  ///
  /// - Throws: `ShellError` when the folder cannot be read.
  public static func load(directory: String) throws(ShellError) -> LessonCatalog
  {
    let names = try FileSystem.contents(ofDirectory: directory).filter {
      $0.hasSuffix(".md") && $0.lowercased() != "readme.md"
    }
    var entries: [Entry] = []
    for (position, name) in names.enumerated() {
      let path = directory + "/" + name
      do {
        entries.append(
          try entry(path: path, position: position + 1, inside: directory))
      } catch {
        let message =
          Message.afterNaming(TextFile.visible(path), in: error.message)
          ?? Substring(error.message)
        let problem = LessonFileProblem(
          path: path, line: 1, message: String(message))
        entries.append(
          entry(
            path: path, text: "", position: position + 1,
            lesson: .failure(LessonFileError(problems: [problem]))))
      }
    }
    return LessonCatalog(entries: entries)
  }

  /// Reads one lesson file as an entry.
  ///
  /// - Parameters:
  ///   - path: The file.
  ///   - position: Its number when the file name has none.
  ///   - folder: When given, the file must lie inside it (links resolved).
  /// - Returns: The entry: the lesson, or why the text is not one.
  /// - Throws: `ShellError` when the file cannot be read.
  public static func entry(
    path: String, position: Int = 1, inside folder: String? = nil
  ) throws(ShellError) -> Entry {
    let text = try FileSystem.readText(path, inside: folder)
    let lesson: Result<Lesson, LessonFileError>
    do {
      lesson = .success(try LessonFile.parse(text, path: path))
    } catch {
      lesson = .failure(error)
    }
    return entry(path: path, text: text, position: position, lesson: lesson)
  }

  private static func entry(
    path: String, text: String, position: Int,
    lesson: Result<Lesson, LessonFileError>
  ) -> Entry {
    // A file name can hold control characters too.
    let fileName = TextFile.visible(
      String(path.split(separator: "/").last ?? Substring(path)))
    let stem =
      fileName.hasSuffix(".md") ? String(fileName.dropLast(3)) : fileName
    let digits = stem.prefix { $0.isASCII && $0.isNumber }
    let number = Int(digits) ?? position
    var name = stem.dropFirst(digits.count)
    while name.first == "-" || name.first == "_" || name.first == " " {
      name.removeFirst()
    }
    return Entry(
      number: number, name: name.isEmpty ? stem : String(name), path: path,
      text: text, lesson: lesson)
  }

  /// The lesson file `query` names, for `open` in the shell and on the
  /// command line alike; nil when it names no file (then it is a number
  /// or name in the lessons folder, `entry(matching:)`).
  ///
  /// `query` is a path when it looks like one (it holds a `/` or ends in
  /// `.md`), so a stray file named `1` or `dropout` in the current folder
  /// does not hide that lesson. Anything at such a path but a folder is
  /// read as the lesson named, so a FIFO or a device is refused for what
  /// it is.
  ///
  /// - Throws: `ShellError` when the file cannot be read or is not a
  ///   regular file, or when `query` is a path to a `.md` file that does
  ///   not exist.
  public static func fileEntry(_ query: String) throws(ShellError) -> Entry? {
    guard query.contains("/") || query.hasSuffix(".md") else { return nil }
    if FileSystem.exists(query) && !FileSystem.isDirectory(query) {
      return try entry(path: query)
    }
    if query.hasSuffix(".md") && query.contains("/") {
      throw ShellError("\(query): no such file")
    }
    return nil
  }

  /// The entry a user means by `query`: a number (`4`, `04`), a name
  /// (`dropout`, `04-dropout`, `04-dropout.md`), or the start of a name or
  /// title when only one lesson matches.
  ///
  /// - Throws: `ShellError` listing the choices when nothing or several match.
  public func entry(matching query: String) throws(ShellError) -> Entry {
    let wanted = query.lowercased()
    if let number = Int(wanted),
      let entry = entries.first(where: { $0.number == number })
    {
      return entry
    }
    let stem = wanted.hasSuffix(".md") ? String(wanted.dropLast(3)) : wanted
    if let exact = entries.first(where: {
      $0.name.lowercased() == stem || fileStem($0).lowercased() == stem
    }) {
      return exact
    }
    let matches = entries.filter {
      $0.name.lowercased().hasPrefix(stem)
        || $0.title.lowercased().hasPrefix(stem)
    }
    if matches.count == 1 { return matches[0] }
    let choices = (matches.isEmpty ? entries : matches).map {
      "\($0.number) \($0.name)"
    }
    let list =
      choices.isEmpty
      ? Message("there are no lessons")
      : Message("choose one of: \(choices.joined(separator: ", "))")
    throw ShellError(
      matches.isEmpty
        ? Message("no lesson \"\(query)\"; \(list)")
        : Message("\"\(query)\" matches several lessons; \(list)"))
  }

  func fileStem(_ entry: Entry) -> String {
    let file =
      entry.path.split(separator: "/").last.map(String.init) ?? entry.path
    return file.hasSuffix(".md") ? String(file.dropLast(3)) : file
  }
}

extension LessonCatalog.Entry {
  /// The lesson's title, or the file name when the file does not parse.
  public var title: String {
    (try? lesson.get().title) ?? name
  }
}
