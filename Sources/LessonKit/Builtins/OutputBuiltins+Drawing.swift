import Localization
import TermPlot
import TrainKit

extension OutputBuiltins {
  /// Samples `f` (two arguments) on a grid and collects the trajectories of `paths=`.
  static func fieldAndPaths(
    _ arguments: Arguments, functionName: String = "f"
  ) throws -> (Field, [Trajectory]) {
    let interpreter = arguments.interpreter
    let value = try arguments.required(functionName)
    guard case .function(let f) = value, f.parameters.count == 2 else {
      throw arguments.typeError(
        functionName, expected: "a function of two arguments, fn(x, y) => …",
        got: value)
    }
    let x = try range(arguments, "x")
    let y = try range(arguments, "y")
    let columns = 48
    let rows = 24
    try interpreter.charge(columns * rows, at: arguments.callRange)
    var grid: [[Double]] = []
    for row in 0..<rows {
      try interpreter.checkCancellation()
      let yv =
        y.lowerBound + (y.upperBound - y.lowerBound) * Double(row)
        / Double(rows - 1)
      grid.append(
        try (0..<columns).map { column in
          let xv =
            x.lowerBound + (x.upperBound - x.lowerBound) * Double(column)
            / Double(columns - 1)
          let result = try interpreter.call(
            value, positional: [.number(xv), .number(yv)],
            at: arguments.callRange)
          switch result {
          case .number(let number): return number
          case .object(let object): return try object.scalarValue() ?? .nan
          default:
            throw arguments.error(
              functionName,
              "the function must return a number, got \(result.typeDescription)"
            )
          }
        })
    }
    let labels = try DataBuiltins.strings(arguments, "labels", [])
    var trajectories: [Trajectory] = []
    if case .list(let paths)? = arguments.value("paths") {
      for (index, path) in paths.enumerated() {
        let name = index < labels.count ? labels[index] : ""
        switch path {
        case .object(let trajectory as TrajectoryObject)
        where trajectory.coordinates.count >= 2:
          trajectories.append(
            Trajectory(
              name: name, x: trajectory.coordinates[0],
              y: trajectory.coordinates[1]))
        case .list(let points):
          let pairs = try points.map {
            try interpreter.numbers(
              from: $0, describing: "each point",
              at: arguments.range(of: "paths"), builtin: arguments.builtinName)
          }
          guard pairs.allSatisfy({ $0.count == 2 }) else {
            throw arguments.error("paths", "each point must be [x, y]")
          }
          trajectories.append(
            Trajectory(
              name: name, x: pairs.map { $0[0] }, y: pairs.map { $0[1] }))
        default:
          throw arguments.error(
            "paths",
            "each path must be a trajectory of minimize with two arguments, or a list of [x, y] points"
          )
        }
      }
    }
    return (Field(x: x, y: y, values: grid), trajectories)
  }

  static func table(_ arguments: Arguments) throws -> Value {
    let interpreter = arguments.interpreter
    guard case .list(let headerItems) = try arguments.required("header") else {
      throw arguments.typeError(
        "header", expected: "a list of column names",
        got: try arguments.required("header"))
    }
    let header = headerItems.map { interpreter.describe($0) }
    var rows: [[Value]] = []
    if case .list(let items)? = arguments.value("rows") {
      rows = try items.map {
        if case .list(let cells) = $0 { return cells }
        throw arguments.error("rows", "each row must be a list")
      }
    } else if case .list(let columns)? = arguments.value("columns") {
      let lists: [[Value]] = try columns.map {
        switch $0 {
        case .list(let cells): return cells
        case .object(let object): return object.elements() ?? []
        default: throw arguments.error("columns", "each column must be a list")
        }
      }
      let count = lists.map(\.count).max() ?? 0
      rows = (0..<count).map { index in
        lists.map { index < $0.count ? $0[index] : .none }
      }
    } else {
      throw arguments.error("give the rows (a list of lists) or columns=[…]")
    }
    guard rows.count <= 10_000 else {
      throw arguments.error("too many rows: at most 10000")
    }
    let digits = try arguments.int("digits", in: 1...15)
    var bestColumn = -1
    var highlight = Table.Highlight.none
    if arguments.value("best") != nil {
      let spec = try arguments.string("best")
      let parts = spec.split(separator: ":")
      guard parts.count == 2, parts[0] == "min" || parts[0] == "max",
        let column = Int(parts[1]), column >= 0,
        column < header.count
      else {
        throw arguments.error(
          "best",
          "`best` must be \"min:N\" or \"max:N\" with N a column number from 0")
      }
      bestColumn = column
      highlight = parts[0] == "min" ? .min : .max
    }
    let columns = header.enumerated().map {
      Table.Column(
        $1, significantDigits: digits,
        highlight: $0 == bestColumn ? highlight : .none)
    }
    let cells: [[Table.Cell]] = rows.map { row in
      (0..<header.count).map { index in
        guard index < row.count else { return .empty }
        switch row[index] {
        case .number(let number): return .number(number)
        case .none: return .empty
        case .object(let object):
          if let number = try? object.scalarValue() { return .number(number) }
          return .text(object.summary)
        default: return .text(interpreter.describe(row[index]))
        }
      }
    }
    return chart(
      Table(title: try text(arguments, "title"), columns: columns, rows: cells))
  }

