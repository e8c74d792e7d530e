/// Where a cell comes from, so errors name the lesson file and its line.
public struct SourceOrigin: Sendable, Equatable {
  /// The file name as shown to the learner; empty at the prompt.
  public var file: String
  /// The file line of the cell's first line.
  public var line: Int

  /// Creates an origin.
  public init(file: String, line: Int) {
    self.file = file
    self.line = line
  }

  /// A line typed at the prompt.
  public static let prompt = SourceOrigin(file: "", line: 1)
}
