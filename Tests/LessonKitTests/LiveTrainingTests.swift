import TermPlot
import Testing

@testable import LessonKit

/// Records every frame training offers; wants them all.
final class RecordingDisplay: LiveChartDisplay {
  var frames: [(chart: any Chart, final: Bool)] = []
  var wants = true
  func wantsFrame() -> Bool { wants }
  func show(_ chart: any Chart, final: Bool) { frames.append((chart, final)) }
}

/// Issue 15, item 1: a live frame is a pure function of the training state
/// and the size, tested without a terminal.
@Suite("live training frames")
struct LiveTrainingTests {
  static let size = RenderSize(width: 120, height: 36)

  func fit(_ source: String, display: RecordingDisplay) -> (Session, CellResult)
  {
    let session = makeSession(SessionOptions(seed: 1))
    session.liveCharts = display
    let result = session.run(source, origin: .prompt, size: Self.size)
    return (session, result)
  }

  func lines(_ chart: any Chart, _ size: RenderSize = size) -> [Substring] {
    chart.render(width: size.width, height: size.height).split(
      separator: "\n", omittingEmptySubsequences: false)
  }

  @Test func everyEpochOffersAFrameAndTheLastIsThePlotOfTheRun() throws {
    let display = RecordingDisplay()
    let (session, result) = fit(
      "h = fit(mlp([2, 8, 2], seed=1), moons(n=120, seed=1), epochs=6, seed=1)",
      display: display)
    #expect(result.error == nil)
    #expect(display.frames.count == 7)
    #expect(
      display.frames.map(\.final) == Array(repeating: false, count: 6) + [true])
    // The final frame is the chart `plot(h)` shows, and a chart of the cell.
    let final = try #require(display.frames.last?.chart)
    let plotted = session.run("plot(h)", origin: .prompt, size: Self.size)
    let shown = try #require(plotted.charts.first)
    #expect(lines(final) == lines(shown.chart))
    #expect(result.charts.count == 1)
    #expect(result.charts.first?.size == Self.size)
    // Pure: the same frame at the same size reads the same.
    for frame in display.frames {
      #expect(lines(frame.chart) == lines(frame.chart))
    }
  }

  /// Successive frames differ only where the data changed: the frame keeps
  /// its rows and the x axis (fixed to the planned epochs) stays, so a
  /// redraw rewrites only the rows the curves, the y ticks and the regions
  /// move in.
  @Test func successiveFramesDifferOnlyWhereTheDataChanged() throws {
    let display = RecordingDisplay()
    _ = fit(
      "h = fit(mlp([2, 8, 2], seed=1), moons(n=120, seed=1), epochs=8, seed=1)",
      display: display)
    let frames = display.frames.dropLast().map { lines($0.chart) }
    #expect(frames.count == 8)
    for (old, new) in zip(frames, frames.dropFirst()) {
      #expect(old.count == new.count)
      #expect(new.first?.contains("loss") == true)
      #expect(new.first?.contains("decision regions (test)") == true)
      let changed = zip(old, new).filter { $0 != $1 }.count
      #expect(changed < old.count)
    }
    // The x tick labels of the loss panel (its last row but one… the rows
    // under its axis) are the same from the first frame to the last.
    let xAxisRows = { (frame: [Substring]) in
      frame.filter { $0.contains("epoch") }
    }
    #expect(xAxisRows(frames[0]) == xAxisRows(frames[7]))
    // The layout does not move: the titles and each row's axis stay in the
    // same columns while the y tick labels change width (`0.6` → `0.45`).
    let layout = { (frame: [Substring]) in
      frame.map { row in
        let characters = Array(row)
        let axis = characters.firstIndex { "│┤└".contains($0) } ?? -1
        let title = row.range(of: "loss").map {
          row.distance(from: row.startIndex, to: $0.lowerBound)
        }
        return [axis, title ?? -1]
      }
    }
    for frame in frames.dropFirst() {
      #expect(layout(frame) == layout(frames[0]))
    }
    // …which they do in this fit: the same losses in a plain line plot,
    // whose tick column fits its labels, move its axis between frames.
    let plainAxisColumns = Set(
      try display.frames.dropLast().map { frame in
        let chart = try #require(frame.chart as? TrainingChart)
        let plain = LinePlot(
          title: "loss", series: chart.losses
        ).render(width: 60, height: 12)
        return layout(
          plain.split(separator: "\n", omittingEmptySubsequences: false))
      })
    #expect(plainAxisColumns.count > 1)
  }

  @Test func noFramesWithLiveFalseWhenNotWantedOrHeadless() {
    let display = RecordingDisplay()
    _ = fit(
      "h = fit(mlp([2, 8, 2], seed=1), moons(n=120, seed=1), epochs=3, live=false)",
      display: display)
    #expect(display.frames.isEmpty)
    // A display that wants no frame now gets only the final one.
    let busy = RecordingDisplay()
    busy.wants = false
    _ = fit(
      "h = fit(mlp([2, 8, 2], seed=1), moons(n=120, seed=1), epochs=3)",
      display: busy)
    #expect(busy.frames.map(\.final) == [true])
    // Headless runs draw nothing live.
    let headless = RecordingDisplay()
    let session = makeSession(SessionOptions(seed: 1, headless: true))
    session.liveCharts = headless
    _ = session.run(
      "h = fit(mlp([2, 8, 2], seed=1), moons(n=120, seed=1), epochs=3)",
      origin: .prompt)
    #expect(headless.frames.isEmpty)
  }

  @Test func regressionHasNoRegionsAndNoAccuracy() throws {
    let display = RecordingDisplay()
    let (_, result) = fit(
      "h = fit(linear(5, seed=1), linear_data(d=5, seed=1), epochs=4, seed=1)",
      display: display)
    #expect(result.error == nil)
    let final = try #require(display.frames.last?.chart as? TrainingChart)
    #expect(final.boundary == nil)
    #expect(final.accuracies.isEmpty)
  }
}

