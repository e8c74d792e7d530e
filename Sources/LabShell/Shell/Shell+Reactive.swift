import Foundation
import LessonKit
import Localization
import TermPlot

/// What the shell knows about the cells of the open lesson that have run:
/// the dependency graph, which cells are stale, each cell's last run (its
/// time, charts and the values it saw), and the history of runs.
///
/// Cells are named by their position in `LessonDependencies.cells`.
struct ReactiveState {
  /// The lesson the state belongs to (its path); another lesson starts afresh.
  var lessonPath: String?
  var graph: LessonDependencies?
  /// Cells that ran and depend on something changed since.
  var stale: Set<Int> = []
  /// The last run of each cell that ran.
  var lastRuns: [Int: CellRun] = [:]
  /// The position of the cell run last.
  var lastPosition: Int?
  /// Rerun stale cells at once (`auto on`).
  var auto = false
  /// Every run that drew a chart, numbered from 1 (`runs`, `compare`).
  var history: [RunRecord] = []
  var nextRunNumber = 1
}

/// One run of a lesson cell.
struct CellRun {
  /// How long it took, in seconds.
  var seconds: Double
  /// The charts it drew, as drawn.
  var charts: [any Chart]
  /// The values (short descriptions) of the names it read and the knobs
  /// that drive it, when it started.
  var values: [String: String]
}

/// A run in the history: a cell that drew charts, with the knobs' values.
struct RunRecord {
  var number: Int
  var position: Int
  /// The knobs' values when it ran, in the lesson's knob order.
  var knobs: [(name: String, value: String)]
  var charts: [any Chart]
}

extension Shell {
  /// Above this many seconds, an automatic rerun asks first.
  ///
  /// Compared with the sum of the stale cells' last run times. The one
  /// threshold.
  static let autoRerunConfirmationSeconds = 10.0

  // MARK: - The graph

  /// The open lesson's dependency graph, made on first use.
  func dependencyGraph() -> LessonDependencies? {
    guard let state = current else { return nil }
    if reactive.lessonPath != state.entry.path || reactive.graph == nil {
      reactive = ReactiveState(
        lessonPath: state.entry.path,
        graph: LessonDependencies(
          lesson: state.lesson, builtinNames: engine.builtinNames))
    }
    return reactive.graph
  }

  /// "step 3, cell 2" for the cell at `position`.
  func cellName(_ position: Int) -> String {
    guard let graph = reactive.graph, graph.cells.indices.contains(position)
    else { return String(Message("cell \(position + 1)")) }
    let cell = graph.cells[position]
    return String(Message("step \(cell.step + 1), cell \(cell.index + 1)"))
  }

  /// Forgets which cells ran, after `reset` or `open` cleared the variables.
  ///
  /// No cell is stale then. The history of runs stays (`forget` drops it).
  func variablesCleared() {
    reactive.stale.removeAll()
    reactive.lastRuns.removeAll()
    reactive.lastPosition = nil
  }

  // MARK: - The entry point

  /// Runs a lesson cell as `runLessonCell` does, keeping its run for
  /// before-and-after charts and the dependency graph.
  ///
  /// Before a rerun the previous run's charts are handed to the engine, so
  /// each chart shows the earlier run beside the new one.
  func runTracked(_ cell: LessonCell, file: String) -> CellOutcome {
    let graph = dependencyGraph()
    let position = graph?.position(ofLine: cell.line)
    if let position,
      graph?.cells[position].dependencies
        != graph?.dependencies(ofEntry: cell.source)
    {
      reactive.graph?.update(position: position, source: cell.source)  // edited
    }
    let values = position.map(valuesSeen(by:)) ?? [:]
    if let position, let before = reactive.lastRuns[position],
      !before.charts.isEmpty
    {
      engine.comparison = ChartComparison(
        previous: before.charts, labels: runLabels(before.values, values))
    }
    let clock = ContinuousClock()
    let start = clock.now
    let outcome = execute(cell.source, file: file, line: cell.line)
    let elapsed = clock.now - start
    engine.comparison = nil
    if let position {
      let charts = engine.lastDrawnCharts
      reactive.lastRuns[position] = CellRun(
        seconds: elapsed.inSeconds,
        charts: charts, values: values)
      if !charts.isEmpty {
        reactive.history.append(
          RunRecord(
            number: reactive.nextRunNumber, position: position,
            knobs: knobValues(), charts: charts))
        reactive.nextRunNumber += 1
      }
    }
    cellDidRun(at: position, source: cell.source)
    return outcome
  }

