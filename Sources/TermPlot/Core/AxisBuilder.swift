import Foundation

/// Chooses round-number ticks for an axis of a given length in cells.
///
/// Linear axes search steps q·10ᵏ with q ∈ {1, 2, 5, 2.5} (a reduced
/// Extended-Talbot search): each candidate is scored on how much of the axis
/// it wastes beyond the data, how far its tick count is from the preferred
/// one and how simple its step is, and it is kept only when its labels fit
/// (one per row on a vertical axis; two columns apart and uncut on a
/// horizontal one). Log axes put ticks at whole decades, thinned as needed,
/// falling back to 1-2-5 within a decade and then to linear ticks.
enum AxisBuilder {
  /// Builds an axis for data in `range` (data space, both finite; positive
  /// on a log scale) over `cells` cells.
  static func build(
    range: (Double, Double)?, scale: Scale, cells: Int,
    orientation: AxisOrientation, ascii: Bool, loose: Bool = true
  ) -> Axis {
    let n = min(max(cells, 1), 100_000)
    let counts: (min: Int, max: Int, preferred: Int)
    switch orientation {
    case .vertical:
      let mn = n >= 4 ? 3 : min(n, 2)
      let mx = max(mn, min(7, (n + 1) / 2 + 1))
      counts = (mn, mx, n >= 10 ? 5 : (mn + mx + 1) / 2)
    case .horizontal:
      let mn = n >= 16 ? 3 : 2
      let mx = max(mn, min(11, n / 4 + 1))
      counts = (mn, mx, min(max(n / 10 + 1, 3), mx))
    }
    switch scale {
    case .linear:
      let (lo, hi) = widenedRange(range, scale: .linear)
      return linear(
        lo: lo, hi: hi, cells: n, counts: counts,
        orientation: orientation, ascii: ascii, loose: loose)
    case .log10:
      var la = 0.0
      var lb = 1.0
      if let (lo, hi) = range, lo > 0, hi >= lo, hi.isFinite {
        la = Foundation.log10(lo)
        lb = Foundation.log10(hi)
        if lb - la < 1e-9 {
          la -= 0.5
          lb += 0.5
        }
      }
      return logarithmic(
        la: la, lb: lb, cells: n, counts: counts,
        orientation: orientation, ascii: ascii)
    }
  }

  // MARK: - Linear

  private struct Candidate {
    var lo: Double
    var hi: Double
    var ticks: [Double]
    var score: Double
  }

  private static func linear(
    lo: Double, hi: Double, cells: Int,
    counts: (min: Int, max: Int, preferred: Int),
    orientation: AxisOrientation, ascii: Bool, loose: Bool
  ) -> Axis {
    let halfSpan = hi / 2 - lo / 2
    let roughLog =
      Foundation.log10(halfSpan) + Foundation.log10(2)
      - Foundation.log10(Double(max(counts.preferred - 1, 1)))
    guard roughLog.isFinite, abs(roughLog) < 400 else {
      return fallback(
        lo: lo, hi: hi, scale: .linear, cells: cells,
        orientation: orientation, ascii: ascii)
    }
    let base = Int(roughLog.rounded(.down))
    var candidates: [Candidate] = []
    for k in (base - 2)...(base + 2) {
      for (q, simplicity) in [(1.0, 0.0), (2.0, 0.1), (5.0, 0.05), (2.5, 0.3)] {
        let step = q * NumberFormat.pow10(k)
        guard step.isNormal, step.isFinite else { continue }
        for isLoose in loose ? [true, false] : [false] {
          let kLo =
            isLoose ? (lo / step).rounded(.down) : (lo / step).rounded(.up)
          let kHi =
            isLoose ? (hi / step).rounded(.up) : (hi / step).rounded(.down)
          guard kLo.isFinite, kHi.isFinite, abs(kLo) < 1e12, abs(kHi) < 1e12,
            kHi >= kLo
          else { continue }
          let count = Int(kHi - kLo) + 1
          guard count >= counts.min, count <= counts.max else { continue }
          let ticks = (0..<count).map { (kLo + Double($0)) * step }
          guard ticks.allSatisfy({ $0.isFinite }) else { continue }
          let axisLo = isLoose ? ticks[0] : lo
          let axisHi = isLoose ? ticks[count - 1] : hi
          let waste = 1 - halfSpan / max(axisHi / 2 - axisLo / 2, halfSpan)
          var score = waste * 3 + simplicity
          score +=
            Double(abs(count - counts.preferred)) / Double(counts.preferred)
          if !isLoose { score += 0.35 }
          candidates.append(
            Candidate(lo: axisLo, hi: axisHi, ticks: ticks, score: score))
        }
      }
    }
    candidates.sort { $0.score < $1.score }
    for c in candidates {
      let style = NumberFormat.axisStyle(for: c.ticks)
      let labels = c.ticks.map {
        NumberFormat.format($0, style: style, ascii: ascii)
      }
      let axis = Axis(
        scale: .linear, lo: c.lo, hi: c.hi, ticks: c.ticks, labels: labels,
        style: style)
      if fits(axis, cells: cells, orientation: orientation) { return axis }
    }
    return fallback(
      lo: lo, hi: hi, scale: .linear, cells: cells,
      orientation: orientation, ascii: ascii)
  }

