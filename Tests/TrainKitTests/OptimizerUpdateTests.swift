import RealModule
import Testing

@testable import TrainKit

/// One optimizer configuration and the parameter values after each of its
/// first three steps, derived by hand from PyTorch's update rules (computed
/// in Python with Double; see the formulas in each optimizer's doc comment).
///
/// Every case starts from θ = [1, −2] and receives the same gradients:
/// [0.5, −1], then [0.3, 0.2], then [−0.4, 0.1].
struct UpdateCase: Sendable, CustomTestStringConvertible {
  let name: String
  let expected: [[Double]]
  let make: @Sendable () throws -> any Optimizer

  init(
    _ name: String, _ expected: [[Double]],
    make: @escaping @Sendable () throws -> any Optimizer
  ) {
    self.name = name
    self.expected = expected
    self.make = make
  }

  var testDescription: String { name }

  static let gradients: [[Float]] = [[0.5, -1], [0.3, 0.2], [-0.4, 0.1]]

  static let all: [UpdateCase] = [
    UpdateCase(
      "sgdPlain", [[0.95, -1.9], [0.9199999999999999, -1.92], [0.96, -1.93]]
    ) { try SGD(learningRate: 0.1) },
    UpdateCase(
      "sgdMomentum",
      [[0.95, -1.9], [0.875, -1.8299999999999998], [0.8475, -1.777]]
    ) { try SGD(learningRate: 0.1, momentum: 0.9) },
    UpdateCase(
      "sgdDampening",
      [
        [0.95, -1.9], [0.8899999999999999, -1.8199999999999998],
        [0.8559999999999999, -1.753],
      ]
    ) { try SGD(learningRate: 0.1, momentum: 0.9, dampening: 0.5) },
    UpdateCase(
      "sgdNesterov",
      [[0.905, -1.81], [0.8075, -1.7670000000000001], [0.82275, -1.7293]]
    ) { try SGD(learningRate: 0.1, momentum: 0.9, nesterov: true) },
    UpdateCase(
      "sgdWeightDecay",
      [[0.94, -1.88], [0.9006, -1.8812], [0.9315939999999999, -1.872388]]
    ) { try SGD(learningRate: 0.1, weightDecay: 0.1) },
    UpdateCase(
      "sgdDefault",
      [[0.9995, -1.999], [0.9992000000000001, -1.9992], [0.9996, -1.9993]]
    ) { try SGD() },
    UpdateCase(
      "adagrad",
      [
        [0.90000000002, -1.90000000001],
        [0.8485504244860709, -1.9196116135218952],
        [0.9051189669729947, -1.929370614250428],
      ]
    ) { try Adagrad(learningRate: 0.1) },
    UpdateCase(
      "adagradDefault",
      [
        [0.990000000002, -1.990000000001],
        [0.984855042448607, -1.9919611613521897],
        [0.9905118966972993, -1.992937061425043],
      ]
    ) { try Adagrad() },
    UpdateCase(
      "adagradOptions",
      [
        [0.9115348263201052, -1.9033012443247466],
        [0.8782286072643504, -1.903820709073822],
        [0.8967469716660639, -1.9001888414955392],
      ]
    ) {
      try Adagrad(
        learningRate: 0.1, learningRateDecay: 0.5, weightDecay: 0.1,
        initialAccumulatorValue: 0.1)
    },
    UpdateCase(
      "rmspropDefault",
      [
        [0.900000019999996, -1.900000009999999],
        [0.8483602509394512, -1.9197065936215374],
        [0.9052640832496293, -1.9295613206911095],
      ]
    ) { try RMSprop() },
    UpdateCase(
      "rmspropCentered",
      [
        [0.899496238676095, -1.8994962285750878],
        [0.8473660505418632, -1.9192627881800053],
        [0.9043563393545268, -1.929139854816255],
      ]
    ) { try RMSprop(centered: true) },
    UpdateCase(
      "rmspropMomentum",
      [
        [0.900000019999996, -1.900000009999999],
        [0.7583602689394476, -1.8297066026215365],
        [0.6877883252951322, -1.7762972630504925],
      ]
    ) { try RMSprop(momentum: 0.9) },
    UpdateCase(
      "rmspropAll",
      [
        [0.9666666685185185, -1.9666666675925926],
        [0.9300063280148744, -1.9500970347679711],
        [0.9254230704486092, -1.9388970767657152],
      ]
    ) {
      try RMSprop(alpha: 0.9, weightDecay: 0.1, momentum: 0.5, centered: true)
    },
    UpdateCase(
      "adadeltaDefault",
      [
        [0.9968377855834876, -1.9968377381511013],
        [0.9944473902110369, -1.9977602621457928],
        [0.9974332991139763, -1.9982418231858365],
      ]
    ) { try Adadelta() },
    UpdateCase(
      "adadeltaOptions",
      [
        [0.9988819737752942, -1.9988819679522762],
        [0.9979372409557662, -1.9988821326534505],
        [0.9987319301500222, -1.9987268959283944],
      ]
    ) { try Adadelta(learningRate: 0.5, rho: 0.8, weightDecay: 0.1) },
    UpdateCase(
      "adamDefault",
      [
        [0.99900000002, -1.9990000000099999],
        [0.9980425098670888, -1.9984889739399048],
        [0.9977939230404115, -1.9981582409972294],
      ]
    ) { try Adam() },
    UpdateCase(
      "adam",
      [
        [0.900000002, -1.900000001], [0.8042509867088761, -1.8488973939904947],
        [0.7793923040411518, -1.815824099722949],
      ]
    ) { try Adam(learningRate: 0.1) },
    UpdateCase(
      "adamWeightDecay",
      [
        [0.9000000016666666, -1.9000000008333333],
        [0.8032588944376974, -1.8336169077420748],
        [0.7610640429454931, -1.777994889734778],
      ]
    ) { try Adam(learningRate: 0.1, weightDecay: 0.1) },
    UpdateCase(
      "adamAmsgrad",
      [
        [0.900000002, -1.900000001], [0.8033096197848745, -1.85487782208031],
        [0.7773546502764005, -1.8290060845099365],
      ]
    ) { try Adam(learningRate: 0.1, betas: (0.9, 0.5), amsgrad: true) },
    UpdateCase(
      "adamNoAmsgradSameBetas",
      [
        [0.900000002, -1.900000001], [0.7957360816364698, -1.838596493251462],
        [0.7697811121279958, -1.7897035055438975],
      ]
    ) { try Adam(learningRate: 0.1, betas: (0.9, 0.5)) },
    UpdateCase(
      "adamwDefault",
      [
        [0.99899000002, -1.99898000001],
        [0.9980225199670887, -1.998448984139905],
        [0.9977639529152118, -1.998098266707388],
      ]
    ) { try Adam(decoupled: true) },
    UpdateCase(
      "adamw",
      [
        [0.890000002, -1.880000001], [0.785350986688876, -1.8100973939804947],
        [0.7526387941542629, -1.758923125773144],
      ]
    ) { try Adam(decoupled: true, learningRate: 0.1, weightDecay: 0.1) },
    UpdateCase(
      "adamwAmsgrad",
      [
        [0.890000002, -1.880000001], [0.7844096197648744, -1.81607782207031],
        [0.7506105540587518, -1.7720453062792334],
      ]
    ) {
      try Adam(
        decoupled: true,
        learningRate: 0.1, betas: (0.9, 0.5), weightDecay: 0.1, amsgrad: true)
    },
  ]
}

