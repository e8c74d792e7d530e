import RealModule
import Testing

@testable import TrainKit

@Suite struct ScheduleTests {
  /// `got` within a few Float ulps of the Double `expected`.
  private func close(_ got: [Float], _ expected: [Double]) -> Bool {
    got.count == expected.count
      && zip(got, expected).allSatisfy {
        Double($0).isApproximatelyEqual(
          to: $1, absoluteTolerance: 1e-9, relativeTolerance: 1e-6)
      }
  }

  @Test func constantKeepsTheBase() {
    let schedule = ConstantSchedule()
    #expect(
      (0..<3).map { schedule.learningRate(epoch: $0, base: 0.3) } == [
        0.3, 0.3, 0.3,
      ])
    #expect(schedule.description == "constant()")
  }

  @Test func stepHalvesEveryTwoEpochs() throws {
    let schedule = try StepSchedule(stepSize: 2, gamma: 0.5)
    #expect(
      (0..<7).map { schedule.learningRate(epoch: $0, base: 0.1) } == [
        0.1, 0.1, 0.05, 0.05, 0.025, 0.025, 0.0125,
      ])
    #expect(schedule.description == "step_lr(step_size=2, gamma=0.5)")
    #expect(try StepSchedule(stepSize: 3).gamma == 0.1)
  }

  @Test func stepWithGammaPointOne() throws {
    let schedule = try StepSchedule(stepSize: 1)
    #expect(
      close(
        (0..<3).map { schedule.learningRate(epoch: $0, base: 1) },
        [1, 0.1, 0.01]))
  }

  @Test func exponentialMultipliesEveryEpoch() throws {
    let schedule = try ExponentialSchedule(gamma: 0.9)
    #expect(
      close(
        (0..<4).map { schedule.learningRate(epoch: $0, base: 0.1) },
        [0.1, 0.09, 0.081, 0.0729]))
    #expect(
      try ExponentialSchedule(gamma: 0.5).learningRate(epoch: 3, base: 1)
        == 0.125)
    #expect(schedule.description == "exponential(gamma=0.9)")
  }

  @Test func cosineFollowsHalfACosineAndComesBack() throws {
    let schedule = try CosineAnnealingSchedule(maxEpochs: 4)
    let rates = (0..<9).map { schedule.learningRate(epoch: $0, base: 0.1) }
    #expect(
      close(
        rates,
        [
          0.1, 0.08535533905932738, 0.05, 0.014644660940672627, 0,
          0.014644660940672617, 0.05, 0.08535533905932738, 0.1,
        ]
      ))
    #expect(rates[4] == 0)
    #expect(schedule.description == "cosine(t_max=4, eta_min=0)")
  }

  @Test func cosineWithAFloor() throws {
    let schedule = try CosineAnnealingSchedule(maxEpochs: 10, minimumRate: 0.01)
    #expect(
      close(
        [0, 1, 5, 10].map { schedule.learningRate(epoch: $0, base: 0.1) },
        [0.1, 0.09779754323328192, 0.055, 0.01]))
    #expect(schedule.description == "cosine(t_max=10, eta_min=0.01)")
  }

  @Test func warmupRisesLinearlyFromBaseOverWThenHoldsTheBase() throws {
    let schedule = try WarmupSchedule(epochs: 4)
    #expect(schedule.rates(base: 1, count: 6) == [0.25, 0.5, 0.75, 1, 1, 1])
    #expect(schedule.description == "warmup(steps=4)")
    #expect(
      close(
        try WarmupSchedule(epochs: 3).rates(base: 0.3, count: 4),
        [0.1, 0.2, 0.3, 0.3]))
  }

  @Test func warmupHandsOverToAnotherScheduleAtItsEpochZero() throws {
    let schedule = try WarmupSchedule(
      epochs: 2, then: StepSchedule(stepSize: 1, gamma: 0.5))
    #expect(schedule.rates(base: 0.4, count: 5) == [0.2, 0.4, 0.4, 0.2, 0.1])
    #expect(
      schedule.description
        == "warmup(steps=2, then=step_lr(step_size=1, gamma=0.5))")
  }

  @Test func ratesListTheFirstEpochs() throws {
    let schedule = try StepSchedule(stepSize: 2, gamma: 0.5)
    #expect(schedule.rates(base: 1, count: 5) == [1, 1, 0.5, 0.5, 0.25])
    #expect(schedule.rates(base: 1, count: 0) == [])
    #expect(schedule.rates(base: 1, count: -3) == [])
  }

  @Test func negativeEpochsCountAsZero() throws {
    #expect(
      try StepSchedule(stepSize: 2, gamma: 0.5).learningRate(epoch: -3, base: 1)
        == 1)
    #expect(
      try ExponentialSchedule(gamma: 0.5).learningRate(epoch: -1, base: 1) == 1)
    #expect(
      try CosineAnnealingSchedule(maxEpochs: 4).learningRate(epoch: -1, base: 1)
        == 1)
    #expect(
      try WarmupSchedule(epochs: 4).learningRate(epoch: -1, base: 1) == 0.25)
  }

  @Test func invalidArgumentsAreRefused() {
    #expect(
      throws: TrainKitError(
        "step schedule: invalid step_size 0: it must be at least 1 epoch")
    ) {
      try StepSchedule(stepSize: 0, gamma: 0.5)
    }
    #expect(
      throws: TrainKitError("step schedule: invalid gamma -0.5: it must be ≥ 0")
    ) {
      try StepSchedule(stepSize: 1, gamma: -0.5)
    }
    #expect(
      throws: TrainKitError(
        "exponential schedule: invalid gamma nan: it must be ≥ 0")
    ) {
      try ExponentialSchedule(gamma: .nan)
    }
    #expect(
      throws: TrainKitError(
        "cosine schedule: invalid T_max 0: it must be at least 1 epoch")
    ) {
      try CosineAnnealingSchedule(maxEpochs: 0)
    }
    #expect(
      throws: TrainKitError(
        "cosine schedule: invalid eta_min -0.1: it must be ≥ 0")
    ) {
      try CosineAnnealingSchedule(maxEpochs: 5, minimumRate: -0.1)
    }
    #expect(
      throws: TrainKitError(
        "warm-up schedule: invalid warm-up length -2: it must be at least 1 epoch"
      )
    ) {
      try WarmupSchedule(epochs: -2)
    }
  }
}
