import Benchmark
import BenchmarkWorkloads

// ordo-one/benchmark suite: wall clock, CPU time and mallocs per iteration.
// `swift package benchmark` (see README.md). GFLOP/s tables come from the
// `trainkit-bench` executable.
let benchmarks: @Sendable () -> Void = {
  Benchmark.defaultConfiguration = .init(
    metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident],
    warmupIterations: 2, maxDuration: .seconds(2), maxIterations: 1000)

  for size in GEMMWorkload.squareSizes {
    for threads in Set([1, GEMMWorkload.allCores]).sorted() {
      Benchmark("GEMM \(size)³ \(threads)t") { benchmark in
        let workload = GEMMWorkload(m: size, n: size, k: size)
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations { workload.run(threads: threads) }
      }
    }
  }
  for shape in GEMMWorkload.trainingShapes() {
    Benchmark("GEMM \(shape.label) \(GEMMWorkload.allCores)t") { benchmark in
      let workload = GEMMWorkload(
        m: shape.m, n: shape.n, k: shape.k, transposeA: shape.transposeA,
        transposeB: shape.transposeB)
      benchmark.startMeasurement()
      for _ in benchmark.scaledIterations {
        workload.run(threads: GEMMWorkload.allCores)
      }
    }
  }
}
