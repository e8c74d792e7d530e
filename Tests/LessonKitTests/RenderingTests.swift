import TermPlot
import Testing

@testable import LessonKit

/// Snapshots of what a learner sees when an object is the value of a cell.
@Suite struct RenderingTests {
  @Test func modelSummary() {
    #expect(
      lab("mlp([2, 16, 2], dropout=0.5, seed=1)") == """
        model mlp [2, 16, 2]: 82 parameters
          0  Linear(2 → 16)                  48
          1  ReLU
          2  Dropout(p=0.5)
          3  Linear(16 → 2)                  34

        """)
  }

  @Test func splitAndDatasetSummaries() {
    #expect(
      lab(
        "d = split(dataset(\"digits\"), train=300, valid=100, test=1000, seed=7)\nd\nd.test"
      ) == """
        train: digits train: 300 × 64, 10 classes
        valid: digits validation: 100 × 64, 10 classes
        test:  digits test: 1000 × 64, 10 classes
        digits test: 1000 × 64, 10 classes

        """)
  }

  @Test func tensorDisplay() {
    #expect(
      lab("tensor([[1, 2], [3, 4]])\ntensor(2.5)\nzeros([3, 10]).shape")
        == "tensor([[1, 2], [3, 4]])\ntensor(2.5)\n[3, 10]\n")
    #expect(
      lab("reshape(range(20), [2, 10])") == """
        tensor of shape [2, 10]
          [0, 1, 2, 3, 4, 5, 6, 7, …]
          [10, 11, 12, 13, 14, 15, 16, 17, …]

        """)
  }

  @Test func historyTableHasOneRowPerEpochAndTheParts() {
    let text = lab(
      "fit(linear(2, 2, seed=1), moons(n=40, seed=1), epochs=3, seed=1)",
      in: labSession(width: 80))
    let lines = text.split(separator: "\n")
    // Title, top rule, header, rule, three epochs, bottom rule.
    #expect(lines.count == 8)
    #expect(lines[0].contains("history (3 epochs)"))
    #expect(
      lines[2]
        == "│ epoch │ train_loss │ test_loss │ train_acc │ test_acc │     lr │")
  }

  @Test func longHistoriesShowTheFirstAndLastEpochs() {
    let text = lab(
      "fit(linear(2, 2, seed=1), moons(n=40, seed=1), epochs=30, seed=1)")
    // The elided row's "…" keeps every column a right-aligned number column.
    #expect(text.contains("│     … │"))
    #expect(
      text.contains("│     5 │") && text.contains("│    26 │")
        && !text.contains("│     6 │"))
  }

  /// Issue 16, item 6: printed values and help inside a cell are broken at
  /// spaces to the session's width, continuation lines indented by two.
  @Test func printedLinesAndHelpFitTheWidth() {
    let session = labSession(width: 40)
    let list = lab(
      "print(\"squares:\", [1, 4, 9, 16, 25, 36, 49, 64, 81, 100, 121])",
      in: session)
    #expect(
      list == """
        squares: [1, 4, 9, 16, 25, 36, 49, 64,
          81, 100, 121]

        """)
    let help = lab("help(fit)", in: session)
    #expect(help.hasPrefix("fit(model, data, epochs=10, batch=32,\n  "))
    for line in help.split(separator: "\n") {
      #expect(TextWidth.of(String(line)) <= 40, "\(line)")
    }
  }

  @Test func trajectoryAndOptimizerAndScheduleSummaries() {
    #expect(
      lab(
        "minimize(fn(x, y) => x**2 + y**2, start=[1, 1], optimizer=sgd(lr=0.25), steps=2)\nwarmup(steps=3, then=cosine(t_max=5))"
      )
        == "trajectory: 2 steps, end [0.25, 0.25], f = 0.125\nwarmup(steps=3, then=cosine(t_max=5, eta_min=0))\n"
    )
  }

  @Test func asciiOptionReachesCharts() {
    let session = makeSession(SessionOptions(width: 40, height: 8, ascii: true))
    let text = session.run("plot([1, 2, 3])", origin: .prompt).transcript
    #expect(text.unicodeScalars.allSatisfy { $0.isASCII })
    #expect(text.split(separator: "\n").allSatisfy { $0.count == 40 })
  }
}
