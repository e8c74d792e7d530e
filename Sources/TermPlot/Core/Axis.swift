import Foundation

/// How values map onto an axis.
public enum Scale: Sendable, Hashable {
  /// Equal distances for equal differences.
  case linear
  /// Equal distances for equal ratios; values ≤ 0 cannot be shown and are
  /// left out with a footnote.
  case log10
}

/// One laid-out axis: its bounds (in transformed space: log₁₀ of the value
/// on a log axis), its ticks and their labels, all in one number style.
struct Axis: Sendable {
  let scale: Scale
  /// Lower bound in transformed space.
  let lo: Double
  /// Upper bound in transformed space.
  let hi: Double
  /// Tick values in data space.
  let ticks: [Double]
  /// One label per tick.
  let labels: [String]
  /// The style of the labels, for value labels that go with the axis.
  let style: NumberStyle

  /// The value in transformed space, or nil when it cannot be shown.
  func transform(_ v: Double) -> Double? {
    guard v.isFinite else { return nil }
    switch scale {
    case .linear: return v
    case .log10: return v > 0 ? Foundation.log10(v) : nil
    }
  }

  /// Position along the axis, 0 at `lo` and 1 at `hi` (may be outside).
  func fraction(_ v: Double) -> Double? {
    guard let t = transform(v) else { return nil }
    return Axis.fraction(t, lo: lo, hi: hi)
  }

  /// Overflow-safe (t − lo) / (hi − lo).
  static func fraction(_ t: Double, lo: Double, hi: Double) -> Double {
    let span = hi / 2 - lo / 2
    guard span > 0 else { return 0.5 }
    return (t / 2 - lo / 2) / span
  }

  /// The value at a fraction of the axis, in data space.
  func value(atFraction f: Double) -> Double {
    let t = lo + f * (hi / 2 - lo / 2) * 2
    return scale == .log10 ? pow(10, t) : t
  }

  /// The affine map from transformed value to position in cell units on
  /// an axis `count` cells long with `subdivisions` dots per cell: the
  /// centre of the nearest dot, so both ends of the axis fall on its first
  /// and last dots.
  ///
  /// `reversed` runs from the top (for y axes).
  ///
  /// Ticks, labels and data all go through this one map, so a tick sits in
  /// the cell where its value is drawn.
  func positionMap(count: Int, subdivisions: Int, reversed: Bool = false)
    -> PositionMap
  {
    let span = hi / 2 - lo / 2
    let extent = Double(subdivisions * count - 1) / Double(subdivisions)
    let half = 0.5 / Double(subdivisions)
    guard span > 0 else {
      return PositionMap(loHalf: lo / 2, scale: 0, offset: extent / 2 + half)
    }
    return reversed
      ? PositionMap(
        loHalf: lo / 2, scale: -extent / span, offset: extent + half)
      : PositionMap(loHalf: lo / 2, scale: extent / span, offset: half)
  }

  /// The cell (0 = first) holding a value on an axis `count` cells long;
  /// nil when the value is not finite or lies outside the axis.
  func cell(_ v: Double, count: Int, subdivisions: Int, reversed: Bool = false)
    -> Int?
  {
    guard let t = transform(v), count > 0 else { return nil }
    let p = positionMap(
      count: count, subdivisions: subdivisions, reversed: reversed
    ).position(t)
    guard p >= 0, p < Double(count) else { return nil }
    return Int(p)
  }

  /// Position in cell units of a fraction of an axis `count` cells long
  /// drawn with `subdivisions` dots per cell: the centre of the nearest
  /// dot, so both ends of the axis fall on its first and last dots.
  static func position(fraction f: Double, count: Int, subdivisions: Int)
    -> Double
  {
    let s = Double(subdivisions)
    return (f * (s * Double(count) - 1) + 0.5) / s
  }

  /// The cell holding a fraction of an axis (see `position`): ticks and
  /// data use the same cell, so a tick sits where its value is drawn.
  static func cell(fraction f: Double, count: Int, subdivisions: Int) -> Int {
    let c = position(fraction: f, count: count, subdivisions: subdivisions)
      .rounded(.down)
    guard c.isFinite else { return 0 }
    return Int(min(max(c, 0), Double(count - 1)))
  }
}

/// Which way an axis runs, which decides how its labels may crowd.
enum AxisOrientation {
  /// Labels stacked in rows (a y axis): each needs its own row.
  case vertical
  /// Labels side by side (an x axis): at least two columns apart.
  case horizontal(leftRoom: Int, rightRoom: Int)
}

/// Finite minimum and maximum of values (positive values only on a log
/// scale), or nil when there are none.
func dataRange(_ values: [Double], scale: Scale) -> (Double, Double)? {
  var lo = Double.infinity
  var hi = -Double.infinity
  for v in values where v.isFinite && (scale == .linear || v > 0) {
    if v < lo { lo = v }
    if v > hi { hi = v }
  }
  return lo <= hi ? (lo, hi) : nil
}

/// A range with room in it: empty, constant and subnormal-width ranges get
/// a sensible width around their value.
func widenedRange(_ range: (Double, Double)?, scale: Scale) -> (Double, Double)
{
  switch scale {
  case .linear:
    guard let (lo, hi) = range, lo.isFinite, hi.isFinite else { return (0, 1) }
    let span = hi / 2 - lo / 2
    let magnitude = max(abs(lo), abs(hi))
    if span > magnitude * 1e-12 && span > 1e-290 { return (lo, hi) }
    let c = lo / 2 + hi / 2
    if abs(c) < 1e-290 { return (-1, 1) }
    let d = abs(c) * 0.1
    return (c - d, c + d)
  case .log10:
    guard let (lo, hi) = range, lo > 0, hi.isFinite else { return (1, 10) }
    let la = log10(lo)
    let lb = log10(hi)
    if lb - la > 1e-9 { return (lo, hi) }
    return (pow(10, la - 0.5), pow(10, la + 0.5))
  }
}

/// Position in cell units of a transformed value: (t/2 − lo/2)·scale + offset.
struct PositionMap: Sendable {
  let loHalf: Double
  let scale: Double
  let offset: Double

  @inline(__always)
  func position(_ t: Double) -> Double { (t / 2 - loHalf) * scale + offset }
}
