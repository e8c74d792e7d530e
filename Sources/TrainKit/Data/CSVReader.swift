#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// One row of a CSV file: its fields and the line it starts on.
struct CSVRecord: Equatable {
  /// The 1-based line number where the row starts.
  var line: Int
  /// The fields, unquoted, with surrounding spaces and tabs removed.
  var fields: [String]
}

/// A small RFC 4180 reader: comma-separated fields, optionally in double
/// quotes (`""` inside quotes is one quote, and a quoted field may span
/// lines); `\n`, `\r\n` and `\r` end a row; blank lines are skipped; a
/// UTF-8 byte-order mark is ignored.
///
/// Errors name `source:line:column`, where the column is the 1-based field
/// number.
struct CSVReader {
  /// The file name or label used in error messages.
  let source: String

  /// The rows of `text`.
  /// - Throws: `TrainKitError` for an unterminated quoted field or text
  ///   after a closing quote.
  func records(in text: String) throws -> [CSVRecord] {
    var bytes = Array(text.utf8)
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    let quote = UInt8(ascii: "\"")
    let comma = UInt8(ascii: ",")
    let lf = UInt8(ascii: "\n")
    let cr = UInt8(ascii: "\r")

    var records: [CSVRecord] = []
    var fields: [String] = []
    var field: [UInt8] = []
    var line = 1
    var recordLine = 1
    var i = 0
    var fieldWasQuoted = false

    func finishField() {
      fields.append(
        fieldWasQuoted ? String(decoding: field, as: UTF8.self) : trimmed(field)
      )
      field.removeAll(keepingCapacity: true)
      fieldWasQuoted = false
    }
    func finishRecord() {
      finishField()
      let isBlank = fields.count == 1 && fields[0].isEmpty
      if !isBlank {
        records.append(CSVRecord(line: recordLine, fields: fields))
      }
      fields.removeAll()
    }

    while i < bytes.count {
      let byte = bytes[i]
      if byte == quote && field.allSatisfy(isSpace) && !fieldWasQuoted {
        // A quoted field: read up to the closing quote.
        let openLine = line
        field.removeAll()
        fieldWasQuoted = true
        i += 1
        var closed = false
        while i < bytes.count {
          let b = bytes[i]
          if b == quote {
            if i + 1 < bytes.count && bytes[i + 1] == quote {
              field.append(quote)
              i += 2
              continue
            }
            closed = true
            i += 1
            break
          }
          if b == lf
            || (b == cr && (i + 1 >= bytes.count || bytes[i + 1] != lf))
          {
            line += 1
          }
          field.append(b)
          i += 1
        }
        guard closed else {
          throw TrainKitError(
            "\(source):\(openLine):\(fields.count + 1): unterminated quoted field (a \" is never closed)"
          )
        }
        // Only spaces may follow the closing quote in the same field.
        while i < bytes.count && isSpace(bytes[i]) { i += 1 }
        if i < bytes.count && bytes[i] != comma && bytes[i] != lf
          && bytes[i] != cr
        {
          throw TrainKitError(
            "\(source):\(line):\(fields.count + 1): unexpected text after a closing quote"
          )
        }
        continue
      }
      switch byte {
      case comma:
        finishField()
        i += 1
      case lf, cr:
        finishRecord()
        i += (byte == cr && i + 1 < bytes.count && bytes[i + 1] == lf) ? 2 : 1
        line += 1
        recordLine = line
      default:
        if fieldWasQuoted {
          throw TrainKitError(
            "\(source):\(line):\(fields.count + 1): unexpected text after a closing quote"
          )
        }
        field.append(byte)
        i += 1
      }
    }
    if !field.isEmpty || !fields.isEmpty || fieldWasQuoted { finishRecord() }
    return records
  }
}

private func isSpace(_ byte: UInt8) -> Bool {
  byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
}

private func trimmed(_ bytes: [UInt8]) -> String {
  guard let first = bytes.firstIndex(where: { !isSpace($0) }),
    let last = bytes.lastIndex(where: { !isSpace($0) })
  else { return "" }
  return String(decoding: bytes[first...last], as: UTF8.self)
}