@Suite struct OptimizerUpdateTests {
  @Test(arguments: UpdateCase.all)
  func firstThreeStepsMatchTheFormulas(_ testCase: UpdateCase) throws {
    let optimizer = try testCase.make()
    let parameter = Parameter(name: "w", value: Tensor([1, -2]))
    for (step, gradient) in UpdateCase.gradients.enumerated() {
      parameter.gradient = Tensor(gradient)
      try optimizer.step([parameter])
      let got = parameter.value.scalars.map(Double.init)
      for (g, e) in zip(got, testCase.expected[step]) {
        #expect(
          g.isApproximatelyEqual(
            to: e, absoluteTolerance: 2e-6, relativeTolerance: 2e-6),
          "\(testCase.name) step \(step + 1): got \(got), expected \(testCase.expected[step])"
        )
      }
    }
  }

  @Test func amsgradChangesTheUpdateWhenVShrinks() {
    // The cases adamAmsgrad and adamNoAmsgradSameBetas must differ from step
    // 2 on, or the test table would not exercise AMSGrad.
    let cases = Dictionary(
      uniqueKeysWithValues: UpdateCase.all.map { ($0.name, $0.expected) })
    #expect(cases["adamAmsgrad"]![0] == cases["adamNoAmsgradSameBetas"]![0])
    #expect(cases["adamAmsgrad"]![1] != cases["adamNoAmsgradSameBetas"]![1])
  }

  @Test func parametersWithoutGradientAreLeftAlone() throws {
    let adam = try Adam(learningRate: 0.1)
    let a = Parameter(name: "a", value: Tensor([1]))
    let b = Parameter(name: "b", value: Tensor([1]))
    a.gradient = Tensor([1])
    try adam.step([a, b])
    #expect(b.value.scalars == [1])
    #expect(adam.snapshot(of: b) == nil)
    #expect(adam.snapshot(of: a)?.step == 1)
  }

  @Test func aParameterListedTwiceIsUpdatedOnce() throws {
    let sgd = try SGD(learningRate: 0.5)
    let p = Parameter(name: "p", value: Tensor([1, 1]))
    p.gradient = Tensor([1, 2])
    try sgd.step([p, p])
    #expect(p.value.scalars == [0.5, 0])
  }

  @Test func changingTheLearningRateTakesEffectNextStep() throws {
    let sgd = try SGD(learningRate: 0.1)
    let p = Parameter(name: "p", value: Tensor([1]))
    p.gradient = Tensor([1])
    try sgd.step([p])
    sgd.learningRate = 0.5
    try sgd.step([p])
    #expect(
      p.value.scalars[0].isApproximatelyEqual(to: 0.4, absoluteTolerance: 1e-7))
  }

  @Test func multiDimensionalParametersKeepTheirShape() throws {
    let adam = try Adam()
    let p = Parameter(
      name: "0.weight",
      value: try Tensor(shape: [2, 3], scalars: [1, 2, 3, 4, 5, 6]))
    p.gradient = try Tensor(shape: [2, 3], scalars: [1, 1, 1, 1, 1, 1])
    try adam.step([p])
    #expect(p.value.shape == [2, 3])
    #expect(adam.snapshot(of: p)?["exp_avg"]?.shape == [2, 3])
  }

  @Test func optimizersDoNotKeepParametersAlive() throws {
    let optimizers: [any InspectableOptimizer] = [
      try SGD(learningRate: 0.1, momentum: 0.9), try Adagrad(), try RMSprop(),
      try Adadelta(), try Adam(),
      try Adam(decoupled: true),
    ]
    for optimizer in optimizers {
      weak var released: Parameter?
      do {
        let p = Parameter(name: "p", value: Tensor([1]))
        p.gradient = Tensor([1])
        try optimizer.step([p])
        released = p
      }
      #expect(released == nil, "\(optimizer) keeps a parameter alive")
      // The next step drops the released parameter's state and carries on.
      let q = Parameter(name: "q", value: Tensor([1]))
      q.gradient = Tensor([1])
      try optimizer.step([q])
      #expect(optimizer.snapshot(of: q)?.step == 1)
    }
  }
}
