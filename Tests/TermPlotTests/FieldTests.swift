import Testing

@testable import TermPlot

@Suite struct FieldTests {
  @Test func bilinearAndNearest() {
    let values: [[Double]] = [[0, 10], [20, 30]]
    let smooth = Field(x: 0...1, y: 0...1, values: values)
    #expect(smooth.value(x: 0.5, y: 0) == 5)
    #expect(smooth.value(x: 0.5, y: 0.5) == 15)
    #expect(smooth.value(x: 2, y: 0).isNaN)
    let blocks = Field(
      x: 0...1, y: 0...1, values: values, interpolation: .nearest)
    #expect(blocks.value(x: 0.4, y: 0.1) == 0)
    #expect(blocks.value(x: 0.6, y: 0.9) == 30)
  }

  @Test func raggedGridsReadMissingAsNaN() {
    let f = Field(
      x: 0...1, y: 0...1, values: [[1, 2], [3]], interpolation: .nearest)
    #expect(f.value(x: 1, y: 1).isNaN)
    #expect(f.nonFiniteCount == 0)
  }

  /// Issue 16, item 4: a matrix's edge blocks are as large as the others
  /// (lesson 04's digit had edge columns of 7 characters beside 13).
  @Test func matrixBlocksAreAllTheSameSize() throws {
    // Stripes alternate by column (then by row) so every block shows.
    let columns = (0..<8).map { _ in (0..<8).map { i in Double(i % 2) } }
    let rows = (0..<4).map { j in (0..<10).map { _ in Double(j % 2) } }
    for (values, byColumn) in [(columns, true), (rows, false)] {
      let map = HeatMap(
        field: Field(
          x: 0...Double(values[0].count - 1), y: 0...Double(values.count - 1),
          values: values, interpolation: .nearest))
      let lines = map.render(width: 60, height: 20, options: .plain)
        .split(separator: "\n").map(String.init)
      let plot = lines.filter { $0.contains("│") || $0.contains("┤") }
        .map { line in
          String(line.drop { $0 != "│" && $0 != "┤" }.dropFirst())
        }
      let strip =
        byColumn
        ? Array(try #require(plot.dropFirst(2).first))
        : plot.map { $0.first ?? " " }
      var runs: [Int] = []
      var previous: Character?
      for ch in strip where ch == " " || ch == "█" {
        if ch == previous { runs[runs.count - 1] += 1 } else { runs.append(1) }
        previous = ch
      }
      let blocks = byColumn ? 8 : 4
      #expect(runs.count >= blocks, "\(runs)")
      let sizes = runs.prefix(blocks)
      #expect(sizes.max()! - sizes.min()! <= 1, "\(runs)")
    }
    let f = Field(
      x: 0...7, y: 0...7, values: columns, interpolation: .nearest)
    #expect(f.xExtent == -0.5...7.5)
    #expect(f.value(x: -0.4, y: 0) == 0)
    #expect(f.value(x: 7.4, y: 7.4) == 1)
    #expect(f.value(x: 7.6, y: 0).isNaN)
  }

  /// A heat map's fixed value range and ramp shade the SVG as they shade
  /// the terminal (one owner, `FieldRenderer.shadeRange`): a field of
  /// 0.25 everywhere in −1 … 1 is the diverging ramp's 62.5 %, and the
  /// colour bar runs from −1 to 1.
  @Test func aFixedValueRangeShadesTheTerminalAndTheSVGAlike() throws {
    let map = HeatMap(
      field: Field(
        x: 0...1, y: 0...1, values: [[0.25, 0.25], [0.25, 0.25]],
        interpolation: .nearest),
      valueRange: -1...1, diverging: true)
    let ink = Glyphs.divergingInk(0.625)
    guard case .palette(let index) = ink else {
      Issue.record("the diverging ramp is in the 256-colour palette")
      return
    }
    let terminal = map.render(width: 60, height: 20, options: .color)
    #expect(terminal.contains("38;5;\(index)m"))
    let svg = map.svg(width: 60, height: 20)
    let fills = Set(
      svg.components(separatedBy: "fill=\"").dropFirst().map {
        String($0.prefix { $0 != "\"" })
      })
    #expect(fills.contains(VectorPlot.rgb(ink)))
    // The field's own range (0.25 … 0.25) would shade it the sequential
    // ramp's middle.
    #expect(!fills.contains(VectorPlot.heatColor(0.5)))
    let labels = svg.components(separatedBy: "</text>").dropLast().map {
      String($0.split(separator: ">").last ?? "")
    }
    #expect(
      labels.suffix(5) == ["-1.0", "-0.5", "0.0", "0.5", "1.0"], "\(labels)")
  }

  @Test func divergedCellsAreMarked() {
    let text = Gallery.gridSearch.render(width: 60, height: 15, options: .plain)
    #expect(text.contains("××××××"))
    #expect(text.contains("1 grid values not finite (×)"))
    let ascii = Gallery.gridSearch.render(
      width: 60, height: 15, options: .ascii)
    #expect(ascii.contains("!!!!!!"))
  }

  /// Every path's start and end are drawn over all the paths.
  ///
  /// Lesson 08 step 3: Adam's path ran through the end of Adagrad's, which
  /// lost its `E`.
  @Test func laterPathsDoNotHideAnEarlierPathsEnd() {
    let field = Field(
      x: 0...10, y: 0...10,
      values: (0...10).map { r in (0...10).map { c in Double(r + c) } })
    let stops = Trajectory(name: "stops", x: [1, 3, 5], y: [5, 5, 5])
    let crosses = Trajectory(
      name: "crosses", x: [5, 5, 5, 5], y: [1, 3, 7, 9])
    let text = ContourPlot(field: field, trajectories: [stops, crosses])
      .render(width: 40, height: 16, options: .plain)
    let plot = text.split(separator: "\n").filter { !$0.contains("start") }
    #expect(plot.filter { $0.contains("E") }.count == 2, "\(text)")
    #expect(plot.filter { $0.contains("S") }.count == 2, "\(text)")
  }
}
