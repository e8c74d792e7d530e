import Testing

@testable import TrainKit

@Suite struct TrainKitErrorTests {
  @Test func aNaNReadsNanWhateverItsSign() {
    let nan = -Float.nan
    #expect("\(nan)" == "-nan")
    #expect(
      TrainKitError("got \(nan), (\(nan)) and -nan-ish, not non-nan").message
        == "got nan, (nan) and nan-ish, not non-nan")
  }
}
