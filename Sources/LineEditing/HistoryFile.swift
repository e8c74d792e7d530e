/// Where the shell keeps its history across runs.
public enum HistoryFile {
  /// `$XDG_STATE_HOME/trainlab/history`, or `~/.local/state/trainlab/history`
  /// when `XDG_STATE_HOME` is unset, empty or relative (as the XDG spec
  /// asks); nil when neither it nor `HOME` is usable.
  public static func path(environment: [String: String]) -> String? {
    if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
      return state + "/trainlab/history"
    }
    guard let home = environment["HOME"], home.hasPrefix("/") else {
      return nil
    }
    return home + "/.local/state/trainlab/history"
  }
}
