/// Progress of a long operation (`fit`, a sweep), for the shell's progress line.
public struct ProgressUpdate: Sendable, Equatable {
  /// What is running: "fit", "cross_validate".
  public var label: String
  /// Units done so far (epochs, folds).
  public var completed: Int
  /// Units in all.
  public var total: Int
  /// A short status: "train_loss 0.213".
  public var detail: String

  /// Creates an update.
  public init(label: String, completed: Int, total: Int, detail: String = "") {
    self.label = label
    self.completed = completed
    self.total = total
    self.detail = detail
  }

  /// The fraction done, in 0...1.
  public var fraction: Double {
    total > 0 ? min(1, max(0, Double(completed) / Double(total))) : 0
  }
}
