import LessonKit
import LineEditing
import TermPlot
import Testing
import TrainKit

@testable import LabShell

@Suite("Playground")
struct PlaygroundTests {
  /// The largest network: all seven features, six hidden layers of eight.
  static var largest: PlaygroundSettings {
    var settings = PlaygroundSettings()
    settings.features = FeatureMap.allCases
    settings.hidden = Array(repeating: 8, count: 6)
    return settings
  }

  static func snapshot(_ settings: PlaygroundSettings, epochs: Int) throws
    -> PlaygroundSnapshot
  {
    let run = try PlaygroundRun(settings: settings)
    for _ in 0..<epochs { run.trainEpoch() }
    return PlaygroundSnapshot(run: run, selectedLayer: 1, playing: true)
  }

  @Test(arguments: [(80, 24), (100, 35), (120, 40), (60, 20)])
  func everyLineHasTheWidthAndThereAreHeightLines(size: (Int, Int)) throws {
    let snapshot = try Self.snapshot(Self.largest, epochs: 1)
    for options in [RenderOptions.color, .plain, .ascii] {
      let lines = PlaygroundFrame.lines(
        snapshot, width: size.0, height: size.1, options: options)
      #expect(lines.count == size.1)
      for line in lines {
        #expect(TextWidth.of(line) == size.0, "\(line.debugDescription)")
      }
      if !options.color {
        #expect(!lines.joined().contains("\u{1B}"))
      }
      if options == .ascii {
        #expect(lines.joined().unicodeScalars.allSatisfy { $0.isASCII })
      }
    }
  }

  @Test func largestNetworkShowsEveryNeuronAndWeightAt80x24() throws {
    let snapshot = try Self.snapshot(Self.largest, epochs: 2)
    let lines = PlaygroundFrame.lines(
      snapshot, width: 80, height: 24, options: .plain)
    // Label row, then eight neuron rows: every layer's column is there.
    #expect(lines[1].contains("h6") && lines[1].contains("out"))
    #expect(lines[2].hasPrefix("x₁ "))
    #expect(lines[8].hasPrefix("sinx₂"))
    // The weights into h1: 7 glyphs on each of its 8 rows.
    let glyphs: Set<Character> = ["·", "▴", "▲", "▾", "▼"]
    for row in 2..<10 {
      // 7 into h1 and 8 into each of h2 … h6.
      #expect(lines[row].filter { glyphs.contains($0) }.count >= 7 + 5 * 8)
    }
  }

  @Test(arguments: [
    ("playground-80x24-plain.txt", 80, 24, RenderOptions.plain),
    ("playground-80x24-color.txt", 80, 24, RenderOptions.color),
    ("playground-100x35-plain.txt", 100, 35, RenderOptions.plain),
    ("playground-100x35-color.txt", 100, 35, RenderOptions.color),
  ])
  func golden(name: String, width: Int, height: Int, options: RenderOptions)
    throws
  {
    var settings = PlaygroundSettings()
    settings.dataset = .xor
    settings.features = [.x1, .x2, .x1TimesX2]
    settings.hidden = [4, 3]
    settings.noise = 10
    let snapshot = try Self.snapshot(settings, epochs: 5)
    try Golden.check(
      PlaygroundFrame.lines(
        snapshot, width: width, height: height, options: options
      ).joined(separator: "\n") + "\n", named: name)
  }

  @Test func aSeedGivesTheSameRun() throws {
    func losses(seed: UInt64) throws -> [Double] {
      var settings = PlaygroundSettings()
      settings.seed = seed
      settings.dataset = .spiral
      let run = try PlaygroundRun(settings: settings)
      for _ in 0..<3 { run.trainEpoch() }
      return run.trainLosses + run.testLosses
    }
    #expect(try losses(seed: 4) == losses(seed: 4))
    #expect(try losses(seed: 4) != losses(seed: 5))
  }

  @Test func trainingLowersTheLossOnTheGaussians() throws {
    var settings = PlaygroundSettings()
    settings.dataset = .gauss
    let run = try PlaygroundRun(settings: settings)
    for _ in 0..<20 { run.trainEpoch() }
    #expect(run.epoch == 20 && run.history?.epochs.count == 20)
    #expect(run.trainLosses.count == 21)
    #expect(run.trainLosses[20] < run.trainLosses[0] / 2)
    #expect(run.trainPoints.count == 250 && run.testPoints.count == 250)
  }

