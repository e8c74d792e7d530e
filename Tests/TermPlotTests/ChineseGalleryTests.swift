import Foundation
import Localization
import Testing

@testable import TermPlot

/// `trainlab demo --lang zh`: the gallery in Chinese at 60 and 80 columns,
/// compared with its golden, every line within its width, none starting
/// with closing punctuation, lists joined with 、 and clauses with ；, and
/// no English word but the names a learner types (builtins, parameters,
/// algorithms' own names) and axis symbols.
@Suite struct ChineseGalleryTests {
  /// The words that stay as written in Chinese: builtin and parameter
  /// names, the algorithms' proper names, axis symbols and `NaN`.
  static let allowedWords: Set<String> = [
    "sgd", "adam", "mlp", "lr", "log10", "SGD", "Adam", "RMSProp", "sigmoid",
    "x1", "x2", "w1", "w2", "momentum", "NaN", "S", "E", "p", "x", "y",
  ]

  /// The runs of ASCII letters and digits in `text` that start with a
  /// letter (`1.2e-07` and `0.1x²` are numbers, not words).
  static func words(_ text: String) -> [String] {
    var words: [String] = []
    var word = ""
    for character in text {
      if character.isASCII && (character.isLetter || character.isNumber) {
        word.append(character)
      } else {
        if word.first?.isLetter == true { words.append(word) }
        word = ""
      }
    }
    if word.first?.isLetter == true { words.append(word) }
    return words
  }

  @Test(arguments: [60, 80])
  func theGalleryReadsInChinese(width: Int) throws {
    let output = Language.with(.zh) {
      Gallery.render(width: width, height: 16, options: .plain)
    }
    // The same rendering in English differs (a test that would pass with
    // the English gallery checks nothing).
    #expect(output != Gallery.render(width: width, height: 16, options: .plain))
    for line in output.split(separator: "\n") {
      #expect(TextWidth.of(String(line)) <= width, "too wide: \(line)")
      if let first = line.first {
        #expect(
          !CJKBreaking.closing.contains(first),
          "starts with closing punctuation: \(line)")
      }
      // Lists and clauses are joined the Chinese way (、 and ；).
      #expect(
        !line.contains(", ") && !line.contains("; "),
        "ASCII separator in: \(line)")
      let english = ChineseGalleryTests.words(String(line)).filter {
        !ChineseGalleryTests.allowedWords.contains($0)
      }
      #expect(english.isEmpty, "English \(english) in: \(line)")
    }
    let file = GoldenTests.goldens.appendingPathComponent(
      "gallery-zh-\(width)x16-plain.txt")
    if ProcessInfo.processInfo.environment["TERMPLOT_RECORD"] == "1" {
      try (output + "\n").write(to: file, atomically: true, encoding: .utf8)
      return
    }
    GoldenTests.compare(
      output, with: try String(contentsOf: file, encoding: .utf8), of: file)
  }

  @Test func theWordScannerFindsEnglish() {
    // The check above can fail: it finds the English a chart would show.
    #expect(
      ChineseGalleryTests.words("│ 训练 1.2e-07、test 0.1x² (class 1)")
        == ["test", "class"])
  }
}
