import Foundation
import Localization

/// Counts of values in bins, drawn as vertical bars.
///
/// ```swift
/// Histogram(title: "weights after training", xLabel: "weight",
///           values: weights, bins: .automatic)
///   .render(width: 60, height: 15, options: .plain)
/// ```
/// Automatic bins follow Sturges' rule rounded to a 1-2-5 width, so bin
/// edges fall on round numbers. NaN and ±∞ are counted in a footnote.
public struct Histogram: Chart {
  /// How values are grouped.
  public enum Bins: Sendable, Hashable {
    /// Sturges' rule (⌈log₂ n⌉ + 1 bins), widened to a round bin width.
    case automatic
    /// About this many bins of a round width.
    case count(Int)
    /// Exactly these edges (sorted, at least two; others fall back to
    /// automatic bins).
    case edges([Double])
  }

  /// The title above the plot.
  public var title: String?
  /// The label under the x axis.
  public var xLabel: String?
  /// The label above the y axis.
  public var yLabel: String?
  /// The values to count.
  public var values: [Double]
  /// The binning.
  public var bins: Bins

  /// Creates a histogram.
  public init(
    title: String? = nil, xLabel: String? = nil,
    yLabel: String? = String(Message("count")),
    values: [Double], bins: Bins = .automatic
  ) {
    self.title = title
    self.xLabel = xLabel
    self.yLabel = yLabel
    self.values = values
    self.bins = bins
  }

  /// Bin edges for the finite values.
  func edges() -> [Double] {
    let finite = values.filter { $0.isFinite }
    if case .edges(let e) = bins, e.count >= 2, e.allSatisfy({ $0.isFinite }),
      zip(e, e.dropFirst()).allSatisfy({ $0 < $1 })
    {
      return e
    }
    let (lo, hi) = widenedRange(
      dataRange(finite, scale: .linear), scale: .linear)
    var target =
      Int((Foundation.log2(Double(max(finite.count, 1)))).rounded(.up)) + 1
    if case .count(let n) = bins { target = n }
    target = min(max(target, 1), 200)
    let rough = (hi / 2 - lo / 2) * 2 / Double(target)
    guard rough.isFinite, rough > 0 else { return [lo, hi] }
    let e = Int(Foundation.log10(rough).rounded(.down))
    var step = NumberFormat.pow10(e)
    for q in [1.0, 2.0, 2.5, 5.0, 10.0]
    where q * NumberFormat.pow10(e) * Double(target) >= (hi / 2 - lo / 2) * 2
      * 0.999
    {
      step = q * NumberFormat.pow10(e)
      break
    }
    if step * Double(target) < (hi / 2 - lo / 2) * 2 * 0.999 {
      step = 10 * NumberFormat.pow10(e)
    }
    let k0 = (lo / step).rounded(.down)
    var k1 = (hi / step).rounded(.down) + 1
    guard k0.isFinite, k1.isFinite, k1 - k0 <= 400 else { return [lo, hi] }
    if k1 - k0 < 1 { k1 = k0 + 1 }
    let edges = stride(from: k0, through: k1, by: 1).map { $0 * step }
    return edges.allSatisfy({ $0.isFinite }) ? edges : [lo, hi]
  }

  /// Counts per bin; the last bin includes its upper edge.
  func counts(edges: [Double]) -> [Int] {
    var counts = Array(repeating: 0, count: max(edges.count - 1, 0))
    guard let first = edges.first, let last = edges.last, !counts.isEmpty else {
      return counts
    }
    for v in values where v.isFinite && v >= first && v <= last {
      var lo = 0
      var hi = counts.count - 1
      while lo < hi {
        let mid = (lo + hi + 1) / 2
        if edges[mid] <= v { lo = mid } else { hi = mid - 1 }
      }
      counts[lo] += 1
    }
    return counts
  }

  /// Renders the histogram; see ``Chart/render(width:height:options:)``.
  public func render(width: Int, height: Int, options: RenderOptions) -> String
  {
    let ascii = options.isASCII
    let edges = edges()
    let counts = counts(edges: edges)
    var omissions = Omissions()
    for v in values { omissions.count(v, scale: .linear) }
    var spec = FrameSpec(
      title: title, xLabel: xLabel, yLabel: yLabel,
      xRange: (edges.first ?? 0, edges.last ?? 1),
      yRange: (0, Double(max(counts.max() ?? 1, 1))))
    spec.xLoose = false
    spec.footnotes = omissions.footnotes(ascii: ascii)
    if case .edges(let e) = bins, e != edges {
      spec.footnotes.append(String(Message("bad edges: automatic bins used")))
    }
    let outside = values.filter {
      $0.isFinite && ($0 < (edges.first ?? 0) || $0 > (edges.last ?? 0))
    }.count
    if outside > 0 { spec.footnotes.append("\(outside) outside the bins") }
    spec.sparkline = counts.map(Double.init)
    let ink = options.color ? Glyphs.ink(0) : Ink.none
    return Frame.render(spec, width: width, height: height, options: options) {
      canvas, plot in
      guard edges.count >= 2 else { return }
      for c in 0..<plot.columns {
        let v = plot.x.value(
          atFraction: (Double(c) + 0.5) / Double(plot.columns))
        guard v >= edges[0], v <= edges[edges.count - 1] else { continue }
        var bin = 0
        while bin + 1 < counts.count && edges[bin + 1] <= v { bin += 1 }
        // A one-column gap at the right edge of bins at least four wide.
        let next = plot.x.value(
          atFraction: (Double(c) + 1.5) / Double(plot.columns))
        let binWidth =
          Double(plot.columns)
          * ((plot.x.fraction(edges[bin + 1]) ?? 0)
            - (plot.x.fraction(edges[bin]) ?? 0))
        if binWidth >= 4 && bin + 1 < counts.count && next >= edges[bin + 1] {
          continue
        }
        let count = counts[bin]
        guard count > 0, let f = plot.y.fraction(Double(count)) else {
          continue
        }
        let eighths = max(1, Int((f * Double(plot.rows * 8)).rounded()))
        for r in 0..<plot.rows {
          let level = min(max(eighths - r * 8, 0), 8)
          guard level > 0 else { break }
          let glyph: Character =
            ascii
            ? (level >= 4 ? "#" : (level >= 2 ? "=" : "_"))
            : Glyphs.verticalEighths[level]
          canvas.fill(column: c, row: plot.rows - 1 - r, with: glyph, ink: ink)
        }
      }
    }
  }
}
