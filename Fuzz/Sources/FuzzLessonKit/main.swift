import LessonKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// A libFuzzer target for the lesson language. SwiftPM gives an executable
// its own `main`, so instead of libFuzzer's `main` this program calls
// libFuzzer's driver with a callback; build with `-sanitize=fuzzer`.

/// libFuzzer's driver (in the fuzzer runtime linked by `-sanitize=fuzzer`).
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
  _ argc: UnsafeMutablePointer<CInt>,
  _ argv: UnsafeMutablePointer<
    UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>
  >,
  _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// The session shared by all inputs, with tight limits so each input
/// finishes quickly; replaced every 256 inputs.
///
/// Safe: libFuzzer calls the callback from one thread only.
nonisolated(unsafe) var fuzzSession: Session?
nonisolated(unsafe) var inputsSinceReset = 0

/// libFuzzer's conventional entry point (its runtime refers to it); the
/// driver below is given the same function.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int)
  -> CInt
{
  fuzzOneInput(data, size)
}

/// True in the grammar-aware mode (`FUZZ_MODE=grammar`): each input is a
/// stream of choices that `ProgramGenerator` turns into a well-formed
/// program; otherwise each input is the program's text.
let grammarMode = getenv("FUZZ_MODE").map { String(cString: $0) } == "grammar"

/// Runs one input through the prompt's helpers and the lexer, parser and
/// evaluator.
///
/// The input is UTF-8 text (invalid bytes replaced), or in the grammar mode
/// the program generated from it. Any trap is a bug.
func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes =
    data.map { UnsafeBufferPointer(start: $0, count: size) }
    ?? UnsafeBufferPointer(start: nil, count: 0)
  var generator = ProgramGenerator(Array(bytes))
  let source =
    grammarMode
    ? generator.program() : String(decoding: bytes, as: UTF8.self)
  if getenv("FUZZ_PRINT") != nil { print(source) }
  if fuzzSession == nil || inputsSinceReset >= 256 {
    let limits = EvaluationLimits(
      steps: 20_000, callDepth: 32, collectionSize: 20_000,
      tensorElements: 100_000)
    let session = Session(
      options: SessionOptions(
        width: 60, height: 12, datasetsDirectory: "/nonexistent", limits: limits
      ))
    session.output = { _ in }
    fuzzSession = session
    inputsSinceReset = 0
  }
  inputsSinceReset += 1
  guard let session = fuzzSession else { return 0 }
  _ = session.needsMoreInput(source)
  _ = session.completions(line: source, cursor: source.count / 2)
  _ = session.run(source, origin: SourceOrigin(file: "fuzz", line: 1))
  return 0
}

// `FuzzLessonKit --write-seeds DIR`: every builtin's example as a seed
// file of the text mode, so the corpus always covers the whole registry.
if CommandLine.arguments.count == 3
  && CommandLine.arguments[1] == "--write-seeds"
{
  let folder = CommandLine.arguments[2]
  for builtin in Session.builtinSummaries {
    guard let file = fopen("\(folder)/example-\(builtin.name)", "w") else {
      continue
    }
    fputs(builtin.example + "\n", file)
    fclose(file)
  }
  exit(0)
}

var argc = CommandLine.argc
var argv = CommandLine.unsafeArgv
exit(runFuzzerDriver(&argc, &argv) { data, size in fuzzOneInput(data, size) })
