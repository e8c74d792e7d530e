import Foundation
import Testing

@testable import Localization

/// The catalog against the sources: every message literal in `Sources/`
/// has its Chinese, and every Chinese template belongs to a literal.
@Suite struct CatalogTests {
  /// The calls that take messages.
  ///
  /// Their string-literal arguments are catalog keys (a literal that is a
  /// bare name is a parameter, not a message). A message written anywhere
  /// else is spelled `Message("…")`, which this list also finds.
  /// `emit(` and `prompt: ` take finished text, so a literal written there
  /// would reach a Chinese learner in English: they are scanned too, as
  /// is `ask(`, the shell's one way to ask a question.
  static let entryPoints = [
    "Message(", "hint(", "tell(", "RuntimeError(", "HostError(", "report(",
    "reportExpected(",
    "LessonFileError(", "ShellError(", "say(", "sayError(", "LocalizedError(",
    "invalid(", "error(", "typeError(", "wholeNumber(", "numbers(", "object(",
    "emit(", "prompt: ", "ask(",
    "TrainKitError(",
  ]

  /// The targets whose messages all go through the catalog.
  static let targets = [
    "TrainKit", "TermPlot", "LessonKit", "LabShell", "trainlab",
  ]

  /// Every message literal in those targets, with where it is.
  static let literals: [(key: String, place: String)] = {
    let root = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    let sources = root.appendingPathComponent("Sources")
    var found: [(String, String)] = []
    let files =
      FileManager.default.enumerator(atPath: sources.path)?
      .compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") } ?? []
    for file in files.sorted()
    where targets.contains(where: { file.hasPrefix($0 + "/") }) {
      guard
        let text = try? String(
          contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
      else { continue }
      for (key, line) in MessageScanner.keys(in: text, after: entryPoints) {
        found.append((key, "\(file):\(line)"))
      }
    }
    return found
  }()

  @Test func theSourcesHaveMessages() {
    // The scanner finds the messages (a scanner that finds none would let
    // every other test here pass).
    #expect(CatalogTests.literals.count > 100)
    #expect(
      CatalogTests.literals.contains { $0.key == "`{1}` is given twice" })
  }

