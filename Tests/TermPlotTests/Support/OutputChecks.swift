import Foundation
import Testing

@testable import TermPlot

/// Checks shared by the golden and property tests.
enum OutputChecks {
  /// The text without ANSI escape sequences.
  static func stripANSI(_ text: String) -> String {
    var out = ""
    var scalars = text.unicodeScalars[...]
    while let s = scalars.first {
      scalars = scalars.dropFirst()
      if s == "\u{1B}" {
        while let p = scalars.first {
          scalars = scalars.dropFirst()
          if p == "m" { break }
        }
      } else {
        out.unicodeScalars.append(s)
      }
    }
    return out
  }

  /// Problems with an output of a given size and options (empty when fine):
  /// line count, display width of each line, resets, ESC and byte classes.
  static func problems(
    _ text: String, width: Int, height: Int, options: RenderOptions
  ) -> [String] {
    var problems: [String] = []
    let h = min(max(height, 0), TextGrid.maximumHeight)
    let w = min(max(width, 0), TextGrid.maximumWidth)
    let lines =
      h == 0
      ? []
      : text.split(separator: "\n", omittingEmptySubsequences: false).map(
        String.init)
    if h == 0 && !text.isEmpty {
      problems.append("expected no output for height \(height)")
    }
    if lines.count != h {
      problems.append("expected \(h) lines, got \(lines.count)")
    }
    for (i, line) in lines.enumerated() {
      let plain = stripANSI(line)
      let cols = TextWidth.of(plain)
      if cols != w {
        problems.append("line \(i + 1) is \(cols) columns, expected \(w)")
      }
      if line.contains("\u{1B}") {
        if !options.color {
          problems.append("line \(i + 1) has ESC without colour")
        }
        if !line.hasSuffix("\u{1B}[0m") {
          problems.append("line \(i + 1) does not end in a reset")
        }
        if line.contains("\u{1B}[4") {
          problems.append("line \(i + 1) paints a background")
        }
      }
    }
    if options.charset == .ascii {
      let bad = stripANSI(text).utf8.filter {
        $0 != 0x0A && ($0 < 0x20 || $0 > 0x7E)
      }
      if !bad.isEmpty {
        problems.append("ASCII output has \(bad.count) bytes outside 0x20–0x7E")
      }
    }
    return problems
  }
}