  /// Ticks at the two ends only, or none, when nothing rounder fits.
  private static func fallback(
    lo: Double, hi: Double, scale: Scale, cells: Int,
    orientation: AxisOrientation, ascii: Bool
  ) -> Axis {
    let values = scale == .log10 ? [pow(10, lo), pow(10, hi)] : [lo, hi]
    for ticks in [values, [values[0]]] {
      let style = NumberFormat.axisStyle(for: ticks)
      let labels = ticks.map { NumberFormat.short($0, ascii: ascii) }
      let axis = Axis(
        scale: scale, lo: lo, hi: hi, ticks: ticks, labels: labels, style: style
      )
      if fits(axis, cells: cells, orientation: orientation) { return axis }
    }
    return Axis(
      scale: scale, lo: lo, hi: hi, ticks: [], labels: [],
      style: .fixed(decimals: 0))
  }

  // MARK: - Logarithmic

  private static func logarithmic(
    la: Double, lb: Double, cells: Int,
    counts: (min: Int, max: Int, preferred: Int),
    orientation: AxisOrientation, ascii: Bool
  ) -> Axis {
    var options: [(lo: Double, hi: Double, ticks: [Double])] = []
    // Whole decades; pad to them unless that wastes more than a quarter.
    let pLo = la.rounded(.down)
    let pHi = lb.rounded(.up)
    let padWaste = 1 - (lb - la) / max(pHi - pLo, 1e-300)
    let (lo, hi) = padWaste <= 0.25 ? (pLo, pHi) : (la, lb)
    let dLo = Int((lo - 1e-9).rounded(.up))
    let dHi = Int((hi + 1e-9).rounded(.down))
    if dHi >= dLo && dHi - dLo < 700 {
      for stride in [1, 2, 3, 4, 5, 6, 10, 20, 50, 100] {
        let ds = (dLo...dHi).filter { $0 % stride == 0 }
        options.append((lo, hi, ds.map { NumberFormat.pow10($0) }))
      }
    }
    // 1-2-5 (and friends) inside the decades.
    for mantissas in [
      [1.0, 3.0], [1.0, 2.0, 5.0], [1.0, 2.0, 3.0, 5.0],
      Array(stride(from: 1.0, through: 9.0, by: 1.0)),
    ] {
      var ticks: [Double] = []
      let d0 = Int(la.rounded(.down))
      let d1 = Int(lb.rounded(.up))
      guard d1 - d0 < 40 else { continue }
      for d in d0...d1 {
        for m in mantissas {
          let v = m * NumberFormat.pow10(d)
          let t = Foundation.log10(v)
          if t >= la - 1e-9 && t <= lb + 1e-9 { ticks.append(v) }
        }
      }
      options.append((la, lb, ticks))
    }
    for relaxed in [false, true] {
      for option in options {
        let count = option.ticks.count
        let minimum = relaxed ? min(2, counts.min) : counts.min
        guard count >= minimum, count <= counts.max else { continue }
        let axis = logAxis(
          lo: option.lo, hi: option.hi, ticks: option.ticks, ascii: ascii)
        if fits(axis, cells: cells, orientation: orientation) { return axis }
      }
      if !relaxed {
        // Linear round numbers placed on the log scale.
        let linearAxis = linear(
          lo: pow(10, la), hi: pow(10, lb), cells: cells, counts: counts,
          orientation: orientation, ascii: ascii, loose: false)
        let ticks = linearAxis.ticks.filter { $0 > 0 }
        if ticks.count >= counts.min {
          let axis = Axis(
            scale: .log10, lo: la, hi: lb, ticks: ticks,
            labels: linearAxis.labels.suffix(ticks.count),
            style: linearAxis.style)
          if fits(axis, cells: cells, orientation: orientation) { return axis }
        }
      }
    }
    return fallback(
      lo: la, hi: lb, scale: .log10, cells: cells,
      orientation: orientation, ascii: ascii)
  }

  /// Labels for log ticks: all as powers when any exponent reaches ±4.
  private static func logAxis(
    lo: Double, hi: Double, ticks: [Double], ascii: Bool
  ) -> Axis {
    let exponents = ticks.map { Int(Foundation.log10($0).rounded(.down)) }
    let scientific = exponents.contains { abs($0) >= 4 }
    let style: NumberStyle
    let labels: [String]
    if scientific {
      style = .scientific(mantissaDecimals: 0)
      labels = ticks.map {
        NumberFormat.scientific($0, mantissaDecimals: 0, ascii: ascii)
      }
    } else {
      style = .fixed(decimals: max(0, -(exponents.min() ?? 0)))
      labels = ticks.map {
        NumberFormat.fixed(
          $0, decimals: NumberFormat.decimalsNeeded($0, tolerance: $0 * 1e-9))
      }
    }
    return Axis(
      scale: .log10, lo: lo, hi: hi, ticks: ticks, labels: labels, style: style)
  }

  // MARK: - Fit

  /// Whether the labels of an axis fit: one per row, or two columns apart
  /// and inside the room given.
  static func fits(_ axis: Axis, cells: Int, orientation: AxisOrientation)
    -> Bool
  {
    var previous: Int?
    var previousEnd = Int.min
    for (tick, label) in zip(axis.ticks, axis.labels) {
      let vertical: Bool
      if case .vertical = orientation {
        vertical = true
      } else {
        vertical = false
      }
      guard
        let cell = axis.cell(
          tick, count: cells, subdivisions: vertical ? 4 : 2, reversed: vertical
        )
      else { return false }
      switch orientation {
      case .vertical:
        if cell == previous { return false }
        previous = cell
      case .horizontal(let leftRoom, let rightRoom):
        let w = TextWidth.of(label)
        let start = cell - (w - 1) / 2
        let end = start + w - 1
        if start < -leftRoom || end > cells - 1 + rightRoom { return false }
        if previousEnd != Int.min && start - previousEnd - 1 < 2 {
          return false
        }
        previousEnd = end
      }
    }
    return true
  }
}
