import LessonKit
import Localization
import TermPlot
import TrainKit

extension Shell {
  func perform(_ command: ShellCommand) {
    switch command {
    case .advance: advance()
    case .next:
      guard let state = current else { return advance() }
      if state.step + 1 < state.stepCount {
        show(step: state.step + 1)
      } else {
        say("This is the last step. `lessons` lists the other lessons.")
      }
    case .back:
      guard let state = current else { return advance() }
      if state.step > 0 {
        show(step: state.step - 1)
      } else {
        tell("This is the first step.")
      }
    case .rerun: rerunStale()
    case .rerunLast: rerunLast()
    case .auto(let on): setAuto(on)
    case .knobs: showKnobs()
    case .runs: showRuns()
    case .compare(let numbers): compareRuns(numbers)
    case .forget: forgetRuns()
    case .step(let number):
      if let number {
        jump(toStep: number)
      } else if let step = current?.step, step >= 0 {
        show(step: step)
      } else {
        advance()
      }
    case .whereAmI: showOutline()
    case .lessons: listLessons()
    case .open(let query):
      if let query {
        open(query)
      } else {
        tell("open takes a lesson number or name, as in \"open 1\".")
      }
    case .reset:
      engine.reset()
      current?.completedCells.removeAll()
      variablesCleared()
      tell("The variables are cleared.")
    case .vars: showVariables()
    case .help(let name): showHelp(name)
    case .save(let number, let path): saveChart(number, to: path)
    case .lang(let name): switchLanguage(to: name)
    case .edit(let target): edit(target)
    case .saveSession(let path, let svg): saveSession(to: path, svg: svg)
    case .clear:
      // Home, clear the screen, clear the scrollback: a fresh page for
      // the class. Written only to a terminal, as TrainLab's own control
      // (the output filter would show it as text).
      if display.interactive { writeControl("\u{1B}[H\u{1B}[2J\u{1B}[3J") }
    case .set(let name, let value): changeSetting(name, to: value)
    case .quit:
      rememberPlace()
      finished = true
    case .present(let lesson): present(lesson)
    case .playground: openPlayground()
    case .invalid(let message): tell(message)
    }
  }

  /// A command word typed alone that also names a variable (lesson 3's
  /// `runs`) ran the command: says so, and how to see the variable.
  func noteVariableNamed(_ line: String) {
    let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
    guard words.count == 1, case let name = String(words[0]),
      engine.variableSummaries().contains(where: { $0.name == name })
    else { return }
    hint(
      "That ran the command `\(name)`, not your variable `\(name)`: `print(\(name))` shows the variable."
    )
  }

  func showVariables() {
    let variables = engine.variableSummaries()
    guard !variables.isEmpty else {
      tell("No variables yet.")
      return
    }
    let nameWidth = min(
      variables.map { TextWidth.of($0.name) }.max() ?? 0, 20)
    for variable in variables {
      let padding = String(
        repeating: " ", count: max(0, nameWidth - TextWidth.of(variable.name)))
      let line =
        "  " + style.bold(variable.name) + padding + " = " + variable.summary
      emit(truncate(line, to: display.columns))
    }
  }

  func showHelp(_ name: String?) {
    guard let name else {
      emit(style.bold(String(Message("Commands"))))
      let width =
        ShellCommand.summaries.map { TextWidth.of($0.usage) }.max() ?? 0
      let hanging = String(repeating: " ", count: width + 4)
      for command in ShellCommand.summaries {
        let padding = String(
          repeating: " ", count: width - TextWidth.of(command.usage))
        // The summaries wrap under their own column.
        emit(
          lines: LineBreaker(width: display.columns).lines(
            String(command.summary),
            first: "  " + style.code(command.usage) + padding + "  ",
            rest: hanging))
      }
      emit("")
      tell(
        "Any other line is evaluated in the lesson's variables (e.g. `lr = 0.5`). Ctrl-C stops a running cell and keeps the variables; Ctrl-D leaves."
      )
      let builtins = engine.builtinNames.sorted()
      if !builtins.isEmpty {
        emit("")
        emit(
          style.bold(String(Message("Builtins")))
            + String(Message(" (\(style.code("help NAME")) for one):"))
        )
        emit(
          lines: prose.wrap(
            builtins.joined(separator: " "), first: "  ", rest: "  "))
      }
      return
    }
    if let command = ShellCommand.summaries.first(where: { $0.name == name }) {
      emit(
        lines: LineBreaker(width: display.columns).lines(
          String(command.summary), first: style.code(command.usage) + "  ",
          rest: "  "))
      return
    }
    if let text = engine.helpText(for: name) {
      emit(lines: LineBreaker(width: display.columns).fit(text))
    } else {
      say("No help for \"\(name)\": `help` lists the commands and builtins.")
    }
  }

