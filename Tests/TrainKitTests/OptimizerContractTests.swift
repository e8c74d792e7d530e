import Localization
import RealModule
import Testing

@testable import TrainKit

@Suite struct OptimizerContractTests {
  @Test func descriptionsReadLikePyTorch() throws {
    #expect(
      try SGD().description
        == "SGD(lr=0.001, momentum=0, dampening=0, weight_decay=0, nesterov=False)"
    )
    #expect(
      try SGD(learningRate: 0.1, momentum: 0.9, nesterov: true).description
        == "SGD(lr=0.1, momentum=0.9, dampening=0, weight_decay=0, nesterov=True)"
    )
    #expect(
      try Adagrad().description
        == "Adagrad(lr=0.01, lr_decay=0, weight_decay=0, initial_accumulator_value=0, eps=1e-10)"
    )
    #expect(
      try RMSprop().description
        == "RMSprop(lr=0.01, alpha=0.99, eps=1e-08, weight_decay=0, momentum=0, centered=False)"
    )
    #expect(
      try Adadelta().description
        == "Adadelta(lr=1.0, rho=0.9, eps=1e-06, weight_decay=0)")
    #expect(
      try Adam().description
        == "Adam(lr=0.001, betas=(0.9, 0.999), eps=1e-08, weight_decay=0, amsgrad=False)"
    )
    #expect(
      try Adam(decoupled: true).description
        == "AdamW(lr=0.001, betas=(0.9, 0.999), eps=1e-08, weight_decay=0.01, amsgrad=False)"
    )
  }

  @Test func defaultsArePyTorchs() throws {
    let sgd = try SGD()
    #expect(
      sgd.learningRate == 1e-3 && sgd.rule.momentum == 0
        && sgd.rule.dampening == 0
        && !sgd.rule.nesterov)
    let adagrad = try Adagrad()
    #expect(
      adagrad.learningRate == 0.01 && adagrad.rule.epsilon == 1e-10
        && adagrad.rule.initialAccumulatorValue == 0)
    let rmsprop = try RMSprop()
    #expect(
      rmsprop.learningRate == 0.01 && rmsprop.rule.alpha == 0.99
        && rmsprop.rule.epsilon == 1e-8 && !rmsprop.rule.centered)
    let adadelta = try Adadelta()
    #expect(
      adadelta.learningRate == 1 && adadelta.rule.rho == 0.9
        && adadelta.rule.epsilon == 1e-6)
    let adam = try Adam()
    #expect(
      adam.learningRate == 1e-3 && adam.rule.betas == (0.9, 0.999)
        && adam.rule.epsilon == 1e-8)
    #expect(adam.rule.weightDecay == 0 && !adam.rule.amsgrad)
    #expect(try Adam(decoupled: true).rule.weightDecay == 0.01)
  }

  @Test func shapeMismatchThrowsAndUpdatesNothing() throws {
    let optimizers: [any Optimizer] = [
      try SGD(learningRate: 0.1), try Adagrad(), try RMSprop(), try Adadelta(),
      try Adam(), try Adam(decoupled: true),
    ]
    for optimizer in optimizers {
      let good = Parameter(name: "0.bias", value: Tensor([1, 2]))
      good.gradient = Tensor([1, 1])
      let bad = Parameter(
        name: "0.weight",
        value: try Tensor(shape: [2, 2], scalars: [1, 2, 3, 4]))
      bad.gradient = Tensor([1, 1, 1])
      let name = String(optimizer.description.prefix { $0 != "(" })
      #expect(
        throws: TrainKitError(
          "\(name): the gradient of '0.weight' has shape [3] but the parameter has shape [2, 2]"
        )
      ) { try optimizer.step([good, bad]) }
      #expect(
        good.value.scalars == [1, 2],
        "\(name) must not update before every shape is checked")
    }
  }

  @Test func hyperParameterErrorsReadInChinese() {
    func message(_ make: () throws -> Void) -> String? {
      Language.with(.zh) {
        do {
          try make()
          return nil
        } catch {
          return (error as? TrainKitError)?.message
        }
      }
    }
    #expect(
      message { _ = try SGD(learningRate: -0.1) }
        == "SGD：学习率 lr 的值 -0.1 无效：必须不小于 0")
    #expect(
      message { _ = try Adam(betas: (0.9, 1)) }
        == "Adam：betas[1] 的值 1.0 无效：必须在 [0, 1) 内")
    #expect(
      message { _ = try RMSprop(epsilon: -1e-8) }
        == "RMSprop：eps 的值 -1e-08 无效：必须不小于 0")
    // A schedule is named in Chinese too (its parameter stays as written).
    #expect(
      message { _ = try StepSchedule(stepSize: 2, gamma: -0.5) }
        == "阶梯调度器：gamma 的值 -0.5 无效：必须不小于 0")
    #expect(
      message { _ = try CosineAnnealingSchedule(maxEpochs: 0) }
        == "余弦调度器：T_max 0 无效：至少要 1 轮")
  }

  @Test func invalidHyperParametersAreRefused() {
    #expect(
      throws: TrainKitError(
        "SGD: invalid learning rate (lr) -0.1: it must be ≥ 0")
    ) {
      try SGD(learningRate: -0.1)
    }
    #expect(throws: TrainKitError("SGD: invalid momentum -1.0: it must be ≥ 0"))
    { try SGD(momentum: -1) }
    #expect(
      throws: TrainKitError(
        "SGD: Nesterov momentum requires a momentum > 0 and zero dampening")
    ) {
      try SGD(nesterov: true)
    }
    #expect(
      throws: TrainKitError(
        "SGD: Nesterov momentum requires a momentum > 0 and zero dampening")
    ) {
      try SGD(momentum: 0.9, dampening: 0.1, nesterov: true)
    }
    #expect(
      throws: TrainKitError("Adagrad: invalid lr_decay -0.5: it must be ≥ 0")
    ) {
      try Adagrad(learningRate: 0.1, learningRateDecay: -0.5)
    }
    #expect(
      throws: TrainKitError(
        "Adagrad: invalid initial_accumulator_value -1.0: it must be ≥ 0")
    ) {
      try Adagrad(initialAccumulatorValue: -1)
    }
    #expect(
      throws: TrainKitError("RMSprop: invalid alpha 1.5: it must be in [0, 1]")
    ) { try RMSprop(alpha: 1.5) }
    #expect(
      throws: TrainKitError(
        "RMSprop: invalid epsilon (eps) -1e-08: it must be ≥ 0")
    ) {
      try RMSprop(epsilon: -1e-8)
    }
    #expect(
      throws: TrainKitError("Adadelta: invalid rho -0.1: it must be in [0, 1]")
    ) { try Adadelta(rho: -0.1) }
    #expect(
      throws: TrainKitError(
        "Adam: invalid beta1 (betas[0]) 1.0: it must be in [0, 1)")
    ) {
      try Adam(betas: (1, 0.999))
    }
    #expect(
      throws: TrainKitError(
        "AdamW: invalid beta2 (betas[1]) -0.5: it must be in [0, 1)")
    ) {
      try Adam(decoupled: true, betas: (0.9, -0.5))
    }
    #expect(
      throws: TrainKitError("AdamW: invalid weight_decay -0.01: it must be ≥ 0")
    ) {
      try Adam(decoupled: true, weightDecay: -0.01)
    }
    #expect(
      throws: TrainKitError(
        "Adam: invalid learning rate (lr) nan: it must be ≥ 0")
    ) {
      try Adam(learningRate: .nan)
    }
    #expect(
      throws: TrainKitError(
        "Adam: invalid learning rate (lr) inf: it must be ≥ 0")
    ) {
      try Adam(learningRate: .infinity)
    }
  }

  @Test func aNegativeLearningRateSetLaterIsRefusedAtStep() throws {
    let sgd = try SGD()
    sgd.learningRate = -1
    let p = Parameter(name: "p", value: Tensor([1]))
    p.gradient = Tensor([1])
    #expect(
      throws: TrainKitError(
        "SGD: invalid learning rate (lr) -1.0: it must be ≥ 0")
    ) { try sgd.step([p]) }
    #expect(p.value.scalars == [1])
  }

  @Test func resetForgetsTheState() throws {
    let sgd = try SGD(learningRate: 0.1, momentum: 0.9)
    let p = Parameter(name: "p", value: Tensor([0]))
    p.gradient = Tensor([1])
    try sgd.step([p])
    try sgd.step([p])
    #expect(sgd.snapshot(of: p)?.step == 2)
    sgd.reset()
    #expect(sgd.snapshot(of: p) == nil)
    p.value = Tensor([0])
    try sgd.step([p])
    // A fresh buffer starts at the gradient: the first step is plain SGD.
    #expect(p.value.scalars == [-0.1])
  }

  /// `step(_:learningRate:)` uses the rate it is given and leaves the
  /// optimizer's own (a schedule's base) as it is.
  @Test func theStepsRateIsPassedIn() throws {
    let sgd = try SGD(learningRate: 0.1)
    let p = Parameter(name: "p", value: Tensor([0]))
    p.gradient = Tensor([1])
    try sgd.step([p], learningRate: 0.5)
    #expect(p.value.scalars == [-0.5])
    #expect(sgd.learningRate == 0.1)
    try sgd.step([p])
    #expect(p.value.scalars == [-0.6])
    #expect(
      throws: TrainKitError(
        "SGD: invalid learning rate (lr) -1.0: it must be ≥ 0")
    ) {
      try sgd.step([p], learningRate: -1)
    }
  }

  /// `fresh()` is the same rule and rate with no state: what each fold of
  /// a cross-validation trains with.
  @Test func aFreshOptimizerHasTheSameSettingsAndNoState() throws {
    for optimizer: any InspectableOptimizer in [
      try SGD(learningRate: 0.1, momentum: 0.9), try Adagrad(),
      try RMSprop(centered: true), try Adadelta(),
      try Adam(amsgrad: true), try Adam(decoupled: true),
    ] {
      let p = Parameter(name: "p", value: Tensor([1, 2]))
      p.gradient = Tensor([1, -1])
      try optimizer.step([p])
      let fresh = try #require(optimizer.fresh() as? any InspectableOptimizer)
      #expect(fresh !== optimizer)
      #expect(fresh.description == optimizer.description)
      #expect(fresh.snapshot(of: p) == nil)
      #expect(optimizer.snapshot(of: p)?.step == 1)
      // The same first step as the original's.
      let q = Parameter(name: "q", value: Tensor([1, 2]))
      q.gradient = Tensor([1, -1])
      try fresh.step([q])
      #expect(q.value == p.value, "\(optimizer)")
    }
  }
}
