import RealModule

/// A feature computed from a 2-D input (x1, x2), as in the TensorFlow
/// Playground: choosing features by hand instead of learning them.
///
///     let circles = try Dataset.circles(count: 200, using: &rng)
///     let mapped = try circles.mappingFeatures(named: ["x1^2", "x2^2"])
///     // a linear model now separates the circles
public enum FeatureMap: String, Sendable, CaseIterable {
  /// x1, unchanged.
  case x1 = "x1"
  /// x2, unchanged.
  case x2 = "x2"
  /// x1².
  case x1Squared = "x1^2"
  /// x2².
  case x2Squared = "x2^2"
  /// x1·x2.
  case x1TimesX2 = "x1*x2"
  /// sin(x1).
  case sinX1 = "sin(x1)"
  /// sin(x2).
  case sinX2 = "sin(x2)"

  /// The feature named `name`: its canonical name (`"x1^2"`, `"x1*x2"`,
  /// `"sin(x1)"`) or a common spelling (`"x1²"`, `"x1x2"`, `"x1 x2"`,
  /// `"sin x1"`, `"sinx1"`, `"sin1"`, `"x1sq"`), ignoring case and spaces.
  /// - Throws: `TrainKitError` listing the known names.
  public init(parsing name: String) throws {
    let key = String(name.lowercased().filter { $0 != " " })
      .replacingSuperscriptTwo()
    let aliases: [String: FeatureMap] = [
      "x1": .x1, "x2": .x2, "x1^2": .x1Squared, "x2^2": .x2Squared,
      "x1*x2": .x1TimesX2,
      "x1x2": .x1TimesX2, "x2*x1": .x1TimesX2, "sin(x1)": .sinX1,
      "sinx1": .sinX1,
      "sin(x2)": .sinX2, "sinx2": .sinX2, "sin1": .sinX1, "sin2": .sinX2,
      "x1sq": .x1Squared, "x2sq": .x2Squared,
    ]
    guard let map = aliases[key] else {
      throw TrainKitError(
        "unknown feature \"\(name)\"; the features are \(FeatureMap.allCases.map(\.rawValue).joined(separator: ", "))"
      )
    }
    self = map
  }

  /// The feature's value at (x1, x2).
  public func callAsFunction(_ x1: Float, _ x2: Float) -> Float {
    switch self {
    case .x1: return x1
    case .x2: return x2
    case .x1Squared: return x1 * x1
    case .x2Squared: return x2 * x2
    case .x1TimesX2: return x1 * x2
    case .sinX1: return Float.sin(x1)
    case .sinX2: return Float.sin(x2)
    }
  }
}

extension Dataset {
  /// This 2-D data set with its features replaced by `maps`.
  ///
  /// The new features come in the order given, named after the maps
  /// (`"x1^2"`, …); targets, task and name are unchanged.
  /// - Returns: a data set with `maps.count` features.
  /// - Throws: `TrainKitError` when the data set does not have exactly 2
  ///   features, `maps` is empty, or a map is listed twice.
  public func mappingFeatures(_ maps: [FeatureMap]) throws -> Dataset {
    guard featureCount == 2 else {
      throw TrainKitError(
        "\(name): feature maps need a data set with 2 features (x1, x2), but it has \(featureCount)"
      )
    }
    guard !maps.isEmpty else {
      throw TrainKitError(
        "\(name): choose at least one feature (\(FeatureMap.allCases.map(\.rawValue).joined(separator: ", ")))"
      )
    }
    var seen = Set<FeatureMap>()
    if let repeated = maps.first(where: { !seen.insert($0).inserted }) {
      throw TrainKitError(
        "\(name): the feature \(repeated.rawValue) is listed twice")
    }
    let x = features.scalars
    var scalars: [Float] = []
    scalars.reserveCapacity(count * maps.count)
    for row in 0..<count {
      for map in maps { scalars.append(map(x[2 * row], x[2 * row + 1])) }
    }
    var result = self
    result.features = Tensor(
      uncheckedShape: [count, maps.count], scalars: scalars)
    result.featureNames = maps.map(\.rawValue)
    return result
  }

  /// This 2-D data set with its features replaced by the named maps.
  ///
  /// See `FeatureMap.init(parsing:)` for the names.
  /// - Returns: a data set with `names.count` features.
  /// - Throws: `TrainKitError` for an unknown name or as
  ///   `mappingFeatures(_:)`.
  public func mappingFeatures(named names: [String]) throws -> Dataset {
    try mappingFeatures(names.map { try FeatureMap(parsing: $0) })
  }
}

extension String {
  /// The string with `²` spelled `^2`.
  fileprivate func replacingSuperscriptTwo() -> String {
    var result = ""
    for character in self {
      if character == "²" { result += "^2" } else { result.append(character) }
    }
    return result
  }
}
