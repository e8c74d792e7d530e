import Localization

/// A line the shell handles itself rather than evaluating.
///
/// A line is a command only when it is a command word alone or with the
/// expected argument (`step 3`, `open dropout`, `help fit`), so language
/// lines such as `next_lr = 0.1` or `help(fit)` are never taken for one.
enum ShellCommand: Equatable {
  case advance
  case next
  case back
  /// Run the stale cells again (nothing when none is stale).
  case rerun
  /// Run the last cell again.
  case rerunLast
  /// Rerun stale cells at once (`auto on`) or on `rerun` only.
  case auto(Bool?)
  case knobs
  case runs
  /// Plot runs (by number in `runs`) together.
  case compare([Int])
  /// Drop the history of runs.
  case forget
  case step(Int?)
  case whereAmI
  case lessons
  case open(String?)
  case reset
  case vars
  case help(String?)
  /// Write a chart of the last output as an SVG file: the K-th (from 1)
  /// when given, else the last.
  case save(chart: Int?, path: String?)
  /// Write the session as a lesson file, with linked SVG charts when asked.
  case saveSession(String, svg: Bool)
  /// Edit a cell (or the last entry) and run it again.
  case edit(EditTarget)
  /// Clear the screen (and the scrollback) on a terminal.
  case clear
  /// Show the settings, or change one: `set height 30`, `set live off`.
  case set(name: String?, value: String?)
  /// Show or switch the language (`lang zh`).
  case lang(String?)
  case quit
  /// Present the open lesson (or lesson N) one step per screen.
  case present(String?)
  /// TensorFlow Playground, full screen.
  case playground
  /// A command word with an argument it cannot take; the message says why.
  case invalid(Message)

  init?(parsing line: String) {
    let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(
      String.init)
    guard let word = words.first else {
      self = .advance
      return
    }
    let argument =
      words.count > 1 ? words.dropFirst().joined(separator: " ") : nil
    let single = words.count == 1
    switch word {
    case "next" where single: self = .next
    case "back" where single: self = .back
    case "rerun" where single: self = .rerun
    case "rerun" where words.count == 2 && words[1] == "last":
      self = .rerunLast
    case "auto" where single: self = .auto(nil)
    case "auto" where words.count == 2 && ["on", "off"].contains(words[1]):
      self = .auto(words[1] == "on")
    case "knobs" where single: self = .knobs
    case "runs" where single: self = .runs
    case "forget" where single: self = .forget
    case "compare"
    where single || words.dropFirst().allSatisfy({ Int($0) != nil }):
      self = .compare(words.dropFirst().compactMap { Int($0) })
    case "where" where single: self = .whereAmI
    case "lessons" where single: self = .lessons
    case "reset" where single: self = .reset
    case "vars" where single: self = .vars
    case "quit" where single, "exit" where single: self = .quit
    case "clear" where single: self = .clear
    case "set" where single: self = .set(name: nil, value: nil)
    case "set"
    where words.count == 3 && ShellSetting(rawValue: words[1]) != nil:
      self = .set(name: words[1], value: words[2])
    case "help" where words.count <= 2: self = .help(argument)
    case "save"
    where words.count == 2 && words[1].lowercased().hasSuffix(".md"):
      self = .saveSession(words[1], svg: false)
    case "save"
    where words.count == 3 && words[1].lowercased().hasSuffix(".md")
      && words[2] == "--svg":
      self = .saveSession(words[1], svg: true)
    case "present" where words.count <= 2: self = .present(argument)
    case "playground" where single: self = .playground
    case "save" where words.count <= 2:
      self = .save(chart: nil, path: argument)
    case "save" where words.count == 3 && Int(words[1]) != nil:
      self = .save(chart: Int(words[1]), path: words[2])
    case "lang" where words.count <= 2: self = .lang(argument)
    case "save" where Self.startsAFileName(words[1]):
      // `save a b.svg` is not the language either: say how save is used.
      self = .invalid(
        "save takes one file name ending in .svg (no spaces), as in \"save loss.svg\""
      )
    case "edit" where single: self = .edit(.current)
    case "edit" where words.count == 2 && words[1] == "last":
      self = .edit(.last)
    case "edit" where words.count == 2 && Self.startsAFileName(words[1]):
      guard let target = EditTarget(step: words[1]) else {
        self = .invalid(
          "edit takes a step number or `last`, as in \"edit 3\" or \"edit 3.2\" (the second cell of step 3)"
        )
        return
      }
      self = .edit(target)
    case "open" where words.count == 2 || single: self = .open(argument)
    case "step" where single: self = .step(nil)
    case "step" where words.count == 2:
      if let number = Int(words[1]) {
        self = .step(number)
      } else {
        self = .invalid("step takes a step number, as in \"step 3\"")
      }
    default: return nil
    }
  }

