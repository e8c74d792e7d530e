/// A drawing surface of `columns` × `rows` cells with sub-cell resolution.
///
/// Layers, bottom to top: fills (bars, heat-map cells), lines (braille dots
/// in Unicode, `/ \ | - _` shapes chosen on a sub-cell grid in ASCII) and
/// marks (point markers and labels). Coordinates are continuous cell units
/// with `x` from the left and `y` from the top.
struct Canvas {
  let columns: Int
  let rows: Int
  let ascii: Bool
  private var fills: [Character?]
  private var fillInks: [Ink]
  private var dots: [UInt8]
  private var shapes: [Character?]
  private var lineInks: [Ink]
  private var marks: [Character?]
  private var markInks: [Ink]

  init(columns: Int, rows: Int, ascii: Bool) {
    self.columns = max(columns, 0)
    self.rows = max(rows, 0)
    self.ascii = ascii
    let n = self.columns * self.rows
    fills = Array(repeating: nil, count: n)
    fillInks = Array(repeating: .none, count: n)
    dots = Array(repeating: 0, count: n)
    shapes = Array(repeating: nil, count: n)
    lineInks = Array(repeating: .none, count: n)
    marks = Array(repeating: nil, count: n)
    markInks = Array(repeating: .none, count: n)
  }

  private func index(_ column: Int, _ row: Int) -> Int? {
    guard column >= 0, column < columns, row >= 0, row < rows else {
      return nil
    }
    return row * columns + column
  }

  /// Whether a cell has nothing drawn in it.
  func isEmpty(column: Int, row: Int) -> Bool {
    guard let i = index(column, row) else { return true }
    return fills[i] == nil && dots[i] == 0 && shapes[i] == nil
      && marks[i] == nil
  }

  /// Whether a cell has a mark (marker or label) in it.
  func hasMark(column: Int, row: Int) -> Bool {
    guard let i = index(column, row) else { return false }
    return marks[i] != nil
  }

  /// Fills one cell (bottom layer).
  mutating func fill(column: Int, row: Int, with character: Character, ink: Ink)
  {
    guard let i = index(column, row) else { return }
    fills[i] = character
    fillInks[i] = ink
  }

  /// Puts a mark in one cell (top layer).
  mutating func mark(column: Int, row: Int, with character: Character, ink: Ink)
  {
    guard let i = index(column, row) else { return }
    marks[i] = character
    markInks[i] = ink
  }

  /// Writes text as marks starting at a cell.
  mutating func label(_ text: String, column: Int, row: Int, ink: Ink) {
    var c = column
    for ch in text {
      mark(column: c, row: row, with: ch, ink: ink)
      c += 1
    }
  }

  /// Braille dot bits by (column × 4 + row) within a cell.
  static let brailleBits: [UInt8] = [
    0x01, 0x02, 0x04, 0x40, 0x08, 0x10, 0x20, 0x80,
  ]

  /// Sets one braille dot; `x` in 0..<2·columns, `y` in 0..<4·rows.
  mutating func dot(x: Int, y: Int, ink: Ink) {
    guard x >= 0, y >= 0, let i = index(x >> 1, y >> 2) else { return }
    dots[i] |= Canvas.brailleBits[(x & 1) * 4 + (y & 3)]
    lineInks[i] = ink
  }

  /// Draws a straight segment between two points in cell units.
  mutating func line(
    from a: (x: Double, y: Double), to b: (x: Double, y: Double), ink: Ink
  ) {
    guard a.x.isFinite, a.y.isFinite, b.x.isFinite, b.y.isFinite else { return }
    if ascii {
      asciiLine(from: a, to: b, ink: ink)
    } else {
      brailleLine(from: a, to: b, ink: ink)
    }
  }

  /// Sets the ASCII line shape of one cell (line layer).
  mutating func shape(
    column: Int, row: Int, with character: Character, ink: Ink
  ) {
    guard let i = index(column, row) else { return }
    shapes[i] = character
    lineInks[i] = ink
  }

  /// A single point on the line layer (a dot, or a `.` in ASCII).
  mutating func point(x: Double, y: Double, ink: Ink) {
    guard x.isFinite, y.isFinite else { return }
    if ascii {
      guard let i = index(clampCell(x, columns), clampCell(y, rows)) else {
        return
      }
      if shapes[i] == nil { shapes[i] = "." }
      lineInks[i] = ink
    } else {
      dot(
        x: clampDot(x * 2, columns * 2), y: clampDot(y * 4, rows * 4), ink: ink)
    }
  }

  private func clampCell(_ v: Double, _ n: Int) -> Int {
    Int(min(max(v.rounded(.down), 0), Double(max(n - 1, 0))))
  }

  private func clampDot(_ v: Double, _ n: Int) -> Int {
    Int(min(max(v.rounded(.down), 0), Double(max(n - 1, 0))))
  }