@Suite("live minimize and cross_validate")
struct LiveSweepTests {
  @Test func minimizeDrawsFStepByStepFromStepZero() throws {
    let display = RecordingDisplay()
    let session = makeSession(SessionOptions(seed: 1))
    session.liveCharts = display
    let result = session.run(
      "t = minimize(fn(x) => x**2, start=[3], optimizer=sgd(lr=0.1), steps=5)",
      origin: .prompt, size: LiveTrainingTests.size)
    #expect(result.error == nil)
    // One frame per value (steps 0…5), then the final chart.
    #expect(
      display.frames.map(\.final) == Array(repeating: false, count: 6) + [true])
    let final = try #require(display.frames.last?.chart as? TrainingChart)
    #expect(final.first == 0 && final.epochs == 5 && final.unit == "step")
    // x ← 0.8·x from 3: f = 9, 5.76, 3.6864, …
    let expected = [9, 5.76, 3.6864, 2.359296, 1.50994944, 0.9663676416]
    let values = try #require(final.losses.first?.y)
    #expect(values.count == expected.count)
    #expect(zip(values, expected).allSatisfy { abs($0 - $1) < 1e-4 })
  }

  @Test func crossValidateDrawsOneValidationCurvePerFold() throws {
    let display = RecordingDisplay()
    let session = makeSession(SessionOptions(seed: 1))
    session.liveCharts = display
    let result = session.run(
      "cv = cross_validate(linear(2, 2, seed=1), moons(n=60, seed=1), k=3, epochs=4, seed=1)",
      origin: .prompt, size: LiveTrainingTests.size)
    #expect(result.error == nil)
    #expect(display.frames.count == 3 * 4 + 1)
    let final = try #require(display.frames.last?.chart as? TrainingChart)
    #expect(final.losses.map(\.name) == ["fold 1", "fold 2", "fold 3"])
    #expect(final.losses.allSatisfy { $0.y.count == 4 })
  }
}