  @Test func theNetworkIsThePlaygroundsAndItsLossIsHalfTheSquaredError()
    throws
  {
    var settings = PlaygroundSettings()
    settings.features = [.x1, .x2, .x1Squared]
    settings.hidden = [3]
    let run = try PlaygroundRun(settings: settings)
    let linears = run.model.layers.compactMap { $0 as? Linear }
    #expect(
      linears.map(\.inputs) == [3, 3] && linears.map(\.outputs) == [3, 1])
    #expect(
      linears.allSatisfy {
        $0.bias?.value.scalars.allSatisfy { $0 == 0.1 } == true
      })
    #expect(run.weights.joined().joined().allSatisfy { abs($0) <= 0.5 })
    #expect(run.model.layers.last is Activation)  // tanh output
    // The loss at epoch 0 is mean(½(ŷ − y)²) over the training points.
    let output = try predict(run.model, run.data.train.features).scalars
    let targets = run.data.train.targets.scalars
    let half =
      zip(output, targets).map { 0.5 * Double($0 - $1) * Double($0 - $1) }
      .reduce(0, +) / Double(targets.count)
    #expect(abs(half - run.trainLosses[0]) < 1e-5)
  }

  @Test func keysChangeTheControlsAsThePlaygroundDoes() {
    var settings = PlaygroundSettings()
    var layer = 0
    #expect(settings.apply("d", selectedLayer: &layer) == .regenerate)
    #expect(settings.dataset == .xor)
    #expect(settings.apply("D", selectedLayer: &layer) == .regenerate)
    #expect(settings.dataset == .circle)
    #expect(settings.apply("l", selectedLayer: &layer) == .continueTraining)
    #expect(settings.learningRate == 0.1)
    #expect(settings.apply("a", selectedLayer: &layer) == .restart)
    #expect(settings.activation == .sigmoid)
    #expect(settings.apply("3", selectedLayer: &layer) == .restart)
    #expect(settings.features == [.x1, .x2, .x1Squared])
    #expect(settings.apply("1", selectedLayer: &layer) == .restart)
    #expect(settings.features == [.x2, .x1Squared])
    // Six layers at most, of one to eight neurons.
    for _ in 0..<10 { _ = settings.apply("h", selectedLayer: &layer) }
    #expect(settings.hidden == [4, 2, 2, 2, 2, 2] && layer == 5)
    for _ in 0..<10 { _ = settings.changeNeurons(by: 1, selectedLayer: layer) }
    #expect(settings.hidden[5] == 8)
    #expect(settings.changeNeurons(by: 1, selectedLayer: layer) == .none)
    #expect(settings.apply("N", selectedLayer: &layer) == .none)  // noise 0
    #expect(settings.apply("p", selectedLayer: &layer) == .regenerate)
    #expect(settings.sampleCount == 1200 && settings.datasetName == "plane")
    #expect(settings.apply("?", selectedLayer: &layer) == .none)
  }

  @Test func theLearningRateDoesNotRestartTraining() throws {
    var state = try PlaygroundState(seed: 1)
    _ = state.handle(.character("s"))
    _ = state.handle(.character("s"))
    #expect(state.run.epoch == 2)
    let moved1 = state.handle(.character("l"))
    #expect(moved1)
    #expect(state.run.epoch == 2 && state.run.settings.learningRate == 0.1)
    let moved2 = state.handle(.character("b"))
    #expect(moved2)
    #expect(state.run.epoch == 0 && state.run.settings.batchSize == 11)
    let moved3 = state.handle(.character("q"))
    #expect(!moved3)
  }

  @Test func regressionDataAreThePlaygrounds() throws {
    var rng = SeededGenerator(seed: 3)
    let plane = try Dataset.playgroundRegression(
      PlaygroundRegressionDataset.plane, count: 300, using: &rng)
    #expect(plane.targets.shape == [300, 1])
    for row in 0..<300 {
      let x = plane.features.scalars[2 * row]
      let y = plane.features.scalars[2 * row + 1]
      #expect(abs(x) <= 6 && abs(y) <= 6)
      #expect(abs(plane.targets.scalars[row] - (x + y) / 10) < 1e-5)
    }
    let bumps = try Dataset.playgroundRegression(
      PlaygroundRegressionDataset.gauss, count: 300, using: &rng)
    #expect(bumps.targets.scalars.allSatisfy { abs($0) <= 1 })
    #expect(bumps.targets.scalars.contains { $0 > 0.5 })
    #expect(bumps.targets.scalars.contains { $0 < -0.5 })
  }

  @Test func leavingDefinesPg() throws {
    let session = SessionEngine(options: SessionOptions(width: 80))
    var state = try PlaygroundState(seed: 1)
    _ = state.handle(.character("s"))
    let shell = Shell(
      catalog: LessonCatalog(entries: []), engine: session,
      reader: ScriptedReader([String]()), display: .plain(width: 80),
      interrupt: InterruptFlag()
    ) { _ in }
    shell.leavePlayground(state)
    let outcome = session.run(
      "print(pg.model.params, pg.epoch, len(pg.history.train_loss), pg.data.train.n)",
      file: "", line: 1, size: RenderSize(width: 80, height: 20))
    #expect(outcome.error == nil)
    #expect(outcome.transcript == "25 1 1 250\n")
  }
}
