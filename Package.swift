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
      // GEMM's micro-kernel needs FMA and wide vectors (compile for the build
      // machine's CPU) and is ~1000× slower unoptimized, so TrainKit is built
      // with -O in debug too. TRAINKIT_PORTABLE=1 gives a baseline build.
      // See Benchmarks/README.md.
      swiftSettings: Context.environment["TRAINKIT_PORTABLE"] != nil
        ? [.unsafeFlags(["-O"], .when(configuration: .debug))]
        : [
          .unsafeFlags(["-target-cpu", "native"]),
          .unsafeFlags(["-O"], .when(configuration: .debug)),
          .define("TRAINKIT_FMA"),
        ]
    ),
    .target(name: "TermPlot"),
    .target(name: "LessonKit", dependencies: ["TrainKit", "TermPlot"]),

    // MARK: - Implementation details
    // Loops Swift cannot vectorize (its square root keeps C's errno path):
    // without errno and without contracting a·b + c, C gives full-width
    // vsqrtps/vdivps with Swift's rounding. See Sources/CKernels/include.
    .target(
      name: "CKernels",
      cSettings: [
        .unsafeFlags(["-O3", "-fno-math-errno", "-ffp-contract=off"]),
        .unsafeFlags(
          Context.environment["TRAINKIT_PORTABLE"] != nil
            ? [] : ["-march=native", "-mprefer-vector-width=512"]),
      ]
    ),
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
        "LabShell", "LessonKit", "LineEditing",
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
