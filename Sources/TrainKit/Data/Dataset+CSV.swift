import Localization

/// Whether a CSV file's target column holds class labels or real values.
public enum TaskKind: String, Sendable, Equatable, CaseIterable {
  /// Whole-number class labels 0, 1, 2, …; the number of classes is the
  /// largest label + 1.
  case classification
  /// Real-valued targets, one output.
  case regression
}

extension Dataset {
  /// The largest class label accepted from a file.
  public static let maximumClassLabel = 9_999

  /// Loads a numeric CSV file with a header row of column names.
  ///
  /// Every column but the target is a feature. Fields may be quoted; blank
  /// lines are skipped. See `parseCSV(_:source:name:target:task:)` for the
  /// rules and the errors.
  ///
  ///     let digits = try Dataset.loadCSV(path: "datasets/digits.csv", target: "label",
  ///                                      task: .classification)
  ///
  /// - Parameters:
  ///   - path: the file to read.
  ///   - name: the data set's name; by default the file name without its
  ///     folder and extension (`"digits"`).
  ///   - target: the target column's name; `nil` for the last column.
  ///   - task: classification or regression; `nil` to infer it.
  ///   - folder: when given, the file must lie inside this folder once
  ///     symbolic links are resolved (see `TextFile.read(_:inside:)`).
  ///   - maximumElements: the most numbers the file may hold.
  /// - Returns: the data set, one sample per data row.
  /// - Throws: `TrainKitError` when the file cannot be read (not a regular
  ///   file, too large, outside `folder`), is malformed, or holds more than
  ///   `maximumElements` numbers; the message starts with `path:line:column:`.
  public static func loadCSV(
    path: String, name: String? = nil, target: String? = nil,
    task: TaskKind? = nil, inside folder: String? = nil,
    maximumElements: Int = Tensor.maximumElementCount
  ) throws -> Dataset {
    try parseCSV(
      TextFile.read(path, inside: folder), source: path, name: name,
      target: target, task: task, maximumElements: maximumElements)
  }

