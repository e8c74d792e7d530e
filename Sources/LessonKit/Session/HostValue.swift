import TrainKit

/// A value the program hands to a session as a variable (`Session.define`):
/// what the Playground leaves behind for the class to inspect.
public indirect enum HostValue {
  case number(Double)
  case string(String)
  case list([HostValue])
  /// A record, its keys in order.
  case record([(String, HostValue)])
  /// A model; `kind` says how it was made ("playground [2, 4, 2, 1]").
  case model(Sequential, kind: String)
  /// The history of training `model`, which took `seconds`.
  case history(History, model: Sequential, kind: String, seconds: Double)
  /// Training and test parts.
  case split(DataSplit)
}

extension Session {
  /// Sets the variable `name` to `value`, as an assignment in a cell would.
  public func define(_ name: String, as value: HostValue) {
    let slot = interpreter.globalSlot(for: name)
    interpreter.globalValues[slot] = Self.value(of: value)
  }

  static func value(of host: HostValue) -> Value {
    switch host {
    case .number(let number): return .number(number)
    case .string(let text): return .string(text)
    case .list(let items): return .list(items.map(value(of:)))
    case .record(let pairs):
      return .record(Record(pairs.map { ($0.0, value(of: $0.1)) }))
    case .model(let model, let kind):
      return .object(ModelObject(model: model, kind: kind))
    case .history(let history, let model, let kind, let seconds):
      return .object(
        HistoryObject(
          history: history, model: ModelObject(model: model, kind: kind),
          stepLoss: history.stepLosses.map(Double.init), seconds: seconds,
          chart: TrainingPicture.chart(
            records: history.epochs, epochs: history.epochs.count)))
    case .split(let split): return .object(SplitObject(split: split))
    }
  }
}