  /// Records a cell run with its output held back (`step N` catching up):
  /// it counts as run for stale marks; its time is not known.
  func recordQuietRun(of cell: LessonCell) {
    guard let position = dependencyGraph()?.position(ofLine: cell.line) else {
      return
    }
    reactive.lastRuns[position] = CellRun(
      seconds: 0, charts: engine.lastDrawnCharts,
      values: valuesSeen(by: position))
    cellDidRun(at: position, source: cell.source)
  }

  /// The one entry point for "a cell was run with these writes": a lesson
  /// cell at `position` (nil for an entry typed at the prompt) ran `source`.
  ///
  /// Every cell that ran before and depends on what `source` writes,
  /// directly or through other cells, is marked stale; the learner is told
  /// which, and in `auto on` mode they run again at once.
  func cellDidRun(at position: Int?, source: String) {
    guard let graph = dependencyGraph() else { return }
    var changed: [Int]
    var names: [String] = []
    if let position {
      reactive.stale.remove(position)
      reactive.lastPosition = position
      changed = graph.dependents(ofCell: position)
    } else {
      names = graph.dependencies(ofEntry: source).writes
      guard !names.isEmpty, let at = reactive.lastPosition else { return }
      changed = graph.dependents(ofNames: Set(names), at: at)
    }
    let newlyStale = changed.filter {
      reactive.lastRuns[$0] != nil && !reactive.stale.contains($0)
    }
    guard !newlyStale.isEmpty else { return }
    reactive.stale.formUnion(newlyStale)
    // While `rerun` works through the stale cells, it says what it does.
    if rerunning { return }
    let cells = newlyStale.map(cellName).joined(separator: "; ")
    let what =
      names.isEmpty
      ? Message("They depend on what this cell changed")
      : Message(
        "They depend on \(names.map { "`\($0)`" }.joined(separator: ", "))")
    if reactive.auto {
      hint("Stale: \(cells). \(what).")
      rerunStale(automatically: true)
    } else {
      hint(
        "Stale: \(cells). \(what); `rerun` runs them again (`auto on` does it at once)."
      )
    }
  }

  // MARK: - Commands

  /// `rerun`: the stale cells, in lesson order.
  ///
  /// With none stale it says so and runs nothing: rerunning the last cell
  /// unasked could undo a value the learner just set (`rerun last` does
  /// that on purpose).
  func rerunStale(automatically: Bool = false) {
    guard let state = current, dependencyGraph() != nil,
      !reactive.stale.isEmpty
    else {
      if automatically { return }
      if current?.lastCell == nil {
        tell("No cell has run yet: Enter runs the next one.")
      } else {
        hint(
          "Nothing is stale, so nothing was rerun: no cell depends on a value changed since it ran. `rerun last` runs the last cell again."
        )
      }
      return
    }
    let order = reactive.stale.sorted()
    let seconds = order.compactMap { reactive.lastRuns[$0]?.seconds }.reduce(
      0, +)
    if automatically && display.interactive
      && seconds > Self.autoRerunConfirmationSeconds
    {
      guard
        ask(
          "Rerunning \(order.count) cells took \(Int(seconds.rounded())) s last time. Rerun now?"
        )
      else {
        hint("Not rerun: `rerun` runs the stale cells when you are ready.")
        return
      }
    }
    let cells = state.lesson.cells.map(\.cell)
    rerunning = true
    defer { rerunning = false }
    emit(
      style.dim(
        String(
          Message(
            "Rerunning \(order.count) stale cell\(order.count == 1 ? "" : "s"): \(order.map(cellName).joined(separator: "; "))."
          ))))
    // Cells are rerun in lesson order; a rerun can make later cells stale
    // (they join the queue), never earlier ones.
    var done = Set<Int>()
    while let next = reactive.stale.subtracting(done).min(),
      cells.indices.contains(next)
    {
      done.insert(next)
      emit("")
      emit(style.heading((display.ascii ? "=> " : "↻ ") + cellName(next)))
      let outcome = runLessonCell(current?.edited(cells[next]) ?? cells[next])
      if !outcome.succeeded {
        let left = reactive.stale.subtracting(done).sorted()
        if !left.isEmpty {
          hint(
            "Stopped: \(left.map(cellName).joined(separator: "; ")) still stale."
          )
        }
        return
      }
    }
  }

  /// `rerun last`: the cell run last, with its code.
  func rerunLast() {
    guard let cell = current?.lastCell else {
      tell("No cell has run yet: Enter runs the next one.")
      return
    }
    showCode(cell)
    runLessonCell(cell)
  }

