import LessonKit
import LineEditing
import Localization
import TermPlot
import TrainKit

/// The Playground's state between frames: the controls, the run, play or
/// pause.
///
/// Keys change it; frames are drawn from it.
struct PlaygroundState {
  var settings: PlaygroundSettings
  var run: PlaygroundRun
  var selectedLayer = 0
  /// The neuron shown large in place of the output, or nil for the output.
  var focus: PlaygroundFocus?
  var playing = false
  /// Seconds spent training, for `pg.history.seconds`.
  var trainingSeconds = 0.0

  init(seed: UInt64) throws {
    settings = PlaygroundSettings()
    settings.seed = seed
    run = try PlaygroundRun(settings: settings)
  }

  /// Handles a key; false when it asks to leave.
  mutating func handle(_ key: Key) -> Bool {
    var change = PlaygroundChange.none
    switch key {
    case .character("q"), .escape, .interrupt, .endOfInput: return false
    case .character(" "): playing.toggle()
    case .character("s"):
      playing = false
      run.trainEpoch()
    case .character("r"): change = .restart
    case .character("R"): change = settings.regenerate()
    case .character("f"), .character("F"):
      focus = PlaygroundFocus.next(
        after: focus, sizes: [settings.features.count] + settings.hidden,
        forward: key == .character("f"))
    case .left:
      selectedLayer = max(selectedLayer - 1, 0)
    case .right:
      selectedLayer = min(selectedLayer + 1, max(settings.hidden.count - 1, 0))
    case .up, .character("+"):
      change = settings.changeNeurons(by: 1, selectedLayer: selectedLayer)
    case .down, .character("-"):
      change = settings.changeNeurons(by: -1, selectedLayer: selectedLayer)
    case .character(let character):
      change = settings.apply(character, selectedLayer: &selectedLayer)
    default: break
    }
    switch change {
    case .none, .view: break
    case .continueTraining: run.changeLearningRate(to: settings.learningRate)
    case .restart, .regenerate:
      // As the Playground's reset(): new weights, paused.
      if let fresh = try? PlaygroundRun(settings: settings, reusing: run) {
        run = fresh
        trainingSeconds = 0
      }
      playing = false
      // A focused neuron the new network lacks: back to the output.
      if let focus,
        !focus.exists(in: [settings.features.count] + settings.hidden)
      {
        self.focus = nil
      }
    }
    return true
  }

  /// Trains whole epochs until `budget` has passed (at least one).
  mutating func train(for budget: Duration) {
    let clock = ContinuousClock()
    let start = clock.now
    repeat {
      run.trainEpoch()
    } while clock.now - start < budget && run.failure == nil
    let elapsed = clock.now - start
    trainingSeconds += elapsed.inSeconds
    if run.failure != nil { playing = false }
  }

  var snapshot: PlaygroundSnapshot {
    var snapshot = PlaygroundSnapshot(
      run: run, selectedLayer: selectedLayer, playing: playing)
    snapshot.focus = focus
    // What is shown changes without a new run.
    snapshot.settings.discretize = settings.discretize
    snapshot.settings.showTestData = settings.showTestData
    return snapshot
  }
}

/// A neuron shown large (the Playground shows the neuron under the mouse
/// in its output picture): layer 0 is the input features, 1… the hidden
/// layers.
struct PlaygroundFocus: Equatable, Sendable {
  var layer: Int
  var neuron: Int

  /// True when a network of `sizes` (features, then hidden layers) has it.
  func exists(in sizes: [Int]) -> Bool {
    sizes.indices.contains(layer) && (0..<sizes[layer]).contains(neuron)
  }

  /// The next neuron in reading order (features, then each hidden layer
  /// top to bottom), or the previous one; nil (the output) comes after the
  /// last neuron and before the first.
  static func next(after focus: PlaygroundFocus?, sizes: [Int], forward: Bool)
    -> PlaygroundFocus?
  {
    let all = sizes.indices.flatMap { layer in
      (0..<sizes[layer]).map { PlaygroundFocus(layer: layer, neuron: $0) }
    }
    guard let focus, let index = all.firstIndex(of: focus) else {
      return forward ? all.first : all.last
    }
    let next = index + (forward ? 1 : -1)
    return all.indices.contains(next) ? all[next] : nil
  }
}

