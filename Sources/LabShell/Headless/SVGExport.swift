import TermPlot

#if canImport(Glibc)
import Glibc
#endif

/// Charts written as standalone SVG files, for slides and hand-outs:
/// `save FILE.svg` in the shell and `trainlab run --svg DIR`.
enum SVGExport {
  /// The text grid an SVG is laid out on (TermPlot sizes SVGs in columns
  /// and lines): wide enough for tick labels and a legend beside the plot.
  static let columns = 100
  /// Lines of that grid.
  static let rows = 30

  /// Writes each chart of a lesson run as `DIR/NAME-step-S-K.svg` (the
  /// K-th chart of step S), creating `DIR` when it does not exist.
  ///
  /// - Returns: The paths written, in order, each with whether it replaced
  ///   a file.
  /// - Throws: `ShellError` naming the folder or file that cannot be written.
  static func write(
    _ charts: [RunChart], lessonName: String, to directory: String
  )
    throws(ShellError) -> [(path: String, outcome: FileSystem.WriteOutcome)]
  {
    if mkdir(directory, 0o755) != 0 && errno != EEXIST {
      throw ShellError(
        "cannot create \(directory): \(String(cString: strerror(errno)))")
    }
    var paths: [(path: String, outcome: FileSystem.WriteOutcome)] = []
    var perStep: [Int: Int] = [:]
    for item in charts {
      let number = (perStep[item.step] ?? 0) + 1
      perStep[item.step] = number
      let path = "\(directory)/\(lessonName)-step-\(item.step)-\(number).svg"
      let outcome = try FileSystem.writeTextAtomically(
        item.chart.svg(width: columns, height: rows), to: path)
      paths.append((path, outcome))
    }
    return paths
  }
}

/// A chart shown while running a lesson, with the step that showed it.
public struct RunChart: Sendable {
  /// The step, from 1.
  public var step: Int
  /// The chart.
  public var chart: any Chart
}
