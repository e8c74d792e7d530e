import Localization
import TermPlot
import TrainKit

/// The record of a `fit`: one entry per epoch in each list member.
struct HistoryObject: LessonObject {
  /// TrainKit's history.
  var history: History
  /// The trained model.
  var model: ModelObject
  /// The minibatch loss at every optimizer step.
  var stepLoss: [Double]
  /// Wall time of the fit.
  var seconds: Double
  /// The chart of the run (`plot(h)`): what a live fit leaves on screen.
  var chart: TrainingChart

  var typeName: String { "history" }

  var summary: String {
    let last =
      history.trainLoss.last.map { loss -> Message in
        let text = "train_loss \(formatNumber(Double(loss)))"
        return Message(verbatim: text)
      } ?? Message("no epoch")
    let summary = Message("history: \(history.epochs.count) epochs, \(last)")
    return report.isEmpty
      ? String(summary) : String(Message("\(summary); \(report)"))
  }

  /// The model's weight layers, input side first (TrainKit's `Layer.weightLayers`), whose
  /// names key the history's per-layer norms.
  private var weightLayers: [WeightLayer] { model.model.weightLayers }

  var report: String {
    switch history.stopReason {
    case .diverged(let divergence):
      return String(Message("stopped: \(divergence.description)"))
    case .earlyStopped(let best):
      return String(
        Message(
          "stopped early after epoch \(history.epochs.count); best epoch \(best)"
        ))
    case .cancelled:
      return String(
        Message("stopped by Ctrl-C after epoch \(history.epochs.count)"))
    case .completed: return ""
    }
  }

  /// Every member, in the order `help(fit)` lists them.
  static let members = [
    "train_loss", "valid_loss", "test_loss", "train_acc", "valid_acc",
    "test_acc", "gap", "lr", "grad_norm",
    "grad_norms", "weight_norm", "weight_norms", "step_loss", "steps",
    "epochs", "seconds", "best_epoch",
    "stopped_early", "diverged", "nan_epoch", "nan_step", "nan_param",
    "report", "model",
  ]

  /// The members with one value per layer and epoch.
  static let perLayerMembers: Set = ["grad_norms", "weight_norms"]

  var memberNames: [String] { Self.members }

  private func numbers(_ values: [Float]) -> Value {
    .list(values.map { .number(Double($0)) })
  }

  func member(_ name: String, in interpreter: Interpreter) throws -> Value? {
    let divergence = history.divergence
    switch name {
    case "train_loss": return numbers(history.trainLoss)
    case "valid_loss": return numbers(history.validationLoss)
    case "test_loss": return numbers(history.testLoss)
    case "train_acc": return numbers(history.trainAccuracy)
    case "valid_acc": return numbers(history.validationAccuracy)
    case "test_acc": return numbers(history.testAccuracy)
    case "gap":
      let other =
        history.testLoss.isEmpty ? history.validationLoss : history.testLoss
      return .list(
        zip(other, history.trainLoss).map { .number(Double($0 - $1)) })
    case "lr": return numbers(history.learningRates)
    case "grad_norm": return numbers(history.gradientNorms)
    case "grad_norms":
      let layers = weightLayers
      return .list(
        history.epochs.map { record in
          .list(
            layers.map {
              .number(Double(record.layerGradientNorms[$0.name] ?? 0))
            })
        })
    case "weight_norms":
      let layers = weightLayers
      return .list(
        history.epochs.map { record in
          .list(
            layers.map {
              .number(Double(record.weightNorms[$0.weight.name] ?? 0))
            })
        })
    case "weight_norm":
      return .list(
        history.epochs.map { record in
          .number(
            record.weightNorms.values.reduce(0) { $0 + Double($1) * Double($1) }
              .squareRoot())
        })
    case "step_loss": return .list(stepLoss.map { .number($0) })
    case "steps": return .number(Double(history.totalSteps))
    case "epochs": return .number(Double(history.epochs.count))
    case "seconds": return .number(seconds)
    case "best_epoch":
      return history.bestEpoch.map { .number(Double($0)) } ?? Value.none
    case "stopped_early":
      if case .earlyStopped = history.stopReason { return .bool(true) }
      return .bool(false)
    case "diverged": return .bool(divergence != nil)
    case "nan_epoch":
      return divergence.map { .number(Double($0.epoch)) } ?? Value.none
    case "nan_step":
      return divergence.map { .number(Double($0.step)) } ?? Value.none
    case "nan_param":
      switch divergence?.source {
      case .gradient(let parameter), .weight(let parameter):
        return .string(parameter)
      case .loss: return .string("loss")
      case nil: return Value.none
      }
    case "report": return .string(report)
    case "model": return .object(model)
    default: return nil
    }
  }