/// What the Playground's loop draws on and reads keys from: the terminal
/// (`FullScreen`), or a model screen in the benchmark and the tests.
protocol PlaygroundScreen: AnyObject {
  /// The screen's size now.
  var size: (columns: Int, rows: Int) { get }
  /// Draws one frame, one line per row.
  func draw(_ lines: [String])
  /// Waits up to `milliseconds` (forever when nil) for a key.
  func readKey(timeout milliseconds: Int?) -> KeyEvent
}

extension FullScreen: PlaygroundScreen {}

/// The Playground's loop and its pace.
enum PlaygroundLoop {
  /// A frame every 1/20 s at most; training fills the time between.
  static let frame = Duration.milliseconds(50)
  static var frameSeconds: Double { frame.inSeconds }

  /// Runs the Playground until a key asks to leave or a signal ends it.
  ///
  /// Each turn draws, trains whole epochs until the frame's time is up
  /// (while playing), then answers a key: a key is read after every
  /// frame, so it is answered within one frame's time.
  static func run(
    _ state: inout PlaygroundState, on screen: some PlaygroundScreen,
    options: RenderOptions
  ) {
    let clock = ContinuousClock()
    while Termination.signal == nil {
      let started = clock.now
      let size = screen.size
      screen.draw(
        PlaygroundFrame.lines(
          state.snapshot, width: size.columns, height: size.rows,
          options: options))
      if state.playing {
        state.train(for: max(frame - (clock.now - started), .milliseconds(5)))
      }
      switch screen.readKey(timeout: state.playing ? 0 : nil) {
      case .key(let key):
        if !state.handle(key) { return }
      case .timeout, .signal:
        continue
      }
    }
  }
}

extension Shell {
  /// `playground`: TensorFlow Playground in the terminal, full screen,
  /// until `q`; then `pg` holds the model, data and history.
  func openPlayground() {
    guard display.interactive, let screen = TerminalOutput.openFullScreen()
    else {
      say(
        "The Playground needs a terminal: run `trainlab playground` in one (lesson 9 has the same ideas as cells)."
      )
      return
    }
    var state: PlaygroundState
    do {
      state = try PlaygroundState(seed: engine.seed)
    } catch {
      screen.close()
      emit(style.errorLabel + "\(error)")
      return
    }
    let options = RenderOptions(
      charset: display.ascii ? .ascii : .unicode, color: display.color)
    PlaygroundLoop.run(&state, on: screen, options: options)
    screen.close()
    leavePlayground(state)
  }

  /// Defines `pg` and says what it holds.
  func leavePlayground(_ state: PlaygroundState) {
    let run = state.run
    let settings = run.settings
    let shape = [settings.features.count] + settings.hidden + [1]
    let kind = "playground \(shape)"
    var members: [(String, HostValue)] = [
      ("model", .model(run.model, kind: kind)),
      ("data", .split(run.data)),
      ("epoch", .number(Double(run.epoch))),
      ("train_loss", .list(run.trainLosses.map { .number($0) })),
      ("test_loss", .list(run.testLosses.map { .number($0) })),
      (
        "settings",
        .record([
          ("problem", .string(settings.problem.rawValue)),
          ("data", .string(settings.datasetName)),
          ("train_percent", .number(Double(settings.trainPercent))),
          ("noise", .number(Double(settings.noise))),
          ("batch", .number(Double(settings.batchSize))),
          (
            "features",
            .list(settings.features.map { .string($0.rawValue) })
          ),
          ("hidden", .list(settings.hidden.map { .number(Double($0)) })),
          (
            "activation",
            .string(PlaygroundSettings.activationName(settings.activation))
          ),
          ("lr", .number(settings.learningRate)),
          ("regularization", .string(settings.regularization.rawValue)),
          ("reg_rate", .number(settings.regularizationRate)),
          ("seed", .number(Double(settings.seed))),
        ])
      ),
    ]
    if let history = run.history {
      members.insert(
        (
          "history",
          .history(
            history, model: run.model, kind: kind,
            seconds: state.trainingSeconds)
        ), at: 1)
    }
    engine.define("pg", as: .record(members))
    let losses = Message(
      "train loss \(PlaygroundFrame.formatLoss(run.trainLosses.last ?? .nan)), test loss \(PlaygroundFrame.formatLoss(run.testLosses.last ?? .nan))"
    )
    let history =
      run.history == nil ? Message(verbatim: "") : Message("`pg.history`, ")
    say(
      "Left the Playground after \(run.epoch) epochs (\(losses)). `pg` holds what you watched: `pg.model`, \(history)`pg.data`, `pg.train_loss`, `pg.test_loss` and `pg.settings`."
    )
  }
}
