/// Formats the one-line progress of long work:
/// `fit  epoch 12/40  [######......]  loss 0.3412  0:03 elapsed  ~0:07 left`.
struct ProgressLine {
  /// Renders `report` after `elapsed` seconds, fitted to `width` columns.
  static func render(_ report: ProgressReport, elapsed: Double, width: Int, ascii: Bool) -> String {
    let total = max(report.total, 1)
    let done = min(max(report.completed, 0), total)
    var parts = ["\(report.label)  \(report.unit) \(done)/\(total)"]
    let barWidth = 12
    let filled = barWidth * done / total
    let bar =
      ascii
      ? String(repeating: "#", count: filled) + String(repeating: ".", count: barWidth - filled)
      : String(repeating: "█", count: filled) + String(repeating: "░", count: barWidth - filled)
    parts.append("[\(bar)]")
    if let loss = report.loss { parts.append("loss \(formatLoss(loss))") }
    parts.append("\(formatDuration(elapsed)) elapsed")
    if done > 0 && done < total {
      let remaining = elapsed / Double(done) * Double(total - done)
      parts.append("~\(formatDuration(remaining)) left")
    }
    var line = parts.joined(separator: "  ")
    if line.count > width - 1 { line = String(line.prefix(max(0, width - 1))) }
    return line
  }

  /// `0.3412`, `1.235e-05`, `nan`: four significant decimals in plain notation.
  static func formatLoss(_ loss: Double) -> String {
    guard loss.isFinite else { return loss.isNaN ? "nan" : (loss > 0 ? "inf" : "-inf") }
    let magnitude = abs(loss)
    if magnitude != 0 && (magnitude < 1e-3 || magnitude >= 1e6) {
      var exponent = 0
      var mantissa = magnitude
      while mantissa >= 10 { mantissa /= 10; exponent += 1 }
      while mantissa < 1 { mantissa *= 10; exponent -= 1 }
      let sign = loss < 0 ? "-" : ""
      return sign + fixed(mantissa, decimals: 3) + "e" + (exponent < 0 ? "-" : "+") + pad(abs(exponent))
    }
    return fixed(loss, decimals: 4)
  }

  /// `0:07`, `12:03`, `1:02:03`.
  static func formatDuration(_ seconds: Double) -> String {
    let total = seconds.isFinite ? max(0, Int(seconds.rounded())) : 0
    let hours = total / 3600
    let minutes = total / 60 % 60
    let secs = total % 60
    return hours > 0 ? "\(hours):\(pad(minutes)):\(pad(secs))" : "\(minutes):\(pad(secs))"
  }

  private static func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

  /// `value` rounded to `decimals` places, without Foundation.
  static func fixed(_ value: Double, decimals: Int) -> String {
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    let scaled = (abs(value) * scale).rounded()
    guard scaled < 9e15 else { return "\(value)" }
    let integer = Int(scaled)
    let whole = integer / Int(scale)
    var fraction = String(integer % Int(scale))
    while fraction.count < decimals { fraction = "0" + fraction }
    let sign = value < 0 && integer != 0 ? "-" : ""
    return decimals == 0 ? "\(sign)\(whole)" : "\(sign)\(whole).\(fraction)"
  }
}
