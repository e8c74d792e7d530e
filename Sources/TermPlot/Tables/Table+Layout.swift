import Foundation
import Localization

extension Table {
  /// The text of every cell, formatted per column and padded to the
  /// column's natural width (decimal-aligned for numeric columns), plus the
  /// index of each column's best row.
  struct Formatted {
    var headers: [String]
    var cells: [[String]]
    var alignments: [Alignment]
    var best: [Int?]
  }

  /// Whether a column is a column of numbers.
  ///
  /// It is when it holds at least one number and no more texts than
  /// numbers (empty and blank texts ignored). Its numbers share one format
  /// and align on the decimal point; its texts ("mean", "…") are set flush
  /// right with them.
  func isNumeric(_ column: Int) -> Bool {
    var numbers = 0
    var texts = 0
    for row in rows where column < row.count {
      switch row[column] {
      case .number: numbers += 1
      case .text(let text):
        if text.contains(where: { $0 != " " }) { texts += 1 }
      case .empty: break
      }
    }
    return numbers > 0 && numbers >= texts
  }

  func cell(_ row: Int, _ column: Int) -> Cell {
    column < rows[row].count ? rows[row][column] : .empty
  }

  func formatted(ascii: Bool, digitsLimit: Int = .max) -> Formatted {
    var result = Formatted(
      headers: [], cells: Array(repeating: [], count: rows.count),
      alignments: [], best: [])
    for (c, column) in columns.enumerated() {
      result.headers.append(TextWidth.sanitize(column.name, ascii: ascii))
      let values: [Double] = rows.indices.compactMap {
        if case .number(let v) = cell($0, c) { return v }
        return nil
      }
      let numberText = Table.formatColumn(
        values, digits: min(column.significantDigits, digitsLimit), ascii: ascii
      )
      var texts: [String] = []
      var isNumber: [Bool] = []
      var k = 0
      for r in rows.indices {
        switch cell(r, c) {
        case .number:
          texts.append(numberText[k])
          isNumber.append(true)
          k += 1
        case .text(let s):
          texts.append(TextWidth.sanitize(s, ascii: ascii))
          isNumber.append(false)
        case .empty:
          texts.append("")
          isNumber.append(false)
        }
      }
      let numeric = isNumeric(c)
      if numeric && column.alignment == nil {
        texts = Table.alignDecimals(texts, numbers: isNumber)
      }
      // Best value.
      var best: Int?
      if column.highlight != .none {
        var bestValue = 0.0
        for r in rows.indices {
          guard case .number(let v) = cell(r, c), v.isFinite else { continue }
          let better = column.highlight == .min ? v < bestValue : v > bestValue
          if best == nil || better {
            best = r
            bestValue = v
          }
        }
        texts = texts.enumerated().map {
          $0.element + ($0.offset == best ? "*" : " ")
        }
      }
      result.best.append(best)
      result.alignments.append(column.alignment ?? (numeric ? .right : .left))
      for r in rows.indices { result.cells[r].append(texts[r]) }
    }
    return result
  }

