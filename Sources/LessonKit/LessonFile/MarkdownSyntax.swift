/// The block syntax of lesson Markdown, line by line: ATX headings, code
/// fences, trimming.
///
/// The one owner of it: `LessonFile.parse` splits a lesson into steps and
/// cells with it, and LabShell's prose renderer draws headings and code
/// blocks with it, so the two always agree on what a heading or a fence
/// is. (Inline Markdown — emphasis, code spans — is LabShell's alone.)
public enum MarkdownSyntax {
  /// An ATX heading (`## Text`, up to three spaces before it, optional
  /// closing `#`s): its level and text, or nil.
  public static func heading(_ line: Substring) -> (level: Int, text: String)? {
    let body = line.markdownLeadingTrimmed
    guard line.count - body.count <= 3 else { return nil }
    let level = body.prefix { $0 == "#" }.count
    guard (1...6).contains(level) else { return nil }
    let rest = body.dropFirst(level)
    guard rest.isEmpty || rest.first == " " || rest.first == "\t" else {
      return nil
    }
    var text = rest.markdownTrimmed
    while text.hasSuffix("#") { text.removeLast() }
    return (level, text.markdownTrimmed)
  }
}

/// An opening code fence: three or more backticks or tildes and an info
/// string (```` ```lab ````).
public struct CodeFence {
  let character: Character
  let length: Int
  /// The info string after the marker: `lab`, `python`, empty.
  public let info: String

  /// Reads an opening fence, or returns nil when `line` is not one.
  public init?(opening line: Substring) {
    let body = line.markdownLeadingTrimmed
    guard line.count - body.count <= 3, let first = body.first,
      first == "`" || first == "~"
    else {
      return nil
    }
    let run = body.prefix { $0 == first }.count
    guard run >= 3 else { return nil }
    let info = body.dropFirst(run).markdownTrimmed
    if first == "`" && info.contains("`") { return nil }
    self.character = first
    self.length = run
    self.info = info
  }

  /// True when the block is a code cell: its info string's first word is `lab`.
  var isLab: Bool { info.split(separator: " ").first == "lab" }

  var marker: String { String(repeating: character, count: length) }

  /// True when `line` closes this fence.
  public func isClosed(by line: Substring) -> Bool {
    let body = line.markdownLeadingTrimmed
    let run = body.prefix { $0 == character }.count
    return run >= length && body.dropFirst(run).markdownTrimmed.isEmpty
  }
}

extension StringProtocol {
  /// The text without leading and trailing spaces and tabs, as Markdown
  /// reads a line.
  public var markdownTrimmed: String {
    String(
      drop { $0 == " " || $0 == "\t" }.reversed().drop {
        $0 == " " || $0 == "\t"
      }.reversed())
  }
  /// The text without leading spaces and tabs.
  var markdownLeadingTrimmed: SubSequence { drop { $0 == " " || $0 == "\t" } }
}
