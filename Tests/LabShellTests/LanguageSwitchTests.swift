import Foundation
import Testing

/// `lang zh` / `lang en` with a lesson open: the same lesson in the other
/// language at the same step, the variables and finished cells kept; or a
/// sentence on why it stays as it is.
@Suite("lang with a lesson open", .serialized)
struct LanguageSwitchTests {
  let lessons = [
    "--no-color", "--width", "80", "--lessons", WidthTests.root + "/Lessons",
  ]

  @Test func theOpenLessonIsShownAgainInTheNewLanguage() throws {
    let input = "open 0\n\n\nlr = 0.25\nlang zh\nlr\nwhere\n\nlang en\nquit\n"
    let result = try Executable.run(
      lessons, input: input, environment: ["TRAINLAB_LANG": "en"])
    #expect(result.status == 0)
    let output = result.stdout
    guard let switched = output.range(of: "现在的语言是中文") else {
      Issue.record("no switch to Chinese in:\n\(output)")
      return
    }
    let chinese = output[switched.upperBound...]
    // The step again, in Chinese, with its cell shown but not run again.
    #expect(chinese.contains("第 1/7 步 · 单元格与提示符"))
    #expect(chinese.contains("24 │ lr = 0.1                 # knob: 学习率，后面会用到"))
    #expect(!chinese.hasPrefix("1024"))
    // The variables are kept: lr is what the learner set.
    #expect(chinese.contains("lab> lr\n0.25\n") || chinese.contains("\n0.25\n"))
    // `where` names the Chinese file, at step 1, its cell done.
    #expect(chinese.contains("Lessons/zh/00-tour.md"))
    #expect(chinese.contains("▶ 1. 单元格与提示符  ✓"))
    // Back in English, at step 2 (Enter showed it).
    guard let back = chinese.range(of: "The language is now English") else {
      Issue.record("no switch back to English in:\n\(chinese)")
      return
    }
    #expect(chinese[back.upperBound...].contains("Step 2/7 · "))
  }

  @Test func aLessonWithoutTranslationSaysSo() throws {
    let input = "open 1\n\nlang zh\nquit\n"
    let result = try Executable.run(
      ["--no-color", "--width", "80", "--lessons", Executable.lessons],
      input: input, environment: ["TRAINLAB_LANG": "en"])
    #expect(result.status == 0)
    #expect(
      result.stdout.contains(
        "Stepping through a lesson 还没有中文版；保持原样。"))
  }
}
