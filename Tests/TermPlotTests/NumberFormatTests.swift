import Foundation
import Testing

@testable import TermPlot

@Suite struct NumberFormatTests {
  @Test func fixedEdgeCases() {
    #expect(NumberFormat.fixed(0, decimals: 0) == "0")
    #expect(NumberFormat.fixed(-0.0, decimals: 0) == "0")
    #expect(NumberFormat.fixed(-0.0, decimals: 2) == "0.00")
    #expect(NumberFormat.fixed(-0.0001, decimals: 2) == "0.00")
    #expect(
      NumberFormat.fixed(-1.25, decimals: 1) == "-1.3"
        || NumberFormat.fixed(-1.25, decimals: 1) == "-1.2")
    #expect(NumberFormat.fixed(0.05, decimals: 3) == "0.050")
    #expect(NumberFormat.fixed(1234.5678, decimals: 2) == "1234.57")
    #expect(NumberFormat.fixed(.nan, decimals: 2) == "NaN")
    #expect(NumberFormat.fixed(.infinity, decimals: 2) == "Inf")
    #expect(NumberFormat.fixed(-.infinity, decimals: 2) == "-Inf")
  }

  @Test func scientificEdgeCases() {
    #expect(
      NumberFormat.scientific(1e-12, mantissaDecimals: 0, ascii: true)
        == "1e-12")
    #expect(
      NumberFormat.scientific(1e-12, mantissaDecimals: 0, ascii: false)
        == "10⁻¹²")
    #expect(
      NumberFormat.scientific(1e12, mantissaDecimals: 0, ascii: true) == "1e12")
    #expect(
      NumberFormat.scientific(1e12, mantissaDecimals: 0, ascii: false) == "10¹²"
    )
    #expect(
      NumberFormat.scientific(2.5e-9, mantissaDecimals: 1, ascii: true)
        == "2.5e-9")
    #expect(
      NumberFormat.scientific(2.5e-9, mantissaDecimals: 1, ascii: false)
        == "2.5×10⁻⁹")
    #expect(NumberFormat.scientific(0, mantissaDecimals: 2, ascii: true) == "0")
    #expect(
      NumberFormat.scientific(-0.0, mantissaDecimals: 2, ascii: true) == "0")
    #expect(
      NumberFormat.scientific(9.999e5, mantissaDecimals: 1, ascii: true)
        == "1.0e6")
    #expect(
      NumberFormat.scientific(
        1.2e-7, mantissaDecimals: 1, ascii: true, exponentDigits: 2)
        == "1.2e-07")
    #expect(
      NumberFormat.scientific(.nan, mantissaDecimals: 1, ascii: false) == "NaN")
    #expect(
      NumberFormat.scientific(.infinity, mantissaDecimals: 1, ascii: false)
        == "∞")
    #expect(
      NumberFormat.scientific(-.infinity, mantissaDecimals: 1, ascii: true)
        == "-Inf")
    #expect(
      NumberFormat.scientific(1e308, mantissaDecimals: 0, ascii: true)
        == "1e308")
    #expect(
      NumberFormat.scientific(
        Double.leastNonzeroMagnitude, mantissaDecimals: 0, ascii: true)
        == "5e-324")
  }

  @Test func oneStylePerAxis() {
    func labels(_ ticks: [Double], ascii: Bool = true) -> [String] {
      let style = NumberFormat.axisStyle(for: ticks)
      return ticks.map { NumberFormat.format($0, style: style, ascii: ascii) }
    }
    #expect(labels([0, 10, 20, 30]) == ["0", "10", "20", "30"])
    #expect(labels([0, 0.5, 1, 1.5]) == ["0.0", "0.5", "1.0", "1.5"])
    #expect(labels([0.25, 0.5, 0.75]) == ["0.25", "0.50", "0.75"])
    #expect(labels([-1, 0, 1]) == ["-1", "0", "1"])
    #expect(labels([0, 2e-5, 4e-5, 6e-5]) == ["0", "2e-5", "4e-5", "6e-5"])
    #expect(
      labels([0, 2e-5, 4e-5], ascii: false) == ["0", "2×10⁻⁵", "4×10⁻⁵"])
    #expect(labels([0, 2.5e-5, 5e-5]) == ["0", "2.5e-5", "5.0e-5"])
    #expect(labels([0, 10000, 20000]) == ["0", "1e4", "2e4"])
    #expect(labels([1000, 2000, 3000]) == ["1000", "2000", "3000"])
    #expect(labels([0.1 + 0.2, 0.6]) == ["0.3", "0.6"])
  }

  @Test func shortLabels() {
    #expect(NumberFormat.short(0, ascii: true) == "0")
    #expect(NumberFormat.short(0.5, ascii: true) == "0.5")
    #expect(NumberFormat.short(123.456, ascii: true) == "123")
    #expect(NumberFormat.short(1.23456, ascii: true) == "1.23")
    #expect(NumberFormat.short(1e-12, ascii: true) == "1e-12")
    #expect(NumberFormat.short(1.5e12, ascii: true) == "1.5e12")
  }

  @Test func tableColumns() {
    #expect(
      Table.formatColumn([1, 2, 10], digits: 4, ascii: true) == [
        "1", "2", "10",
      ])
    #expect(
      Table.formatColumn([0.6931, 0.05], digits: 4, ascii: true) == [
        "0.6931", "0.0500",
      ])
    #expect(
      Table.formatColumn([0.5, 1.2e-7], digits: 4, ascii: true) == [
        "5.0e-01", "1.2e-07",
      ])
    #expect(
      Table.formatColumn([1.2e-7, 3e-8], digits: 4, ascii: true) == [
        "1.2e-07", "3.0e-08",
      ])
    #expect(
      Table.formatColumn([2.5e6, 1], digits: 3, ascii: true) == [
        "2.5e+06", "1.0e+00",
      ])
    #expect(
      Table.formatColumn(
        [.nan, .infinity, -.infinity, 1.5], digits: 3, ascii: true)
        == ["NaN", "Inf", "-Inf", "1.50"])
    #expect(
      Table.formatColumn([-0.0, 0], digits: 3, ascii: true) == ["0", "0"])
  }

  @Test func decimalAlignment() {
    let aligned = Table.alignDecimals(["0.5000", "12.5", "1.2e-07", "NaN", "3"])
    #expect(
      aligned == [" 0.5000 ", "12.5    ", " 1.2e-07", "     NaN", " 3      "])
    // Texts are set flush right, and widen the column on the left.
    #expect(
      Table.alignDecimals(
        ["1.5", "fold 12", "2"], numbers: [true, false, true]) == [
          "    1.5", "fold 12", "    2  ",
        ])
  }
}