  static func boundary(_ arguments: Arguments) throws -> Value {
    let model = try arguments.object(
      "model", as: ModelObject.self, expected: "a model")
    let (split, maps) = try plane(arguments, "data")
    let partName = try arguments.string("part")
    let part: Dataset
    switch partName {
    case "train": part = split.train
    case "valid": part = split.validation ?? split.train
    default: part = split.test ?? split.train
    }
    guard part.featureCount == 2 else {
      throw arguments.error(
        "data",
        "boundary draws 2-D data; this data set has \(part.featureCount) features"
      )
    }
    return chart(
      try decisionRegions(
        model.model, part: part, maps: maps,
        title: try text(arguments, "title")
          ?? String(Message("decision regions (\(partTitle(partName)))")))
    )
  }

  /// A split's part as a chart's title names it: "train", "valid", "test"
  /// in the learner's language, anything else as written.
  static func partTitle(_ part: String) -> Message {
    switch part {
    case "train": Message("train")
    case "valid": Message("valid")
    case "test": Message("test")
    default: Message(verbatim: part)
    }
  }

  /// The split in argument `name` as drawn in the plane: a split made with
  /// feature maps (`features(d, …)`) gives the 2-D split they were
  /// computed from and the maps; any other split itself and nil.
  static func plane(_ arguments: Arguments, _ name: String) throws -> (
    DataSplit, [FeatureMap]?
  ) {
    if case .object(let object as SplitObject) = try arguments.required(name),
      let plane = object.plane
    {
      return (plane.split, plane.maps)
    }
    return (try arguments.dataSplit(name), nil)
  }

  /// A 2-D classifier's decision regions over `part`'s points, the model
  /// fed through `maps` when given: `boundary`, and beside a live fit.
  static func decisionRegions(
    _ model: any Layer, part: Dataset, maps: [FeatureMap]?, title: String
  ) throws -> HeatMap {
    let xs = DatasetObject.column(part, 0)
    let ys = DatasetObject.column(part, 1)
    let pad = 0.5
    let x = ((xs.min() ?? -1) - pad)...((xs.max() ?? 1) + pad)
    let y = ((ys.min() ?? -1) - pad)...((ys.max() ?? 1) + pad)
    let (columns, rows) = (60, 30)
    var grid: [Float] = []
    for row in 0..<rows {
      let yv =
        y.lowerBound + (y.upperBound - y.lowerBound) * Double(row)
        / Double(rows - 1)
      for column in 0..<columns {
        grid += [
          Float(
            x.lowerBound + (x.upperBound - x.lowerBound) * Double(column)
              / Double(columns - 1)), Float(yv),
        ]
      }
    }
    var inputs = try Tensor(shape: [rows * columns, 2], scalars: grid)
    if let maps {
      var mapped: [Float] = []
      mapped.reserveCapacity(rows * columns * maps.count)
      for point in 0..<(rows * columns) {
        for map in maps {
          mapped.append(map(grid[2 * point], grid[2 * point + 1]))
        }
      }
      inputs = try Tensor(shape: [rows * columns, maps.count], scalars: mapped)
    }
    let output = try TrainKit.predict(model, inputs)
    let classes =
      output.shape.count == 2 && output.shape[1] > 1
      ? try output.argmax(alongAxis: 1).scalars
      : output.scalars.map { $0 > 0 ? 1 : 0 }
    let values = (0..<rows).map { row in
      (0..<columns).map { Double(classes[row * columns + $0]) }
    }
    let labels = DatasetObject.targetList(part)
    let points = Array(Set(labels)).sorted().map { label in
      let members = labels.indices.filter { labels[$0] == label }
      return PointSet(
        name: String(Message("class \(formatNumber(label))")),
        x: members.map { xs[$0] },
        y: members.map { ys[$0] })
    }
    return HeatMap(
      title: title, xLabel: part.featureNames[0],
      yLabel: part.featureNames[1], field: Field(x: x, y: y, values: values),
      points: points)
  }
}
