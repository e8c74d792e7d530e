import Foundation

/// The language TrainLab speaks to the learner: its messages, the shell's
/// help, and which lesson files it opens (`Lessons/` or `Lessons/zh/`).
///
/// `Language.current` is the one owner of the choice. `trainlab` sets it
/// once at start (`--lang`, else `Language.fromEnvironment`), the shell's
/// `lang` command changes it; everything else reads it.
public enum Language: String, Sendable, CaseIterable, CustomStringConvertible {
  /// English, the source language of every message and lesson.
  case en
  /// Simplified Chinese.
  case zh

  /// The language in use (English until set): the process's, unless
  /// `with` chose another for the running task.
  public static var current: Language {
    get { taskLanguage ?? state.withLock { $0 } }
    set { state.withLock { $0 = newValue } }
  }

  /// Runs `body` with `language` as the current language of this task
  /// only (tests running side by side, one-off renderings).
  public static func with<T>(_ language: Language, _ body: () throws -> T)
    rethrows -> T
  {
    try $taskLanguage.withValue(language) { try body() }
  }

  @TaskLocal private static var taskLanguage: Language?

  /// The language a name given by the learner stands for: "zh", "zh_CN",
  /// "zh-Hans", "chinese", "中文" are Chinese; "en", "en_US", "english"
  /// are English; anything else is nil.
  public init?(name: String) {
    let lowered = name.trimmingCharacters(in: .whitespaces).lowercased()
    if lowered.hasPrefix("zh") || lowered == "chinese" || lowered == "中文" {
      self = .zh
    } else if lowered.hasPrefix("en") || lowered == "english"
      || lowered == "c" || lowered == "posix"
    {
      self = .en
    } else {
      return nil
    }
  }

  /// The language the environment asks for: `TRAINLAB_LANG` if set and
  /// known, else the locale (`LC_ALL`, then `LC_MESSAGES`, then `LANG`,
  /// the first that is set and not empty, as POSIX orders them) — Chinese
  /// when it starts with "zh" — else English.
  public static func fromEnvironment(_ environment: [String: String])
    -> Language
  {
    if let chosen = environment["TRAINLAB_LANG"],
      let language = Language(name: chosen)
    {
      return language
    }
    for variable in ["LC_ALL", "LC_MESSAGES", "LANG"] {
      guard let value = environment[variable], !value.isEmpty else { continue }
      return value.lowercased().hasPrefix("zh") ? .zh : .en
    }
    return .en
  }

  /// The language's own name: "English", "中文".
  public var description: String {
    switch self {
    case .en: return "English"
    case .zh: return "中文"
    }
  }

  private static let state = LockedValue(Language.en)
}

/// A value behind a lock (the current language is read from any thread).
final class LockedValue<Value: Sendable>: @unchecked Sendable {
  private var value: Value
  private let lock = NSLock()

  init(_ value: Value) { self.value = value }

  func withLock<T>(_ body: (inout Value) -> T) -> T {
    lock.lock()
    defer { lock.unlock() }
    return body(&value)
  }
}