  /// `auto on|off`.
  func setAuto(_ on: Bool?) {
    guard let on else {
      say(
        "Automatic reruns are \(reactive.auto ? "on" : "off"): `auto on` reruns stale cells as soon as something changes, `auto off` waits for `rerun`."
      )
      return
    }
    reactive.auto = on
    say(
      on
        ? "Automatic reruns on: a change reruns the cells that depend on it at once."
        : "Automatic reruns off: `rerun` runs the stale cells.")
    if on && !reactive.stale.isEmpty { rerunStale(automatically: true) }
  }

  /// `knobs`: each knob with its value now, its meaning and the cells it drives.
  func showKnobs() {
    guard current != nil, let graph = dependencyGraph() else {
      say("No lesson is open: `lessons` lists them, `open N` opens one.")
      return
    }
    let values = currentValues()
    var rows: [[Table.Cell]] = []
    for (position, cell) in graph.cells.enumerated() {
      for knob in cell.knobs {
        let driven = graph.cellsDriven(byKnob: knob.name, inCell: position)
        rows.append([
          .text(knob.name),
          .text(values[knob.name] ?? String(Message("(not set)"))),
          .text(knob.value), .text(graph.label(ofCell: position)),
          .text(driven.map { graph.label(ofCell: $0) }.joined(separator: " ")),
          .text(knob.label),
        ])
      }
    }
    guard !rows.isEmpty else {
      say(
        "This lesson names no knobs. Any variable can be changed at the prompt; the cells that read it become stale (`where` shows them)."
      )
      return
    }
    emitTable(
      Table(
        columns: [
          Message("knob"), Message("now"), Message("lesson"), Message("cell"),
          Message("drives"), Message("meaning"),
        ].map { Table.Column(String($0)) },
        rows: rows))
    hint(
      "Change one at the prompt (`\(rows.first.map { cellText($0[0]) } ?? "lr") = …`); the cells it drives become stale and `rerun` runs them (cells are step.cell)."
    )
  }

  /// `runs`: the history as a table.
  func showRuns() {
    guard current != nil, dependencyGraph() != nil else {
      say("No lesson is open: `lessons` lists them, `open N` opens one.")
      return
    }
    guard !reactive.history.isEmpty else {
      say(
        "No runs yet: each run of a cell that draws a chart is kept here, with the knobs' values."
      )
      return
    }
    let knobNames = reactive.history.last?.knobs.map(\.name) ?? []
    var rows: [[Table.Cell]] = []
    for run in reactive.history {
      let values = Dictionary(
        run.knobs.map { ($0.name, $0.value) }, uniquingKeysWith: { a, _ in a })
      rows.append(
        [
          .number(Double(run.number)),
          .text(reactive.graph?.label(ofCell: run.position) ?? ""),
        ]
          + knobNames.map { .text(values[$0] ?? "") }
          + [.text(Self.headline(of: run.charts))])
    }
    emitTable(
      Table(
        columns: [
          Table.Column(String(Message("run")), significantDigits: 1),
          Table.Column(String(Message("cell"))),
        ]
          + knobNames.map { Table.Column($0) }
          + [Table.Column(String(Message("final values")))],
        rows: rows))
    hint("`compare 1 2` plots two runs together; `forget` drops the history.")
  }

  /// `compare N M`: the first line plot (or table) of run N beside run M's.
  func compareRuns(_ numbers: [Int]) {
    guard numbers.count == 2 else {
      say("compare takes two run numbers from `runs`, as in `compare 1 3`.")
      return
    }
    let runs = numbers.map { number in
      reactive.history.first { $0.number == number }
    }
    guard let earlier = runs[0], let later = runs[1] else {
      let missing = zip(numbers, runs).filter { $0.1 == nil }.map { "\($0.0)" }
        .joined(separator: String(Message(" or ")))
      say("There is no run \(missing): `runs` lists them.")
      return
    }
    let labels = runLabels(
      Dictionary(
        earlier.knobs.map { ($0.name, $0.value) },
        uniquingKeysWith: { a, _ in a }),
      Dictionary(
        later.knobs.map { ($0.name, $0.value) }, uniquingKeysWith: { a, _ in a }
      ),
      fallback: (
        String(Message("run \(earlier.number)")),
        String(Message("run \(later.number)"))
      ))
    for chart in later.charts {
      guard let comparable = chart as? any ComparableChart else { continue }
      for previous in earlier.charts {
        if let compared = comparable.comparing(with: previous, labels: labels) {
          lastCharts = [emitChart(compared)]
          return
        }
      }
    }
    say(
      "Runs \(earlier.number) and \(later.number) have no line plots or tables of the same kind to compare."
    )
  }

