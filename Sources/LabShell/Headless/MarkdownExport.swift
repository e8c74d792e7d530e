/// Writes a lesson back out as Markdown with each cell's output under it,
/// as a fenced `text` block (plots included, as the text they are), and
/// links to the SVG files of its charts when they were written too.
public enum MarkdownExport {
  /// The lesson's original text with outputs inserted after the closing
  /// fence of each cell that printed something.
  ///
  /// - Parameters:
  ///   - text: The lesson file as read.
  ///   - outputs: Output by the line of each cell's closing fence
  ///     (`LessonRunReport.outputs`).
  ///   - images: The SVG files of each cell's charts, by the same line, as
  ///     paths relative to the document; each becomes an image link under
  ///     the cell's output.
  /// - Returns: The document, ending with a newline.
  public static func document(
    text: String, outputs: [Int: String], images: [Int: [String]] = [:]
  ) -> String {
    let lines = text.split(omittingEmptySubsequences: false) {
      $0 == "\n" || $0 == "\r\n"
    }
    var result: [String] = []
    for (index, line) in lines.enumerated() {
      result.append(String(line))
      guard let output = outputs[index + 1], !output.isEmpty else { continue }
      var body = output
      while body.hasSuffix("\n") { body.removeLast() }
      let fence = fence(for: body)
      result += ["", fence + "text", body, fence]
      for (number, path) in (images[index + 1] ?? []).enumerated() {
        result += ["", "![chart \(number + 1)](\(link(path)))"]
      }
    }
    while result.last == "" { result.removeLast() }
    return result.joined(separator: "\n") + "\n"
  }

  /// `path` as a Markdown link target: spaces and parentheses escaped.
  static func link(_ path: String) -> String {
    path.replacing(" ", with: "%20").replacing("(", with: "%28")
      .replacing(")", with: "%29")
  }

  /// The path of `file` as seen from the folder of `document`: relative
  /// paths under the document's folder lose that prefix; others are kept.
  static func relativePath(of file: String, fromDocument document: String)
    -> String
  {
    guard let slash = document.lastIndex(of: "/") else { return file }
    let folder = String(document[...slash])
    return file.hasPrefix(folder) ? String(file.dropFirst(folder.count)) : file
  }

  /// A backtick fence longer than any run of backticks in `body`.
  static func fence(for body: String) -> String {
    var longest = 0
    var run = 0
    for character in body {
      run = character == "`" ? run + 1 : 0
      longest = max(longest, run)
    }
    return String(repeating: "`", count: max(3, longest + 1))
  }
}
