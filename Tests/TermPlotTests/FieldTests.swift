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
}
