import LessonKit
import Localization
import TermPlot

/// Formats the one-line progress of long work:
/// `fit 12/40  [████░░░░░░░░]  train_loss 0.341  0:03 elapsed  ~0:07 left`.
struct ProgressLine {
  /// Renders `report` after `elapsed` seconds, fitted to `width` columns.
  static func render(
    _ report: ProgressUpdate, elapsed: Double, width: Int, ascii: Bool
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
    parts.append(String(Message("\(formatDuration(elapsed)) elapsed")))
    if done > 0 && done < total {
      let remaining = elapsed / Double(done) * Double(total - done)
      parts.append(String(Message("~\(formatDuration(remaining)) left")))
    }
    // Drop whole parts from the end until the line fits (the last column
    // stays free so the terminal does not wrap).
    while parts.count > 1
      && TextWidth.of(parts.joined(separator: "  ")) > width - 1
    {
      parts.removeLast()
    }
    return TextWidth.truncate(
      parts.joined(separator: "  "), to: max(1, width - 1), ascii: ascii)
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

/// The progress line on a terminal: drawn in place with a carriage return
/// and "erase line", and erased before any other output, so it is replaced
/// by the result.
///
/// Does nothing when the display is not interactive.
final class ProgressIndicator {
  private let display: ShellDisplay
  private let write: (String) -> Void
  private var start: ContinuousClock.Instant?
  private var label = ""
  private(set) var isShown = false

  init(display: ShellDisplay, write: @escaping (String) -> Void) {
    self.display = display
    self.write = write
  }

  /// Draws `report`, timing from its first unit (a new run restarts the clock).
  func show(_ report: ProgressUpdate) {
    guard display.interactive else { return }
    write("\r\u{1B}[2K" + line(for: report))
    isShown = true
  }

  /// The line for `report`, dimmed, fitted to the width (the clock is
  /// restarted by a new run, as for `show`).
  func line(for report: ProgressUpdate) -> String {
    let now = ContinuousClock.now
    if start == nil || report.completed <= 1 || report.label != label {
      start = now
    }
    label = report.label
    let elapsed = (start ?? now).duration(to: now)
    let seconds = elapsed.inSeconds
    return display.style.dim(
      ProgressLine.render(
        report, elapsed: seconds, width: display.columns, ascii: display.ascii))
  }

  /// Erases the line if it is shown.
  func clear() {
    guard isShown else { return }
    write("\r\u{1B}[2K")
    isShown = false
  }

  /// Erases the line and forgets the start time.
  func reset() {
    clear()
    start = nil
  }
}
