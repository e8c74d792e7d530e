import Testing

@testable import LessonKit

/// A session whose output goes only to the transcript.
func makeSession(_ options: SessionOptions = SessionOptions()) -> Session {
  let session = Session(options: options)
  session.output = { _ in }
  return session
}

/// Runs `source` in a fresh session (or `session`) and returns the transcript,
/// or the error's description when it failed.
func transcript(_ source: String, in session: Session? = nil) -> String {
  let result = (session ?? makeSession()).run(source, origin: .prompt)
  return result.transcript
}

/// The error message (without location and caret) of running `source`.
func errorMessage(_ source: String, in session: Session? = nil) -> String? {
  (session ?? makeSession()).run(source, origin: .prompt).error?.message
}

/// The optimizer and schedule builtins whose example makes a `T`
/// (`OptimizerObject`, `ScheduleObject`): the list the registry owns.
func optimizerBuiltins<T>(making type: T.Type) -> Set<String> {
  let session = makeSession()
  return Set(
    OptimizerBuiltins.all.filter { builtin in
      guard session.run("x = \(builtin.example)", origin: .prompt).error == nil,
        case .object(let object)? = session.interpreter.globals["x"]
      else { return false }
      return object is T
    }.map(\.name))
}
