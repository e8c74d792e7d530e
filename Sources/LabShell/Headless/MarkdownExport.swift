/// Writes a lesson back out as Markdown with each cell's output under it,
/// as a fenced `text` block (plots included, as the text they are).
public enum MarkdownExport {
  /// The lesson's original text with outputs inserted after the closing
  /// fence of each cell that printed something.
  ///
  /// - Parameters:
  ///   - text: The lesson file as read.
  ///   - outputs: Output by the line of each cell's closing fence
  ///     (`LessonRunReport.outputs`).
  /// - Returns: The document, ending with a newline.
  public static func document(text: String, outputs: [Int: String]) -> String {
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
    }
    while result.last == "" { result.removeLast() }
    return result.joined(separator: "\n") + "\n"
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
