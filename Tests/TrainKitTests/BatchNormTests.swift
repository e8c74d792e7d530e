import RealModule
import Testing

@testable import TrainKit

/// `BatchNorm` against PyTorch's `BatchNorm1d`: gradients checked against
/// finite differences, and three SGD steps of a small network matched to the
/// numbers `Benchmarks/peers/batchnorm_reference.py` prints with PyTorch
/// 2.15 (float32).
@Suite struct BatchNormTests {
  func training(seed: UInt64 = 1) -> ForwardContext {
    .training(using: SeededGenerator(seed: seed))
  }

  func expectClose(
    _ actual: [Float], _ expected: [Double], tolerance: Double = 2e-6,
    _ what: String, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    #expect(
      actual.count == expected.count, "\(what): count",
      sourceLocation: sourceLocation)
    for (a, e) in zip(actual, expected) {
      #expect(
        Double(a).isApproximatelyEqual(
          to: e, absoluteTolerance: tolerance, relativeTolerance: 1e-5),
        "\(what): \(actual) against PyTorch's \(expected)",
        sourceLocation: sourceLocation)
    }
  }

  @Test func trainingNormalizesWithTheBiasedBatchVariance() throws {
    let norm = try BatchNorm(features: 2)
    let x = try Tensor(rows: [[1, 10], [2, 20], [3, 60]])
    var context = training()
    let y = try norm(x, context: &context)
    // Column 0: mean 2, biased variance 2/3, so x̂ = (x − 2)/√(2/3 + 1e-5).
    let s = Float((2.0 / 3.0 + 1e-5).squareRoot())
    #expect(y.shape == [3, 2])
    for (r, v) in [Float(1), 2, 3].enumerated() {
      #expect(Swift.abs(y.scalars[r * 2] - (v - 2) / s) < 1e-5)
    }
    let column1 = [y.scalars[1], y.scalars[3], y.scalars[5]]
    #expect(Swift.abs(column1.reduce(0, +)) < 1e-5)
    // Running statistics: momentum 0.1, the unbiased variance (n − 1 = 2).
    expectClose(norm.runningMean.value.scalars, [0.2, 3], "running mean")
    expectClose(
      norm.runningVariance.value.scalars, [0.9 + 0.1 * 1, 0.9 + 0.1 * 700],
      "running variance")
  }

  @Test func evaluationUsesTheRunningStatistics() throws {
    let norm = try BatchNorm(
      gamma: Tensor([2, 1]), beta: Tensor([0.5, 0]),
      runningMean: Tensor([1, -1]), runningVariance: Tensor([4, 0.25]))
    let y = try norm(Tensor(rows: [[3, 0]]))
    expectClose(
      y.scalars,
      [2 * 2 / (4 + 1e-5).squareRoot() + 0.5, 1 / (0.25 + 1e-5).squareRoot()],
      "evaluation output")
    // Evaluation leaves the running statistics alone, and a one-example
    // batch is fine there.
    #expect(norm.runningMean.value.scalars == [1, -1])
    // Training a one-example batch is refused, as by PyTorch.
    var context = training()
    #expect(
      throws: TrainKitError(
        "BatchNorm: training needs more than one example per batch to estimate a variance, got 1"
      )
    ) { try norm(Tensor(rows: [[3, 0]]), context: &context) }
    // A look at the gradients can leave the running statistics unchanged.
    var look = ForwardContext(
      isTraining: true, recordsGradients: true, rng: SeededGenerator(seed: 1),
      updatesRunningStatistics: false)
    _ = try norm(Tensor(rows: [[3, 0], [1, 2]]), context: &look)
    #expect(norm.runningVariance.value.scalars == [4, 0.25])
  }

  @Test func gradientsInTrainingMatchFiniteDifferences() throws {
    // The input's gradient through the batch mean and variance.
    try checkGradients([randomInput([5, 3], seed: 11)]) { inputs in
      let norm = try BatchNorm(
        gamma: Tensor([1.5, -0.7, 0.4]), beta: Tensor([0.1, 0.2, -0.3]),
        runningMean: Tensor.zeros(shape: [3]),
        runningVariance: Tensor.ones(shape: [3]))
      var context = ForwardContext(
        isTraining: true, recordsGradients: false,
        rng: SeededGenerator(seed: 1))
      return try norm(inputs[0], context: &context)
    }
  }

  @Test func gradientsOfGammaAndBetaReachTheParameters() throws {
    let x = randomInput([6, 4], seed: 21)
    let norm = try BatchNorm(
      gamma: randomInput([4], seed: 22), beta: randomInput([4], seed: 23),
      runningMean: Tensor.zeros(shape: [4]),
      runningVariance: Tensor.ones(shape: [4]))
    let weights = randomInput([6, 4], seed: 24)
    func loss(_ gamma: Tensor, _ beta: Tensor) throws -> Double {
      let copy = try BatchNorm(
        gamma: gamma, beta: beta, runningMean: Tensor.zeros(shape: [4]),
        runningVariance: Tensor.ones(shape: [4]))
      var context = training()
      let y = try copy(x, context: &context)
      return zip(y.scalars, weights.scalars).reduce(0.0) {
        $0 + Double($1.0) * Double($1.1)
      }
    }
    var context = training()
    try (try norm(x, context: &context) * weights).sum().backward()
    let gammaGradient = try #require(norm.gamma.gradient)
    let betaGradient = try #require(norm.beta.gradient)
    let step: Float = 1e-2
    for (parameter, gradient) in [
      (norm.gamma, gammaGradient), (norm.beta, betaGradient),
    ] {
      for i in 0..<4 {
        var plusG = norm.gamma.value
        var minusG = norm.gamma.value
        var plusB = norm.beta.value
        var minusB = norm.beta.value
        if parameter === norm.gamma {
          plusG.scalars[i] += step
          minusG.scalars[i] -= step
        } else {
          plusB.scalars[i] += step
          minusB.scalars[i] -= step
        }
        let numeric =
          (try loss(plusG, plusB) - loss(minusG, minusB)) / (2 * Double(step))
        #expect(
          Double(gradient.scalars[i]).isApproximatelyEqual(
            to: numeric, absoluteTolerance: 2e-3, relativeTolerance: 1e-2),
          "\(parameter.name)[\(i)]: autodiff \(gradient.scalars[i]), finite differences \(numeric)"
        )
      }
    }
  }

  @Test func gradientsInEvaluationMatchFiniteDifferences() throws {
    let x = randomInput([4, 3], seed: 31)
    try checkGradients([x]) { inputs in
      let norm = try BatchNorm(
        gamma: Tensor([1.5, -0.5, 2]), beta: Tensor([0.1, 0.2, 0.3]),
        runningMean: Tensor([0.2, -0.1, 0.4]),
        runningVariance: Tensor([0.5, 2, 1.5]))
      // The input's gradient through the running statistics (γ and β read
      // as plain values, so only the input records a graph).
      return try norm(inputs[0])
    }
  }

  /// Linear(3 → 4) → BatchNorm1d(4) → ReLU → Linear(4 → 2), the weights and
  /// batches of `batchnorm_reference.py`.
  @Test func firstSGDStepsMatchPyTorch() throws {
    // PyTorch's W1 is [outputs, inputs]; TrainKit's weight is its transpose.
    let first = try Linear(
      weight: Tensor(rows: [
        [0.5, -0.2, 0.4, 0.9], [-0.3, 0.7, 0.4, -0.5], [0.8, 0.1, -0.6, 0.2],
      ]), bias: Tensor([0.1, -0.2, 0.05, 0.0]))
    let second = try Linear(
      weight: Tensor(rows: [
        [0.3, -0.4], [-0.6, 0.1], [0.2, 0.7], [0.5, -0.3],
      ]),
      bias: Tensor([0.02, -0.01]))
    let norm = try BatchNorm(features: 4)
    let model = Sequential([first, norm, Activation(.relu), second])
    #expect(
      model.parameters.map(\.name) == [
        "0.weight", "0.bias", "1.gamma", "1.beta", "3.weight", "3.bias",
      ])
    #expect(model.buffers.map(\.name) == ["1.running_mean", "1.running_var"])
    let batches: [([[Float]], [[Float]])] = [
      (
        [
          [1, 2, -1], [0.5, -1.5, 2], [-2, 0.3, 0.7], [1.5, 1, 0.2],
          [0, -0.5, -1.2],
        ],
        [[1, 0], [0, 1], [0.5, -0.5], [1.5, 0.2], [-1, 0.3]]
      ),
      (
        [
          [0.2, -0.7, 1.1], [-1.3, 0.8, 0.4], [2.1, -0.2, -0.9],
          [0.6, 1.7, 0.3],
        ],
        [[0.3, 0.9], [-0.6, 0.4], [1.2, -0.8], [0.1, 0.5]]
      ),
      (
        [
          [-0.4, 1.2, 0.6], [1.8, -1.1, 0.2], [0.3, 0.4, -1.6],
          [-0.9, -0.6, 1.4],
          [1.1, 0.9, 0.9], [0, 0, 0.1],
        ],
        [
          [0.7, -0.2], [-0.3, 0.6], [0.9, 0.1], [-0.5, -0.4], [0.4, 0.8],
          [0, 0],
        ]
      ),
    ]
    let probe = try Tensor(rows: [[0.3, -0.2, 0.5], [1, 1, 1]])
    let expected:
      [(
        loss: Double, gamma: [Double], beta: [Double], mean: [Double],
        variance: [Double], output: [Double]
      )] = [
        (
          1.2743901014328003,
          [
            0.9588133096694946, 0.9626672863960266, 0.9905867576599121,
            0.9744985699653625,
          ],
          [
            -0.018565034493803978, -0.044469691812992096, -0.006239216309040785,
            -0.014570808969438076,
          ],
          [
            0.023400001227855682, -0.004400001838803291, 0.014999995008111,
            0.007799998857080936,
          ],
          [
            1.0829830169677734, 0.9712629914283752, 1.100119948387146,
            1.0671969652175903,
          ],
          [
            0.40297943353652954, -0.2934071719646454, 0.45886191725730896,
            -0.2817150056362152,
          ]
        ),
        (
          0.5183166861534119,
          [
            0.9422937631607056, 0.9585394263267517, 0.9662612080574036,
            0.9830206036567688,
          ],
          [
            -0.02045835554599762, -0.04723520949482918, -0.023719796910881996,
            -0.016760511323809624,
          ],
          [
            0.05800051987171173, -0.002426838967949152, 0.03736182302236557,
            0.029215460643172264,
          ],
          [
            1.028359055519104, 0.9536139369010925, 1.0919641256332397,
            1.1655164957046509,
          ],
          [
            0.3740907311439514, -0.247055321931839, 0.4415811002254486,
            -0.2514358162879944,
          ]
        ),
        (
          0.7301843762397766,
          [
            0.9213358759880066, 0.9399935007095337, 0.9600169658660889,
            0.9437905550003052,
          ],
          [
            -0.03865193948149681, -0.06027466431260109, -0.012894531711935997,
            -0.038721296936273575,
          ],
          [
            0.09643128514289856, -0.017530545592308044, 0.0411158986389637,
            0.053884945809841156,
          ],
          [
            1.0159701108932495, 0.9080191254615784, 1.0558503866195679,
            1.1657615900039673,
          ],
          [
            0.29056552052497864, -0.1654617190361023, 0.35985028743743896,
            -0.11790479719638824,
          ]
        ),
      ]
    let optimizer = try SGD(learningRate: 0.1)
    for (step, (rows, targets)) in batches.enumerated() {
      model.zeroGradients()
      var context = training()
      let loss = try meanSquaredError(
        model(Tensor(rows: rows), context: &context), Tensor(rows: targets))
      try loss.backward()
      if step == 0 {
        expectClose(
          try #require(norm.gamma.gradient).scalars,
          [
            0.4118671417236328, 0.3733268976211548, 0.09413225203752518,
            0.25501418113708496,
          ],
          "γ's gradient")
        expectClose(
          try #require(norm.beta.gradient).scalars,
          [
            0.18565034866333008, 0.44469690322875977, 0.06239216402173042,
            0.1457080841064453,
          ],
          "β's gradient")
        // PyTorch's [4, 3] gradient, transposed to TrainKit's [3, 4].
        let torchW1 = [
          -0.11867831647396088, -0.13062258064746857, 0.025193989276885986,
          0.11923878639936447, 0.025262486189603806, 0.06170562654733658,
          -0.06179717183113098, -0.00398976169526577, -0.04385892674326897,
          -0.25633504986763, -0.33927619457244873, 0.30532681941986084,
        ]
        expectClose(
          try #require(first.weight.gradient).scalars,
          (0..<12).map { torchW1[($0 % 4) * 3 + $0 / 4] },
          "the first layer's weight gradient")
      }
      try optimizer.step(model.parameters)
      let want = expected[step]
      expectClose([try loss.item()], [want.loss], "step \(step + 1) loss")
      expectClose(norm.gamma.value.scalars, want.gamma, "step \(step + 1) γ")
      expectClose(norm.beta.value.scalars, want.beta, "step \(step + 1) β")
      expectClose(
        norm.runningMean.value.scalars, want.mean,
        "step \(step + 1) running mean")
      expectClose(
        norm.runningVariance.value.scalars, want.variance,
        "step \(step + 1) running variance")
      expectClose(
        try model(probe).scalars, want.output,
        "step \(step + 1) evaluation output")
    }
  }

  @Test func copiesAreIndependentAndBuildersPlaceIt() throws {
    var rng = SeededGenerator(seed: 3)
    let model = try Sequential.mlp([3, 4, 4, 2], batchNorm: true, using: &rng)
    #expect(
      model.description
        == "Sequential(Linear(3 → 4), BatchNorm(4), ReLU, Linear(4 → 4), BatchNorm(4), ReLU, Linear(4 → 2))"
    )
    #expect(
      model.buffers.map(\.name) == [
        "1.running_mean", "1.running_var", "4.running_mean", "4.running_var",
      ])
    let copy = model.copied()
    var context = training()
    _ = try model(randomInput([5, 3], seed: 4), context: &context)
    #expect(model.buffers[0].value != copy.buffers[0].value)
    #expect(copy.buffers[0].value.scalars == [0, 0, 0, 0])
    let residual = try Sequential.residualMLP(
      inputs: 3, width: 4, blocks: 2, outputs: 2, batchNorm: true, using: &rng)
    #expect(
      residual.description
        == "Sequential(Linear(3 → 4), BatchNorm(4), ReLU, Residual(Sequential(Linear(4 → 4), BatchNorm(4), ReLU)), Residual(Sequential(Linear(4 → 4), BatchNorm(4), ReLU)), Linear(4 → 2))"
    )
    #expect(residual.buffers.map(\.name).last == "4.body.1.running_var")
  }
}
