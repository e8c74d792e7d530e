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
