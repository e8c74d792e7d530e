import Testing

@testable import TermPlot

@Suite struct TableTests {
  static let table = Table(
    title: "Runs",
    columns: [
      "model", Table.Column("loss", highlight: .min),
      Table.Column("acc", highlight: .max),
    ],
    rows: [
      ["linear", 0.412, 0.71], ["mlp", 0.0731, 0.902],
      ["bad | pipe", .number(.nan), .empty],
    ])

  @Test func unicodeBox() {
    let text = TableTests.table.render(width: 80, options: .plain)
    let expected = [
      "               Runs               ",
      "┌────────────┬─────────┬─────────┐",
      "│ model      │    loss │     acc │",
      "├────────────┼─────────┼─────────┤",
      "│ linear     │ 0.4120  │ 0.7100  │",
      "│ mlp        │ 0.0731* │ 0.9020* │",
      "│ bad | pipe │    NaN  │         │",
      "└────────────┴─────────┴─────────┘",
    ]
    #expect(text == expected.joined(separator: "\n"))
  }

  /// Issue 16, item 5: a string in a column of numbers (a summary row, an
  /// elided row) neither left-aligns the column nor changes its format.
  @Test func textInANumberColumnKeepsItAlignedAndFormatted() {
    let table = Table(
      columns: ["fold", "MSE"],
      rows: [[1, 3025.0], [2, 2946.5], ["mean", 2985.75], ["…", ""]])
    #expect(
      table.render(width: 80, options: .plain) == """
        ┌──────┬──────┐
        │ fold │  MSE │
        ├──────┼──────┤
        │    1 │ 3025 │
        │    2 │ 2947 │
        │ mean │ 2986 │
        │    … │      │
        └──────┴──────┘
        """)
  }

  /// Issue 16, item 5: one format per column — magnitudes far apart make
  /// the whole column scientific (lesson 06, step 8 showed "4.684e-22"
  /// beside "0.00000"), else the smallest keeps two significant digits
  /// (lesson 03 showed "152" above "1.37e-01").
  @Test func oneNumberFormatPerColumn() {
    let table = Table(
      columns: ["optimizer", "f after 300", "test MSE"],
      rows: [
        ["GD", 4.684e-22, 152], ["momentum", 0, 0.137],
        ["RMSprop", 0.084, .empty],
      ])
    #expect(
      table.render(width: 80, options: .plain) == """
        ┌───────────┬─────────────┬──────────┐
        │ optimizer │ f after 300 │ test MSE │
        ├───────────┼─────────────┼──────────┤
        │ GD        │   4.684e-22 │   152.00 │
        │ momentum  │   0         │     0.14 │
        │ RMSprop   │   8.400e-02 │          │
        └───────────┴─────────────┴──────────┘
        """)
  }

  @Test func asciiVersionAndByteClass() {
    let text = TableTests.table.render(width: 80, options: .ascii)
    #expect(
      text.hasPrefix(
        "               Runs               \n+------------+---------+---------+"
      ))
    #expect(text.utf8.allSatisfy { $0 == 0x0A || (0x20...0x7E).contains($0) })
  }

  @Test func markdown() {
    #expect(
      TableTests.table.markdown() == """
        **Runs**

        | model | loss | acc |
        |:---|---:|---:|
        | linear | 0.4120 | 0.7100 |
        | mlp | **0.0731** | **0.9020** |
        | bad \\| pipe | NaN |  |

        """)
  }

  @Test func truncatesToWidthWithEllipsis() {
    let text = TableTests.table.render(width: 30, height: 8, options: .plain)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count == 8)
    #expect(lines.allSatisfy { TextWidth.of(String($0)) == 30 })
    #expect(text.contains("…"))
    // Numbers survive; the text column is cut first.
    #expect(text.contains("0.0731*"))
  }

  @Test func tooManyRowsSaySo() {
    let t = Table(columns: ["i"], rows: (0..<50).map { [.number(Double($0))] })
    let text = t.render(width: 20, height: 10, options: .plain)
    #expect(text.contains("… 45 more rows"))
  }

  @Test func colourHighlightsBestAndResets() {
    let text = TableTests.table.render(width: 80, options: .color)
    #expect(text.contains("\u{1B}[32m0.0731*"))
    for line in text.split(separator: "\n") where line.contains("\u{1B}") {
      #expect(line.hasSuffix("\u{1B}[0m"))
    }
  }
}

