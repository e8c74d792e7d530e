/// The text of a cell and where it comes from, kept by the functions it
/// defines so an error in a function's body can show the body's own line
/// when the function is called from another cell.
final class CellSource: Sendable {
  /// The cell's text.
  let text: String
  /// The file and line of its first line.
  let origin: SourceOrigin

  init(text: String, origin: SourceOrigin) {
    self.text = text
    self.origin = origin
  }
}