  private mutating func brailleLine(
    from a: (x: Double, y: Double), to b: (x: Double, y: Double), ink: Ink
  ) {
    let w = columns * 2
    let h = rows * 4
    guard w > 0, h > 0 else { return }
    var x0 = clampDot(a.x * 2, w)
    var y0 = clampDot(a.y * 4, h)
    let x1 = clampDot(b.x * 2, w)
    let y1 = clampDot(b.y * 4, h)
    let dx = abs(x1 - x0)
    let dy = -abs(y1 - y0)
    let sx = x0 < x1 ? 1 : -1
    let sy = y0 < y1 ? 1 : -1
    var err = dx + dy
    while true {
      dot(x: x0, y: y0, ink: ink)
      if x0 == x1 && y0 == y1 { break }
      let e2 = 2 * err
      if e2 >= dy {
        err += dy
        x0 += sx
      }
      if e2 <= dx {
        err += dx
        y0 += sy
      }
    }
  }

  /// ASCII segments, one shape per cell the segment crosses.
  ///
  /// The shape follows the slope as seen on screen (a cell is about twice
  /// as tall as wide): `|` when steep, `/` or `\\` for diagonals, `_` or
  /// `-` by where a flat run crosses the cell. A moderate slope (under about
  /// 30° on screen) drops less than a row per column, so it is drawn as a
  /// staircase of `-` (upper half of a row) and `_` (lower half) — `-_-_`
  /// reads as a line where `\\\\` reads as hatching — and corner clips
  /// shorter than 0.4 of a cell are left out unless they hold an end of
  /// the segment.
  private mutating func asciiLine(
    from a: (x: Double, y: Double), to b: (x: Double, y: Double), ink: Ink
  ) {
    let maxX = Double(columns) - 1e-9
    let maxY = Double(rows) - 1e-9
    let ax = min(max(a.x, 0), maxX)
    let ay = min(max(a.y, 0), maxY)
    let bx = min(max(b.x, 0), maxX)
    let by = min(max(b.y, 0), maxY)
    let dx = bx - ax
    let dy = by - ay
    let visualSlope = dx == 0 ? Double.infinity : abs(2 * dy / dx)
    let staircase = visualSlope >= 0.42 && visualSlope < 1.2
    let steps = Int(max(abs(dx), abs(dy)) * (staircase ? 12 : 3)) + 1
    // The piece of the segment inside the current cell.
    var piece: AsciiPiece?
    for s in 0...steps {
      let t = Double(s) / Double(steps)
      let x = ax + dx * t
      let y = ay + dy * t
      guard let i = index(Int(x), Int(y)) else { continue }
      let within = y - y.rounded(.down)
      if staircase {
        let isEnd = s == 0 || s == steps
        if piece?.cell == i {
          piece?.add(x: x, within: within, isEnd: isEnd)
        } else {
          if let p = piece { drawPiece(p, ink: ink) }
          piece = AsciiPiece(cell: i, x: x, within: within, isEnd: isEnd)
        }
        continue
      }
      let shape: Character
      if visualSlope < 0.42 {
        shape = within >= 0.67 ? "_" : "-"
      } else if visualSlope > 2.4 {
        shape = "|"
      } else {
        // y grows downward: a rising line on screen has dy/dx < 0.
        shape = (dy < 0) == (dx > 0) ? "/" : "\\"
      }
      shapes[i] = shape
      lineInks[i] = ink
    }
    if let p = piece { drawPiece(p, ink: ink) }
  }

  /// The part of a moderate-slope ASCII segment inside one cell.
  private struct AsciiPiece {
    let cell: Int
    var x0: Double
    var x1: Double
    var withinSum: Double
    var samples = 1
    var holdsEnd: Bool

    init(cell: Int, x: Double, within: Double, isEnd: Bool) {
      self.cell = cell
      x0 = x
      x1 = x
      withinSum = within
      holdsEnd = isEnd
    }

    mutating func add(x: Double, within: Double, isEnd: Bool) {
      x0 = min(x0, x)
      x1 = max(x1, x)
      withinSum += within
      samples += 1
      holdsEnd = holdsEnd || isEnd
    }
  }

  /// `-` or `_` by where the piece crosses its cell; short corner clips
  /// are left out unless they hold an end of the segment.
  private mutating func drawPiece(_ p: AsciiPiece, ink: Ink) {
    guard p.x1 - p.x0 >= 0.4 || p.holdsEnd else { return }
    shapes[p.cell] = p.withinSum / Double(p.samples) >= 0.5 ? "_" : "-"
    lineInks[p.cell] = ink
  }

  /// The character and ink of a cell after composing the layers.
  func cell(column: Int, row: Int) -> (Character, Ink)? {
    guard let i = index(column, row) else { return nil }
    if let m = marks[i] { return (m, markInks[i]) }
    if ascii {
      if let s = shapes[i] { return (s, lineInks[i]) }
    } else if dots[i] != 0 {
      // U+2800 + a byte is always a braille pattern, never nil.
      let braille = Unicode.Scalar(0x2800 + UInt32(dots[i])) ?? " "
      return (Character(braille), lineInks[i])
    }
    if let f = fills[i] { return (f, fillInks[i]) }
    return nil
  }

  /// Copies the canvas into a grid with its top-left corner at a position.
  func draw(into grid: inout TextGrid, row: Int, column: Int) {
    for r in 0..<rows {
      for c in 0..<columns {
        if let (ch, ink) = cell(column: c, row: r) {
          grid.set(ch, row: row + r, column: column + c, ink: ink)
        }
      }
    }
  }
}
