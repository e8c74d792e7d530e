// trainkit-bench: prints TrainKit's benchmark figures as tables (and, with
// --json, as one JSON object per line for Benchmarks/peers/compare.py).
//
//   swift run -c release trainkit-bench [gemm|mlp|digits|plot|all] [--json]
//       [--trials N] [--threads N] [--digits PATH]
import BenchmarkWorkloads

#if canImport(Glibc)
  import Glibc
#endif

struct Options {
  var workloads: [String] = []
  var json = false
  var trials = 7
  var threads = GEMMWorkload.allCores
  var digitsPath = "../datasets/digits.csv"
}

func parseOptions() -> Options {
  var options = Options()
  var arguments = CommandLine.arguments.dropFirst()
  while let argument = arguments.popFirst() {
    switch argument {
    case "--json": options.json = true
    case "--trials": options.trials = arguments.popFirst().flatMap { Int($0) } ?? options.trials
    case "--threads": options.threads = arguments.popFirst().flatMap { Int($0) } ?? options.threads
    case "--digits": options.digitsPath = arguments.popFirst() ?? options.digitsPath
    case "-h", "--help":
      print("usage: trainkit-bench [gemm|mlp|digits|plot|all]… [--json] [--trials N] [--threads N] [--digits PATH]")
      exit(0)
    default: options.workloads.append(argument)
    }
  }
  if options.workloads.isEmpty || options.workloads.contains("all") {
    options.workloads = Workload.all
  }
  return options
}

enum Workload {
  static let all = ["gemm", "mlp", "digits", "plot"]
}

func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
  let count = text.count
  if count >= width { return text }
  let spaces = String(repeating: " ", count: width - count)
  return right ? spaces + text : text + spaces
}

func fixed(_ value: Double, _ digits: Int = 1) -> String {
  guard value.isFinite else { return "–" }
  var scale = 1.0
  for _ in 0..<digits { scale *= 10 }
  let rounded = (value * scale).rounded() / scale
  var text = "\(rounded)"
  if let dot = text.firstIndex(of: ".") {
    let decimals = text.distance(from: dot, to: text.endIndex) - 1
    if digits == 0 { text = String(text[..<dot]) } else if decimals < digits {
      text += String(repeating: "0", count: digits - decimals)
    }
  }
  return text
}

/// Prints one JSON object on a line (keys and string values are plain ASCII
/// or already escaped by the caller).
func emitJSON(_ fields: [(String, Any)]) {
  let body = fields.map { key, value -> String in
    switch value {
    case let text as String: return "\"\(key)\":\"\(text)\""
    case let number as Double: return "\"\(key)\":\(number.isFinite ? "\(number)" : "null")"
    default: return "\"\(key)\":\(value)"
    }
  }
  print("{" + body.joined(separator: ",") + "}")
}

func runGEMM(_ options: Options) {
  let threadCounts = options.threads > 1 ? [1, options.threads] : [1]
  let workloads =
    GEMMWorkload.squareSizes.map { GEMMWorkload(m: $0, n: $0, k: $0, label: "\($0)³") }
    + GEMMWorkload.trainingShapes()
  if !options.json {
    print("GEMM float32, GFLOP/s: best / median of \(options.trials) trials")
    var header = pad("shape (m×n×k)", 24)
    for t in threadCounts { header += pad("\(t) thread\(t == 1 ? "" : "s")", 18, right: true) }
    print(header)
  }
  for workload in workloads {
    var line = pad(workload.label, 24)
    for threads in threadCounts {
      let timing = Timing.measure(trials: options.trials, minimumSeconds: 0.05) {
        workload.run(threads: threads)
      }
      let best = workload.flops / timing.best / 1e9
      let median = workload.flops / timing.median / 1e9
      if options.json {
        emitJSON([
          ("workload", "gemm"), ("label", workload.label), ("m", workload.m), ("n", workload.n),
          ("k", workload.k), ("transposeA", workload.transposeA), ("transposeB", workload.transposeB),
          ("threads", threads), ("best_s", timing.best), ("median_s", timing.median),
          ("gflops_best", best), ("gflops_median", median),
        ])
      } else {
        line += pad("\(fixed(best)) / \(fixed(median))", 18, right: true)
      }
    }
    if !options.json { print(line) }
  }
}

let options = parseOptions()
for workload in options.workloads {
  switch workload {
  case "gemm": runGEMM(options)
  default:
    print("trainkit-bench: unknown workload \"\(workload)\" (expected one of \(Workload.all.joined(separator: ", ")))")
    exit(2)
  }
}
