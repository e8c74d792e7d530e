// trainkit-bench: prints TrainKit's benchmark figures as tables (and, with
// --json, as one JSON object per line for Benchmarks/peers/compare.py).
//
//   swift run -c release trainkit-bench [gemm|mlp|digits|plot|all] [--json]
//       [--trials N] [--threads N] [--digits PATH] [--cpu-clock]
//
// --cpu-clock times the one-thread GEMM rows by the thread's CPU time, which
// a busy shared machine disturbs much less than the wall clock.
@_spi(Benchmarks) import BenchmarkWorkloads
@_spi(Benchmarks) import LabShell
import TrainKit

#if canImport(Glibc)
import Glibc
#endif

struct Options {
  var workloads: [String] = []
  var json = false
  var trials = 7
  var threads = GEMMWorkload.allCores
  var digitsPath = "../datasets/digits.csv"
  var cpuClock = false
  var only: String?
}

func parseOptions() -> Options {
  var options = Options()
  var arguments = CommandLine.arguments.dropFirst()
  while let argument = arguments.popFirst() {
    switch argument {
    case "--json": options.json = true
    case "--cpu-clock": options.cpuClock = true
    case "--trials":
      options.trials =
        arguments.popFirst().flatMap { Int($0) } ?? options.trials
    case "--threads":
      options.threads =
        arguments.popFirst().flatMap { Int($0) } ?? options.threads
    case "--only": options.only = arguments.popFirst()
    case "--digits":
      options.digitsPath = arguments.popFirst() ?? options.digitsPath
    case "-h", "--help":
      print(
        "usage: trainkit-bench [gemm|mlp|digits|plot|live|playground|phases|all]… [--json] [--trials N] [--threads N] [--digits PATH] [--cpu-clock] [--only LABEL-PREFIX]"
      )
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
  static let all = ["gemm", "mlp", "digits", "plot", "live"]
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
    if digits == 0 {
      text = String(text[..<dot])
    } else if decimals < digits {
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
    case let number as Double:
      return "\"\(key)\":\(number.isFinite ? "\(number)" : "null")"
    default: return "\"\(key)\":\(value)"
    }
  }
  print("{" + body.joined(separator: ",") + "}")
}

func runGEMM(_ options: Options) {
  let threadCounts = options.threads > 1 ? [1, options.threads] : [1]
  let workloads =
    GEMMWorkload.squareSizes.map {
      GEMMWorkload(m: $0, n: $0, k: $0, label: "\($0)³")
    }
    + GEMMWorkload.trainingShapes() + GEMMWorkload.digitsShapes()
  let selected = workloads.filter {
    options.only.map($0.label.hasPrefix) ?? true
  }
  if !options.json {
    print(
      "GEMM float32, GFLOP/s: best / median of \(options.trials) trials\(options.cpuClock ? " (1 thread: CPU time)" : "")"
    )
    var header = pad("shape (m×n×k)", 24)
    for t in threadCounts {
      header += pad("\(t) thread\(t == 1 ? "" : "s")", 18, right: true)
    }
    print(header)
  }
  for workload in selected {
    var line = pad(workload.label, 24)
    for threads in threadCounts {
      let timing = Timing.measure(
        trials: options.trials, minimumSeconds: 0.05,
        cpuClock: options.cpuClock && threads == 1
      ) {
        workload.run(threads: threads)
      }
      let best = workload.flops / timing.best / 1e9
      let median = workload.flops / timing.median / 1e9
      if options.json {
        emitJSON([
          ("workload", "gemm"), ("label", workload.label), ("m", workload.m),
          ("n", workload.n),
          ("k", workload.k), ("transposeA", workload.transposeA),
          ("transposeB", workload.transposeB),
          ("threads", threads),
          ("clock", options.cpuClock && threads == 1 ? "cpu" : "wall"),
          ("best_s", timing.best), ("median_s", timing.median),
          ("gflops_best", best), ("gflops_median", median),
        ])
      } else {
        line += pad("\(fixed(best)) / \(fixed(median))", 18, right: true)
      }
    }
    if !options.json { print(line) }
  }
}

func report(
  workload: String, label: String, timing: Timing, samples: Int?, json: Bool
) {
  if json {
    var fields: [(String, Any)] = [
      ("workload", workload), ("label", label),
      ("threads", GEMMWorkload.allCores),
      ("best_s", timing.best), ("median_s", timing.median),
    ]
    if let samples {
      fields += [
        ("samples", samples),
        ("samples_per_s_best", Double(samples) / timing.best),
        ("samples_per_s_median", Double(samples) / timing.median),
      ]
    }
    emitJSON(fields)
  } else {
    var line =
      "\(pad(label, 44)) \(pad(fixed(timing.best * 1000, 2), 9, right: true)) / \(pad(fixed(timing.median * 1000, 2), 9, right: true)) ms"
    if let samples {
      line +=
        "   \(fixed(Double(samples) / timing.best, 0)) / \(fixed(Double(samples) / timing.median, 0)) samples/s"
    }
    print(line)
  }
}

func runMLP(_ options: Options) throws {
  let workload = try MLPWorkload.synthetic()
  let timing = try Timing.measure(
    trials: max(3, options.trials / 2), minimumSeconds: 0
  ) {
    try workload.runEpoch()
  }
  if !options.json {
    print(
      "Training epochs, best / median of the trials (GEMM on \(GEMMWorkload.allCores) threads)"
    )
  }
  report(
    workload: "mlp", label: "784-256-256-10 Adam, batch 256, 60k samples",
    timing: timing,
    samples: workload.samples, json: options.json)
}

func runDigits(_ options: Options) throws {
  let workload = try MLPWorkload.digits(path: options.digitsPath)
  let timing = try Timing.measure(trials: options.trials, minimumSeconds: 0.2) {
    try workload.runEpoch()
  }
  report(
    workload: "digits",
    label: "64-256-256-10 Adam, batch 64, \(workload.samples) digits",
    timing: timing,
    samples: workload.samples, json: options.json)
}

/// Where a training step's time goes: wall-clock time per part of the step,
/// summed over `trials` epochs of each training workload.
func runPhases(_ options: Options) throws {
  let workloads = [
    ("784-256-256-10, batch 256", try MLPWorkload.synthetic()),
    (
      "digits 64-256-256-10, batch 64",
      try MLPWorkload.digits(path: options.digitsPath)
    ),
  ]
  for (label, workload) in workloads {
    try workload.runEpoch()  // warm-up
    var phases: [String: Double] = [:]
    let epochs =
      label.hasPrefix("digits") ? options.trials * 20 : options.trials
    for _ in 0..<epochs { try workload.runEpoch(phases: &phases) }
    let steps = Double(
      epochs
        * ((workload.samples + workload.batchSize - 1) / workload.batchSize))
    let total = phases.values.reduce(0, +)
    print(
      "\(label): \(fixed(total / Double(epochs) * 1000, 2)) ms per epoch, \(fixed(total / steps * 1e6, 1)) µs per step"
    )
    for (name, seconds) in phases.sorted(by: { $0.key < $1.key }) {
      print(
        "  \(pad(name, 20)) \(pad(fixed(seconds / steps * 1e6, 1), 8, right: true)) µs  \(pad(fixed(seconds / total * 100, 1), 5, right: true)) %"
      )
    }
  }
}

/// Live charts at 120×40: the same fit with and without them, alternated
/// trial by trial, with the frames a second drawn.
func runLive(_ options: Options) {
  let workload = LiveChartWorkload()
  _ = workload.run(live: false)  // warm-up
  var off: [Double] = []
  var on: [Double] = []
  var rates: [Double] = []
  for _ in 0..<max(1, options.trials) {
    off.append(workload.run(live: false).seconds)
    let live = workload.run(live: true)
    on.append(live.seconds)
    rates.append(Double(live.frames) / live.seconds)
  }
  let offTiming = Timing(seconds: off)
  let onTiming = Timing(seconds: on)
  let rate = Timing(seconds: rates)
  let slowdown = (onTiming.median / offTiming.median - 1) * 100
  if options.json {
    emitJSON([
      ("workload", "live"), ("label", "fit without live chart"),
      ("best_s", offTiming.best), ("median_s", offTiming.median),
    ])
    emitJSON([
      ("workload", "live"), ("label", "fit with live chart 120x40"),
      ("best_s", onTiming.best), ("median_s", onTiming.median),
      ("frames_per_s", rate.median), ("slowdown_pct", slowdown),
    ])
    return
  }
  print("live charts at 120×40: \(workload.source)")
  print(
    "  without   \(fixed(offTiming.best, 3)) / \(fixed(offTiming.median, 3)) s (best / median)"
  )
  print(
    "  with      \(fixed(onTiming.best, 3)) / \(fixed(onTiming.median, 3)) s, \(fixed(rate.median, 1)) frames/s (median)"
  )
  print("  slowdown  \(fixed(slowdown, 1)) % (medians)\n")
}

func runPlot(_ options: Options) {
  let workload = PlotWorkload()
  var sink = 0
  let timing = Timing.measure(trials: options.trials, minimumSeconds: 0.2) {
    sink &+= workload.run()
  }
  report(
    workload: "plot", label: "TermPlot 120×40 line plot, 3 × 10,000 points",
    timing: timing,
    samples: nil, json: options.json)
  if sink == 0 { print("(empty plot)") }
}

func runPlayground(_ options: Options) throws {
  let workload = try PlaygroundWorkload()
  var sink = 0
  let frame = Timing.measure(trials: options.trials, minimumSeconds: 0.5) {
    sink &+= workload.frame()
  }
  report(
    workload: "playground-frame",
    label: "Playground frame 100×35, 7-8×6-1 network",
    timing: frame, samples: nil, json: options.json)
  let epoch = Timing.measure(trials: options.trials, minimumSeconds: 0.5) {
    sink &+= workload.epoch()
  }
  report(
    workload: "playground-epoch",
    label: "Playground epoch (250 points, batch 10)",
    timing: epoch, samples: nil, json: options.json)
  // The loop itself, as `playground` runs it, training all along with a
  // key (→ or ←) every quarter second: frames counted over each run.
  var rates: [Double] = []
  var epochRates: [Double] = []
  var latencies: [Double] = []
  for _ in 0..<max(1, options.trials) {
    let run = workload.loop(seconds: 5, keyInterval: 0.25)
    rates.append(Double(run.frames) / run.seconds)
    epochRates.append(Double(run.epochs) / run.seconds)
    latencies += run.keyLatencies
  }
  let rate = Timing(seconds: rates)
  let epochRate = Timing(seconds: epochRates)
  let latency = Timing(seconds: latencies)
  let slowest = latencies.max() ?? 0
  if options.json {
    emitJSON([
      ("workload", "playground-loop"),
      ("label", "Playground loop 100x35, 7-8x6-1 network"),
      ("frames_per_s", rate.median), ("epochs_per_s", epochRate.median),
      ("key_latency_median_s", latency.median),
      ("key_latency_max_s", slowest),
    ])
  } else {
    print(
      "  loop while training: \(fixed(rate.median, 1)) frames/s, "
        + "\(fixed(epochRate.median, 0)) epochs/s (median of \(rates.count) runs of 5 s); "
        + "key to frame \(fixed(latency.median * 1000, 0)) ms median, "
        + "\(fixed(slowest * 1000, 0)) ms at most (\(latencies.count) keys)"
    )
    print(
      "  one frame \(fixed(frame.median * 1000, 1)) ms, one epoch \(fixed(epoch.median * 1000, 1)) ms, "
        + "frame interval \(fixed(workload.frameInterval * 1000, 0)) ms\n")
  }
  if sink == 0 { print("(empty)") }
}

// A TRAINKIT_ISA this CPU cannot run is refused as trainlab refuses it,
// before the options are read, in the environment's language.
if Lab.refuseUnusableKernelSet(
  program: "trainkit-bench", environmentLanguage: true)
{
  exit(2)
}
let options = parseOptions()
// The kernel set every figure was measured on (TRAINKIT_ISA forces one).
if options.json {
  emitJSON([
    ("workload", "kernels"), ("label", ComputeKernels.name), ("best_s", 0.0),
  ])
} else {
  let supported = ComputeKernels.supported.joined(separator: ", ")
  print(
    "kernels: \(ComputeKernels.name) (this CPU runs: \(supported); "
      + "\(ComputeKernels.environmentVariable) forces one)\n")
}
for workload in options.workloads {
  do {
    switch workload {
    case "gemm": runGEMM(options)
    case "mlp": try runMLP(options)
    case "digits": try runDigits(options)
    case "plot": runPlot(options)
    case "live": runLive(options)
    case "phases": try runPhases(options)
    case "playground": try runPlayground(options)
    default:
      print(
        "trainkit-bench: unknown workload \"\(workload)\" (expected one of \(Workload.all.joined(separator: ", ")))"
      )
      exit(2)
    }
  } catch {
    print("trainkit-bench: \(workload): \(error)")
    exit(1)
  }
}
