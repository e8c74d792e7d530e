extension Session {
  /// Completion candidates for the word ending at `cursor` in `line`:
  /// members after `.`, keyword arguments (with `=`) inside a call of a
  /// builtin, otherwise variables, builtins and keywords.
  ///
  /// Sorted, no repeats.
  ///
  /// - Parameters:
  ///   - line: the line being edited.
  ///   - cursor: the cursor position, in characters from the start of `line`
  ///     (equal to the byte offset for ASCII text).
  /// - Returns: whole words that start with the word being typed.
  public func completions(line: String, cursor: Int) -> [String] {
    let characters = Array(line.prefix(max(0, min(cursor, line.count))))
    var start = characters.count
    while start > 0, isWordCharacter(characters[start - 1]) { start -= 1 }
    let prefix = String(characters[start...])
    if start > 0, characters[start - 1] == "." {
      return memberCompletions(
        before: Array(characters[..<(start - 1)]), prefix: prefix)
    }
    var candidates: [String] = []
    if let callee = enclosingCall(Array(characters[..<start])),
      let builtin = interpreter.builtins[callee]
    {
      let keywords = builtin.parameters.filter { !$0.isVariadic }.map {
        $0.name + "="
      }
      candidates += keywords.filter { $0.hasPrefix(prefix) }
    }
    var names = Set(interpreter.globals.keys).union(interpreter.builtins.keys)
    names.formUnion(Keyword.allCases.map(\.rawValue))
    candidates += names.filter { $0.hasPrefix(prefix) }.sorted()
    var seen = Set<String>()
    return candidates.filter { seen.insert($0).inserted }
  }

  private func isWordCharacter(_ character: Character) -> Bool {
    character == "_" || character.isLetter || character.isNumber
  }

  /// Members of the value named by a dotted chain of names before the cursor.
  private func memberCompletions(before characters: [Character], prefix: String)
    -> [String]
  {
    var end = characters.count
    while end > 0,
      isWordCharacter(characters[end - 1]) || characters[end - 1] == "."
    { end -= 1 }
    let path = String(characters[end...]).split(
      separator: ".", omittingEmptySubsequences: false
    ).map(String.init)
    guard let root = path.first, !root.isEmpty,
      var value = interpreter.globals[root]
    else { return [] }
    let origin = SourceLocation(offset: 0, line: 1, column: 1)
    for name in path.dropFirst() {
      guard
        let next = try? interpreter.member(
          name, of: value, at: SourceRange(start: origin, end: origin))
      else {
        return []
      }
      value = next
    }
    let names: [String]
    switch value {
    case .record(let record): names = record.keys
    case .object(let object): names = object.memberNames
    default: names = []
    }
    return names.filter { $0.hasPrefix(prefix) }.sorted()
  }

  /// The name before the innermost unclosed `(`, if any.
  private func enclosingCall(_ characters: [Character]) -> String? {
    var depth = 0
    var index = characters.count - 1
    while index >= 0 {
      let character = characters[index]
      if character == ")" || character == "]" || character == "}" { depth += 1 }
      if character == "[" || character == "{" { depth -= 1 }
      if character == "(" {
        if depth == 0 {
          var start = index
          while start > 0, isWordCharacter(characters[start - 1]) { start -= 1 }
          return start < index ? String(characters[start..<index]) : nil
        }
        depth -= 1
      }
      if depth < 0 { return nil }
      index -= 1
    }
    return nil
  }
}
