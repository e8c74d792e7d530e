import Foundation
import Localization
import TermPlot

/// ArgumentParser's own words in the current language.
///
/// ArgumentParser writes its section titles (`OVERVIEW:`, `USAGE:`, …), the
/// help of `--version` and `--help`, `(default: …)` and its usage errors
/// in English and has no way to translate them. `trainlab` passes its help
/// and its usage errors through `translated(_:)` before fitting them to the
/// width; in English every line comes back as it is. Only whole, known
/// phrases are replaced: anything else (a command's own text, already in
/// the catalog) is left alone.
public enum ParserWords {
  /// `text`, ArgumentParser's help or error, with its words translated.
  public static func translated(_ text: String) -> String {
    guard Language.current != .en else { return text }
    return text.split(separator: "\n", omittingEmptySubsequences: false)
      .map { line(String($0)) }.joined(separator: "\n")
  }

  /// One line: a section title or label at its start, else the phrases
  /// inside it.
  static func line(_ line: String) -> String {
    let indent = String(line.prefix { $0 == " " })
    let text = String(line.dropFirst(indent.count))
    if let titled = titled(text) { return indent + titled }
    if let see = see(text) { return indent + see }
    return indent + phrases(in: text)
  }

  /// A line that starts with one of ArgumentParser's titles or labels.
  private static func titled(_ text: String) -> String? {
    func rest(after prefix: String) -> Message? {
      guard text.hasPrefix(prefix) else { return nil }
      return Message(verbatim: String(text.dropFirst(prefix.count)))
    }
    let message: Message
    if text == "ARGUMENTS:" {
      message = Message("ARGUMENTS:")
    } else if text == "OPTIONS:" {
      message = Message("OPTIONS:")
    } else if text == "SUBCOMMANDS:" {
      message = Message("SUBCOMMANDS:")
    } else if let rest = rest(after: "OVERVIEW: ") {
      message = Message("OVERVIEW: \(rest)")
    } else if let rest = rest(after: "USAGE: ") {
      message = Message("USAGE: \(rest)")
    } else if let rest = rest(after: "Usage: ") {
      message = Message("Usage: \(rest)")
    } else if let rest = rest(after: "Help:  ") {
      message = Message("Help:  \(rest)")
    } else if text.hasPrefix("Error: ") {
      let error = String(text.dropFirst("Error: ".count))
      message = Message("Error: \(Message(verbatim: usageError(error)))")
    } else {
      return nil
    }
    return String(message)
  }

  /// ArgumentParser's where-to-read-more lines (`See '…' for more
  /// information.` and `See '…' for detailed help.`).
  private static func see(_ text: String) -> String? {
    for (suffix, more) in [
      ("' for more information.", true), ("' for detailed help.", false),
    ] where text.hasPrefix("See '") && text.hasSuffix(suffix) {
      let command = String(text.dropFirst("See '".count).dropLast(suffix.count))
      return String(
        more
          ? Message("See '\(command)' for more information.")
          : Message("See '\(command)' for detailed help."))
    }
    return nil
  }

  /// ArgumentParser's usage errors; our own (already translated) and any
  /// other come back as they are.
  static func usageError(_ error: String) -> String {
    // "Unknown option '--seeed'. Did you mean '--seed'?"
    var error = error
    var suggestion = ""
    if let range = error.range(of: ". Did you mean '"), error.hasSuffix("'?") {
      let name = String(error[range.upperBound...].dropLast(2))
      suggestion = String(Message("; did you mean `\(name)`?"))
      error = String(error[..<range.lowerBound])
    }
    func quoted(after prefix: String) -> String? {
      guard error.hasPrefix(prefix + "'"), error.hasSuffix("'") else {
        return nil
      }
      return String(error.dropFirst(prefix.count + 1).dropLast())
    }
    let message: Message
    if let name = quoted(after: "Unknown option ") {
      message = Message("Unknown option `\(name)`")
    } else if let name = quoted(after: "Unexpected argument ") {
      message = Message("Unexpected argument `\(name)`")
    } else if let name = quoted(after: "Missing value for ") {
      message = Message("Missing value for `\(name)`")
    } else if let name = quoted(after: "Missing expected argument ") {
      message = Message("Missing expected argument `\(name)`")
    } else if error.hasPrefix("The value '"),
      let middle = error.range(of: "' is invalid for '"), error.hasSuffix("'")
    {
      let value = error.dropFirst("The value '".count)[..<middle.lowerBound]
      let name = error[middle.upperBound...].dropLast()
      message = Message(
        "The value `\(String(value))` is invalid for `\(String(name))`")
    } else if let space = error.firstIndex(of: " "),
      let count = Int(error[..<space]),
      error[space...].hasPrefix(" unexpected arguments: ")
    {
      let list = error[space...].dropFirst(" unexpected arguments: ".count)
        .components(separatedBy: ", ")
      message = Message(
        "\(count) unexpected arguments: \(Message.listing(list))")
    } else {
      return error + suggestion
    }
    return String(message) + suggestion
  }