  /// True when `word`, after a command word, reads as a file name rather
  /// than as the rest of an expression (`save = 1`, `save and x`).
  static func startsAFileName(_ word: String) -> Bool {
    let operatorWords: Set = ["and", "or", "in", "not", "is", "if", "else"]
    guard let first = word.first, !operatorWords.contains(word) else {
      return false
    }
    return first.isLetter || first.isNumber || "_./~".contains(first)
  }

  /// Every command word with its one-line description, in help order.
  static let summaries: [(name: String, usage: String, summary: Message)] = [
    ("Enter", "Enter", Message("run the next cell, or show the next step")),
    ("next", "next", Message("show the next step")),
    ("back", "back", Message("show the previous step")),
    (
      "rerun", "rerun",
      Message("run the stale cells again, in lesson order")
    ),
    ("rerun last", "rerun last", Message("run the last cell again")),
    (
      "auto", "auto on|off",
      Message(
        "rerun stale cells at once after a change (asks first when that takes long)"
      )
    ),
    (
      "knobs", "knobs",
      Message("the lesson's knobs: values to change, and the cells they drive")
    ),
    (
      "runs", "runs",
      Message(
        "the runs of this lesson's charts, with knob values and final numbers")
    ),
    (
      "compare", "compare N M",
      Message("plot runs N and M (numbers from runs) together")
    ),
    ("forget", "forget", Message("drop the history of runs")),
    (
      "step", "step N",
      Message("go to step N (step alone shows the current step again)")
    ),
    (
      "where", "where",
      Message("the lesson's outline, with the current step marked")
    ),
    ("lessons", "lessons", Message("list the lessons")),
    (
      "open", "open N",
      Message("open lesson N (a number or a name) with fresh variables")
    ),
    ("reset", "reset", Message("forget every variable")),
    ("vars", "vars", Message("the variables and their values in short")),
    (
      "help", "help [NAME]",
      Message("this list, or help on a command or builtin")
    ),
    (
      "save", "save [K] FILE.svg",
      Message(
        "write the last chart shown, or the K-th of the last output, as an SVG file"
      )
    ),
    (
      "save", "save FILE.md",
      Message(
        "write the session as a lesson with its outputs (--svg: and its charts as SVG files)"
      )
    ),
    (
      "edit", "edit [N|last]",
      Message(
        "edit the current cell (step N's, or your last entry) in your editor, then run it"
      )
    ),
    (
      "present", "present [N]",
      Message("show the lesson (or lesson N) one step per screen, for a class")
    ),
    ("playground", "playground", Message("TensorFlow Playground, full screen")),
    (
      "set", "set [NAME VALUE]",
      Message(
        "the settings, or change one: set height 30 (or auto), set live off (or on)"
      )
    ),
    ("clear", "clear", Message("clear the screen")),
    (
      "lang", "lang zh|en", Message("show or switch the language (中文: lang zh)")
    ),
    ("quit", "quit", Message("leave (Ctrl-D does too)")),
  ]

  /// The command words, for completion.
  static var words: [String] {
    var seen: Set<String> = ["Enter"]
    return summaries.map(\.name).filter {
      !$0.contains(" ") && seen.insert($0).inserted
    } + ["exit"]
  }
}

/// Which cell `edit` opens.
enum EditTarget: Equatable {
  /// The cell shown (waiting for Enter), else the one run last.
  case current
  /// Cell `cell` (from 1) of step `step`: `edit 3`, `edit 3.2`.
  case step(Int, cell: Int)
  /// The last entry typed at the prompt.
  case last

  /// `3` or `3.2`; nil when `text` is neither.
  init?(step text: String) {
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    guard (1...2).contains(parts.count), let step = Int(parts[0]),
      let cell = parts.count == 2 ? Int(parts[1]) : 1, step >= 1, cell >= 1
    else { return nil }
    self = .step(step, cell: cell)
  }
}

/// The settings `set NAME VALUE` changes.
enum ShellSetting: String, CaseIterable {
  /// The rows of every chart: a number, or `auto` to size charts to the
  /// terminal.
  case height
  /// Whether training draws its chart as it goes: `on` or `off`.
  case live
}
