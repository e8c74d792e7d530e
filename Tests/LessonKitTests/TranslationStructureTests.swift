import Foundation
import Testing

@testable import LessonKit

/// The rule that keeps a translated lesson in step with its original:
/// same steps, same cells, same code but for strings and comments.
@Suite struct TranslationStructureTests {
  private func lesson(_ text: String, path: String) throws -> Lesson {
    try LessonFile.parse(text, path: path)
  }

  private let original = """
    # Title

    ## Step 1

    Prose.

    ```lab
    h = fit(m, d, epochs=20)  # train
    plot(h.train_loss, title="loss")
    ```

    ## Step 2

    ```lab
    expect(h.train_loss[-1] < 1, "the loss falls")
    ```
    """

  private func problems(_ translated: String) throws -> [String] {
    LessonFile.translationProblems(
      try lesson(translated, path: "zh/x.md"),
      of: try lesson(original, path: "x.md")
    ).map(\.description)
  }

  @Test func stringsCommentsAndProseMayBeTranslated() throws {
    let translated = """
      # 标题

      ## 第一步

      这是说明文字，
      有两行。

      ```lab
      h = fit(m, d, epochs=20)
      # 训练
      # 二十轮
      plot(h.train_loss, title="损失")
      ```

      ## 第二步

      ```lab
      expect(h.train_loss[-1] < 1, "损失下降了")
      ```
      """
    #expect(try problems(translated) == [])
  }

  @Test func changedCodeIsFoundAndNamed() throws {
    let translated = original.replacingOccurrences(
      of: "epochs=20", with: "epochs=30")
    #expect(
      try problems(translated) == [
        "zh/x.md:8: this cell's code differs from x.md:8: `30` where the original has `20` (only strings and comments may be translated)"
      ])
    let renamed = original.replacingOccurrences(
      of: "plot(h.train_loss", with: "plot(h.test_loss")
    #expect(
      try problems(renamed).first?.contains(
        "`test_loss` where the original has `train_loss`") == true)
  }

  @Test func missingCellsAndStepsAreFound() throws {
    let fewerCells = original.replacingOccurrences(
      of: "```lab\nexpect(h.train_loss[-1] < 1, \"the loss falls\")\n```",
      with: "")
    #expect(
      try problems(fewerCells) == [
        "zh/x.md:12: step 2 has 0 cells and step 2 of x.md (line 12) has 1"
      ])
    let oneStep = original.replacingOccurrences(of: "## Step 2\n", with: "")
    #expect(
      try problems(oneStep) == [
        "zh/x.md:3: the translation has 1 steps and x.md has 2; translate each step as one step"
      ])
  }

  @Test func everyShippedTranslationMatchesItsOriginal() throws {
    let folder = repositoryRoot.appendingPathComponent("Lessons")
    let names = try FileManager.default.contentsOfDirectory(
      atPath: folder.appendingPathComponent("zh").path
    ).filter { $0.hasSuffix(".md") }.sorted()
    for name in names {
      let english = try String(
        contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
      let chinese = try String(
        contentsOf: folder.appendingPathComponent("zh/" + name), encoding: .utf8
      )
      let found = LessonFile.translationProblems(
        try lesson(chinese, path: "Lessons/zh/" + name),
        of: try lesson(english, path: "Lessons/" + name))
      #expect(
        found.isEmpty, "\(found.map(\.description).joined(separator: "\n"))")
    }
  }
}