@Suite struct ColorPolicyTests {
  @Test func followsNoColorAndTerm() {
    #expect(
      ColorPolicy.shouldColor(
        isTerminal: true, term: "xterm-256color", noColor: nil))
    #expect(
      ColorPolicy.shouldColor(isTerminal: true, term: "xterm", noColor: ""))
    #expect(
      !ColorPolicy.shouldColor(isTerminal: true, term: "xterm", noColor: "1"))
    #expect(
      !ColorPolicy.shouldColor(isTerminal: false, term: "xterm", noColor: nil))
    #expect(
      !ColorPolicy.shouldColor(isTerminal: true, term: "dumb", noColor: nil))
    #expect(!ColorPolicy.shouldColor(isTerminal: true, term: nil, noColor: nil))
    #expect(
      ColorPolicy.shouldColor(
        isTerminal: false, term: nil, noColor: "1", force: true))
    #expect(
      !ColorPolicy.shouldColor(
        isTerminal: true, term: "xterm", noColor: nil, force: false))
  }
}

@Suite struct SVGTests {
  @Test func vectorSVGForBars() {
    let svg = Gallery.gradientBars.svg(width: 80, height: 24)
    #expect(svg.components(separatedBy: "fill=\"#2e61c9\"/>").count - 1 == 10)
    #expect(svg.contains(">7.50×10⁻¹</text>") && svg.contains(">10⁻⁶</text>"))
  }

  @Test func textSVGForTablesKeepsColours() {
    let svg = Gallery.results.svg(width: 60, height: 15)
    #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
    #expect(svg.hasSuffix("</svg>\n"))
    #expect(svg.components(separatedBy: "<text ").count - 1 == 15)
    #expect(svg.contains("<tspan fill=\"#27ae60\">0.0731*"))
    #expect(!svg.contains("\u{1B}"))
  }

  @Test func vectorSVGForLinePlots() {
    let svg = Gallery.logLoss.svg(width: 80, height: 24)
    #expect(
      svg.hasPrefix(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"672.0\" height=\"408.0\""
      ))
    #expect(svg.hasSuffix("</svg>\n"))
    // Two series, each broken once by NaN/∞ (and the value ≤ 0): ≥ 3 runs.
    #expect(svg.components(separatedBy: "<polyline").count - 1 >= 3)
    #expect(svg.contains(">sgd</text>") && svg.contains(">adam</text>"))
    #expect(svg.contains(">10⁻²</text>"))
    #expect(svg.contains("1 NaN, 1 ±∞ omitted"))
  }

  @Test func vectorSVGForScatterDrawsEveryPoint() {
    let svg = Gallery.polynomialFit.svg(width: 80, height: 24)
    // 20 points and the legend's marker.
    #expect(svg.components(separatedBy: "<circle").count - 1 == 20 + 1)
  }

  @Test func vectorSVGForFields() {
    let heat = Gallery.heat.svg(width: 80, height: 24)
    // 61 × 41 samples plus the 16-step colour bar.
    #expect(heat.components(separatedBy: "<rect x=").count - 1 >= 61 * 41 + 16)
    #expect(heat.contains(">S</text>") && heat.contains(">E</text>"))
    let contour = Gallery.contour.svg(width: 80, height: 24)
    #expect(contour.components(separatedBy: "<path d=\"M").count - 1 == 4)
    #expect(contour.contains("paint-order=\"stroke\">8</text>"))
    let histogram = Gallery.weights.svg(width: 80, height: 24)
    #expect(histogram.contains("1 NaN, 1 ±∞ omitted"))
    #expect(
      histogram.components(separatedBy: "fill=\"#2e61c9\" stroke=\"#ffffff\"")
        .count - 1 >= 8)
  }

  @Test func escapesMarkup() {
    let svg = BarChart(title: "a<b & \"c\"", labels: ["x"], values: [1]).svg(
      width: 40, height: 10)
    #expect(svg.contains("a&lt;b &amp; &quot;c&quot;"))
    let vector = LinePlot(title: "a<b", series: [Series(y: [1, 2])]).svg(
      width: 40, height: 10)
    #expect(vector.contains("a&lt;b"))
  }
}
