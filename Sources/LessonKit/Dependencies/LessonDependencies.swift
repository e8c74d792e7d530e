/// The dependency graph of a lesson's cells, in lesson order.
///
/// A lesson runs top to bottom, so a cell that reads `h` reads the value
/// of the nearest cell before it that writes `h` (its *reaching
/// definition*): there is an edge from that writer to the reader. Names
/// are reused across steps (`h`, `model`), and the edges say which `h`.
/// The graph answers "which cells must run again when this changes":
/// `dependents(ofCell:)` after a cell ran again, and
/// `dependents(ofNames:at:)` after the learner assigned names at the prompt.
///
/// ```swift
/// let graph = LessonDependencies(lesson: lesson, builtinNames: session.builtinNames)
/// graph.dependents(ofNames: ["lr"], at: 2)   // the cells that read this lr, and theirs
/// ```
public struct LessonDependencies: Sendable {
  /// One cell of the lesson with what it reads and writes.
  public struct Cell: Equatable, Sendable {
    /// The index of its step (0-based).
    public var step: Int
    /// Its index among the cells of its step (0-based).
    public var index: Int
    /// The file line of its first line of code: the shell's key for a cell.
    public var line: Int
    /// The names it reads and writes.
    public var dependencies: CellDependencies
    /// The knobs it declares.
    public var knobs: [LessonKnob]
  }

  /// Every cell, in lesson order.
  public private(set) var cells: [Cell]
  private let builtinNames: Set<String>

  /// Analyses every cell of `lesson`.
  ///
  /// - Parameters:
  ///   - lesson: The lesson.
  ///   - builtinNames: The session's builtins. A builtin that the lesson
  ///     assigns somewhere is a variable of the lesson, so it counts as a read.
  public init(lesson: Lesson, builtinNames: [String]) {
    var cells: [Cell] = []
    for (stepIndex, step) in lesson.steps.enumerated() {
      for (index, cell) in step.cells.enumerated() {
        cells.append(
          Cell(
            step: stepIndex, index: index, line: cell.line,
            dependencies: CellDependencies(
              source: cell.source, builtinNames: Set(builtinNames)),
            knobs: cell.knobs))
      }
    }
    let assigned = Set(cells.flatMap(\.dependencies.writes))
    let builtins = Set(builtinNames).subtracting(assigned)
    if builtins.count < builtinNames.count {
      let sources = lesson.cells.map(\.cell.source)
      for position in cells.indices {
        cells[position].dependencies = CellDependencies(
          source: sources[position], builtinNames: builtins)
      }
    }
    self.cells = cells
    self.builtinNames = builtins
  }

  /// The position of the cell whose code starts at file line `line`.
  public func position(ofLine line: Int) -> Int? {
    cells.firstIndex { $0.line == line }
  }

  /// Re-analyses the cell at `position` with new code (an edited cell).
  public mutating func update(position: Int, source: String) {
    guard cells.indices.contains(position) else { return }
    cells[position].dependencies = CellDependencies(
      source: source, builtinNames: builtinNames)
    cells[position].knobs = LessonKnob.find(in: source)
  }

  /// The analysis of a prompt entry, with the lesson's idea of builtins.
  public func dependencies(ofEntry source: String) -> CellDependencies {
    CellDependencies(source: source, builtinNames: builtinNames)
  }

  /// The position of the last cell before `position` that writes `name`.
  func reachingDefinition(of name: String, before position: Int) -> Int? {
    cells[..<min(max(position, 0), cells.count)].lastIndex {
      $0.dependencies.writes.contains(name)
    }
  }

  /// The cells that read `name` as written by the cell at `definer`
  /// (nil: by no cell, so before any cell writes it).
  func readers(of name: String, definedAt definer: Int?) -> [Int] {
    let start = definer.map { $0 + 1 } ?? 0
    var result: [Int] = []
    for position in start..<cells.count {
      if cells[position].dependencies.reads.contains(name) {
        result.append(position)
      }
      // A later writer hides this definition from the cells after it.
      if cells[position].dependencies.writes.contains(name) { break }
    }
    return result
  }

  /// Every cell that depends, directly or through other cells, on what
  /// the cell at `position` writes; sorted, without the cell itself.
  public func dependents(ofCell position: Int) -> [Int] {
    guard cells.indices.contains(position) else { return [] }
    return closure(
      from: cells[position].dependencies.writes.flatMap {
        readers(of: $0, definedAt: position)
      }, excluding: position)
  }

  /// Every cell that depends on `names` as assigned at the prompt while the
  /// lesson stands at `position` (the last cell run): the readers of the
  /// definitions live there, and the cells that depend on those.
  public func dependents(ofNames names: Set<String>, at position: Int)
    -> [Int]
  {
    closure(
      from: names.sorted().flatMap { name in
        readers(
          of: name,
          definedAt: reachingDefinition(of: name, before: position + 1))
      }, excluding: nil)
  }

  /// The cells a knob drives: those that depend on its value as its cell
  /// sets it.
  public func cellsDriven(byKnob name: String, inCell position: Int) -> [Int] {
    closure(from: readers(of: name, definedAt: position), excluding: position)
  }

  private func closure(from seeds: [Int], excluding: Int?) -> [Int] {
    var found = Set<Int>()
    var queue = seeds
    while let next = queue.popLast() {
      guard next != excluding, found.insert(next).inserted else { continue }
      for name in cells[next].dependencies.writes {
        queue += readers(of: name, definedAt: next)
      }
    }
    return found.sorted()
  }

  /// The cells that read what the cell at `position` writes, directly.
  public func directDependents(ofCell position: Int) -> [Int] {
    guard cells.indices.contains(position) else { return [] }
    return Set(
      cells[position].dependencies.writes.flatMap {
        readers(of: $0, definedAt: position)
      }
    ).subtracting([position]).sorted()
  }

  /// A cell's name in listings: step and cell number, `3.2`.
  public func label(ofCell position: Int) -> String {
    "\(cells[position].step + 1).\(cells[position].index + 1)"
  }

  /// A text table of every cell, one a line.
  ///
  /// Each line has the names the cell reads and writes, the cells that
  /// read what it writes, and its knobs. The golden
  /// files under `Tests/LessonKitTests/Goldens/dependencies/`; no file
  /// lines, so a translated lesson with the same code has the same table.
  public var listing: String {
    func names(_ list: [String]) -> String {
      list.isEmpty ? "-" : list.joined(separator: " ")
    }
    var lines = ["# step.cell | reads | writes | read by | knobs"]
    for position in cells.indices {
      let cell = cells[position]
      lines.append(
        [
          label(ofCell: position), names(cell.dependencies.reads),
          names(cell.dependencies.writes),
          names(directDependents(ofCell: position).map { label(ofCell: $0) }),
          names(cell.knobs.map(\.name)),
        ].joined(separator: " | "))
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
