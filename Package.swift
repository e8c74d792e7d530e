// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "TrainLab",
  products: [
    // MARK: - Public API
    .library(name: "TrainKit", targets: ["TrainKit"]),
    .library(name: "TermPlot", targets: ["TermPlot"]),
    .library(name: "LessonKit", targets: ["LessonKit"]),
    // For Benchmarks/ (the Playground's frames, live charts) only: its API
    // is the `@_spi(Benchmarks)` entry points.
    .library(name: "LabShell", targets: ["LabShell"]),
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
        "CKernels", "Localization",
        .product(name: "RealModule", package: "swift-numerics"),
      ],
      swiftSettings: nativeSettings
    ),
    .target(name: "TermPlot", dependencies: ["Localization"]),
    .target(
      name: "LessonKit", dependencies: ["TrainKit", "TermPlot", "Localization"]),
    // Every message in English and Chinese, and the current language.
    .target(name: "Localization"),

    // MARK: - Implementation details
    // The GEMM micro-kernels (inline assembly) and Adam's loop, one set per
    // instruction set, chosen at run time; no flags needed (see
    // Sources/CKernels/include/CKernels.h).
    .target(name: "CKernels"),
    .systemLibrary(
      name: "CReadline",
      pkgConfig: readlinePkgConfig,
      providers: [.apt(["libreadline-dev"]), .brew(["readline"])]
    ),
    .systemLibrary(name: "CEditline", providers: [.apt(["libedit-dev"])]),
    .target(
      name: "LineEditing",
      dependencies: [useLibedit ? "CEditline" : "CReadline"],
      swiftSettings: useLibedit ? [.define("TRAINLAB_LIBEDIT")] : []
    ),
    .target(
      name: "LabShell",
      dependencies: [
        "LessonKit", "LineEditing", "TermPlot", "TrainKit", "Localization",
      ]),
    .executableTarget(
      name: "trainlab",
      dependencies: [
        "LabShell", "LessonKit", "LineEditing", "Localization", "TermPlot",
        "TrainKit",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),

    // MARK: - Tests
    .testTarget(
      name: "TrainKitTests",
      dependencies: [
        "TrainKit", "Localization",
        .product(name: "RealModule", package: "swift-numerics"),
      ]
    ),
    .testTarget(
      name: "TermPlotTests", dependencies: ["TermPlot", "Localization"],
      resources: [.copy("Goldens")]),
    .testTarget(
      name: "LessonKitTests", dependencies: ["LessonKit", "Localization"]),
    .testTarget(name: "LocalizationTests", dependencies: ["Localization"]),
    .testTarget(
      name: "LabShellTests",
      dependencies: ["LabShell", "trainlab", "Localization"],
      exclude: ["Fixtures", "Goldens"]),
  ],
  swiftLanguageModes: [.v6]
)

/// Opt-in flags for TrainKit: `TRAINKIT_NATIVE=1 swift build`.
///
/// They compile TrainKit's Swift for the build machine's CPU, and optimized
/// in debug builds too. These are unsafe
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

/// The line editor LineEditing links.
///
/// GNU readline, or libedit with `TRAINLAB_LINE_EDITOR=libedit` (Debian's
/// libedit-dev) and by default on macOS, whose system readline is libedit. `TRAINLAB_LINE_EDITOR=readline`
/// on macOS takes Homebrew's GNU readline (`brew install readline`).
var useLibedit: Bool {
  switch Context.environment["TRAINLAB_LINE_EDITOR"] {
  case "libedit": return true
  case "readline": return false
  default:
    #if os(macOS)
    return true
    #else
    return false
    #endif
  }
}

/// Where GNU readline's pkg-config file is used.
///
/// Homebrew's readline is keg-only: its headers are found through its
/// pkg-config file. On Linux it stays out (Debian's readline.pc pulls in
/// flags SwiftPM rejects, and the headers are on the default path).
var readlinePkgConfig: String? {
  #if os(macOS)
  return "readline"
  #else
  return nil
  #endif
}
