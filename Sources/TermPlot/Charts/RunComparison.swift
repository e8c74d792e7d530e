import Localization

/// What a before-and-after chart calls its two runs: what differs between
/// them, such as `lr=0.1` and `lr=0.5`.
public struct RunLabels: Sendable, Equatable {
  /// The earlier run.
  public var previous: String
  /// The run shown now.
  public var current: String

  /// Creates labels; empty ones read "before" and "now".
  public init(previous: String, current: String) {
    self.previous = previous.isEmpty ? String(Message("before")) : previous
    self.current = current.isEmpty ? String(Message("now")) : current
  }
}

/// A chart that can show an earlier run's data beside its own: the
/// before-and-after view of a rerun cell.
///
/// ```swift
/// let after = newPlot.comparing(with: oldPlot, labels: RunLabels(previous: "lr=0.1", current: "lr=0.5"))
/// ```
/// Line plots draw the earlier series dotted and grey under the new ones,
/// tables gain a column of earlier values per column of numbers. Charts of
/// other kinds, or of a different kind than `previous`, return nil.
public protocol ComparableChart: Chart {
  /// This chart with `previous`'s data beside it as the earlier run, or nil
  /// when the two cannot be compared.
  func comparing(with previous: any Chart, labels: RunLabels) -> (any Chart)?
}

extension LinePlot: ComparableChart {
  public func comparing(with previous: any Chart, labels: RunLabels) -> (
    any Chart
  )? {
    guard let earlier = previous as? LinePlot else { return nil }
    var compared = self
    // The earlier run's own earlier series are not carried along: a chart
    // compares two runs.
    compared.previous = earlier.series
    compared.runLabels = labels
    return compared
  }

  /// The glyph of an earlier run's series: a small dot, so the dotted line
  /// reads as "before" without colour too.
  static func previousGlyph(ascii: Bool) -> Character { ascii ? "." : "·" }

  /// The colour of an earlier run: grey (bright black), dimmer than any series.
  static let previousInk = Ink.basic(90)

  /// Draws an earlier run's series as a dotted line in the bottom layer,
  /// one dot per column, under the current series.
  static func drawPrevious(_ s: Series, on canvas: inout Canvas, plot: Plot) {
    let glyph = previousGlyph(ascii: canvas.ascii)
    // Each run starts with its first point alone, so a single point shows.
    for run in plot.finiteRuns(of: s) {
      for (from, point) in zip([run[0]] + run.dropLast(), run) {
        guard let (a, b) = plot.clip(from, point) else { continue }
        let steps = max(1, Int(abs(b.x - a.x).rounded(.up)))
        for step in 0...steps {
          let t = Double(step) / Double(steps)
          let column = Int((a.x + (b.x - a.x) * t).rounded(.down))
          let row = Int((a.y + (b.y - a.y) * t).rounded(.down))
          canvas.fill(
            column: min(max(column, 0), canvas.columns - 1),
            row: min(max(row, 0), canvas.rows - 1), with: glyph,
            ink: previousInk)
        }
      }
    }
  }

  /// Names both runs in the legend: each current series with the current
  /// run's label, and one entry for the earlier run's dotted lines.
  func addRunLegend(to spec: inout FrameSpec, ascii: Bool) {
    let labels = runLabels ?? RunLabels(previous: "", current: "")
    if spec.legend.isEmpty {
      spec.legend = series.enumerated().map { i, _ in
        LegendEntry(
          glyph: ascii ? "-" : "─", ink: Glyphs.ink(i), name: labels.current)
      }
    } else {
      for i in spec.legend.indices {
        spec.legend[i].name = Message.list([
          spec.legend[i].name, labels.current,
        ])
      }
    }
    let names = previous.map(\.name).filter { !$0.isEmpty }
    spec.legend.append(
      LegendEntry(
        glyph: LinePlot.previousGlyph(ascii: ascii), ink: LinePlot.previousInk,
        name: Message.list(names + [labels.previous])))
  }
}

extension Table: ComparableChart {
  /// The table with the earlier run's values beside its own.
  ///
  /// After each column of numbers that changed comes a column `was` of the
  /// earlier values in the same rows; the title names both runs. Columns that did not change (a seed, a fixed size) get none.
  public func comparing(with previous: any Chart, labels: RunLabels) -> (
    any Chart
  )? {
    guard let earlier = previous as? Table else { return nil }
    func cell(_ rows: [[Cell]], _ row: Int, _ column: Int) -> Cell {
      row < rows.count && column < rows[row].count ? rows[row][column] : .empty
    }
    var columns: [Column] = []
    var rows: [[Cell]] = self.rows.map { _ in [] }
    for (index, column) in self.columns.enumerated() {
      columns.append(column)
      for row in rows.indices { rows[row].append(cell(self.rows, row, index)) }
      let numeric = self.rows.indices.contains {
        if case .number = cell(self.rows, $0, index) { return true }
        return false
      }
      let changed = self.rows.indices.contains {
        cell(self.rows, $0, index) != cell(earlier.rows, $0, index)
      }
      guard index > 0, numeric, changed else { continue }
      var was = column
      was.name = Table.previousColumnName
      was.highlight = .none
      columns.append(was)
      for row in rows.indices {
        rows[row].append(cell(earlier.rows, row, index))
      }
    }
    let runs =
      String(
        Message(
          "now \(labels.current), \(Table.previousColumnName) \(labels.previous)"
        ))
    let heading =
      title.map { $0.isEmpty ? runs : $0 + " (" + runs + ")" } ?? runs
    return Table(title: heading, columns: columns, rows: rows)
  }

  /// The heading of a column of earlier values.
  public static var previousColumnName: String { String(Message("was")) }
}
