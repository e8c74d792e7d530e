import Testing

@testable import TrainKit

@Suite struct SeededGeneratorTests {
  @Test func sameSeedSameSequence() {
    var a = SeededGenerator(seed: 7)
    var b = SeededGenerator(seed: 7)
    for _ in 0..<100 { #expect(a.next() == b.next()) }
  }

  @Test func differentSeedsDiffer() {
    var a = SeededGenerator(seed: 1)
    var b = SeededGenerator(seed: 2)
    #expect((0..<10).map { _ in a.next() } != (0..<10).map { _ in b.next() })
  }

  @Test func uniformInUnitInterval() {
    var rng = SeededGenerator(seed: 3)
    for _ in 0..<10_000 {
      let u = rng.nextUniform()
      #expect(u >= 0 && u < 1)
    }
  }

  @Test func normalHasUnitMoments() {
    var rng = SeededGenerator(seed: 4)
    let n = 100_000
    var sum = 0.0
    var sumSquares = 0.0
    for _ in 0..<n {
      let z = rng.nextNormalDouble()
      sum += z
      sumSquares += z * z
    }
    let mean = sum / Double(n)
    let variance = sumSquares / Double(n) - mean * mean
    #expect(abs(mean) < 0.01)
    #expect(abs(variance - 1) < 0.02)
  }
}
