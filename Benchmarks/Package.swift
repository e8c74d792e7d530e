// swift-tools-version: 6.1
// TrainKit's benchmarks: a separate package so that the root package's build
// and CI stay light. Run in release: see README.md.
import PackageDescription

/// SwiftPM names a path dependency after its folder: the root package is
/// known by whatever the clone's folder is called.
let root = String(
  Context.packageDirectory.split(separator: "/").dropLast().last ?? "TrainLab")

let package = Package(
  name: "TrainLabBenchmarks",
  platforms: [.macOS(.v13)],
  dependencies: [
    .package(path: ".."),
    .package(
      url: "https://github.com/ordo-one/benchmark", exact: "1.38.1",
      traits: ["MallocInterposer"]),
  ],
  targets: [
    // MARK: - Workloads shared by both front ends
    .target(
      name: "BenchmarkWorkloads",
      dependencies: [
        .product(name: "TrainKit", package: root),
        .product(name: "TermPlot", package: root),
        .product(name: "LessonKit", package: root),
        .product(name: "LabShell", package: root),
      ]
    ),

    // MARK: - Plain table printer (GFLOP/s, samples/s, ms)
    .executableTarget(
      name: "trainkit-bench",
      dependencies: [
        "BenchmarkWorkloads", .product(name: "TrainKit", package: root),
        .product(name: "LabShell", package: root),
      ]
    ),

    // MARK: - ordo-one/benchmark suite (`swift package benchmark`)
    .executableTarget(
      name: "TrainKitBenchmarks",
      dependencies: [
        "BenchmarkWorkloads",
        .product(name: "Benchmark", package: "benchmark"),
      ],
      path: "Benchmarks/TrainKitBenchmarks",
      plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    ),
  ],
  swiftLanguageModes: [.v6]
)
