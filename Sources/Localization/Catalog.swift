/// The Chinese of every message: English template → Chinese template.
///
/// The tables are split by the target whose source holds the English
/// (`Catalog+LessonKit.swift`, `+LabShell`, `+TrainKit`, `+TermPlot`);
/// add a message's Chinese beside its target's others. Keep the numbered
/// holes, full-width punctuation in the prose, and names, keywords,
/// parameters and code as they are.
public enum Catalog {
  /// Every Chinese template, by English key.
  public static let zh: [String: String] = {
    var table: [String: String] = [:]
    for part in [lessonKit, labShell, trainKit, termPlot] {
      table.merge(part) { first, _ in first }
    }
    return table
  }()

  /// Whether `key` reads in Chinese: the catalog has it, or it holds no
  /// words to translate (only holes, digits, punctuation, code in
  /// backquotes).
  public static func translates(_ key: String) -> Bool {
    if zh[key] != nil { return true }
    let withoutHoles = Message.fill(key) { _ in "" }
    var insideCode = false
    for character in withoutHoles {
      if character == "`" {
        insideCode.toggle()
      } else if !insideCode && character.isLetter {
        return false
      }
    }
    return true
  }
}
