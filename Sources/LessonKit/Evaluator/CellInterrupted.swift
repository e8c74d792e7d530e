/// Thrown when the learner pressed Ctrl-C (the session's `isCancelled`);
/// named so as not to shadow Swift's own `CancellationError`.
struct CellInterrupted: Error {}
