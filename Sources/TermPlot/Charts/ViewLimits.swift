import Localization

/// Optional view limits of an x–y plot (`xlim=` / `ylim=` in a lesson).
///
/// A limit is used when both bounds are finite, the lower is below the
/// upper and (on a log axis) positive; otherwise it is ignored with a
/// footnote. The axes then span exactly the limits, lines are clipped at
/// them and points outside are counted in a footnote.
struct ViewLimits {
  var x: ClosedRange<Double>?
  var y: ClosedRange<Double>?
  var xScale: Scale
  var yScale: Scale

  static func usable(_ r: ClosedRange<Double>?, _ scale: Scale) -> (
    Double, Double
  )? {
    guard let r, r.lowerBound.isFinite, r.upperBound.isFinite,
      r.lowerBound < r.upperBound, scale == .linear || r.lowerBound > 0
    else { return nil }
    return (r.lowerBound, r.upperBound)
  }

  func apply(to spec: inout FrameSpec, series: [Series], ascii: Bool) {
    let xv = ViewLimits.usable(x, xScale)
    let yv = ViewLimits.usable(y, yScale)
    if x != nil && xv == nil {
      spec.footnotes.append(
        String(Message("x range ignored (empty or not finite)")))
    }
    if y != nil && yv == nil {
      spec.footnotes.append(
        String(Message("y range ignored (empty or not finite)")))
    }
    if let xv {
      spec.xRange = xv
      spec.xLoose = false
    }
    if let yv {
      spec.yRange = yv
      spec.yLoose = false
    }
    guard xv != nil || yv != nil else { return }
    var outside = 0
    for s in series {
      for p in s.points where p.x.isFinite && p.y.isFinite {
        if let (lo, hi) = xv, p.x < lo || p.x > hi {
          outside += 1
        } else if let (lo, hi) = yv, p.y < lo || p.y > hi {
          outside += 1
        }
      }
    }
    if outside > 0 {
      spec.footnotes.append(
        String(
          outside == 1
            ? Message("1 point outside the view")
            : Message("\(outside) points outside the view")))
    }
  }
}