  /// The phrases inside a help line: `--version`'s and `--help`'s help,
  /// `(default: …)`, and a default command's `(default)`, which keeps the
  /// help column after it where it was.
  private static func phrases(in text: String) -> String {
    var text = text
    for phrase in [
      Message("Show the version."), Message("Show help information."),
    ] {
      text = text.replacingOccurrences(of: phrase.key, with: String(phrase))
    }
    if let start = text.range(of: " (default: "),
      let end = text[start.upperBound...].lastIndex(of: ")")
    {
      let value = String(text[start.upperBound..<end])
      text.replaceSubrange(
        start.lowerBound...end, with: String(Message(" (default: \(value))")))
    }
    if let mark = text.range(of: " (default)  ") {
      let english = " (default)"
      let translated = String(Message(" (default)"))
      // Keep the help that follows in its column.
      let spare = TextWidth.of(english) - TextWidth.of(translated)
      text.replaceSubrange(
        mark.lowerBound..<text.index(mark.lowerBound, offsetBy: english.count),
        with: translated + String(repeating: " ", count: max(0, spare)))
    }
    return text
  }
}

extension ParserWords {
  /// ArgumentParser's help or usage error with every line fitted to `width`
  /// columns.
  ///
  /// ArgumentParser wraps at spaces counting characters, so a line of
  /// Chinese (two columns a character, no spaces) can run past the edge.
  /// Such a line's paragraph (it and the lines ArgumentParser wrapped it
  /// onto) is joined and broken again by `LineBreaker`, its continuation
  /// indented to where its text starts (an option's help column, else its
  /// indent; when the help column is past the middle, the text goes under
  /// the option's name instead); a paragraph that fits is left as it is
  /// (all of the English).
  public static func fittedHelp(_ text: String, width: Int) -> String {
    let breaker = LineBreaker(width: width)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
      .map(String.init)
    var output: [String] = []
    var index = 0
    while index < lines.count {
      let line = lines[index]
      guard line.contains(where: { $0 != " " }) else {
        output.append(line)
        index += 1
        continue
      }
      // The name (an option's, a subcommand's) and where its text starts,
      // in terminal columns (a name may hold 汉字).
      let name = String(line.prefix(helpStart(line)))
      let column = TextWidth.of(name)
      // The lines ArgumentParser wrapped this text onto, indented to its
      // column: the paragraph is joined and broken again as a whole.
      var end = index + 1
      while end < lines.count, continues(lines[end], at: column) { end += 1 }
      let group = lines[index..<end]
      let indent = line.prefix { $0 == " " }.count
      // Beside its name when there is room, else under it (all the names of
      // a list alike, at a narrow width).
      let beside = column <= width / 2 || column == indent
      guard !beside || group.contains(where: { TextWidth.of($0) > width })
      else {
        output += group
        index = end
        continue
      }
      let body = CJKBreaking.joinedLines(
        [line.dropFirst(name.count)]
          + group.dropFirst().map { $0.dropFirst(column) })
      if beside {
        output += breaker.lines(
          body, first: name, rest: String(repeating: " ", count: column))
      } else {
        // Too little room beside the name: the name on its line, the text
        // under it.
        let under = String(repeating: " ", count: min(indent + 4, width / 2))
        output.append(String(name.reversed().drop { $0 == " " }.reversed()))
        output += breaker.lines(body, first: under, rest: under)
      }
      index = end
    }
    return output.joined(separator: "\n")
  }

  /// A usage error with every line fitted to `width` columns: each line on
  /// its own (the error, ArgumentParser's help of an option, the usage, where
  /// to read more), its continuation indented two columns more.
  public static func fittedError(_ text: String, width: Int) -> String {
    let breaker = LineBreaker(width: width)
    return text.split(separator: "\n", omittingEmptySubsequences: false)
      .flatMap { line -> [String] in
        let line = String(line)
        guard TextWidth.of(line) > width else { return [line] }
        let indent = String(line.prefix { $0 == " " })
        return breaker.lines(
          String(line.dropFirst(indent.count)), first: indent,
          rest: indent + "  ")
      }
      .joined(separator: "\n")
  }

  /// The column up to which ArgumentParser's help puts an option's name or
  /// a subcommand's: its text starts there (26) or, after a longer name, on
  /// the next line.
  static let helpLabelColumns = 30

  /// Where a help line's text starts, in characters: after an option's or
  /// subcommand's name (the first gap of two spaces, within
  /// `helpLabelColumns` terminal columns), else after its indent.
  static func helpStart(_ line: String) -> Int {
    let indent = line.prefix { $0 == " " }.count
    guard let gap = line.dropFirst(indent).range(of: "  ") else {
      return indent
    }
    let after = line[gap.upperBound...].prefix { $0 == " " }.count
    let start = line.distance(from: line.startIndex, to: gap.upperBound) + after
    return start < line.count
      && TextWidth.of(String(line.prefix(start))) <= helpLabelColumns
      ? start : indent
  }

  /// Whether `line` goes on with a text that starts at `column`: indented
  /// exactly that far, with text after, and not itself a name with its help
  /// (the next option of a list).
  static func continues(_ line: String, at column: Int) -> Bool {
    let indent = line.prefix { $0 == " " }.count
    return indent == column && indent < line.count && helpStart(line) == indent
  }
}
