import Testing
import TrainKit

/// The ten-line library example for the README, compiled and run here so it
/// cannot rot. (Plain `import TrainKit`: only public API.)
@Suite struct TrainingReadmeExampleTests {
  @Test func readmeExample() throws {
    var rng = SeededGenerator(seed: 42)
    let moons = try Dataset.moons(count: 400, noise: 0.1, using: &rng)
    let data = try moons.split(
      trainFraction: 0.75, testFraction: 0.25, using: &rng)
    let model = try Sequential.mlp([2, 32, 32, 2], dropout: [0.1], using: &rng)
    let history = try fit(
      model, data: data, optimizer: Adam(learningRate: 0.01), epochs: 30,
      batchSize: 32, using: &rng)
    print(history.testAccuracy.last!, history.report)
    // End of the example.
    #expect(history.stopReason == .completed)
    #expect(try #require(history.testAccuracy.last) > 0.9)
  }
}
