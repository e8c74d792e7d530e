/// What a data set's targets mean.
public enum Task: Sendable, Equatable {
  /// Real-valued targets, shape `[n, outputs]`.
  case regression(outputs: Int)
  /// Integer class labels 0..<classes stored as `Float`, shape `[n]`.
  case classification(classes: Int)
}

/// A table of samples: a feature matrix and its targets.
///
/// `features` has shape `[count, featureCount]`; `targets` has shape
/// `[count, outputs]` for regression and `[count]` (class indices held as
/// `Float`) for classification. Value semantics: taking rows copies only what
/// is taken.
public struct Dataset: Sendable {
  /// A short name for tables and plots, such as `"digits"` or `"moons"`.
  public var name: String
  /// The inputs, shape `[count, featureCount]`.
  public var features: Tensor
  /// The targets, `[count, outputs]` (regression) or `[count]` (class labels).
  public var targets: Tensor
  /// Whether this is regression or classification.
  public var task: Task
  /// One name per feature column.
  public var featureNames: [String]
  /// The name of the target column.
  public var targetName: String

  /// Creates a data set, checking that the shapes agree with `task`.
  /// - Throws: `TrainKitError` when the shapes disagree, or class labels are
  ///   not whole numbers in `0..<classes`.
  public init(
    name: String, features: Tensor, targets: Tensor, task: Task,
    featureNames: [String]? = nil, targetName: String = "y"
  ) throws {
    guard features.rank == 2 else {
      throw TrainKitError(
        "\(name): features must be a matrix [samples, features], got shape \(describeShape(features.shape))"
      )
    }
    let n = features.shape[0]
    switch task {
    case .regression(let outputs):
      guard targets.shape == [n, outputs] else {
        throw TrainKitError(
          "\(name): regression targets must have shape \(describeShape([n, outputs])), got \(describeShape(targets.shape))"
        )
      }
    case .classification(let classes):
      guard targets.shape == [n] else {
        throw TrainKitError(
          "\(name): class labels must have shape \(describeShape([n])), got \(describeShape(targets.shape))"
        )
      }
      for (row, label) in targets.scalars.enumerated()
      where !(label >= 0 && label < Float(classes) && label == label.rounded())
      {
        throw TrainKitError(
          "\(name): row \(row + 1) has label \(label), expected a whole number in 0..<\(classes)"
        )
      }
    }
    let names = featureNames ?? (0..<features.shape[1]).map { "x\($0 + 1)" }
    guard names.count == features.shape[1] else {
      throw TrainKitError(
        "\(name): \(names.count) feature names for \(features.shape[1]) features"
      )
    }
    self.name = name
    self.features = features
    self.targets = targets
    self.task = task
    self.featureNames = names
    self.targetName = targetName
  }

  /// The number of samples.
  public var count: Int { features.shape[0] }
  /// The number of feature columns.
  public var featureCount: Int { features.shape[1] }
  /// True when the data set holds no samples.
  public var isEmpty: Bool { count == 0 }
}

/// A data set split into the parts a training run needs: the training part
/// (homework), an optional validation part (the mock exam, used to choose and
/// stop) and an optional test part (the final exam, looked at once).
public struct DataSplit: Sendable {
  /// The samples the model learns from.
  public var train: Dataset
  /// The samples used to choose hyper-parameters and to stop early.
  public var validation: Dataset?
  /// The samples used once, at the end, to judge the chosen model.
  public var test: Dataset?

  /// Creates a split from its parts.
  public init(train: Dataset, validation: Dataset? = nil, test: Dataset? = nil)
  {
    self.train = train
    self.validation = validation
    self.test = test
  }
}