  /// `forget`: drops the history and the charts kept for comparisons.
  func forgetRuns() {
    reactive.history = []
    reactive.nextRunNumber = 1
    for position in reactive.lastRuns.keys {
      reactive.lastRuns[position]?.charts = []
    }
    say(
      "The history of runs is dropped; the next run of a cell is shown alone.")
  }

  /// The numbers (within the step) of the stale cells of step `index`.
  func staleCells(inStep index: Int) -> [Int] {
    guard let graph = reactive.graph, reactive.lessonPath == current?.entry.path
    else { return [] }
    return reactive.stale.sorted().filter { graph.cells[$0].step == index }
      .map { graph.cells[$0].index + 1 }
  }

  // MARK: - Helpers

  /// The variables' short descriptions now.
  func currentValues() -> [String: String] {
    Dictionary(
      engine.variableSummaries().map { ($0.name, $0.summary) },
      uniquingKeysWith: { a, _ in a })
  }

  /// The knobs' values now, in the lesson's order.
  func knobValues() -> [(name: String, value: String)] {
    let values = currentValues()
    var seen = Set<String>()
    return (reactive.graph?.cells.flatMap(\.knobs) ?? []).compactMap { knob in
      guard seen.insert(knob.name).inserted else { return nil }
      return (knob.name, values[knob.name] ?? "")
    }
  }

  /// The values the cell at `position` reads, and of the knobs that drive it.
  func valuesSeen(by position: Int) -> [String: String] {
    guard let graph = reactive.graph else { return [:] }
    var names = Set(graph.cells[position].dependencies.reads)
    for (cellPosition, cell) in graph.cells.enumerated() {
      for knob in cell.knobs
      where graph.cellsDriven(byKnob: knob.name, inCell: cellPosition).contains(
        position)
      {
        names.insert(knob.name)
      }
    }
    return currentValues().filter { names.contains($0.key) }
  }

  /// Names the two runs by what differs: `lr=0.1` and `lr=0.5`.
  func runLabels(
    _ before: [String: String], _ after: [String: String],
    fallback: (String, String) = (
      String(Message("before")), String(Message("now"))
    )
  ) -> RunLabels {
    var differing = Set(before.keys).union(after.keys).sorted().filter {
      before[$0] != after[$0]
    }
    // A changed knob says it best: the values it changed downstream follow.
    let knobs = Set(
      reactive.graph?.cells.flatMap { $0.knobs.map(\.name) } ?? [])
    if differing.contains(where: knobs.contains) {
      differing = differing.filter(knobs.contains)
    }
    // A long value (a model, a data set) does not fit in a legend.
    let short = differing.filter {
      TextWidth.of(before[$0] ?? "") <= 16
        && TextWidth.of(after[$0] ?? "") <= 16
    }
    guard !short.isEmpty else {
      return RunLabels(previous: fallback.0, current: fallback.1)
    }
    let unset = String(Message("unset"))
    func label(_ values: [String: String]) -> String {
      Message.list(short.prefix(3).map { "\($0)=\(values[$0] ?? unset)" })
    }
    return RunLabels(previous: label(before), current: label(after))
  }

  /// The final value of each named series of a run's line plots.
  static func headline(of charts: [any Chart]) -> String {
    var parts: [String] = []
    for case let plot as LinePlot in charts {
      for series in plot.series {
        guard let last = series.y.last(where: { $0.isFinite }) else { continue }
        let name = series.name.isEmpty ? (plot.yLabel ?? "y") : series.name
        parts.append("\(name) \(formatHeadline(last))")
      }
    }
    return Message.list(Array(parts.prefix(4)))
  }

  static func formatHeadline(_ value: Double) -> String {
    let magnitude = abs(value)
    if magnitude != 0 && (magnitude < 1e-3 || magnitude >= 1e5) {
      return String(format: "%.2e", value)
    }
    return String(format: "%.4g", value)
  }

  func cellText(_ cell: Table.Cell) -> String {
    if case .text(let text) = cell { return text }
    return ""
  }

  /// Prints a table fitted to the width.
  func emitTable(_ table: Table) {
    let options = RenderOptions(
      charset: display.ascii ? .ascii : .unicode, color: display.color)
    emit(
      lines: table.render(width: display.columns, options: options).split(
        separator: "\n", omittingEmptySubsequences: false
      ).map(String.init))
  }

  /// Prints a chart at the output's size; returns it as shown.
  @discardableResult
  func emitChart(_ chart: any Chart) -> ShownChart {
    let options = RenderOptions(
      charset: display.ascii ? .ascii : .unicode, color: display.color)
    let shown = ShownChart(chart: chart, size: display.size())
    emit(
      lines: shown.text(options: options).split(
        separator: "\n", omittingEmptySubsequences: false
      ).map(String.init))
    return shown
  }
}