  /// Candidates for Tab: shell commands at the start of a line, lesson names
  /// after `open`, names after `help`, and the engine's otherwise.
  func completions(line: String, cursor: Int) -> [String] {
    let before = String(line.prefix(cursor))
    let words = before.split(separator: " ", omittingEmptySubsequences: false)
    if words.count == 2 && words[0] == "open" {
      return catalog.entries.map(\.name)
    }
    if words.count == 2 && words[0] == "help" {
      return ShellCommand.words + engine.builtinNames
    }
    var candidates = engine.completions(line: line, cursor: cursor)
    if words.count == 1 { candidates += ShellCommand.words }
    return candidates
  }
}

extension Shell {
  /// `lang`: says the language; `lang zh` or `lang en` switches it for
  /// the messages, the help and the lessons opened from now on.
  func switchLanguage(to name: String?) {
    guard let name else {
      say(
        "The language is \(Language.current.description): `lang zh` switches to 中文, `lang en` to English."
      )
      return
    }
    guard let language = Language(name: name) else {
      tell("lang takes zh or en, as in \"lang zh\".")
      return
    }
    Language.current = language
    if let reloadCatalog, let fresh = try? reloadCatalog() { catalog = fresh }
    say(
      "The language is now \(language.description); `lessons` lists the lessons in it."
    )
    reopenInCurrentLanguage()
  }

  /// `save [K] FILE.svg`: writes the K-th chart of the last output that
  /// showed charts (the last one without K) as a standalone SVG at the
  /// size it was shown (for slides and hand-outs), atomically.
  func saveChart(_ number: Int?, to path: String?) {
    guard let path, path.lowercased().hasSuffix(".svg"), path.count > 4 else {
      tell("save takes a file name ending in .svg, as in \"save loss.svg\"")
      return
    }
    guard var chart = lastCharts.last else {
      tell("No chart yet: run a cell that draws one, then save \(path).")
      return
    }
    if let number {
      guard lastCharts.indices.contains(number - 1) else {
        let count = lastCharts.count
        tell(
          "save \(number): the last output showed \(count) chart\(count == 1 ? "" : "s"); give a number from 1 to \(count)."
        )
        return
      }
      chart = lastCharts[number - 1]
    }
    let which =
      number.map { Message("chart \($0) of the last output") }
      ?? Message("the last chart")
    let shown = TextFile.visible(path)
    guard mayReplace(path) else { return }
    do {
      let outcome = try FileSystem.writeTextAtomically(
        chart.svg, to: path)
      tell(
        outcome == .replaced
          ? Message("Saved \(which) to \(shown), replacing the file there.")
          : Message("Saved \(which) to \(shown)."))
    } catch {
      emit(style.errorLabel + error.message)
    }
  }
}

extension Shell {
  /// `set`: shows the settings; `set NAME VALUE` changes one.
  func changeSetting(_ name: String?, to value: String?) {
    guard let name, let value, let setting = ShellSetting(rawValue: name)
    else {
      let size = display.size()
      let height =
        display.height.map { Message(verbatim: "\($0)") }
        ?? Message("auto (now \(size.height))")
      tell("height  \(height)")
      tell("live    \(display.liveCharts ? "on" : "off")")
      return
    }
    switch setting {
    case .height:
      let heights = RenderSize.heights
      if value == "auto" {
        display.height = nil
        tell(
          "Charts are sized to the terminal (now \(display.size().height) rows)."
        )
      } else if let rows = Int(value), heights.contains(rows) {
        display.height = rows
        tell("Charts are \(rows) rows high.")
      } else {
        tell(
          "set height takes a number of rows from \(heights.lowerBound) to \(heights.upperBound), or auto, not \"\(TextFile.excerpt(value))\"."
        )
      }
    case .live:
      switch value {
      case "on", "off":
        display.liveCharts = value == "on"
        tell(
          value == "on"
            ? Message("Training draws its chart as it goes (on a terminal).")
            : Message("Training shows only its progress line."))
      default:
        tell("set live takes on or off, not \"\(TextFile.excerpt(value))\".")
      }
    }
  }
}
