// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "TrainLab",
  products: [
    // MARK: - Public API
    .library(name: "TrainKit", targets: ["TrainKit"]),
    .library(name: "TermPlot", targets: ["TermPlot"]),
    .library(name: "LessonKit", targets: ["LessonKit"]),
    .executable(name: "trainlab", targets: ["trainlab"]),
  ],
  dependencies: [
    .package(
      url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/apple/swift-numerics", from: "1.1.1"),
  ],
  targets: [
    // MARK: - Public API
    .target(
      name: "TrainKit",
      dependencies: [
        "CKernels", .product(name: "RealModule", package: "swift-numerics"),
      ],
      swiftSettings: nativeSettings
    ),
    .target(name: "TermPlot"),
    .target(name: "LessonKit", dependencies: ["TrainKit", "TermPlot"]),

    // MARK: - Implementation details
    // The GEMM micro-kernels (inline assembly) and Adam's loop, one set per
    // instruction set, chosen at run time; no flags needed (see
    // Sources/CKernels/include/CKernels.h).
    .target(name: "CKernels"),
    .systemLibrary(
      name: "CReadline",
      providers: [.apt(["libreadline-dev"])]
    ),
    .target(name: "LineEditing", dependencies: ["CReadline"]),
    .target(
      name: "LabShell",
      dependencies: ["LessonKit", "LineEditing", "TermPlot", "TrainKit"]),
    .executableTarget(
      name: "trainlab",
      dependencies: [
        "LabShell", "LessonKit", "LineEditing", "TrainKit",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),

    // MARK: - Tests
    .testTarget(
      name: "TrainKitTests",
      dependencies: [
        "TrainKit", .product(name: "RealModule", package: "swift-numerics"),
      ]
    ),
    .testTarget(
      name: "TermPlotTests", dependencies: ["TermPlot"],
      resources: [.copy("Goldens")]),
    .testTarget(name: "LessonKitTests", dependencies: ["LessonKit"]),
    .testTarget(
      name: "LabShellTests", dependencies: ["LabShell", "trainlab"],
      exclude: ["Fixtures"]),
  ],
  swiftLanguageModes: [.v6]
)

/// `TRAINKIT_NATIVE=1 swift build` compiles TrainKit's Swift for the build
/// machine's CPU, and optimized in debug builds too. These are unsafe
/// flags: SwiftPM accepts them only in a root package, never in a
/// dependency, and the binary may not run on another CPU. Nothing needs
/// them: the kernels are chosen at run time (Benchmarks/README.md).
var nativeSettings: [SwiftSetting] {
  guard Context.environment["TRAINKIT_NATIVE"] != nil else { return [] }
  return [
    .unsafeFlags(["-target-cpu", "native"]),
    .unsafeFlags(["-O"], .when(configuration: .debug)),
  ]
}
