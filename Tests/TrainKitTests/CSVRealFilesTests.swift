import Testing

@testable import TrainKit

/// The real data sets shipped in `datasets/` load as the lessons expect.
@Suite struct CSVRealFilesTests {
  private func path(_ file: String) -> String {
    // Tests/TrainKitTests/CSVRealFilesTests.swift → the package root.
    var components = "\(#filePath)".split(
      separator: "/", omittingEmptySubsequences: false)
    components.removeLast(3)
    return components.joined(separator: "/") + "/datasets/" + file
  }

  @Test func digitsIsTenClassesOf64Pixels() throws {
    let digits = try Dataset.loadCSV(path: path("digits.csv"))
    #expect(digits.description == "digits: 1797 × 64, 10 classes")
    #expect(
      digits.featureNames.first == "p0" && digits.featureNames.last == "p63")
    #expect(digits.targetName == "label")
    #expect(
      digits.features.scalars.allSatisfy {
        $0 >= 0 && $0 <= 16 && $0 == $0.rounded()
      })
    #expect(
      Array(digits.features.scalars.prefix(8)) == [0, 0, 5, 13, 9, 1, 0, 0])
  }

  @Test func diabetesIsARegressionProblem() throws {
    let diabetes = try Dataset.loadCSV(path: path("diabetes.csv"))
    #expect(diabetes.description == "diabetes: 442 × 10, regression")
    #expect(
      diabetes.featureNames == [
        "age", "sex", "bmi", "bp", "s1", "s2", "s3", "s4", "s5", "s6",
      ])
    #expect(
      Array(diabetes.features.scalars.prefix(10)) == [
        59, 2, 32.1, 101, 157, 93.2, 38, 4, 4.8598, 87,
      ])
    #expect(diabetes.targets.scalars.first == 151)
    let targets = diabetes.targetValues
    #expect(targets.min() == 25 && targets.max() == 346)
  }
}
