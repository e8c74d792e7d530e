import TrainKit

/// A block of lines at the bottom of a terminal that is redrawn in place:
/// live training charts (and any view that animates above the prompt).
///
/// Each `draw` compares the new lines with those on screen and rewrites
/// only the rows that changed: the cursor moves up to a changed row
/// (`CSI n A`), the row is erased and written (`CSI 2K`), and the cursor
/// returns below the block. A frame is wrapped in synchronized output (DEC
/// mode 2026: the terminal shows it whole, so nothing tears; terminals
/// without it ignore the mode) with the cursor hidden. Nothing clears the
/// screen: lines above the block and the scrollback are never touched.
///
/// Between frames the cursor sits at the start of the line below the
/// block. `finish` leaves the last frame where it is (it becomes ordinary
/// output); `erase` blanks it.
///
/// The caller keeps the block shorter than the screen (a row that has
/// scrolled off cannot be reached by moving up).
///
/// Its frames go to the terminal unfiltered
/// (`TerminalOutput.writeOwnControl`), so `frame` cleans each line of text
/// itself: only the region's own moves and the lines' colours are escapes.
final class LiveRegion {
  /// Receives the escape sequences and text.
  private let write: (String) -> Void
  /// The lines on screen, top to bottom.
  private(set) var shown: [String] = []

  /// Begins a frame: synchronized output, cursor hidden.
  static let beginFrame = "\u{1B}[?2026h\u{1B}[?25l"
  /// Ends a frame: cursor shown again, synchronized output ends.
  static let endFrame = "\u{1B}[?25h\u{1B}[?2026l"

  /// Creates a region that writes through `write`.
  init(write: @escaping (String) -> Void) {
    self.write = write
  }

  /// True while a frame is on screen.
  var isShown: Bool { !shown.isEmpty }

  /// Shows `lines` (each at most the terminal's width less one column).
  func draw(_ lines: [String]) {
    let lines = lines.map { TextFile.visible($0, keepingStyle: true) }
    write(Self.frame(from: shown, to: lines))
    shown = lines
  }

  /// Leaves the frame on screen as ordinary output and forgets it.
  func finish() {
    shown = []
  }

  /// Blanks the frame's rows and moves the cursor to its first row.
  func erase() {
    guard !shown.isEmpty else { return }
    draw([])
  }

  /// The bytes that turn the screen from `old` into `new`.
  ///
  /// Before and after, the cursor is below the block. Changed rows are
  /// rewritten, rows beyond the old block are added, and rows beyond the
  /// new one are blanked. A pure function, tested without a terminal;
  /// `draw` cleans the lines before.
  static func frame(from old: [String], to new: [String]) -> String {
    var out = beginFrame
    // The cursor's row counted from the top of the block (`old.count` is
    // the line below it).
    var row = old.count
    let kept = min(old.count, new.count)
    for index in 0..<old.count {
      let line = index < kept ? new[index] : ""
      guard line != old[index] else { continue }
      if row > index { out += "\u{1B}[\(row - index)A" }
      if row < index { out += "\u{1B}[\(index - row)B" }
      out += "\r\u{1B}[2K" + line
      row = index
    }
    if row < old.count { out += "\u{1B}[\(old.count - row)B" }
    out += "\r"
    for line in new.dropFirst(old.count) {
      out += "\u{1B}[2K" + line + "\n"
    }
    // A shorter block: its blanked rows stay below it.
    if new.count < old.count { out += "\u{1B}[\(old.count - new.count)A" }
    return out + endFrame
  }
}
