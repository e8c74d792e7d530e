import Foundation
import Testing

@testable import TermPlot

@Suite struct AxisTests {
  /// True when v is k × q × 10ⁿ for q in {1, 2, 2.5, 5}.
  static func isRoundStep(_ step: Double) -> Bool {
    let e = Foundation.log10(step).rounded(.down)
    let q = step / pow(10, e)
    return [1, 2, 2.5, 5, 10].contains { abs(q - $0) < 1e-9 }
  }

  @Test(arguments: [
    (0.0, 1.0), (0.05, 2.35), (-3.2, 7.9), (1.0, 40.0), (1e-6, 3e-6),
    (-1e9, 1e9),
    (0.123, 0.124), (-1e308, 1e308),
    (Double.leastNonzeroMagnitude, 2 * Double.leastNonzeroMagnitude),
    (42.0, 42.0),
  ])
  func linearTicksAreRound(range: (Double, Double)) {
    for rows in [10, 15, 24, 40] {
      let axis = AxisBuilder.build(
        range: range, scale: .linear, cells: rows, orientation: .vertical,
        ascii: true)
      #expect(
        axis.ticks.count >= 3 && axis.ticks.count <= 7,
        "\(range) \(rows): \(axis.ticks)")
      let steps = zip(axis.ticks, axis.ticks.dropFirst()).map { $1 - $0 }
      if let step = steps.first {
        #expect(AxisTests.isRoundStep(step), "\(range): step \(step)")
        for s in steps { #expect(abs(s - step) <= abs(step) * 1e-9) }
        for t in axis.ticks {
          let k = t / step
          #expect(
            abs(k - k.rounded()) < 1e-6, "\(t) is not a multiple of \(step)")
        }
      }
      #expect(axis.ticks.allSatisfy { $0.isFinite })
      // Labels parse back to their ticks.
      for (t, label) in zip(axis.ticks, axis.labels) {
        let v = Double(label) ?? .nan
        #expect(
          abs(v - t) <= max(abs(t), abs(steps.first ?? 1)) * 1e-6,
          "\(label) vs \(t)")
      }
    }
  }

  @Test func logTicksAreDecades() {
    let axis = AxisBuilder.build(
      range: (1e-9, 0.8), scale: .log10, cells: 20, orientation: .vertical,
      ascii: true)
    #expect(axis.ticks.count >= 3 && axis.ticks.count <= 7)
    for t in axis.ticks {
      let e = Foundation.log10(t)
      #expect(abs(e - e.rounded()) < 1e-9, "\(t) is not a power of ten")
    }
    #expect(axis.labels.allSatisfy { $0.hasPrefix("1e") })
    // Unicode writes 10ⁿ.
    let unicode = AxisBuilder.build(
      range: (1e-9, 0.8), scale: .log10, cells: 20, orientation: .vertical,
      ascii: false)
    #expect(unicode.labels.contains("10⁻⁹") || unicode.labels.contains("10⁻⁸"))
  }

  @Test func logAxisPadsOnlyWhenCheap() {
    // 2 … 900: padding to 1 … 1000 wastes 12% of the axis: padded.
    let padded = AxisBuilder.build(
      range: (2, 900), scale: .log10, cells: 20, orientation: .vertical,
      ascii: true)
    #expect(padded.lo == 0 && padded.hi == 3)
    // 30 … 200: padding to 10 … 1000 would waste 59%: not padded.
    let tight = AxisBuilder.build(
      range: (30, 200), scale: .log10, cells: 20, orientation: .vertical,
      ascii: true)
    #expect(abs(tight.lo - Foundation.log10(30)) < 1e-9)
    #expect(tight.ticks.count >= 3)
    #expect(tight.ticks.allSatisfy { $0 >= 30 && $0 <= 200 })
  }

  @Test func xLabelsNeverOverlapOrGetCut() {
    for cells in [10, 17, 33, 50, 77, 120] {
      for range in [(0.0, 1.0), (-123.4, 98765.0), (1e-7, 9e-7), (0.0, 39.0)] {
        let axis = AxisBuilder.build(
          range: range, scale: .linear, cells: cells,
          orientation: .horizontal(leftRoom: 3, rightRoom: 1), ascii: true)
        var previousEnd = Int.min
        for (t, label) in zip(axis.ticks, axis.labels) {
          let c = axis.cell(t, count: cells, subdivisions: 2)!
          let start = c - (label.count - 1) / 2
          let end = start + label.count - 1
          #expect(
            start >= -3 && end <= cells, "\(cells) \(range): \(label) cut")
          if previousEnd != Int.min {
            #expect(start - previousEnd >= 3, "\(label) overlaps")
          }
          previousEnd = end
        }
      }
    }
  }

  @Test func degenerateRangesAreWidened() {
    #expect(widenedRange(nil, scale: .linear) == (0, 1))
    #expect(widenedRange((0, 0), scale: .linear) == (-1, 1))
    let c = widenedRange((5, 5), scale: .linear)
    #expect(c.0 < 5 && c.1 > 5)
    let sub = widenedRange(
      (Double.leastNonzeroMagnitude, Double.leastNonzeroMagnitude),
      scale: .linear)
    #expect(sub.0 < sub.1)
    let huge = widenedRange((1e308, 1e308), scale: .linear)
    #expect(huge.0 < huge.1 && huge.1.isFinite)
  }
}
