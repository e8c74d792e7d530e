import Foundation
import Testing

@testable import TermPlot

/// Writes sample renderings to a file for eyeballing when
/// `TERMPLOT_PREVIEW=/path` is set; does nothing otherwise.
@Suite struct PreviewTests {
  @Test func writePreview() throws {
    guard let path = ProcessInfo.processInfo.environment["TERMPLOT_PREVIEW"]
    else { return }
    var out = ""
    for (name, chart) in Samples.all {
      for (w, h) in [(100, 30), (60, 15), (40, 10)] {
        for (oname, o) in [("plain", RenderOptions.plain), ("ascii", .ascii)] {
          out += "=== \(name) \(w)x\(h) \(oname)\n"
          out += chart.render(width: w, height: h, options: o) + "\n"
        }
      }
    }
    try out.write(toFile: path, atomically: true, encoding: .utf8)
  }
}
