import LineEditing
import TrainKit

/// The one way TrainLab's text reaches standard output and standard error.
///
/// Whatever the text holds — a lesson's prose, a file name, a CSV cell, a
/// printed string, an argument typed on the command line — every control
/// character in it is made visible (`TextFile.visible(_:keepingStyle:)`)
/// except TrainLab's own styling (SGR colours and the progress line's
/// clear), so nothing but TrainLab drives the terminal; the full screen's
/// frames pass through the same filter (`openFullScreen`). Text is cleaned
/// where it enters too (files, the prompt); this is the last filter, so a
/// path that forgets to clean still cannot write an escape.
public enum TerminalOutput {
  /// Writes `text`, cleaned, to `fd` (1: standard output, 2: standard
  /// error); see `Terminal.write(_:to:)` for what a failed write does.
  public static func write(_ text: String, to fd: Int32 = 1) {
    Terminal.write(TextFile.visible(text, keepingStyle: true), to: fd)
  }

  /// Opens the full screen (presenter, Playground) with this filter on
  /// every line of its frames; nil when standard input or output is not a
  /// terminal.
  public static func openFullScreen() -> FullScreen? {
    FullScreen.open(cleaning: cleanFullScreenLine)
  }

  /// What a full-screen frame's line goes through on its way out.
  static func cleanFullScreenLine(_ line: String) -> String {
    TextFile.visible(line, keepingStyle: true)
  }

  /// Writes TrainLab's own terminal control, unfiltered.
  ///
  /// Only for the cursor moves, erases and synchronized-output marks of a
  /// redrawn block (`LiveRegion.frame`), which cleans every line of text it
  /// puts between them, and the fixed erase of the `clear` command.
  /// Nothing else may write through here.
  public static func writeOwnControl(_ text: String, to fd: Int32 = 1) {
    Terminal.write(text, to: fd)
  }
}
