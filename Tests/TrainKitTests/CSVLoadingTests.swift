import Foundation
import Testing

@testable import TrainKit

@Suite struct CSVLoadingTests {
  @Test func aTableAboveTheElementLimitIsRefused() throws {
    let text = "a,b,y\n1,2,3\n4,5,6\n"
    #expect(
      throws: TrainKitError(
        "big.csv: 2 rows of 3 columns is more than the 5 numbers a data set may hold"
      )
    ) {
      try Dataset.parseCSV(text, source: "big.csv", maximumElements: 5)
    }
    #expect(
      try Dataset.parseCSV(text, source: "big.csv", maximumElements: 6).count
        == 2)
  }

  @Test func readsAHeaderAndNumbersWithTheLastColumnAsTarget() throws {
    let data = try Dataset.parseCSV(
      "x1,x2,label\n0.5,1,0\n-1,2.5e-1,2\n3, 4 ,1\n", source: "toy.csv")
    #expect(data.name == "toy")
    #expect(data.featureNames == ["x1", "x2"])
    #expect(data.targetName == "label")
    #expect(data.task == .classification(classes: 3))
    #expect(data.features.shape == [3, 2])
    #expect(data.features.scalars == [0.5, 1, -1, 0.25, 3, 4])
    #expect(data.targets.shape == [3])
    #expect(data.targets.scalars == [0, 2, 1])
  }

  @Test func choosesTheTargetByNameAndTheTask() throws {
    let text = "price,rooms,area\n100.5,3,70\n80,2,55\n"
    let data = try Dataset.parseCSV(
      text, source: "houses.csv", target: "price", task: .regression)
    #expect(data.featureNames == ["rooms", "area"])
    #expect(data.features.scalars == [3, 70, 2, 55])
    #expect(data.targets.shape == [2, 1])
    #expect(data.targets.scalars == [100.5, 80])
    #expect(data.task == .regression(outputs: 1))
    let asClasses = try Dataset.parseCSV(
      text, source: "houses.csv", target: "rooms", task: .classification)
    #expect(asClasses.task == .classification(classes: 4))
  }

  @Test func infersTheTaskFromTheTargets() throws {
    #expect(
      try Dataset.parseCSV("a,y\n1,0.5\n2,1\n").task == .regression(outputs: 1))
    #expect(
      try Dataset.parseCSV("a,y\n1,-1\n2,1\n").task == .regression(outputs: 1))
    // Whole numbers ≥ 0 with at most 20 distinct values are class labels.
    #expect(
      try Dataset.parseCSV("a,y\n1,99\n2,0\n").task
        == .classification(classes: 100))
    let twenty = "a,y\n" + (0..<20).map { "1,\($0)" }.joined(separator: "\n")
    #expect(try Dataset.parseCSV(twenty).task == .classification(classes: 20))
    let twentyOne = "a,y\n" + (0..<21).map { "1,\($0)" }.joined(separator: "\n")
    #expect(try Dataset.parseCSV(twentyOne).task == .regression(outputs: 1))
  }

  @Test func acceptsQuotesCRLFBlankLinesAndAByteOrderMark() throws {
    let text =
      "\u{FEFF}\"first, value\",\"y\"\r\n\r\n\"1.5\",  \"0\"\r\n  \n2,1\r\n"
    let data = try Dataset.parseCSV(text, source: "q.csv")
    #expect(data.featureNames == ["first, value"])
    #expect(data.features.scalars == [1.5, 2])
    #expect(data.targets.scalars == [0, 1])
  }

  @Test func aQuotedHeaderMaySpanLinesAndEscapeQuotes() throws {
    let data = try Dataset.parseCSV(
      "\"a \"\"big\"\"\nname\",y\n1,0\n\n2,1\n3,0")
    #expect(data.featureNames == ["a \"big\"\nname"])
    #expect(data.count == 3)
  }

  @Test func aLetterInANumberColumnNamesLineAndColumn() {
    let text =
      "a,b,c,d,e,y\n"
      + (2...11).map { _ in "1,2,3,4,5,0" }.joined(separator: "\n")
      + "\n1,2,3,4,abc,0\n"
    #expect(
      throws: TrainKitError(
        "digits.csv:12:5: \"abc\" is not a number (column \"e\")")
    ) {
      try Dataset.parseCSV(text, source: "digits.csv")
    }
  }

  @Test func lineNumbersCountBlankLinesAndMultiLineHeaders() {
    #expect(
      throws: TrainKitError("t.csv:5:2: \"x\" is not a number (column \"y\")")
    ) {
      try Dataset.parseCSV("\"a\nb\",y\n1,2\n\n3,x\n", source: "t.csv")
    }
  }

  @Test func raggedRowsAreRefused() {
    #expect(
      throws: TrainKitError(
        "r.csv:3:3: missing value: this row has 2 fields but the header has 3 columns"
      )
    ) {
      try Dataset.parseCSV("a,b,y\n1,2,3\n4,5\n", source: "r.csv")
    }
    #expect(
      throws: TrainKitError(
        "r.csv:2:4: extra value: this row has 4 fields but the header has 3 columns"
      )
    ) {
      try Dataset.parseCSV("a,b,y\n1,2,3,4\n", source: "r.csv")
    }
    #expect(throws: TrainKitError("r.csv:2:2: missing value in column \"b\"")) {
      try Dataset.parseCSV("a,b,y\n1,,3\n", source: "r.csv")
    }
  }

  @Test func emptyAndHeaderlessFilesAreRefused() {
    #expect(
      throws: TrainKitError(
        "e.csv: the file is empty; expected a header row of column names and rows of numbers"
      )
    ) { try Dataset.parseCSV("", source: "e.csv") }
    #expect(
      throws: TrainKitError(
        "e.csv: the file is empty; expected a header row of column names and rows of numbers"
      )
    ) { try Dataset.parseCSV("\n  \n\r\n", source: "e.csv") }
    #expect(
      throws: TrainKitError(
        "n.csv:1:1: expected a header row of column names, found the number \"5.1\"; add a first line such as \"x1,x2,y\""
      )
    ) { try Dataset.parseCSV("5.1,3.5,0\n4.9,3.0,1\n", source: "n.csv") }
    #expect(
      throws: TrainKitError("h.csv: no data rows after the header (line 1)")
    ) {
      try Dataset.parseCSV("a,y\n", source: "h.csv")
    }
  }

  @Test func badHeadersAreRefused() {
    #expect(
      throws: TrainKitError(
        "h.csv:1: expected at least 2 columns (features and a target), found 1 (\"y\")"
      )
    ) {
      try Dataset.parseCSV("y\n1\n", source: "h.csv")
    }
    #expect(
      throws: TrainKitError("h.csv:1:2: column 2 of the header has no name")
    ) {
      try Dataset.parseCSV("a,,y\n1,2,3\n", source: "h.csv")
    }
    #expect(
      throws: TrainKitError("h.csv:1:3: the column name \"a\" appears twice")
    ) {
      try Dataset.parseCSV("a,b,a\n1,2,3\n", source: "h.csv")
    }
    #expect(
      throws: TrainKitError(
        "h.csv: no column named \"label\"; the columns are a, b, y")
    ) {
      try Dataset.parseCSV("a,b,y\n1,2,3\n", source: "h.csv", target: "label")
    }
  }

  @Test func quotingErrorsAreRefused() {
    #expect(
      throws: TrainKitError(
        "q.csv:2:2: unterminated quoted field (a \" is never closed)")
    ) {
      try Dataset.parseCSV("a,y\n1,\"2\n3,4\n", source: "q.csv")
    }
    #expect(
      throws: TrainKitError("q.csv:2:1: unexpected text after a closing quote")
    ) {
      try Dataset.parseCSV("a,y\n\"1\"x,2\n", source: "q.csv")
    }
  }

  @Test func nonFiniteValuesAndBadLabelsAreRefused() {
    #expect(
      throws: TrainKitError(
        "v.csv:2:1: \"inf\" is not a finite number (column \"a\")")
    ) {
      try Dataset.parseCSV("a,y\ninf,1\n", source: "v.csv")
    }
    #expect(
      throws: TrainKitError(
        "v.csv:3:2: \"nan\" is not a finite number (column \"y\")")
    ) {
      try Dataset.parseCSV("a,y\n1,1\n2,nan\n", source: "v.csv")
    }
    #expect(
      throws: TrainKitError(
        "v.csv:3:2: class label \"1.5\" is not a whole number from 0 to 9999 (column \"y\")"
      )
    ) {
      try Dataset.parseCSV(
        "a,y\n1,1\n2,1.5\n", source: "v.csv", task: .classification)
    }
    #expect(
      throws: TrainKitError(
        "v.csv:2:2: class label \"-1\" is not a whole number from 0 to 9999 (column \"y\")"
      )
    ) {
      try Dataset.parseCSV(
        "a,y\n1,-1\n", source: "v.csv", task: .classification)
    }
  }

  @Test func loadsAFileAndNamesItAfterTheFile() throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("trainkit-csv-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("tiny.data.csv")
    try "x,y\n1,2.5\n2,3.5\n".write(to: file, atomically: true, encoding: .utf8)
    let data = try Dataset.loadCSV(path: file.path)
    #expect(data.name == "tiny.data")
    #expect(data.targets.scalars == [2.5, 3.5])
    #expect(
      try Dataset.loadCSV(path: file.path, name: "renamed").name == "renamed")

    let broken = directory.appendingPathComponent("broken.csv")
    try "x,y\n1,a\n".write(to: broken, atomically: true, encoding: .utf8)
    #expect(
      throws: TrainKitError(
        "\(broken.path):2:2: \"a\" is not a number (column \"y\")")
    ) {
      try Dataset.loadCSV(path: broken.path)
    }
  }

  @Test func aMissingFileIsAnError() {
    #expect(
      throws: TrainKitError(
        "/nonexistent/trainkit.csv: cannot read the file (No such file or directory)"
      )
    ) {
      try Dataset.loadCSV(path: "/nonexistent/trainkit.csv")
    }
  }

  @Test func aDirectoryIsAnError() {
    #expect(
      throws: TrainKitError(
        "/tmp: cannot read the file (it is a folder, not a regular file)")
    ) {
      try Dataset.loadCSV(path: "/tmp")
    }
  }
}
