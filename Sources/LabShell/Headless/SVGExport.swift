import LessonKit
import TermPlot

#if canImport(Glibc)
import Glibc
#endif

/// Charts written as standalone SVG files, for slides and hand-outs:
/// `save FILE.svg` in the shell and `trainlab run --svg DIR`.
///
/// Each chart is written at the size it was shown (TermPlot lays an SVG
/// out on the same text grid as the terminal drawing).
enum SVGExport {
  /// The file name of the `number`-th chart (from 1) of step `step`.
  static func fileName(lessonName: String, step: Int, number: Int) -> String {
    "\(lessonName)-step-\(step)-\(number).svg"
  }

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
    for (item, name) in zip(charts, names(charts, lessonName: lessonName)) {
      let path = "\(directory)/\(name)"
      let outcome = try FileSystem.writeTextAtomically(item.shown.svg, to: path)
      paths.append((path, outcome))
    }
    return paths
  }

  /// The file name of each chart, numbered within its step.
  static func names(_ charts: [RunChart], lessonName: String) -> [String] {
    var perStep: [Int: Int] = [:]
    return charts.map { item in
      let number = (perStep[item.step] ?? 0) + 1
      perStep[item.step] = number
      return fileName(lessonName: lessonName, step: item.step, number: number)
    }
  }
}

/// A chart shown while running a lesson, with the step and cell that
/// showed it.
public struct RunChart: Sendable {
  /// The step, from 1.
  public var step: Int
  /// The line of the closing fence of the cell that showed it (the key of
  /// `LessonRunReport.outputs`).
  public var cellLine: Int
  /// The chart and the size it was shown at.
  public var shown: ShownChart
}
