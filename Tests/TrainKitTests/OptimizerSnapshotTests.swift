import RealModule
import Testing

@testable import TrainKit

/// The state each optimizer shows after two steps from θ = [1, −2] with
/// gradients [0.5, −1] then [0.3, 0.2]; expected values from the formulas
/// in Python (Double).
@Suite struct OptimizerSnapshotTests {
  private func twoSteps(_ optimizer: any InspectableOptimizer) throws
    -> OptimizerSnapshot
  {
    let p = Parameter(name: "w", value: Tensor([1, -2]))
    for gradient: [Float] in [[0.5, -1], [0.3, 0.2]] {
      p.gradient = Tensor(gradient)
      try optimizer.step([p])
    }
    return try #require(optimizer.snapshot(of: p))
  }

  private func expectValues(
    _ snapshot: OptimizerSnapshot, _ expected: [String: [Double]],
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    for (name, values) in expected {
      let got = try #require(
        snapshot[name], "missing \(name)", sourceLocation: sourceLocation
      )
      .scalars.map(Double.init)
      #expect(got.count == values.count, sourceLocation: sourceLocation)
      for (g, e) in zip(got, values) {
        #expect(
          g.isApproximatelyEqual(
            to: e, absoluteTolerance: 1e-7, relativeTolerance: 1e-5),
          "\(name): got \(got), expected \(values)",
          sourceLocation: sourceLocation)
      }
    }
  }

  @Test func adamShowsTheBiasCorrectedMoments() throws {
    let snapshot = try twoSteps(Adam(learningRate: 0.1))
    #expect(snapshot.step == 2)
    #expect(
      snapshot.names == [
        "grad", "exp_avg", "exp_avg_sq", "m_hat", "v_hat", "update",
      ])
    #expect(
      snapshot.quantities.map(\.symbol) == ["g", "m", "v", "m̂", "v̂", "Δθ"])
    try expectValues(
      snapshot,
      [
        "grad": [0.3, 0.2],
        "exp_avg": [0.075, -0.07],
        "exp_avg_sq": [0.00033975, 0.001039],
        "m_hat": [0.39473684210526316, -0.3684210526315789],
        "v_hat": [0.16995997998999746, 0.5197598799399775],
        "update": [
          0.8042509867088761 - 0.900000002, -1.8488973939904947 + 1.900000001,
        ],
      ])
  }

  @Test func amsgradShowsTheLargestSecondMoment() throws {
    let adam = try Adam(learningRate: 0.1, betas: (0.9, 0.5), amsgrad: true)
    let p = Parameter(name: "w", value: Tensor([1, -2]))
    for gradient: [Float] in [[0.5, -1], [0.3, 0.2], [-0.4, 0.1]] {
      p.gradient = Tensor(gradient)
      try adam.step([p])
    }
    let snapshot = try #require(adam.snapshot(of: p))
    #expect(
      snapshot.names == [
        "grad", "exp_avg", "exp_avg_sq", "max_exp_avg_sq", "m_hat", "v_hat",
        "update",
      ])
    try expectValues(
      snapshot,
      [
        "exp_avg_sq": [0.13375, 0.14], "max_exp_avg_sq": [0.13375, 0.5],
        "m_hat": [0.10147601476014763, -0.19557195571955724],
        "v_hat": [0.15285714285714286, 0.5714285714285714],
      ])
  }

  @Test func adamWShowsThePlainGradient() throws {
    let snapshot = try twoSteps(
      Adam(decoupled: true, learningRate: 0.1, weightDecay: 0.1))
    try expectValues(
      snapshot, ["grad": [0.3, 0.2], "exp_avg": [0.075, -0.07]])
  }

  @Test func sgdShowsTheMomentumBuffer() throws {
    let snapshot = try twoSteps(
      SGD(learningRate: 0.1, momentum: 0.9, dampening: 0.5, weightDecay: 0.1))
    #expect(snapshot.names == ["grad", "momentum_buffer", "update"])
    try expectValues(
      snapshot,
      [
        "grad": [0.394, 0.012], "momentum_buffer": [0.737, -1.074],
        "update": [-0.0737, 0.1074],
      ])
    #expect(try twoSteps(SGD(learningRate: 0.1)).names == ["grad", "update"])
  }

  @Test func adagradShowsTheSumAndTheDecayedRate() throws {
    let snapshot = try twoSteps(
      Adagrad(
        learningRate: 0.1, learningRateDecay: 0.5, initialAccumulatorValue: 0.1)
    )
    #expect(snapshot.names == ["grad", "sum", "lr", "update"])
    try expectValues(
      snapshot,
      [
        "sum": [0.44, 1.14], "lr": [0.06666666666666667],
        "update": [-0.03015113445323092, -0.012487810819919565],
      ])
    #expect(snapshot["lr"]?.shape == [])
  }

  @Test func rmspropShowsItsAverages() throws {
    let snapshot = try twoSteps(
      RMSprop(alpha: 0.9, momentum: 0.5, centered: true))
    #expect(
      snapshot.names == [
        "grad", "square_avg", "grad_avg", "momentum_buffer", "update",
      ])
    try expectValues(
      snapshot,
      [
        "square_avg": [0.0315, 0.094], "grad_avg": [0.075, -0.07],
        "momentum_buffer": [3.5316760560941693, -0.9966414233849933],
        "update": [-0.035316760560941685, 0.00996641423385003],
      ])
    #expect(try twoSteps(RMSprop()).names == ["grad", "square_avg", "update"])
  }

  @Test func adadeltaShowsBothAverages() throws {
    let snapshot = try twoSteps(Adadelta(learningRate: 0.5))
    #expect(
      snapshot.names == ["grad", "square_avg", "delta", "acc_delta", "update"])
    try expectValues(
      snapshot,
      [
        "square_avg": [0.0315, 0.094],
        "delta": [0.0023903953724506697, 0.0009225239946915709],
        "acc_delta": [1.4713630051032999e-06, 9.850960521681686e-07],
        "update": [-0.0011951976862253355, -0.00046126199734586315],
      ])
  }

  @Test func snapshotsOfUnknownParametersAreNil() throws {
    let adam = try Adam()
    #expect(
      adam.snapshot(of: Parameter(name: "never", value: Tensor([1]))) == nil)
  }
}
