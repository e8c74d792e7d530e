/// A sentence the learner reads, in every language TrainLab speaks.
///
/// Write it as an English string literal; the literal, with each
/// interpolation replaced by `{1}`, `{2}`, … in order, is its key in the
/// catalog (`Catalog.zh`), whose Chinese template may place the same
/// numbered holes in any order (or leave one out: an English plural "s").
///
///     throw RuntimeError("`\(label)` is given twice", at: range)
///     // key: "`{1}` is given twice"   zh: "`{1}` 给出了两次"
///
/// An interpolated `Message` is rendered in the same language as the one
/// around it; anything else is shown as written (names, numbers, code).
/// `description` renders in `Language.current`. A key missing from the
/// catalog reads in English; `LocalizationTests` fails for any literal in
/// Sources that lacks its Chinese.
public struct Message: Sendable, Hashable, CustomStringConvertible,
  ExpressibleByStringInterpolation
{
  /// The English template: the literal with `{1}`, `{2}`, … for its holes.
  public private(set) var key: String
  /// What fills the holes, in order.
  public private(set) var arguments: [Argument]

  /// What fills one hole of a template.
  public enum Argument: Sendable, Hashable {
    /// Text shown as written in every language.
    case verbatim(String)
    /// A message rendered in the surrounding one's language.
    case message(Message)
    /// Items joined as that language lists them (`Message.listing`).
    case list([String])
  }

  /// Text shown as written in every language (a name, a value, code), or
  /// a message built elsewhere as a plain string.
  public init(verbatim text: String) {
    key = "{1}"
    arguments = [.verbatim(text)]
  }

  public init(stringLiteral value: String) {
    key = value
    arguments = []
  }

  public init(stringInterpolation: StringInterpolation) {
    key = stringInterpolation.key
    arguments = stringInterpolation.arguments
  }

  /// Builds the key and the arguments of an interpolated literal.
  public struct StringInterpolation: StringInterpolationProtocol {
    var key = ""
    var arguments: [Argument] = []

    public init(literalCapacity: Int, interpolationCount: Int) {
      key.reserveCapacity(literalCapacity + 3 * interpolationCount)
    }

    public mutating func appendLiteral(_ literal: String) {
      key += literal
    }

    /// A nested message, rendered in the same language.
    public mutating func appendInterpolation(_ message: Message) {
      arguments.append(.message(message))
      key += "{\(arguments.count)}"
    }

    /// Anything else, shown as written.
    public mutating func appendInterpolation<T>(_ value: T) {
      arguments.append(.verbatim(String(describing: value)))
      key += "{\(arguments.count)}"
    }
  }

  /// The message in `language`.
  public func text(in language: Language) -> String {
    let template: String
    switch language {
    case .en: template = key
    case .zh: template = Catalog.zh[key] ?? key
    }
    if arguments.isEmpty { return template }
    return Message.fill(template) { index in
      guard arguments.indices.contains(index) else { return nil }
      switch arguments[index] {
      case .verbatim(let text): return text
      case .message(let message): return message.text(in: language)
      case .list(let items):
        return items.joined(separator: Message.listSeparator(in: language))
      }
    }
  }

  /// The message in the current language.
  public var description: String { text(in: Language.current) }

  /// Two messages are equal when they read the same in English, the
  /// language every other one translates (`"a \(x)"` with x = "b" equals
  /// `"a b"`).
  public static func == (left: Message, right: Message) -> Bool {
    left.text(in: .en) == right.text(in: .en)
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(text(in: .en))
  }

  /// Whether the catalog has this key's Chinese (or it needs none: a
  /// template that is only holes and punctuation).
  public var isTranslated: Bool { Catalog.translates(key) }

  /// `template` with each `{n}` replaced by `value(n - 1)`; a `{`… that is
  /// not a hole with a value stays as written.
  static func fill(_ template: String, _ value: (Int) -> String?) -> String {
    var result = ""
    var rest = Substring(template)
    while let open = rest.firstIndex(of: "{") {
      result += rest[..<open]
      let afterOpen = rest.index(after: open)
      if let close = rest[afterOpen...].firstIndex(of: "}"),
        let number = Int(rest[afterOpen..<close]), number >= 1,
        let text = value(number - 1)
      {
        result += text
        rest = rest[rest.index(after: close)...]
      } else {
        result += "{"
        rest = rest[afterOpen...]
      }
    }
    return result + rest
  }

  /// The hole numbers a template uses.
  public static func holes(in template: String) -> Set<Int> {
    var numbers: Set<Int> = []
    _ = fill(template) { index in
      numbers.insert(index + 1)
      return ""
    }
    return numbers
  }
}

extension Message {
  /// Items joined as the current language lists them.
  ///
  /// Names, `name value` pairs, settings: "train 0.018, test 0.22" in
  /// English, "训练 0.018、测试 0.22" in Chinese (the enumeration comma 、,
  /// as the Chinese messages list names). The one owner of a list's
  /// separator.
  public static func list(_ items: [String]) -> String {
    String(listing(items))
  }

  /// Items joined as the language the message is read in lists them: for
  /// a message made before its language is known (read at start, shown
  /// later).
  public static func listing(_ items: [String]) -> Message {
    var message = Message(verbatim: "")
    message.arguments = [.list(items)]
    return message
  }

  /// What separates independent clauses (a chart's footnotes) in the
  /// current language: "; " in English, "；" in Chinese.
  public static var clauseSeparator: String {
    switch Language.current {
    case .en: "; "
    case .zh: "；"
    }
  }

  /// What separates the items of a list in `language`.
  public static func listSeparator(in language: Language) -> String {
    switch language {
    case .en: ", "
    case .zh: "、"
    }
  }
}

extension String {
  /// The message in the current language.
  public init(_ message: Message) {
    self = message.text(in: Language.current)
  }
}

extension Message {
  /// The rest of `text` when it starts by naming `name` as a message does
  /// ("name: …", or "name：…" in Chinese); nil when it does not.
  ///
  /// For a caller that would name the place itself: a message that names
  /// it already is kept as it is, so the place is said once.
  public static func afterNaming(_ name: String, in text: String)
    -> Substring?
  {
    for language in Language.allCases {
      let prefix = Message("\(name): \("")").text(in: language)
      if text.hasPrefix(prefix) { return text.dropFirst(prefix.count) }
    }
    return nil
  }
}
