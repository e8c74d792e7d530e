// swift-tools-version: 6.1
// A libFuzzer target for the lesson language. Build and run with
// `Fuzz/run.sh` (see Fuzz/README.md); it is a separate package so that the
// main package's build never needs the fuzzer runtime.
import PackageDescription

let package = Package(
  name: "FuzzLessonKit",
  dependencies: [.package(name: "TrainLab", path: "..")],
  targets: [
    .executableTarget(
      name: "FuzzLessonKit",
      dependencies: [.product(name: "LessonKit", package: "TrainLab")]
    )
  ],
  swiftLanguageModes: [.v6]
)