  /// Formats a column's numbers in one format: integers plainly, fixed
  /// point with `digits` significant digits for the largest value (and at
  /// least two for the smallest), or scientific (`1.2e-07`) for the whole
  /// column when its magnitudes are very large, very small, or four or more
  /// decades apart.
  static func formatColumn(_ values: [Double], digits: Int, ascii: Bool)
    -> [String]
  {
    let digits = min(max(digits, 1), 15)
    let finite = values.filter { $0.isFinite }
    let maxAbs = finite.map(abs).max() ?? 0
    let sci = { (v: Double, shared: Int) -> String in
      NumberFormat.scientific(
        v, mantissaDecimals: shared, ascii: true, exponentDigits: 2)
    }
    let mantissaDecimals = { (vs: [Double]) -> Int in
      var d = 0
      for v in vs where v != 0 {
        let (m, _) = NumberFormat.decompose(v, mantissaDecimals: digits - 1)
        let rounded = NumberFormat.fixed(m, decimals: digits - 1)
        let trimmed =
          rounded.contains(".")
          ? String(rounded.reversed().drop(while: { $0 == "0" }).reversed())
          : rounded
        let parts = trimmed.split(separator: ".")
        d = max(d, parts.count > 1 ? parts[1].count : 0)
      }
      return d
    }
    let allIntegers = finite.allSatisfy { $0 == $0.rounded() } && maxAbs < 1e15
    if allIntegers && maxAbs < 1e6 || (allIntegers && digits >= 15) {
      return values.map {
        NumberFormat.nonFinite($0, ascii: ascii)
          ?? NumberFormat.fixed($0, decimals: 0)
      }
    }
    if maxAbs >= 1e6 || (maxAbs > 0 && maxAbs < 1e-3) {
      let d = mantissaDecimals(finite)
      return values.map {
        NumberFormat.nonFinite($0, ascii: ascii) ?? sci($0, d)
      }
    }
    let exponent = { (v: Double) in Int(Foundation.log10(v).rounded(.down)) }
    let e = maxAbs > 0 ? exponent(maxAbs) : 0
    let minAbs = finite.filter { $0 != 0 }.map(abs).min() ?? maxAbs
    let eMin = minAbs > 0 ? exponent(minAbs) : e
    // One format per column: magnitudes four or more decades apart make the
    // whole column scientific, rather than one value standing out alone.
    if e - eMin >= 4 {
      let d = mantissaDecimals(finite)
      return values.map {
        NumberFormat.nonFinite($0, ascii: ascii) ?? sci($0, d)
      }
    }
    // The largest value gets `digits` significant digits, the smallest at
    // least two.
    let decimals = min(max(digits - 1 - e, 1 - eMin, 0), 10)
    return values.map { v in
      NumberFormat.nonFinite(v, ascii: ascii)
        ?? NumberFormat.fixed(v, decimals: decimals)
    }
  }

  /// Pads a column's entries to one width, the numbers' decimal points (or
  /// last integer digits) lined up.
  ///
  /// Texts, and numbers without digits (NaN, ∞), are set flush right.
  /// `numbers[i]` says whether `texts[i]` is a formatted number (all of
  /// them when omitted).
  static func alignDecimals(_ texts: [String], numbers: [Bool]? = nil)
    -> [String]
  {
    let isNumber = texts.indices.map { i in
      (numbers.map { i < $0.count && $0[i] } ?? true)
        && texts[i].contains(where: { $0.isNumber })
    }
    let split = texts.indices.map { i -> (String, String) in
      let t = texts[i]
      guard isNumber[i] else { return (t, "") }
      if let dot = t.firstIndex(of: ".") {
        return (String(t[..<dot]), String(t[dot...]))
      }
      if let e = t.firstIndex(of: "e") {
        return (String(t[..<e]), String(t[e...]))
      }
      return (t, "")
    }
    let aligned = texts.indices.filter { isNumber[$0] }
    let right = aligned.map { TextWidth.of(split[$0].1) }.max() ?? 0
    let widest = texts.map { TextWidth.of($0) }.max() ?? 0
    let left = max(
      aligned.map { TextWidth.of(split[$0].0) }.max() ?? 0, widest - right)
    return texts.indices.map { i in
      guard isNumber[i] else {
        return String(
          repeating: " ", count: max(0, left + right - TextWidth.of(texts[i])))
          + texts[i]
      }
      let (whole, fraction) = split[i]
      return String(repeating: " ", count: left - TextWidth.of(whole)) + whole
        + fraction
        + String(repeating: " ", count: right - TextWidth.of(fraction))
    }
  }

