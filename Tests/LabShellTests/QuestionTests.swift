import Localization
import TermPlot
import Testing

@testable import LabShell

/// A question asked through the line reader, fitted to the width: the
/// lines written before the prompt and the prompt, with room for the
/// answer.
@Suite struct QuestionTests {
  static let resume =
    "Last time you were at step 2 of Stepping through a lesson. Resume there? [Y/n]"
  static let resumeZh =
    "上次你学到《Stepping through a lesson》的第 2 步。从那里继续吗？[Y/n]"

  @Test func aQuestionThatFitsIsThePromptAlone() {
    let question = Question(Self.resume, width: 100)
    #expect(question.lines == [])
    #expect(question.prompt == Self.resume + " ")
  }

  @Test func aLongQuestionIsBrokenAtWordsAndTheLastLineIsThePrompt() {
    let narrow = Question(Self.resume, width: 40)
    #expect(
      narrow.lines == [
        "Last time you were at step 2 of Stepping",
        "through a lesson. Resume there?",
      ])
    #expect(narrow.prompt == "[Y/n] ")
    let sixty = Question(Self.resume, width: 60)
    #expect(
      sixty.lines == [
        "Last time you were at step 2 of Stepping through a lesson."
      ])
    #expect(sixty.prompt == "Resume there? [Y/n] ")
  }

  @Test func aChineseQuestionIsBrokenBetweenCharacters() {
    let narrow = Question(Self.resumeZh, width: 40)
    #expect(narrow.lines == ["上次你学到《Stepping through a lesson》"])
    #expect(narrow.prompt == "的第 2 步。从那里继续吗？[Y/n] ")
  }

  @Test(arguments: [resume, resumeZh], Array(8...120))
  func everyLineFitsAndThePromptLeavesRoomForTheAnswer(
    text: String, width: Int
  ) {
    let question = Question(text, width: width)
    for line in question.lines { #expect(TextWidth.of(line) <= width) }
    #expect(TextWidth.of(question.prompt) + Question.answerRoom <= width)
    // Nothing is lost: the words are all there, in order.
    let words = (question.lines + [question.prompt]).joined(separator: " ")
      .split(whereSeparator: \.isWhitespace).joined()
    #expect(words == text.split(whereSeparator: \.isWhitespace).joined())
  }

  @Test func answers() {
    #expect(Question.isYes("", byDefault: true))
    #expect(!Question.isYes("", byDefault: false))
    #expect(Question.isYes(" Y ", byDefault: false))
    #expect(Question.isYes("yes", byDefault: false))
    #expect(Question.isYes("是", byDefault: false))
    #expect(!Question.isYes("n", byDefault: true))
    #expect(!Question.isYes("nope", byDefault: true))
  }
}
