/// A position in a cell's source text.
///
/// `line` and `column` are 1-based and count Unicode scalars, so a caret
/// printed under a line lands on the character it names.
public struct SourceLocation: Sendable, Equatable, Hashable, Comparable {
  /// The index of the Unicode scalar in the cell's source (0-based).
  public var offset: Int
  /// The line within the cell, starting at 1.
  public var line: Int
  /// The column within the line, starting at 1.
  public var column: Int

  /// Creates a location.
  public init(offset: Int, line: Int, column: Int) {
    self.offset = offset
    self.line = line
    self.column = column
  }

  public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
    lhs.offset < rhs.offset
  }
}

/// A half-open range of source text, from `start` up to (not including) `end`.
public struct SourceRange: Sendable, Equatable, Hashable {
  /// The first character of the range.
  public var start: SourceLocation
  /// The position just after the last character.
  public var end: SourceLocation

  /// Creates a range.
  public init(start: SourceLocation, end: SourceLocation) {
    self.start = start
    self.end = end
  }

  /// The smallest range covering both `self` and `other`.
  func joined(with other: SourceRange) -> SourceRange {
    SourceRange(start: min(start, other.start), end: max(end, other.end))
  }
}
