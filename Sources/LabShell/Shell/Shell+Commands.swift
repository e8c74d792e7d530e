import LessonKit
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
        emit("This is the first step.")
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
        emit("open takes a lesson number or name, as in \"open 1\".")
      }
    case .reset:
      engine.reset()
      current?.completedCells.removeAll()
      variablesCleared()
      emit("The variables are cleared.")
    case .vars: showVariables()
    case .help(let name): showHelp(name)
    case .save(let path): saveChart(to: path)
    case .edit(let target): edit(target)
    case .saveSession(let path, let svg): saveSession(to: path, svg: svg)
    case .quit:
      rememberPlace()
      finished = true
    case .present(let lesson): present(lesson)
    case .playground: openPlayground()
    case .invalid(let message): emit(message)
    }
  }

  func showVariables() {
    let variables = engine.variableSummaries()
    guard !variables.isEmpty else {
      emit("No variables yet.")
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
      emit(style.bold("Commands"))
      let width =
        ShellCommand.summaries.map { TextWidth.of($0.usage) }.max() ?? 0
      let hanging = String(repeating: " ", count: width + 4)
      for command in ShellCommand.summaries {
        let padding = String(
          repeating: " ", count: width - TextWidth.of(command.usage))
        // The summaries wrap under their own column.
        emit(
          lines: LineBreaker(width: display.columns).lines(
            command.summary,
            first: "  " + style.code(command.usage) + padding + "  ",
            rest: hanging))
      }
      emit("")
      say(
        "Any other line is evaluated in the lesson's variables (e.g. `lr = 0.5`). Ctrl-C stops a running cell and keeps the variables; Ctrl-D leaves."
      )
      let builtins = engine.builtinNames.sorted()
      if !builtins.isEmpty {
        emit("")
        emit(
          style.bold("Builtins") + " (" + style.code("help NAME") + " for one):"
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
          command.summary, first: style.code(command.usage) + "  ",
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
  /// `save FILE.svg`: writes the last chart shown as a standalone SVG
  /// (for slides and hand-outs), atomically.
  func saveChart(to path: String?) {
    guard let path, path.lowercased().hasSuffix(".svg"), path.count > 4 else {
      emit("save takes a file name ending in .svg, as in \"save loss.svg\"")
      return
    }
    guard let chart = lastChart else {
      emit("No chart yet: run a cell that draws one, then save \(path).")
      return
    }
    let shown = TextFile.visible(path)
    if FileSystem.exists(path) && display.interactive {
      let answer = reader.readLine(
        prompt: "\(shown) exists. Replace it? [y/N] ")
      guard case .line(let text) = answer,
        ["y", "yes"].contains(
          text.filter { !$0.isWhitespace }.lowercased())
      else {
        emit("Not saved: \(shown) is unchanged.")
        return
      }
    }
    do {
      let outcome = try FileSystem.writeTextAtomically(
        chart.svg(width: SVGExport.columns, height: SVGExport.rows), to: path)
      emit(
        outcome == .replaced
          ? "Saved the last chart to \(shown), replacing the file there."
          : "Saved the last chart to \(shown).")
    } catch {
      emit(style.error("error: ") + error.message)
    }
  }
}