  /// The lines of the table for a width, and at most `maxLines` lines.
  func layoutLines(width: Int, maxLines: Int?, options: RenderOptions)
    -> [TableLine]
  {
    let ascii = options.isASCII
    guard !columns.isEmpty else {
      return title.map {
        [
          TableLine(
            text: TextWidth.truncate(
              TextWidth.sanitize($0, ascii: ascii), to: width, ascii: ascii))
        ]
      } ?? []
    }
    // Borders: "│ " before each column, " │" after the last, " │ " between.
    let overhead = 3 * columns.count + 1
    // Too narrow for the numbers: fewer significant digits (down to 2)
    // before anything is cut.
    var f = formatted(ascii: ascii)
    for limit in [3, 2] {
      let needed = columns.indices.map { c in
        isNumeric(c)
          ? (f.cells.map { TextWidth.of($0[c]) }.max() ?? 1)
          : min(TextWidth.of(f.headers[c]), 6)
      }.reduce(0, +)
      guard needed + overhead > width else { break }
      f = formatted(ascii: ascii, digitsLimit: limit)
    }
    var widths = columns.indices.map { c in
      max(
        TextWidth.of(f.headers[c]),
        f.cells.map { TextWidth.of($0[c]) }.max() ?? 0, 1)
    }
    // Shrink the widest column first: text and headers before numbers,
    // and numbers only when nothing else is left.
    let numberWidths = columns.indices.map { c in
      isNumeric(c)
        ? (f.cells.map { TextWidth.of($0[c]) }.max() ?? 1) : min(widths[c], 6)
    }
    for floor in [numberWidths, Array(repeating: 1, count: columns.count)] {
      while widths.reduce(0, +) + overhead > width {
        let shrinkable = widths.indices.filter { widths[$0] > floor[$0] }
        guard let widest = shrinkable.max(by: { widths[$0] < widths[$1] })
        else { break }
        widths[widest] -= 1
      }
    }
    let box = BoxChars.of(ascii: ascii)
    func rule(_ l: Character, _ m: Character, _ r: Character) -> TableLine {
      var s = String(l)
      for (i, w) in widths.enumerated() {
        s += String(repeating: box.horizontal, count: w + 2)
        s.append(i == widths.count - 1 ? r : m)
      }
      return TableLine(text: s)
    }
    func row(_ texts: [String], alignments: [Alignment], best: Int?)
      -> TableLine
    {
      var line = TableLine(text: String(box.vertical))
      for (c, w) in widths.enumerated() {
        line.text += " "
        let start = TextWidth.of(line.text)
        let text =
          TextWidth.of(texts[c]) > w ? texts[c].trimmingSpaces() : texts[c]
        line.text += TextWidth.pad(
          text, to: w, alignment: alignments[c], ascii: ascii)
        if let best, f.best[c] == best {
          line.spans.append((start, w, .basic(32)))
        }
        line.text += " " + String(box.vertical)
      }
      return line
    }
    var lines: [TableLine] = []
    let tableWidth = widths.reduce(0, +) + overhead
    if let title, !title.isEmpty {
      let t = TextWidth.truncate(
        TextWidth.sanitize(title, ascii: ascii), to: max(width, 0), ascii: ascii
      )
      let pad = max(0, (min(tableWidth, width) - TextWidth.of(t)) / 2)
      lines.append(TableLine(text: String(repeating: " ", count: pad) + t))
    }
    lines.append(rule(box.topLeft, box.teeDown, box.topRight))
    let headerAlign = f.alignments
    lines.append(row(f.headers, alignments: headerAlign, best: nil))
    lines.append(rule(box.teeRight, box.cross, box.teeLeft))
    var bodyRows = rows.count
    if let maxLines, lines.count + bodyRows + 1 > maxLines {
      bodyRows = max(0, maxLines - lines.count - 2)
    }
    for r in 0..<bodyRows {
      lines.append(row(f.cells[r], alignments: f.alignments, best: r))
    }
    lines.append(rule(box.bottomLeft, box.teeUp, box.bottomRight))
    if bodyRows < rows.count {
      let more = rows.count - bodyRows
      lines.append(
        TableLine(
          text: (ascii ? "... " : "… ")
            + String(
              more == 1
                ? Message("1 more row") : Message("\(more) more rows"))))
    }
    return lines
  }
}
