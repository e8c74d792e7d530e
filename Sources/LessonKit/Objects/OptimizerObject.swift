import TrainKit

/// An optimizer with its state (momentum buffers, running averages).
struct OptimizerObject: LessonObject {
  /// The optimizer.
  var optimizer: any Optimizer

  var typeName: String { "optimizer" }
  var summary: String { optimizer.description }
  var memberNames: [String] { ["lr"] }

  func member(_ name: String, in interpreter: Interpreter) throws -> Value? {
    name == "lr" ? .number(Double(optimizer.learningRate)) : nil
  }
}
