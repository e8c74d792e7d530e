/// Decides whether to colour output, following the `NO_COLOR` convention.
///
/// Colour is used only when writing to a terminal whose `TERM` is set and is
/// not `dumb`, and `NO_COLOR` is unset or empty; `force` overrides all of it.
/// The caller gathers the facts (`isatty`, the environment); this type only
/// decides, so it is testable and the renderers stay pure.
public enum ColorPolicy {
  /// Returns whether colour should be written.
  /// - Parameters:
  ///   - isTerminal: whether the output stream is a terminal (`isatty`).
  ///   - term: the value of `TERM`, or nil when unset.
  ///   - noColor: the value of `NO_COLOR`, or nil when unset.
  ///   - force: `true` or `false` to force colour on or off; nil to decide.
  /// - Returns: true when ANSI colour should be written.
  public static func shouldColor(
    isTerminal: Bool, term: String?, noColor: String?, force: Bool? = nil
  ) -> Bool {
    if let force { return force }
    if let noColor, !noColor.isEmpty { return false }
    guard isTerminal, let term, !term.isEmpty, term != "dumb" else {
      return false
    }
    return true
  }
}
