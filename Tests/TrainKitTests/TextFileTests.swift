import Foundation
import Testing

@testable import TrainKit

/// Reading files a lesson names without trusting them: only regular files,
/// inside their folder, under the size cap; text normalized and made safe
/// for a terminal.
@Suite struct TextFileTests {
  /// A fresh folder, removed by the caller.
  func folder() throws -> String {
    let path = NSTemporaryDirectory() + "trainkit-textfile-\(UUID())"
    try FileManager.default.createDirectory(
      atPath: path, withIntermediateDirectories: true)
    return path
  }

  @Test func readsARegularFileInsideItsFolder() throws {
    let dir = try folder()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try "a,b\n1,2\n".write(
      toFile: dir + "/ok.csv", atomically: false, encoding: .utf8)
    #expect(try TextFile.read(dir + "/ok.csv", inside: dir) == "a,b\n1,2\n")
    // A link that stays inside the folder is fine.
    symlink("ok.csv", dir + "/alias.csv")
    #expect(try TextFile.read(dir + "/alias.csv", inside: dir) == "a,b\n1,2\n")
  }

  @Test func refusesADeviceAFIFOAndAFolder() throws {
    let dir = try folder()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    mkfifo(dir + "/pipe.csv", 0o600)
    // Without the checks, this read would wait for a writer forever.
    #expect(
      throws: TrainKitError(
        "\(dir)/pipe.csv: cannot read the file (it is a FIFO (named pipe), not a regular file)"
      )
    ) { try TextFile.read(dir + "/pipe.csv", inside: dir) }
    #expect(
      throws: TrainKitError(
        "/dev/zero: cannot read the file (it is a device, not a regular file)")
    ) { try TextFile.read("/dev/zero") }
    #expect(
      throws: TrainKitError(
        "\(dir): cannot read the file (it is a folder, not a regular file)")
    ) { try TextFile.read(dir) }
  }

  @Test func refusesLinksOutOfTheFolderWithoutQuotingTheTarget() throws {
    let dir = try folder()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    symlink("/dev/zero", dir + "/zero.csv")
    symlink("/etc/passwd", dir + "/passwd.csv")
    symlink("../../etc/hostname", dir + "/up.csv")
    for name in ["zero.csv", "passwd.csv", "up.csv"] {
      #expect(
        throws: TrainKitError(
          "\(dir)/\(name): cannot read the file (it leads outside the folder \(dir))"
        )
      ) { try TextFile.read(dir + "/" + name, inside: dir) }
    }
  }

  @Test func refusesAFileOverTheSizeCap() throws {
    let dir = try folder()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let path = dir + "/huge.csv"
    let fd = open(path, O_CREAT | O_WRONLY, 0o600)
    #expect(ftruncate(fd, off_t(TextFile.maximumBytes + 1)) == 0)  // sparse
    close(fd)
    #expect(
      throws: TrainKitError(
        "\(path): cannot read the file (it is larger than 64 MB (the most TrainLab reads))"
      )
    ) { try TextFile.read(path, inside: dir) }
    truncate(path, off_t(TextFile.maximumBytes))
    #expect(try TextFile.readBytes(path, inside: dir).count == 64 << 20)
  }

  @Test(arguments: [
    ("\u{FEFF}# T\r\nline\r\n", "# T\nline\n"),
    ("a\rb\r\rc", "a\nb\n\nc"),
    ("a\r\n\r\nb\n", "a\n\nb\n"),
    ("tab\there\n", "tab\there\n"),
  ])
  func aByteOrderMarkAndLineEndingsAreReadAsText(
    raw: String, expected: String
  ) {
    #expect(TextFile.normalized(Array(raw.utf8)) == expected)
  }

  @Test func controlCharactersBecomeVisible() {
    #expect(
      TextFile.visible("\u{1B}]52;c;aGk=\u{07}x\u{1B}[2J")
        == "^[]52;c;aGk=^Gx^[[2J")
    #expect(TextFile.visible("\u{9B}31m\u{7F}\u{0}") == "M-^[31m^?^@")
    #expect(TextFile.visible("plain\ttext\nnext") == "plain\ttext\nnext")
    #expect(TextFile.normalized(Array("a\u{1B}[31mb".utf8)) == "a^[[31mb")
  }

  @Test func bidiControlsBecomeVisible() {
    #expect(
      TextFile.visible("a\u{202E}b\u{2066}c\u{2069}d\u{202A}")
        == "a<U+202E>b<U+2066>c<U+2069>d<U+202A>")
    // Marks that only hint a direction are text.
    #expect(TextFile.visible("a\u{200E}b") == "a\u{200E}b")
  }

  /// The output boundary keeps TrainLab's styling (SGR and the progress
  /// line's clear) and makes every other control visible, whatever
  /// surrounds it.
  @Test func keepingStyleKeepsOnlyTrainLabsOwnEscapes() {
    let styled = "\u{1B}[1;31merror\u{1B}[0m: \u{1B}[m"
    #expect(TextFile.visible(styled, keepingStyle: true) == styled)
    #expect(
      TextFile.visible("\r\u{1B}[2Kepoch 3", keepingStyle: true)
        == "\r\u{1B}[2Kepoch 3")
    #expect(
      TextFile.visible(
        "\u{1B}]0;title\u{07}\u{1B}]52;c;aGk=\u{1B}\\\u{1B}[2J\u{1B}[H",
        keepingStyle: true)
        == "^[]0;title^G^[]52;c;aGk=^[\\^[[2J^[[H")
    #expect(
      TextFile.visible("forged\rok\u{9B}2J\u{85}\u{202E}x", keepingStyle: true)
        == "forged^Mok" + "M-^[2JM-^E<U+202E>x")
    // An unfinished or non-SGR CSI is shown, never half kept.
    #expect(TextFile.visible("\u{1B}[31", keepingStyle: true) == "^[[31")
    #expect(TextFile.visible("\u{1B}[3;1H", keepingStyle: true) == "^[[3;1H")
  }

  @Test func anExcerptIsShortAndVisible() {
    #expect(TextFile.excerpt("short") == "short")
    let long = String(repeating: "x", count: 1000)
    #expect(TextFile.excerpt(long) == String(repeating: "x", count: 39) + "…")
    #expect(TextFile.excerpt("\u{1B}[2J") == "^[[2J")
  }

  @Test func csvMessagesQuoteOnlyAnExcerpt() throws {
    let field = String(repeating: "root:x:0:0:", count: 100)
    #expect(
      throws: TrainKitError(
        "t.csv:2:1: \"\(String(repeating: "root:x:0:0:", count: 4).prefix(39))…\" is not a number (column \"a\")"
      )
    ) { try Dataset.parseCSV("a,b\n\(field),1\n", source: "t.csv") }
  }
}
