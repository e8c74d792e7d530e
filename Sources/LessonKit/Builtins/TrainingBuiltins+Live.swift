import Localization
import TermPlot
import TrainKit

/// The chart of a training run, built from its epoch records: the one
/// place that decides what a live fit's frames and `plot(h)` draw.
enum TrainingPicture {
  /// Loss curves (train, and valid/test when measured), accuracy curves
  /// for a classifier, over epochs 1…`epochs`, with `boundary` beside them.
  static func chart(
    records: [EpochRecord], epochs: Int, boundary: HeatMap? = nil
  ) -> TrainingChart {
    func series(_ name: Message, _ values: [Float?]) -> Series? {
      let known = values.compactMap { $0 }
      guard !known.isEmpty else { return nil }
      return Series(name: String(name), y: values.map { Double($0 ?? .nan) })
    }
    let losses = [
      series(Message("train"), records.map(\.trainLoss)),
      series(Message("valid"), records.map(\.validationLoss)),
      series(Message("test"), records.map(\.testLoss)),
    ].compactMap { $0 }
    let accuracies = [
      series(Message("train"), records.map(\.trainAccuracy)),
      series(Message("valid"), records.map(\.validationAccuracy)),
      series(Message("test"), records.map(\.testAccuracy)),
    ].compactMap { $0 }
    return TrainingChart(
      epochs: epochs,
      losses: losses.isEmpty
        ? [Series(name: String(Message("train")), y: [])] : losses,
      accuracies: accuracies, boundary: boundary)
  }
}

/// One training run's live chart: draws a frame when the display wants
/// one, and the final chart at the end.
struct LiveTraining {
  /// The display, or nil when nothing is drawn live.
  let display: (any LiveChartDisplay)?
  let interpreter: Interpreter

  /// The live chart of `arguments`' call: off with `live=false`, when the
  /// shell draws no live charts, and headless.
  init(_ arguments: Arguments) throws {
    interpreter = arguments.interpreter
    let wanted = try arguments.bool("live")
    display =
      wanted && !interpreter.options.headless ? interpreter.liveCharts : nil
  }

  /// True when a frame is wanted now.
  var wantsFrame: Bool { display?.wantsFrame() ?? false }

  /// Shows a frame built by `chart` when one is wanted now.
  func frame(_ chart: () throws -> any Chart) rethrows {
    guard let display, display.wantsFrame() else { return }
    display.show(try chart(), final: false)
  }

  /// Shows the final chart, which stays on screen and counts as shown by
  /// the cell (`save K FILE.svg`).
  func finish(_ chart: any Chart) {
    guard let display else { return }
    display.show(chart, final: true)
    interpreter.shownCharts.append(
      ShownChart(chart: chart, size: interpreter.size))
  }
}

extension TrainingBuiltins {
  /// `live=`: whether training draws its chart as it goes (on a terminal).
  static let liveParameter = BuiltinParameter.optional("live", true)
}