  /// Reads a numeric CSV table from a string.
  ///
  /// The first non-blank line names the columns. Every other line holds one
  /// number per column (`1`, `-0.5`, `2.5e-3`; spaces around a field are
  /// ignored). The target column is chosen by name, or is the last one.
  ///
  /// With `task: nil` the kind is inferred: classification when every
  /// target is a whole number ≥ 0 and there are at most 20 distinct
  /// targets (`digits`), regression otherwise (`diabetes`). State it when
  /// that guess could be wrong.
  ///
  ///     let data = try Dataset.parseCSV("x1,x2,y\n0.5,1,0\n-1,2,1\n", source: "toy.csv")
  ///     print(data.count, data.task)   // Prints "2 classification(classes: 2)"
  ///
  /// - Parameters:
  ///   - text: the CSV text.
  ///   - source: the file name used in error messages.
  ///   - name: the data set's name; by default `source` without extension.
  ///   - target: the target column's name; `nil` for the last column.
  ///   - task: classification or regression; `nil` to infer it.
  ///   - maximumElements: the most numbers the table may hold.
  /// - Returns: the data set, one sample per data row.
  /// - Throws: `TrainKitError` with `source:line:column:` (the column is the
  ///   1-based field number) for an empty text, a missing header, a blank
  ///   or repeated column name, a row with too few or too many fields, a
  ///   field that is not a finite number (`digits.csv:12:5: "abc" is not a
  ///   number (column "x5")`), a class label that is not a whole number, or
  ///   no data rows.
  public static func parseCSV(
    _ text: String, source: String = "data.csv", name: String? = nil,
    target: String? = nil,
    task: TaskKind? = nil, maximumElements: Int = Tensor.maximumElementCount
  ) throws -> Dataset {
    let records = try CSVReader(source: source).records(in: text)
    guard let header = records.first else {
      throw TrainKitError(
        "\(source): the file is empty; expected a header row of column names and rows of numbers"
      )
    }
    let columns = try checkedHeader(header, source: source)
    let targetColumn: Int
    if let target {
      guard let index = columns.firstIndex(of: target) else {
        throw TrainKitError(
          "\(source): no column named \"\(TextFile.excerpt(target))\"; the columns are \(quotedList(columns))"
        )
      }
      targetColumn = index
    } else {
      targetColumn = columns.count - 1
    }
    let rows = records.dropFirst()
    let (elements, overflow) = rows.count.multipliedReportingOverflow(
      by: columns.count)
    guard !overflow, elements <= maximumElements else {
      throw TrainKitError(
        "\(source): \(rows.count) rows of \(columns.count) columns is more than the \(maximumElements) numbers a data set may hold"
      )
    }
    guard !rows.isEmpty else {
      throw TrainKitError(
        "\(source): no data rows after the header (line \(header.line))")
    }

    var features: [Float] = []
    var targets: [Float] = []
    features.reserveCapacity(rows.count * (columns.count - 1))
    targets.reserveCapacity(rows.count)
    for record in rows {
      guard record.fields.count == columns.count else {
        let found = record.fields.count
        let column = min(found, columns.count) + 1
        let problem =
          found < columns.count
          ? Message("missing value") : Message("extra value")
        throw TrainKitError(
          "\(source):\(record.line):\(column): \(problem): this row has \(found) field\(found == 1 ? "" : "s") but the header has \(columns.count) columns"
        )
      }
      for (column, field) in record.fields.enumerated() {
        guard let value = Float(field), value.isFinite else {
          let location = "\(source):\(record.line):\(column + 1)"
          if field.isEmpty {
            throw TrainKitError(
              "\(location): missing value in column \"\(TextFile.excerpt(columns[column]))\""
            )
          }
          let reason =
            Float(field) == nil
            ? Message("is not a number") : Message("is not a finite number")
          throw TrainKitError(
            "\(location): \"\(TextFile.excerpt(field))\" \(reason) (column \"\(TextFile.excerpt(columns[column]))\")"
          )
        }
        if column == targetColumn {
          targets.append(value)
        } else {
          features.append(value)
        }
      }
    }

    let kind = task ?? inferredTask(targets)
    let resolvedTask: Task
    switch kind {
    case .regression:
      resolvedTask = .regression(outputs: 1)
    case .classification:
      for (row, label) in zip(rows, targets)
      where
        !(label >= 0 && label == label.rounded()
        && label <= Float(maximumClassLabel))
      {
        throw TrainKitError(
          "\(source):\(row.line):\(targetColumn + 1): class label \"\(TextFile.excerpt(row.fields[targetColumn]))\" is not a whole number from 0 to \(maximumClassLabel) (column \"\(TextFile.excerpt(columns[targetColumn]))\")"
        )
      }
      resolvedTask = .classification(classes: Int(targets.max() ?? 0) + 1)
    }
    let defaultName =
      source.split(separator: "/").last.map(String.init) ?? source
    let stem = defaultName.split(
      separator: ".", omittingEmptySubsequences: false
    ).dropLast()
      .joined(separator: ".")
    var featureNames = columns
    featureNames.remove(at: targetColumn)
    let n = rows.count
    return try Dataset(
      name: name ?? (stem.isEmpty ? defaultName : stem),
      features: Tensor(
        uncheckedShape: [n, columns.count - 1], scalars: features),
      targets: Tensor(
        uncheckedShape: kind == .classification ? [n] : [n, 1], scalars: targets
      ),
      task: resolvedTask, featureNames: featureNames,
      targetName: columns[targetColumn])
  }

  /// Up to ten column names for a message, each cut short, then how many
  /// more there are.
  private static func quotedList(_ names: [String]) -> String {
    let shown = names.prefix(10).map { TextFile.excerpt($0) }
    let more = names.count > 10 ? ", … (\(names.count) in all)" : ""
    return shown.joined(separator: ", ") + more
  }

  /// The header's column names, checked.
  private static func checkedHeader(_ header: CSVRecord, source: String) throws
    -> [String]
  {
    let location = "\(source):\(header.line)"
    if let number = header.fields.first(where: { Float($0) != nil }),
      header.fields.allSatisfy({ Float($0) != nil })
    {
      throw TrainKitError(
        "\(location):1: expected a header row of column names, found the number \"\(TextFile.excerpt(number))\"; add a first line such as \"x1,x2,y\""
      )
    }
    guard header.fields.count >= 2 else {
      throw TrainKitError(
        "\(location): expected at least 2 columns (features and a target), found 1 (\"\(TextFile.excerpt(header.fields[0]))\")"
      )
    }
    var seen = Set<String>()
    for (column, name) in header.fields.enumerated() {
      guard !name.isEmpty else {
        throw TrainKitError(
          "\(location):\(column + 1): column \(column + 1) of the header has no name"
        )
      }
      guard seen.insert(name).inserted else {
        throw TrainKitError(
          "\(location):\(column + 1): the column name \"\(TextFile.excerpt(name))\" appears twice"
        )
      }
    }
    return header.fields
  }

  /// Classification when every value is a whole number from 0 to
  /// `maximumClassLabel` and there are at most 20 distinct values.
  private static func inferredTask(_ targets: [Float]) -> TaskKind {
    let whole = targets.allSatisfy {
      $0 >= 0 && $0 <= Float(maximumClassLabel) && $0 == $0.rounded()
    }
    return whole && Set(targets).count <= 20 ? .classification : .regression
  }
}
