import Testing

@testable import LessonKit

@Suite struct LexerTests {
  @Test func placeholder() {}
}