  @Test func trainKitsErrorsAreScanned() {
    // TrainKit's errors reach the learner through the builtins that call
    // it (fit, split, reshape …): the scanner must see them, and each
    // must have its Chinese (`everyMessageHasItsChinese` checks it).
    let trainKit = CatalogTests.literals.filter {
      $0.place.hasPrefix("TrainKit/")
    }
    #expect(trainKit.count > 100)
    #expect(
      trainKit.contains { $0.key == "{1}: shapes {2} and {3} do not match" })
    #expect(trainKit.contains { $0.key == "the loss became {1} {2}" })
  }

  @Test func everyMessageHasItsChinese() {
    let missing = CatalogTests.literals.filter { !Catalog.translates($0.key) }
    for (key, place) in missing {
      Issue.record("\(place): no Chinese for \"\(key)\"")
    }
  }

  @Test func everyChineseTemplateBelongsToAMessage() {
    let keys = Set(CatalogTests.literals.map(\.key))
    for key in Catalog.zh.keys.sorted() where !keys.contains(key) {
      Issue.record("Catalog.zh has \"\(key)\", which no source writes")
    }
  }

  @Test func chineseTemplatesUseOnlyTheEnglishHoles() {
    for (key, chinese) in Catalog.zh {
      let extra = Message.holes(in: chinese).subtracting(Message.holes(in: key))
      #expect(
        extra.isEmpty, "\"\(chinese)\" has holes \(extra) that \"\(key)\" lacks"
      )
    }
  }

  @Test func chineseProseUsesFullWidthPunctuation() {
    for chinese in Catalog.zh.values {
      let characters = Array(Message.fill(chinese) { _ in "x" })
      var insideCode = false
      for (index, character) in characters.enumerated() {
        if character == "`" { insideCode.toggle() }
        guard !insideCode, ",;?!:".contains(character) else { continue }
        let before = index > 0 ? characters[index - 1] : " "
        #expect(
          !before.isCJK,
          "\"\(chinese)\": ASCII \"\(character)\" after \(before); write it full-width"
        )
      }
    }
  }

  @Test func theScannerReadsInterpolationsAndEscapes() {
    let source = #"""
      throw RuntimeError(
        "`\(label)` is given \(f("a)", g(1))) times\n", at: r)
      let m = Message("tab\there \"quoted\" \\ \(x)") + Message("Lessons")
      report(name, at: r)
      arguments.error("lr", "must be \(x)"); typeError(n, expected: "a list", got: v)
      emit(none ? "Step \(n) has none." : "Step \(n) has \(k).")
      """#
    let keys = MessageScanner.keys(in: source, after: CatalogTests.entryPoints)
    #expect(
      keys.map(\.key) == [
        "`{1}` is given {2} times\n", "tab\there \"quoted\" \\ {1}", "Lessons",
        "must be {1}", "a list", "Step {1} has none.", "Step {1} has {2}.",
      ])
    #expect(keys.map(\.line) == [2, 3, 3, 5, 5, 6, 6])
  }

  @Test func aMessageRendersInEachLanguage() {
    let label = "lr"
    let message: Message = "`\(label)` is given twice"
    #expect(message.key == "`{1}` is given twice")
    #expect(message.text(in: .en) == "`lr` is given twice")
    #expect(
      message.text(in: .zh)
        == Catalog.zh["`{1}` is given twice"]!.replacingOccurrences(
          of: "{1}", with: "lr"))
    let nested: Message = "fit: \(message)"
    #expect(nested.text(in: .en) == "fit: `lr` is given twice")
  }

  @Test func theLanguageComesFromTheEnvironment() {
    #expect(Language.fromEnvironment([:]) == .en)
    #expect(Language.fromEnvironment(["LANG": "zh_CN.UTF-8"]) == .zh)
    #expect(
      Language.fromEnvironment(["LANG": "zh_CN.UTF-8", "LC_ALL": "C"]) == .en)
    #expect(
      Language.fromEnvironment(["LC_MESSAGES": "zh_TW", "LANG": "en_US"]) == .zh
    )
    #expect(Language.fromEnvironment(["LC_ALL": "", "LANG": "zh_CN"]) == .zh)
    #expect(
      Language.fromEnvironment(["TRAINLAB_LANG": "en", "LANG": "zh_CN"]) == .en)
    #expect(Language.fromEnvironment(["TRAINLAB_LANG": "zh"]) == .zh)
    #expect(
      Language.fromEnvironment(["TRAINLAB_LANG": "klingon", "LANG": "zh_CN"])
        == .zh)
    #expect(Language(name: "中文") == .zh)
    #expect(Language(name: "fr") == nil)
  }
}

extension Character {
  /// A Han character or CJK punctuation.
  var isCJK: Bool {
    guard let scalar = unicodeScalars.first else { return false }
    switch scalar.value {
    case 0x3000...0x303F, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF00...0xFFEF:
      return true
    default: return false
    }
  }
}

/// Finds the message literals in Swift source: the string literal
/// arguments (unlabeled, or with any label) of calls to the entry points,
/// except a literal that is only a name (a parameter named in
/// `arguments.error("lr", …)`), and turns each into its catalog key
/// (interpolations become `{1}`, …).
enum MessageScanner {
  static func keys(in source: String, after heads: [String])
    -> [(key: String, line: Int)]
  {
    let text = Array(source.unicodeScalars)
    var lineStarts: [Int] = [0]
    for (index, scalar) in text.enumerated() where scalar == "\n" {
      lineStarts.append(index + 1)
    }
    func line(of index: Int) -> Int {
      var low = 0
      var high = lineStarts.count - 1
      while low < high {
        let middle = (low + high + 1) / 2
        if lineStarts[middle] <= index {
          low = middle
        } else {
          high = middle - 1
        }
      }
      return low + 1
    }
    var results: [(String, Int)] = []
    var index = 0
    let headScalars = heads.map { Array($0.unicodeScalars) }
    while index < text.count {
      if text[index] == "/" && index + 1 < text.count && text[index + 1] == "/"
      {
        while index < text.count && text[index] != "\n" { index += 1 }
        continue
      }
      if text[index] == "\"" {
        index = skipLiteral(text, from: index)
        continue
      }
      if index == 0 || !isIdentifier(text[index - 1]),
        let head = headScalars.first(where: { matches($0, in: text, at: index) }
        )
      {
        // In `Message(…)` even a single word is a message.
        let keepsNames = head == Array("Message(".unicodeScalars)
        for (key, start) in arguments(
          text, from: index + head.count, keepingNames: keepsNames)
        {
          results.append((key, line(of: start)))
        }
        index += head.count
        continue
      }
      index += 1
    }
    return results
  }

  /// The message literals among the top-level arguments of the call whose
  /// argument list starts at `start`, with where each starts.
  static func arguments(
    _ text: [Unicode.Scalar], from start: Int, keepingNames: Bool
  ) -> [(String, Int)] {
    var found: [(String, Int)] = []
    var index = start
    var depth = 1
    var argumentStart = true
    while index < text.count && depth > 0 {
      let scalar = text[index]
      if argumentStart {
        if scalar == " " || scalar == "\n" {
          index += 1
          continue
        }
        // A label: `expected: "…"`.
        var end = index
        while end < text.count && isIdentifier(text[end]) { end += 1 }
        if end > index && end < text.count && text[end] == ":" {
          index = end + 1
          continue
        }
        argumentStart = false
        if scalar == "\"" && !isTripleQuote(text, at: index),
          let (key, end) = literal(text, from: index)
        {
          if keepingNames || !isName(key) { found.append((key, index)) }
          index = end
          continue
        }
      }
      switch scalar {
      case "(", "[": depth += 1
      case ")", "]": depth -= 1
      case ",": if depth == 1 { argumentStart = true }
      // Each branch of a conditional (`c ? "a" : "b"`, `x ?? "b"`) is an
      // argument's text too.
      case "?", ":": if depth == 1 { argumentStart = true }
      case "\"":
        index = skipLiteral(text, from: index)
        continue
      default: break
      }
      index += 1
    }
    return found
  }

  static func isName(_ key: String) -> Bool {
    guard let first = key.unicodeScalars.first, !("0"..."9").contains(first)
    else { return false }
    return key.unicodeScalars.allSatisfy(isIdentifier)
  }

  static func isTripleQuote(_ text: [Unicode.Scalar], at index: Int) -> Bool {
    index + 2 < text.count && text[index + 1] == "\"" && text[index + 2] == "\""
  }

  /// The index past the literal (single- or multi-line) starting at `index`.
  static func skipLiteral(_ text: [Unicode.Scalar], from index: Int) -> Int {
    if isTripleQuote(text, at: index) {
      var position = index + 3
      while position + 2 < text.count && !isTripleQuote(text, at: position) {
        position += text[position] == "\\" ? 2 : 1
      }
      return position + 3
    }
    return literal(text, from: index)?.1 ?? index + 1
  }

  static func matches(
    _ head: [Unicode.Scalar], in text: [Unicode.Scalar], at index: Int
  )
    -> Bool
  {
    guard index + head.count <= text.count else { return false }
    for offset in head.indices where text[index + offset] != head[offset] {
      return false
    }
    return true
  }

  static func isIdentifier(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
      || scalar == "_"
  }

  /// The key of the literal whose opening quote is at `start`, and the
  /// index just past its closing quote.
  static func literal(_ text: [Unicode.Scalar], from start: Int) -> (
    String, Int
  )? {
    var key = ""
    var holes = 0
    var index = start + 1
    while index < text.count {
      let scalar = text[index]
      if scalar == "\"" { return (key, index + 1) }
      if scalar == "\n" { return nil }
      if scalar == "\\" && index + 1 < text.count {
        let next = text[index + 1]
        switch next {
        case "(":
          guard let end = skipInterpolation(text, from: index + 2) else {
            return nil
          }
          holes += 1
          key += "{\(holes)}"
          index = end
          continue
        case "n": key += "\n"
        case "t": key += "\t"
        case "0": key += "\0"
        case "u":
          var digits = ""
          var position = index + 3
          while position < text.count && text[position] != "}" {
            digits.unicodeScalars.append(text[position])
            position += 1
          }
          if let value = UInt32(digits, radix: 16),
            let decoded = Unicode.Scalar(value)
          {
            key.unicodeScalars.append(decoded)
          }
          index = position + 1
          continue
        default: key.unicodeScalars.append(next)
        }
        index += 2
        continue
      }
      key.unicodeScalars.append(scalar)
      index += 1
    }
    return nil
  }

  /// The index just past the `)` that closes an interpolation whose
  /// content starts at `start` (nested brackets and strings skipped).
  static func skipInterpolation(_ text: [Unicode.Scalar], from start: Int)
    -> Int?
  {
    var depth = 1
    var index = start
    while index < text.count {
      switch text[index] {
      case "(": depth += 1
      case ")":
        depth -= 1
        if depth == 0 { return index + 1 }
      case "\"":
        guard let (_, end) = literal(text, from: index) else { return nil }
        index = end
        continue
      default: break
      }
      index += 1
    }
    return nil
  }
}
