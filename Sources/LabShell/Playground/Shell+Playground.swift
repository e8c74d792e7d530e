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
    case .none: break
    case .continueTraining: run.changeLearningRate(to: settings.learningRate)
    case .restart, .regenerate:
      // As the Playground's reset(): new weights, paused.
      if let fresh = try? PlaygroundRun(settings: settings, reusing: run) {
        run = fresh
        trainingSeconds = 0
      }
      playing = false
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
    trainingSeconds +=
      Double(elapsed.components.seconds) + Double(
        elapsed.components.attoseconds)
      * 1e-18
    if run.failure != nil { playing = false }
  }

  var snapshot: PlaygroundSnapshot {
    PlaygroundSnapshot(run: run, selectedLayer: selectedLayer, playing: playing)
  }
}

/// The pace of the Playground's loop.
enum PlaygroundLoop {
  /// A frame every 1/20 s at most; training fills the time between.
  static let frame = Duration.milliseconds(50)
  static var frameSeconds: Double {
    Double(frame.components.attoseconds) * 1e-18
      + Double(frame.components.seconds)
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
    let frame = PlaygroundLoop.frame
    let clock = ContinuousClock()
    running: while Termination.signal == nil {
      let started = clock.now
      let size = screen.size
      screen.draw(
        PlaygroundFrame.lines(
          state.snapshot, width: size.columns, height: size.rows,
          options: options))
      if state.playing {
        state.train(for: max(frame - (clock.now - started), .milliseconds(5)))
      }
      let event = screen.readKey(timeout: state.playing ? 0 : nil)
      switch event {
      case .key(let key):
        if !state.handle(key) { break running }
      case .timeout, .signal:
        continue
      }
    }
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
    say(
      "Left the Playground after \(run.epoch) epochs (\(losses)). `pg` holds what you watched: `pg.model`, \(run.history == nil ? "" : "`pg.history`, ")`pg.data`, `pg.train_loss`, `pg.test_loss` and `pg.settings`."
    )
  }
}