  func render(_ context: RenderContext) -> String {
    var columns: [(String, [Float])] = [("train_loss", history.trainLoss)]
    if !history.validationLoss.isEmpty {
      columns.append(("valid_loss", history.validationLoss))
    }
    if !history.testLoss.isEmpty {
      columns.append(("test_loss", history.testLoss))
    }
    if !history.trainAccuracy.isEmpty {
      columns.append(("train_acc", history.trainAccuracy))
    }
    if !history.validationAccuracy.isEmpty {
      columns.append(("valid_acc", history.validationAccuracy))
    }
    if !history.testAccuracy.isEmpty {
      columns.append(("test_acc", history.testAccuracy))
    }
    columns.append(("lr", history.learningRates))
    let count = history.epochs.count
    let shown =
      count <= 12
      ? Array(0..<count) : Array(0..<5) + [-1] + Array((count - 5)..<count)
    let rows: [[Table.Cell]] = shown.map { index in
      guard index >= 0 else {
        return [.text("…")] + columns.map { _ in Table.Cell.text("") }
      }
      return [.number(Double(index + 1))]
        + columns.map { column in
          index < column.1.count ? .number(Double(column.1[index])) : .empty
        }
    }
    let table = Table(
      title: String(Message("history (\(count) epochs)")),
      columns: [Table.Column(String(Message("epoch")))]
        + columns.map { Table.Column($0.0) },
      rows: rows)
    let text = table.render(
      width: context.width, options: context.renderOptions)
    return report.isEmpty ? text : text + "\n" + report
  }
}

extension RenderContext {
  /// TermPlot's options for this context.
  var renderOptions: RenderOptions {
    RenderOptions(charset: ascii ? .ascii : .unicode, color: color)
  }
}

/// The path of `minimize`: the point and value after every step.
struct TrajectoryObject: LessonObject {
  /// The coordinates at step 0 … steps, one list per argument.
  var coordinates: [[Double]]
  /// The function's value at every point.
  var values: [Double]
  /// The parameter names of the function.
  var names: [String]
  /// True when a value became NaN or infinite.
  var diverged: Bool
  /// Per step, the optimizer's state quantities (PyTorch names), one number per coordinate.
  var states: [Record]

  var typeName: String { "trajectory" }

  var summary: String {
    let end = coordinates.map { $0.last.map(formatNumber) ?? "?" }.joined(
      separator: ", ")
    return
      String(
        Message(
          "trajectory: \(max(0, values.count - 1)) steps, end [\(end)], f = \(values.last.map(formatNumber) ?? "?")"
        )) + (diverged ? String(Message(" (diverged)")) : "")
  }

  var memberNames: [String] {
    ["x1", "x2", "x", "points", "values", "end", "state", "diverged"] + names
  }

  func member(_ name: String, in interpreter: Interpreter) throws -> Value? {
    func list(_ numbers: [Double]) -> Value {
      .list(numbers.map { .number($0) })
    }
    switch name {
    case "x1", "x": return coordinates.first.map(list)
    case "x2": return coordinates.count > 1 ? list(coordinates[1]) : nil
    case "points":
      return .list(
        (0..<values.count).map { step in list(coordinates.map { $0[step] }) })
    case "values": return list(values)
    case "end": return list(coordinates.map { $0.last ?? .nan })
    case "state": return .list(states.map { .record($0) })
    case "diverged": return .bool(diverged)
    default:
      if let index = names.firstIndex(of: name) {
        return list(coordinates[index])
      }
      return nil
    }
  }

  var length: Int? { values.count }
}
