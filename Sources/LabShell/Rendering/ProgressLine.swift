/// Formats the one-line progress of long work:
/// `fit 12/40  [████░░░░░░░░]  train_loss 0.341  0:03 elapsed  ~0:07 left`.
struct ProgressLine {
  /// Renders `report` after `elapsed` seconds, fitted to `width` columns.
  static func render(
    _ report: ProgressReport, elapsed: Double, width: Int, ascii: Bool
  ) -> String {
    let total = max(report.total, 1)
    let done = min(max(report.completed, 0), total)
    var parts = ["\(report.label) \(done)/\(total)"]
    let barWidth = 12
    let filled = barWidth * done / total
    let bar =
      ascii
      ? String(repeating: "#", count: filled)
        + String(repeating: ".", count: barWidth - filled)
      : String(repeating: "█", count: filled)
        + String(repeating: "░", count: barWidth - filled)
    parts.append("[\(bar)]")
    if !report.detail.isEmpty { parts.append(report.detail) }
    parts.append("\(formatDuration(elapsed)) elapsed")
    if done > 0 && done < total {
      let remaining = elapsed / Double(done) * Double(total - done)
      parts.append("~\(formatDuration(remaining)) left")
    }
    // Drop whole parts from the end until the line fits (the last column
    // stays free so the terminal does not wrap).
    while parts.count > 1 && parts.joined(separator: "  ").count > width - 1 {
      parts.removeLast()
    }
    return String(parts.joined(separator: "  ").prefix(max(1, width - 1)))
  }

  /// `0:07`, `12:03`, `1:02:03`.
  static func formatDuration(_ seconds: Double) -> String {
    let total = seconds.isFinite ? max(0, Int(seconds.rounded())) : 0
    let hours = total / 3600
    let minutes = total / 60 % 60
    let secs = total % 60
    return hours > 0
      ? "\(hours):\(pad(minutes)):\(pad(secs))" : "\(minutes):\(pad(secs))"
  }

  private static func pad(_ value: Int) -> String {
    value < 10 ? "0\(value)" : "\(value)"
  }

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
