import Foundation

/// Chooses round-number ticks for an axis of a given length in cells.
///
/// Linear axes search steps q·10ᵏ with q ∈ {1, 2, 5, 2.5} (a reduced
/// Extended-Talbot search): each candidate is scored on how much of the axis
/// it wastes beyond the data, how far its tick count is from the preferred
/// one and how simple its step is, and it is kept only when its labels fit
/// (one per row on a vertical axis; two columns apart and uncut on a
/// horizontal one). Log axes put ticks at whole decades, thinned as needed;
/// when fewer than three decades fit the range they fall back to round
/// non-decade ticks (1-2-5 per decade, or round steps over a narrow range)
/// spread over the whole axis at their log positions.
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

  /// Ticks at the two ends only (one when both print alike), or none, when
  /// nothing rounder fits.
  private static func fallback(
    lo: Double, hi: Double, scale: Scale, cells: Int,
    orientation: AxisOrientation, ascii: Bool
  ) -> Axis {
    let values = scale == .log10 ? [pow(10, lo), pow(10, hi)] : [lo, hi]
    for ticks in [values, [values[0]]] {
      let style = NumberFormat.axisStyle(for: ticks)
      let labels = ticks.map { NumberFormat.short($0, ascii: ascii) }
      // Two ends that print alike (1 and 1.0000001) would read as a
      // mistake: one label then.
      if labels.count == 2 && labels[0] == labels[1] { continue }
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
    // Whole decades first, when there are enough of them.
    for option in options {
      let count = option.ticks.count
      guard count >= counts.min, count <= counts.max else { continue }
      let axis = logAxis(
        lo: option.lo, hi: option.hi, ticks: option.ticks, ascii: ascii)
      if fits(axis, cells: cells, orientation: orientation) { return axis }
    }
    // Too few decades in the range: round non-decade ticks over all of it.
    if let axis = roundLogAxis(
      la: la, lb: lb, cells: cells, counts: counts,
      orientation: orientation, ascii: ascii)
    {
      return axis
    }
    // Then two decades, or two round ticks, rather than none.
    let relaxed = min(2, counts.min)
    for option in options {
      let count = option.ticks.count
      guard count >= relaxed, count <= counts.max else { continue }
      let axis = logAxis(
        lo: option.lo, hi: option.hi, ticks: option.ticks, ascii: ascii)
      if fits(axis, cells: cells, orientation: orientation) { return axis }
    }
    if let axis = roundLogAxis(
      la: la, lb: lb, cells: cells, counts: (relaxed, counts.max, relaxed),
      orientation: orientation, ascii: ascii)
    {
      return axis
    }
    return fallback(
      lo: la, hi: lb, scale: .log10, cells: cells,
      orientation: orientation, ascii: ascii)
  }

  /// Round ticks that are not all decades, placed at their log positions.
  ///
  /// Candidates are 1-2-5 values (and friends) per decade, and linear round
  /// steps over a narrow range. Each set is scored on how much of the axis it leaves
  /// without ticks, how unevenly it spaces them, how far its count is from
  /// the preferred one and how simple its values are; a set may extend the
  /// axis to one round tick beyond the data when that wastes at most 15%.
  private static func roundLogAxis(
    la: Double, lb: Double, cells: Int,
    counts: (min: Int, max: Int, preferred: Int),
    orientation: AxisOrientation, ascii: Bool
  ) -> Axis? {
    let d0 = Int(la.rounded(.down)) - 1
    let d1 = Int(lb.rounded(.up)) + 1
    guard lb > la, d1 - d0 < 40 else { return nil }
    // Raw sequences (ascending, positive) with a simplicity penalty.
    var sequences: [(values: [Double], penalty: Double)] = []
    for (mantissas, penalty) in [
      ([1.0, 2.0, 5.0], 0.0), ([1.0, 3.0], 0.1), ([1.0, 2.0, 3.0, 5.0], 0.1),
      ([1.0, 1.5, 2.0, 3.0, 5.0, 7.0], 0.25),
      (Array(stride(from: 1.0, through: 9.0, by: 1.0)), 0.25),
      ([1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0], 0.4),
    ] {
      var values: [Double] = []
      for d in d0...d1 {
        for m in mantissas { values.append(m * NumberFormat.pow10(d)) }
      }
      sequences.append((values, penalty))
    }
    // Linear round steps, for ranges under about a decade.
    let vLo = pow(10, la)
    let vHi = pow(10, lb)
    if lb - la < 1.2 {
      let k0 = Int(Foundation.log10(vHi - vLo).rounded(.down))
      for k in (k0 - 2)...k0 {
        for (q, penalty) in [(1.0, 0.0), (2.0, 0.1), (5.0, 0.05), (2.5, 0.3)] {
          let step = q * NumberFormat.pow10(k)
          let first = max((vLo / step).rounded(.down) - 1, 1)
          let last = (vHi / step).rounded(.up) + 1
          guard last - first < 200 else { continue }
          let values = stride(from: first, through: last, by: 1).map {
            $0 * step
          }
          sequences.append((values, penalty))
        }
      }
    }
    var candidates: [Candidate] = []
    let span = lb - la
    // Non-decade labels crowd sooner than decades: prefer at most seven.
    let preferred = min(counts.preferred, 7)
    for (values, penalty) in sequences {
      let logs = values.map { Foundation.log10($0) }
      let inside = logs.indices.filter {
        logs[$0] >= la - 1e-9 && logs[$0] <= lb + 1e-9
      }
      let below = logs.lastIndex { $0 < la - 1e-9 }
      let above = logs.firstIndex { $0 > lb + 1e-9 }
      // An end tick's label may not fit at the very end of the axis: also
      // try without it.
      var choices: [[Int]] = [
        inside, Array(inside.dropLast()), Array(inside.dropFirst()),
      ]
      if let below { choices.append([below] + inside) }
      if let above { choices.append(inside + [above]) }
      if let below, let above { choices.append([below] + inside + [above]) }
      for chosen in choices {
        let count = chosen.count
        guard count >= counts.min, count <= counts.max else { continue }
        let tLogs = chosen.map { logs[$0] }
        let lo = min(la, tLogs[0])
        let hi = max(lb, tLogs[count - 1])
        let waste = 1 - span / (hi - lo)
        guard waste <= 0.15 else { continue }
        let uncovered = ((tLogs[0] - lo) + (hi - tLogs[count - 1])) / (hi - lo)
        let gaps = zip(tLogs.dropFirst(), tLogs).map { $0 - $1 }
        let unevenness =
          count > 2
          ? Foundation.log((gaps.max() ?? 1) / max(gaps.min() ?? 1, 1e-300))
          : 0
        let score =
          waste * 4 + uncovered * 2 + unevenness * 0.5 + penalty
          + Double(abs(count - preferred)) / Double(preferred)
        candidates.append(
          Candidate(
            lo: lo, hi: hi, ticks: chosen.map { values[$0] }, score: score))
      }
    }
    candidates.sort { $0.score < $1.score }
    for c in candidates {
      let axis = roundLogLabels(
        lo: c.lo, hi: c.hi, ticks: c.ticks, ascii: ascii)
      if fits(axis, cells: cells, orientation: orientation) { return axis }
    }
    return nil
  }

  /// Labels for round log ticks: shared decimals within a decade, as on a
  /// linear axis; across decades each label as short as it can be, so
  /// `0.5 1 2 5 10` rather than `0.5 1.0 2.0 5.0 10.0`.
  private static func roundLogLabels(
    lo: Double, hi: Double, ticks: [Double], ascii: Bool
  ) -> Axis {
    let ratio = (ticks.last ?? 1) / (ticks.first ?? 1)
    let shared = NumberFormat.axisStyle(for: ticks)
    if ratio < 10 {
      return Axis(
        scale: .log10, lo: lo, hi: hi, ticks: ticks,
        labels: ticks.map {
          NumberFormat.format($0, style: shared, ascii: ascii)
        },
        style: shared)
    }
    if case .scientific = shared {
      return Axis(
        scale: .log10, lo: lo, hi: hi, ticks: ticks,
        labels: ticks.map { t in
          let (m, _) = NumberFormat.decompose(t, mantissaDecimals: 6)
          let d = min(NumberFormat.decimalsNeeded(m, tolerance: 1e-6), 3)
          return NumberFormat.scientific(t, mantissaDecimals: d, ascii: ascii)
        },
        style: shared)
    }
    let exponents = ticks.map { Int(Foundation.log10($0).rounded(.down)) }
    return Axis(
      scale: .log10, lo: lo, hi: hi, ticks: ticks,
      labels: ticks.map {
        NumberFormat.fixed(
          $0, decimals: NumberFormat.decimalsNeeded($0, tolerance: $0 * 1e-9))
      },
      style: .fixed(decimals: max(0, -(exponents.min() ?? 0))))
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
