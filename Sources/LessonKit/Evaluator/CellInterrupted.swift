/// Thrown when the learner pressed Ctrl-C (the session's `isCancelled`);
/// named so as not to shadow Swift's own `CancellationError`.
///
/// A builtin stopped part-way through long work can say what it had made
/// so far (`fit`'s history of the epochs completed): `name = call(…)`
/// assigns that `partial` value when the interrupted call is its whole
/// right-hand side, so the work done is kept.
struct CellInterrupted: Error {
  /// What the interrupted call had made, marked as interrupted.
  var partial: Value?
  /// The call that made `partial`.
  var partialCall: SourceRange?

  /// An interruption with nothing to keep.
  init() {}

  /// An interruption of the call at `call`, which had made `partial`.
  init(partial: Value, call: SourceRange) {
    self.partial = partial
    self.partialCall = call
  }
}
