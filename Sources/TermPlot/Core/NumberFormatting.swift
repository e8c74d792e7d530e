import Foundation

/// How the numbers of one axis (or one table column) are written.
///
/// One style per axis keeps labels comparable: integers without `.0`,
/// shared decimals, and scientific form when |exponent| ≥ 4.
enum NumberStyle: Sendable, Hashable {
  /// Fixed point with this many decimals (0 writes integers).
  case fixed(decimals: Int)
  /// Scientific, mantissa with this many decimals: `1e-9`, `2.5e-9`, or in
  /// Unicode `10⁻⁹`, `2.5×10⁻⁹`.
  case scientific(mantissaDecimals: Int)
}

/// Number formatting shared by axes, value labels and tables.
enum NumberFormat {
  /// Largest decimals ever written in fixed form.
  static let maximumDecimals = 12

  /// The text for a non-finite value, or nil for a finite one.
  static func nonFinite(_ v: Double, ascii: Bool) -> String? {
    if v.isNaN { return "NaN" }
    if v == .infinity { return ascii ? "Inf" : "∞" }
    if v == -.infinity { return ascii ? "-Inf" : "-∞" }
    return nil
  }

  /// Writes `v` in fixed point with `decimals` decimals; never "-0".
  static func fixed(_ v: Double, decimals: Int) -> String {
    if let s = nonFinite(v, ascii: true) { return s }
    let d = min(max(decimals, 0), maximumDecimals)
    var scale = 1.0
    for _ in 0..<d { scale *= 10 }
    let scaled = (abs(v) * scale).rounded()
    guard scaled < 9.0e15 else {
      return scientific(v, mantissaDecimals: 3, ascii: true)
    }
    let n = UInt64(scaled)
    var digits = String(n)
    if d > 0 {
      if digits.count <= d {
        digits = String(repeating: "0", count: d - digits.count + 1) + digits
      }
      digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -d))
    }
    return (v < 0 && n != 0 ? "-" : "") + digits
  }

  /// Splits a finite nonzero value into mantissa in [1, 10) and exponent.
  static func decompose(_ v: Double, mantissaDecimals: Int) -> (Double, Int) {
    let a = abs(v)
    guard a > 0, a.isFinite else { return (0, 0) }
    var e = Int((log10(a)).rounded(.down))
    var m = e < -300 ? (a * 1e300) / pow10(e + 300) : a / pow10(e)
    // Rounding to the shown decimals may carry into the next decade.
    let d = min(max(mantissaDecimals, 0), maximumDecimals)
    var scale = 1.0
    for _ in 0..<d { scale *= 10 }
    if m < 1 {
      m *= 10
      e -= 1
    }
    if m >= 10 {
      m /= 10
      e += 1
    }
    if (m * scale).rounded() >= 10 * scale {
      m /= 10
      e += 1
    }
    return (m, e)
  }

  /// Writes `v` in scientific form: `1e-9`, `2.50e-9` (ASCII) or `10⁻⁹`,
  /// `2.50×10⁻⁹` (Unicode).
  ///
  /// Zero is written `0`.
  static func scientific(
    _ v: Double, mantissaDecimals: Int, ascii: Bool, exponentDigits: Int = 1
  ) -> String {
    if let s = nonFinite(v, ascii: ascii) { return s }
    if v == 0 { return "0" }
    let (m, e) = decompose(v, mantissaDecimals: mantissaDecimals)
    let sign = v < 0 ? "-" : ""
    let mantissa = fixed(m, decimals: mantissaDecimals)
    if ascii {
      var digits = String(abs(e))
      while digits.count < exponentDigits { digits = "0" + digits }
      let esign = e < 0 ? "-" : (exponentDigits > 1 ? "+" : "")
      return sign + mantissa + "e" + esign + digits
    }
    let power = "10" + superscript(e)
    if mantissaDecimals == 0 && mantissa == "1" { return sign + power }
    return sign + mantissa + "×" + power
  }

  /// An integer written in superscript digits: `⁻¹²`.
  static func superscript(_ n: Int) -> String {
    let map: [Character: Character] = [
      "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶",
      "7": "⁷", "8": "⁸", "9": "⁹", "-": "⁻",
    ]
    return String(String(n).map { map[$0] ?? $0 })
  }

  /// 10 to an integer power, exact for the representable decades.
  static func pow10(_ e: Int) -> Double {
    if e >= 0 && e < 23 {
      var r = 1.0
      for _ in 0..<e { r *= 10 }
      return r
    }
    if e < 0 && e > -23 {
      var r = 1.0
      for _ in 0..<(-e) { r *= 10 }
      return 1 / r
    }
    return Double("1e\(e)") ?? (e > 0 ? .infinity : 0)
  }

  /// Writes `v` with a style.
  static func format(_ v: Double, style: NumberStyle, ascii: Bool) -> String {
    if let s = nonFinite(v, ascii: ascii) { return s }
    switch style {
    case .fixed(let d): return fixed(v, decimals: d)
    case .scientific(let d):
      return scientific(v, mantissaDecimals: d, ascii: ascii)
    }
  }

  /// Decimals needed to write `v` exactly up to a relative tolerance.
  static func decimalsNeeded(_ v: Double, tolerance: Double) -> Int {
    guard v.isFinite else { return 0 }
    for d in 0...maximumDecimals {
      let s = pow10(d)
      if abs((v * s).rounded() / s - v) <= tolerance { return d }
    }
    return maximumDecimals
  }

  /// The one style for a set of tick values on a linear axis: fixed with
  /// shared decimals, or scientific when the largest |exponent| ≥ 4.
  static func axisStyle(for ticks: [Double]) -> NumberStyle {
    let finite = ticks.filter { $0.isFinite }
    let maxAbs = finite.map(abs).max() ?? 0
    guard maxAbs > 0 else { return .fixed(decimals: 0) }
    let e = Int(log10(maxAbs).rounded(.down))
    let step = stepOf(finite)
    if e >= 4 || e <= -4 {
      // Shared mantissa decimals: enough for every tick.
      var d = 0
      for t in finite where t != 0 {
        let (m, _) = decompose(t, mantissaDecimals: 6)
        d = max(d, decimalsNeeded(m, tolerance: 1e-6))
      }
      return .scientific(mantissaDecimals: min(d, 3))
    }
    let tolerance = max(step, maxAbs) * 1e-9
    var d = 0
    for t in finite { d = max(d, decimalsNeeded(t, tolerance: tolerance)) }
    return .fixed(decimals: d)
  }

  /// The smallest positive gap between sorted values (their scale).
  private static func stepOf(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    var step = Double.infinity
    for i in 1..<max(sorted.count, 1) where sorted[i] > sorted[i - 1] {
      step = min(step, sorted[i] - sorted[i - 1])
    }
    return step.isFinite ? step : 0
  }

  /// The style for value labels that goes with an axis style: the same
  /// form, with enough digits to show about three significant digits of
  /// the largest value.
  static func valueStyle(axis: NumberStyle, values: [Double]) -> NumberStyle {
    let maxAbs = values.filter { $0.isFinite }.map(abs).max() ?? 0
    switch axis {
    case .scientific(let d): return .scientific(mantissaDecimals: max(d, 2))
    case .fixed(let d):
      guard maxAbs > 0 else { return axis }
      let e = Int(log10(maxAbs).rounded(.down))
      if e >= 4 || e <= -4 { return .scientific(mantissaDecimals: 2) }
      return .fixed(decimals: min(max(d, 2 - e), 6))
    }
  }

  /// A short stand-alone label for one number (three significant digits,
  /// scientific beyond 1e4 or below 1e-3), as used in legends and footnotes.
  static func short(_ v: Double, ascii: Bool) -> String {
    if let s = nonFinite(v, ascii: ascii) { return s }
    if v == 0 { return "0" }
    let a = abs(v)
    if a >= 1e4 || a < 1e-3 {
      let (m, _) = decompose(v, mantissaDecimals: 2)
      let d = decimalsNeeded((m * 100).rounded() / 100, tolerance: 1e-9)
      return scientific(v, mantissaDecimals: min(d, 2), ascii: ascii)
    }
    let e = Int(log10(a).rounded(.down))
    let decimals = max(0, 2 - e)
    var s = fixed(v, decimals: decimals)
    if s.contains(".") {
      while s.hasSuffix("0") { s.removeLast() }
      if s.hasSuffix(".") { s.removeLast() }
    }
    return s
  }
}
