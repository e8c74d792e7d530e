import LessonKit
import LineEditing
import Localization
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

  // MARK: - Regenerate, discretize, test points, focus (TensorFlow
  // Playground's controls; frames are pure functions of the state)

  @Test func regenerateMakesNewPointsAndNewWeightsFromTheSameSeed() throws {
    var state = try PlaygroundState(seed: 1)
    let points = state.run.trainPoints
    _ = state.handle(.character("s"))
    _ = state.handle(.character("R"))
    #expect(state.settings.regenerations == 1 && state.run.epoch == 0)
    #expect(state.run.trainPoints != points)
    #expect(state.run.trainPoints.count == points.count)
    // Deterministic: the same seed and the same keys, the same points.
    var again = try PlaygroundState(seed: 1)
    _ = again.handle(.character("R"))
    #expect(again.run.trainPoints == state.run.trainPoints)
    // A restart keeps the regenerated points.
    _ = state.handle(.character("a"))
    #expect(again.run.trainPoints == state.run.trainPoints)
  }

  @Test func theOutputIsOnTheFixedScaleAndDiscretizeShowsItsSign() throws {
    var state = try PlaygroundState(seed: 1)
    for _ in 0..<3 { _ = state.handle(.character("s")) }
    let chart = PlaygroundFrame.outputChart(state.snapshot, ascii: false)
    #expect(chart.valueRange == -1...1 && chart.diverging)
    #expect(chart.title == "output · circle")
    let values = chart.field.values.joined()
    #expect(values.contains { $0 != 1 && $0 != -1 })
    _ = state.handle(.character("o"))
    #expect(state.playing == false && state.run.epoch == 3)  // no restart
    let discrete = PlaygroundFrame.outputChart(state.snapshot, ascii: false)
    #expect(discrete.title == "output · circle · discrete")
    #expect(discrete.field.values.joined().allSatisfy { $0 == 1 || $0 == -1 })
    // Each sign where the output has it.
    #expect(
      zip(values, discrete.field.values.joined()).allSatisfy {
        ($0 >= 0) == ($1 == 1)
      })
    // Plain: −1 is blank and 1 is full, as the neuron pictures; only the
    // cells on the boundary read between.
    let plain = discrete.render(width: 40, height: 20, options: .plain)
    let full = plain.filter { $0 == "█" }.count
    let between = plain.filter { "░▒▓".contains($0) }.count
    #expect(full > 4 * between)
  }

  @Test func testPointsCanBeHidden() throws {
    var state = try PlaygroundState(seed: 1)
    let names = { (state: PlaygroundState) in
      PlaygroundFrame.outputChart(state.snapshot, ascii: false).points.map(
        \.name)
    }
    #expect(names(state) == ["train +1", "train −1", "test +1", "test −1"])
    _ = state.handle(.character("v"))
    #expect(names(state) == ["train +1", "train −1"])
    let lines = PlaygroundFrame.lines(
      state.snapshot, width: 100, height: 35, options: .plain)
    #expect(!lines.joined().contains("test +1"))
  }

  @Test func focusCyclesThroughEveryNeuronAndBackToTheOutput() throws {
    // Two features and hidden layers of 4 and 2: 8 neurons, then the output.
    var focus: PlaygroundFocus?
    var seen: [PlaygroundFocus?] = []
    for _ in 0..<9 {
      focus = PlaygroundFocus.next(
        after: focus, sizes: [2, 4, 2], forward: true)
      seen.append(focus)
    }
    #expect(seen.first == PlaygroundFocus(layer: 0, neuron: 0))
    #expect(seen[2] == PlaygroundFocus(layer: 1, neuron: 0))
    #expect(seen[7] == PlaygroundFocus(layer: 2, neuron: 1))
    #expect(seen[8] == nil)
    #expect(
      PlaygroundFocus.next(after: nil, sizes: [2, 4, 2], forward: false)
        == PlaygroundFocus(layer: 2, neuron: 1))
    // On screen: the neuron is marked and shown large, named.
    var state = try PlaygroundState(seed: 1)
    for _ in 0..<3 { _ = state.handle(.character("f")) }
    #expect(state.focus == PlaygroundFocus(layer: 1, neuron: 0))
    let lines = PlaygroundFrame.lines(
      state.snapshot, width: 100, height: 35, options: .plain)
    #expect(lines.joined().contains("h1 neuron 1 · circle"))
    #expect(lines.filter { $0.contains("▸") }.count == 2)  // ▸h1 and ▸█
    let chart = PlaygroundFrame.outputChart(state.snapshot, ascii: false)
    #expect(
      chart.field.values.joined().elementsEqual(state.snapshot.neurons[1][0]))
    // A feature keeps its name; a network without the neuron drops focus.
    _ = state.handle(.character("F"))
    _ = state.handle(.character("F"))
    #expect(
      PlaygroundFrame.focusName(state.snapshot, ascii: false) == "x₁")
    state.focus = PlaygroundFocus(layer: 2, neuron: 1)
    _ = state.handle(.down)  // layer 1 (selected): 4 → 3 neurons, still there
    #expect(state.focus != nil)
    _ = state.handle(.character("H"))  // layer 2 removed
    #expect(state.focus == nil)
  }

  /// The keys on screen fit 100 columns whole and 80 in their short form,
  /// in English and in Chinese.
  @Test func theKeysFitAt100AndDegradeAt80() throws {
    let snapshot = try Self.snapshot(Self.largest, epochs: 1)
    for language in [Language.en, .zh] {
      try Language.with(language) { try check() }
    }
    func check() throws {
      let keys = PlaygroundFrame.footerKeys(ascii: false)
      #expect(TextWidth.of(keys[0]) <= 100)
      #expect(TextWidth.of(keys[1]) <= 80)
      let wide = PlaygroundFrame.lines(
        snapshot, width: 100, height: 35, options: .plain)
      #expect(wide.last?.hasPrefix(keys[0]) == true)
      let narrow = PlaygroundFrame.lines(
        snapshot, width: 80, height: 24, options: .plain)
      #expect(narrow.last?.hasPrefix(keys[1]) == true)
    }
  }
}

extension PlaygroundTests {
  /// The header shortens instead of being cut: at 60 and 40 columns, in
  /// English and Chinese, it still shows the epoch and both losses whole.
  @Test(arguments: [60, 40])
  func theHeaderShortensToFitInsteadOfBeingCut(width: Int) throws {
    let snapshot = try Self.snapshot(Self.largest, epochs: 1)
    let train = PlaygroundFrame.formatLoss(
      try #require(snapshot.trainLosses.last))
    let test = PlaygroundFrame.formatLoss(
      try #require(snapshot.testLosses.last))
    for language in [Language.en, .zh] {
      let header = Language.with(language) {
        PlaygroundFrame.lines(
          snapshot, width: width, height: 20, options: .plain)[0]
      }
      #expect(!header.contains("…"), "\(header)")
      #expect(header.contains("000,001"), "\(header)")
      #expect(header.contains(train) && header.contains(test), "\(header)")
    }
  }

  /// The wordings get shorter in both languages, and the widest fits the
  /// 100-column frame.
  @Test func theHeadersAreLongestFirst() throws {
    let snapshot = try Self.snapshot(Self.largest, epochs: 1)
    for language in [Language.en, .zh] {
      let widths = Language.with(language) {
        PlaygroundFrame.headers(
          snapshot, style: TextStyle(enabled: false), ascii: false
        ).map(TextWidth.of)
      }
      #expect(widths == widths.sorted(by: >))
      #expect(widths[0] <= 100)
      #expect(widths[widths.count - 1] <= 40)
    }
  }
}
