import Localization

/// An error raised while evaluating, pointing at the text that caused it.
struct RuntimeError: Error {
  /// The complete sentence shown to the learner.
  var message: String
  /// The text the caret underlines.
  var range: SourceRange
  /// The cell `range` is in, when it is not the running cell (an error in
  /// the body of a function defined in an earlier cell).
  var source: CellSource?
  /// For an error inside a function's body: the outermost call, in the
  /// running cell.
  var callSite: SourceRange?

  /// Creates an error.
  init(_ message: Message, at range: SourceRange) {
    self.message = String(message)
    self.range = range
  }
}

/// An error raised by a builtin's implementation or a host object, which
/// has no source range of its own; the evaluator attaches the call's.
struct HostError: Error {
  /// The complete sentence shown to the learner.
  var message: String
  /// A more precise range than the whole call, if the builtin knows one.
  var range: SourceRange?

  /// Creates an error.
  init(_ message: Message, at range: SourceRange? = nil) {
    self.message = String(message)
    self.range = range
  }
}

/// The closest of `candidates` to `name`, when close enough to be a likely typo.
///
/// Uses the Levenshtein distance: none for one-letter names, one edit for
/// names of up to four characters, two up to eight, three beyond.
public func closestMatch(to name: String, among candidates: [String])
  -> String?
{
  let allowed =
    name.count <= 1 ? 0 : name.count <= 4 ? 1 : name.count <= 8 ? 2 : 3
  var best: (String, Int)?
  let lowered = name.lowercased()
  for candidate in candidates where candidate != name {
    let distance = levenshtein(lowered, candidate.lowercased())
    guard distance <= allowed else { continue }
    if let (bestName, bestDistance) = best,
      distance > bestDistance
        || (distance == bestDistance && candidate >= bestName)
    {
      continue
    }
    best = (candidate, distance)
  }
  return best?.0
}

/// The number of single-character insertions, deletions, substitutions and
/// swaps of two neighbours that turn `a` into `b` (the optimal string
/// alignment distance: `lsit` is one edit from `list`).
/// - Complexity: O(a.count × b.count); both are short names.
func levenshtein(_ a: String, _ b: String) -> Int {
  let a = Array(a.prefix(64))
  let b = Array(b.prefix(64))
  if a.isEmpty { return b.count }
  if b.isEmpty { return a.count }
  var beforePrevious = [Int](repeating: 0, count: b.count + 1)
  var previous = Array(0...b.count)
  var current = [Int](repeating: 0, count: b.count + 1)
  for i in 1...a.count {
    current[0] = i
    for j in 1...b.count {
      let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
      current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
      if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
        current[j] = min(current[j], beforePrevious[j - 2] + 1)
      }
    }
    (beforePrevious, previous, current) = (previous, current, beforePrevious)
  }
  return previous[b.count]
}

/// " Did you mean `x`?" or "" when nothing is close.
func didYouMean(_ name: String, among candidates: [String]) -> Message {
  closestMatch(to: name, among: candidates).map {
    Message("; did you mean `\($0)`?")
  } ?? ""
}
