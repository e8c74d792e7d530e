import Foundation
import Testing

@testable import LessonKit

/// A session that can read the repository's datasets.
func labSession(
  _ limits: EvaluationLimits = EvaluationLimits(), width: Int = 60
) -> Session {
  makeSession(
    SessionOptions(
      width: width, height: 12,
      datasetsDirectory: repositoryRoot.appendingPathComponent("datasets").path,
      limits: limits))
}

/// The transcript of `source` in a lab session; an error fails the test.
func lab(_ source: String, in session: Session = labSession()) -> String {
  let result = session.run(source, origin: .prompt)
  #expect(result.error == nil, "\(result.error?.description ?? "")")
  return result.transcript
}

@Suite struct DataBuiltinTests {
  @Test func generatorsSplitTrainAndTest() {
    #expect(
      lab(
        "d = moons(n=200, seed=1)\nprint(d.train.n, d.test.n, d.train.d, d.train.classes)"
      ) == "100 100 2 2\n")
    #expect(
      lab("d = circles(n=50, test=0, seed=1)\nprint(d.train.n, d.test)")
        == "50 none\n")
    #expect(
      lab(
        "print(blobs(n=90, classes=3, seed=1).train.classes, spiral(n=40, arms=4, seed=2).test.classes)"
      ) == "3 4\n")
  }

  @Test func seedsMakeDataReproducible() {
    #expect(
      lab(
        "a = moons(n=20, seed=5).train.x\nb = moons(n=20, seed=5).train.x\na == b"
      ) == "true\n")
    #expect(
      lab(
        "a = moons(n=20, seed=5).train.x\nb = moons(n=20, seed=6).train.x\na == b"
      ) == "false\n")
  }

  @Test func splitByFractionsAndCounts() {
    #expect(
      lab(
        "d = split(dataset(\"digits\"), train=300, test=1000, seed=7)\nprint(d.train.n, d.valid, d.test.n)"
      ) == "300 none 1000\n")
    #expect(
      lab(
        "d = split(dataset(\"diabetes\"), train=0.6, valid=0.2, seed=1)\nprint(d.train.n, d.valid.n, d.test.n)"
      ) == "265 89 88\n")
  }

  @Test func kfoldCoversEverySampleOnce() {
    #expect(
      lab(
        "folds = kfold(dataset(\"diabetes\"), k=5, seed=1)\nsizes = []\nfor f in folds: sizes = sizes + [f.valid.n] end\nprint(len(folds), sum(sizes), sizes)"
      )
        == "5 442 [89, 89, 88, 88, 88]\n")
  }

  @Test func standardizeUsesTheTrainingPart() {
    #expect(
      lab(
        "d = standardize(split(dataset(\"diabetes\"), train=0.8, seed=3))\nround(mean(column(d.train, 0)), 4)\nround(std(column(d.train, 2)), 3)"
      ) == "0\n1\n")
  }

  @Test func datasetNamesAreCheckedAndConfined() {
    let session = labSession()
    #expect(
      session.run("dataset(\"digit\")", origin: .prompt).error?.message
        == "dataset: no data set named \"digit\"; did you mean `digits`? (available: diabetes, digits)"
    )
    #expect(
      session.run("dataset(\"../Package\")", origin: .prompt).error?.message
        == "dataset: no data set named \"../Package\" (available: diabetes, digits)"
    )
    #expect(
      lab("d = dataset(\"digits\")\nprint(d.n, d.d, d.classes)")
        == "1797 64 10\n")
  }

  @Test func polynomialData() {
    #expect(
      lab(
        "d = poly_data(seed=1)\nprint(d.train.n, d.test.n, d.train.d, len(d.train.raw))\npoly_true(5)"
      ) == "100 100 20 100\n[5, 1.2, -3.4, 5.6, 0]\n")
    #expect(
      lab(
        "select(poly_data(seed=1), 4).train.d\nselect(poly_data(seed=1), [0, 2]).train.names"
      ) == "4\n[\"1\", \"x^2/2!\"]\n")
  }

  @Test func aliasesBehaveLikeTheirBuiltins() {
    #expect(
      lab(
        "spirals(n=20, seed=1).train.x == spiral(n=20, seed=1).train.x\nresidual_mlp(2, 4, 1, 2).params\nhighdim_data(seed=1).train.d"
      ) == "true\n42\n200\n")
    #expect(
      makeSession().helpText(for: "features")?.contains(
        "Another name for `expand`") == true)
  }

  @Test func makeDataAndTake() {
    #expect(
      lab(
        "d = make_data([[1, 2], [3, 4], [5, 6]], [0, 1, 1], task=\"classification\")\nprint(d.n, d.classes, take(d, 2).n, d.y)"
      ) == "3 2 2 [0, 1, 1]\n")
  }
}

@Suite struct TensorBuiltinTests {
  @Test func arithmeticIsElementwiseWithBroadcasting() {
    #expect(
      lab(
        "t = tensor([[1, 2], [3, 4]])\n(t * 2 + 1).list\n(t - [10, 20]).list\n(1 / tensor([2, 4])).list\n(-t).shape"
      ) == "[[3, 5], [7, 9]]\n[[-9, -18], [-7, -16]]\n[0.5, 0.25]\n[2, 2]\n")
    #expect(
      lab(
        "(tensor([1, 2, 3]) ** 2).list\nexp(tensor([0])).list\nlen(tensor([[1], [2]]))"
      ) == "[1, 4, 9]\n[1]\n2\n")
  }

  @Test func matmulTransposeNorm() {
    #expect(
      lab(
        "matmul([[1, 2], [3, 4]], [[1], [1]]).list\ntranspose([[1, 2, 3]]).shape\nnorm([3, 4])"
      ) == "[[3], [7]]\n[3, 1]\n5\n")
  }

  @Test func indexingAndLooping() {
    #expect(
      lab(
        "t = tensor([[1, 2], [3, 4]])\nt[-1].list\nt[0][1]\nfor row in t: print(row.list) end"
      ) == "[3, 4]\n2\n[1, 2]\n[3, 4]\n")
  }

  @Test func creationAndLimits() {
    #expect(
      lab(
        "zeros([2, 3]).shape\nones(2).list\nrandn([2, 2], seed=1) == randn([2, 2], seed=1)"
      ) == "[2, 3]\n[1, 1]\ntrue\n")
    #expect(
      errorMessage("zeros([100000, 100000])", in: labSession())
        == "zeros: a tensor of shape [100000, 100000] is too large: at most 50000000 elements"
    )
    #expect(
      errorMessage("zeros(1e12)", in: labSession())
        == "zeros: each dimension must be between 0 and 50000000, got 1000000000000"
    )
    #expect(
      errorMessage("tensor([[1, 2], [3]])", in: labSession())
        == "tensor: the nested lists are not rectangular (expected shape [2, 2])"
    )
    #expect(
      errorMessage("tensor([1, 2]) + tensor([1, 2, 3])", in: labSession())
        == "add: shapes [2] and [3] cannot be broadcast together")
  }

  @Test func dropoutScalesTheSurvivors() {
    #expect(
      lab(
        "x = dropout(ones(1000), p=0.5, seed=1)\nprint(min(x.list), max(x.list), abs(mean(x.list) - 1) < 0.1)\ndropout([1, 2], train=false).list"
      ) == "0 2 true\n[1, 2]\n")
  }
}

@Suite struct GradientBuiltinTests {
  @Test func gradOfFormulas() {
    #expect(
      lab(
        "grad(fn(x1, x2) => 0.1*x1**2 + 2*x2**2, [-5, -2])\ngrad(fn(x) => x**3, 2)\ngrad(fn(x) => sigmoid(x), 0)\ngrad(fn(x) => exp(x) + log(x), 1)"
      ) == "[-1, -8]\n12\n0.25\n3.71828\n")
    #expect(
      lab("s = grad(fn(x) => tanh(x), [-1, 0, 1], each=true)\nround(s, 4)")
        == "[0.42, 1, 0.42]\n")
  }

  @Test func minimizeFollowsGradientDescentExactly() {
    // x1 ← (1 − 0.4·0.2)·x1 = 0.92·x1;  x2 ← (1 − 0.4·4)·x2 = −0.6·x2.
    let output = lab(
      """
      f = fn(x1, x2) => 0.1*x1**2 + 2*x2**2
      t = minimize(f, start=[-5, -2], optimizer=sgd(lr=0.4), steps=20)
      print(len(t.x1), close(t.end[0], -5 * 0.92**20, rel=1e-4), close(t.end[1], -2 * 0.6**20, rel=1e-3))
      print(t.x1[0], t.x2[1], t.values[0])
      """)
    #expect(output == "21 true true\n-5 1.2 10.5\n")
  }

  @Test func minimizeRecordsOptimizerState() {
    #expect(
      lab(
        "t = minimize(fn(x) => x**2, start=[1], optimizer=sgd(lr=0.1, momentum=0.9), steps=2)\nt.state[1].momentum_buffer\nt.x"
      ) == "[3.4]\n[1, 0.8, 0.46]\n")
  }

  @Test func divergenceStopsTheRun() {
    #expect(
      lab(
        "t = minimize(fn(x) => x**2, start=[1], optimizer=sgd(lr=1e20), steps=50)\nprint(t.diverged, len(t.values) < 51)"
      ) == "true true\n")
  }

  @Test func minimizeErrors() {
    let session = labSession()
    #expect(
      errorMessage("minimize(fn(x, y) => x, start=[1])", in: session)
        == "minimize: f takes 2 arguments, so `start` needs 2 numbers, got 1")
    #expect(
      errorMessage("minimize(3, start=[1])", in: session)
        == "minimize: `f` must be a function written with fn, such as fn(x, y) => x**2 + y**2, got a number"
    )
    #expect(
      errorMessage("minimize(fn(x) => [x], start=[1])", in: session)
        == "minimize: f must return a single number, got a list")
  }
}

@Suite struct ModelAndTrainingTests {
  @Test func modelsCountTheirParameters() {
    #expect(
      lab(
        "mlp([2, 16, 2]).params\nlinear(10).params\nlinear(3, bias=false).params\nresmlp(2, 8, 3, 2).params\nlen(mlp([2, 4, 4, 2]).linear_layers)"
      ) == "82\n11\n3\n258\n3\n")
    #expect(
      lab(
        "mlp([4, 8, 3], dropout=0.5).layers[2].kind\nmlp([2, 3], seed=1).layers[0].weight.shape"
      ) == "Dropout\n[2, 3]\n")
  }

  @Test func modelArgumentsAreChecked() {
    let session = labSession()
    #expect(
      errorMessage("mlp([2, 16, 2], activation=\"tanhh\")", in: session)
        == "mlp: unknown activation \"tanhh\"; did you mean `tanh`?; use relu, sigmoid, tanh, leaky_relu, gelu or none"
    )
    #expect(
      errorMessage("mlp([2])", in: session)
        == "mlp: `sizes` needs between 2 and 200 sizes, as in [2, 16, 2]")
    #expect(
      errorMessage("mlp([2, 1e6, 1e6])", in: session)
        == "mlp: each size must be between 1 and 100000, got 1000000")
    #expect(
      errorMessage("mlp([2, 100000, 100000])", in: session)
        == "mlp: too large: at most 50000000 tensor elements")
  }

  @Test func fitIsReproducibleAndLearns() {
    let source =
      "h = fit(mlp([2, 16, 2], seed=1), moons(n=200, seed=1), epochs=8, optimizer=adam(lr=0.01), seed=1)\n"
    let session = labSession()
    _ = lab(source + "first = h.train_loss", in: session)
    #expect(
      lab(
        source
          + "print(h.train_loss == first, h.train_loss[-1] < h.train_loss[0], len(h.test_acc), h.epochs)",
        in: session) == "true true 8 8\n")
    #expect(
      lab(
        "print(len(h.grad_norms[0]), len(h.weight_norms[-1]), h.steps, len(h.step_loss), h.diverged, h.report)",
        in: session) == "2 2 32 32 false \n")
  }

  @Test func fitReportsProgressAndStopsOnCancel() {
    let session = labSession()
    final class Box: @unchecked Sendable {
      var updates: [ProgressUpdate] = []
      var cancel = false
    }
    let box = Box()
    session.progress = { box.updates.append($0) }
    _ = lab("h = fit(linear(2, 2), moons(n=40, seed=1), epochs=3)", in: session)
    #expect(
      box.updates.map(\.completed) == [1, 2, 3]
        && box.updates.allSatisfy { $0.label == "fit" && $0.total == 3 })
    session.isCancelled = { true }
    let result = session.run(
      "h2 = fit(linear(2, 2), moons(n=40, seed=1), epochs=1000)",
      origin: .prompt)
    #expect(result.cancelled && result.error == nil)
  }

  @Test func fitDivergesWithAReport() {
    #expect(
      lab(
        "h = fit(linear(10), dataset(\"diabetes\"), epochs=5, optimizer=sgd(lr=10), seed=1)\nprint(h.diverged, h.report != \"\", h.nan_epoch)",
        in: labSession(width: 100))
        == "fit stopped: the loss became inf at epoch 1, step 4 (batch 4)\ntrue true 1\n"
    )
  }

  @Test func fitWorkIsBounded() {
    let session = labSession(EvaluationLimits(steps: 1_000))
    #expect(
      session.run(
        "fit(linear(2, 2), moons(n=200, seed=1), epochs=100, batch=1)",
        origin: .prompt
      ).error?.message
        == "this cell would take more than 1000 steps (each minibatch or optimizer step counts as one); use fewer epochs or steps"
    )
  }

  @Test func earlyStoppingAndSchedules() {
    #expect(
      lab(
        "d = split(moons(n=200, test=0, seed=1).train, train=0.6, valid=0.2, test=0.2, seed=1)\nh = fit(mlp([2, 32, 2], seed=1), d, epochs=200, optimizer=adam(lr=0.05), patience=3, seed=1)\nprint(h.stopped_early, h.epochs < 200, len(h.valid_loss) == h.epochs)"
      ) == "true true true\n")
    #expect(
      lab(
        "lr_curve(step_lr(step_size=2), lr=1, n=6)\nh = fit(linear(2, 2), moons(n=40, seed=1), epochs=3, schedule=exponential(gamma=0.5), optimizer=sgd(lr=1))\nh.lr\ncosine(t_max=10)"
      )
        == "[1, 1, 0.1, 0.1, 0.01, 0.01]\n[1, 0.5, 0.25]\ncosine(t_max=10, eta_min=0)\n"
    )
  }

  @Test func evaluatePredictNorms() {
    let session = labSession()
    _ = lab("m = mlp([2, 8, 2], seed=1)\nd = moons(n=100, seed=1)", in: session)
    #expect(
      lab(
        "r = evaluate(m, d.test)\nprint(keys(r), r.acc >= 0, r.loss > 0)",
        in: session) == "[\"loss\", \"acc\"] true true\n")
    #expect(
      lab(
        "len(predict(m, d.test, classes=true))\npredict(m, [[0, 0]]).shape\nlen(grad_norms(m, d))\nlen(weight_norms(m))",
        in: session) == "50\n[1, 2]\n2\n2\n")
    #expect(
      lab("evaluate(linear(10), dataset(\"diabetes\")).acc", in: session) == "")
  }

  @Test func copyIsIndependent() {
    #expect(
      lab(
        "m = linear(2, 2, seed=1)\nc = copy(m)\nbefore = weight_norms(m)\nh = fit(c, moons(n=40, seed=1), epochs=3)\nprint(weight_norms(m) == before, weight_norms(c) == before)"
      ) == "true false\n")
  }

  @Test func crossValidate() {
    #expect(
      lab(
        "cv = cross_validate(linear(2, 2, seed=1), moons(n=100, seed=1), k=4, epochs=2, seed=1)\nprint(cv.k, len(cv.valid_loss), close(cv.mean, mean(cv.valid_loss)))"
      ) == "4 4 true\n")
  }

  /// Each fold trains with a fresh copy of the optimizer: the result does
  /// not depend on what the optimizer object did before, nor on the other
  /// folds, and the learner's optimizer keeps its rate.
  @Test func crossValidationFoldsGetAFreshOptimizer() {
    #expect(
      lab(
        """
        m = mlp([2, 8, 2], seed=1)
        d = moons(n=60, seed=1)
        m0 = copy(m)
        o = sgd(lr=0.2, momentum=0.9)
        a = cross_validate(m, d, k=3, epochs=2, optimizer=o, seed=1)
        h = fit(m, d, optimizer=o, epochs=2, schedule=step_lr(step_size=1, gamma=0.5))
        b = cross_validate(m0, d, k=3, epochs=2, optimizer=o, seed=1)
        c = cross_validate(m0, d, k=3, epochs=2, optimizer=sgd(lr=0.2, momentum=0.9), seed=1)
        print(a.valid_loss == b.valid_loss, b.valid_loss == c.valid_loss, o.lr)
        """
      ) == "true true 0.2\n")
  }

  /// `model.linear_layers`, `grad_norms` and `h.grad_norms` are one list
  /// of weight layers (TrainKit's `Layer.weightLayers`), named as the
  /// gradient statistics name them.
  @Test func modelsListTheWeightLayersTheirStatisticsUse() {
    let source = """
      for m in [linear(2, 2, seed=1), mlp([2, 4, 4, 2], batchnorm=true, seed=1), resmlp(2, 4, 2, 2, seed=1)]:
          h = fit(m, moons(n=40, seed=1), epochs=1)
          print(len(m.linear_layers), len(grad_norms(m, moons(n=40, seed=1))), len(h.grad_norms[0]), m.linear_layers[0].name, m.linear_layers[-1].name)
      end
      """
    #expect(
      lab(source)
        == "1 1 1 0 0\n3 3 3 0 6\n4 4 4 0 4\n")
  }

  /// `help(fit)` lists every member of a history (`HistoryObject.members`,
  /// the one list), and each of them answers.
  @Test func helpOfFitListsEveryHistoryMemberAndEachAnswers() throws {
    let session = labSession()
    let help = lab("help(fit)", in: session)
    _ = lab("h = fit(linear(2, 2), moons(n=40, seed=1), epochs=2)", in: session)
    for name in HistoryObject.members {
      #expect(help.contains(" \(name)"), "\(name)")
      #expect(errorMessage("h.\(name)", in: session) == nil, "\(name)")
    }
  }

  /// A model that is one linear layer has its gradient and weight norms
  /// recorded under the layer's name, as every other model.
  @Test func aSingleLayerModelHasItsNormsRecorded() {
    #expect(
      lab(
        "h = fit(linear(2, 2, seed=1), moons(n=40, seed=1), epochs=2)\nprint(len(h.grad_norms[0]), h.grad_norms[0][0] > 0, h.weight_norms[-1][0] > 0)"
      ) == "1 true true\n")
  }

  @Test func learningRateRangeTest() {
    #expect(
      lab(
        "r = lr_range(mlp([2, 8, 2], seed=1), moons(n=100, seed=1), start=0.001, end=1000, steps=40, seed=1)\nprint(len(r.lr) == len(r.loss), r.lr[0], len(r.lr) < 40)"
      ) == "true 0.001 true\n")
  }

  @Test func closedFormFits() {
    #expect(
      lab(
        "m = lstsq(regression_data(n=200, noise=0, seed=1))\nround(coef(m), 3)\nround(intercept(m), 3)"
      ) == "[2, -3.4]\n4.2\n")
    #expect(
      lab(
        "d = linear_data(seed=1)\nnorm(coef(ridge(d, lam=10))) < norm(coef(ridge(d, lam=0.01)))"
      ) == "true\n")
    // 20 samples, 200 features: lstsq interpolates with the minimum-norm weights.
    #expect(
      lab(
        "d = linear_data(seed=1)\nevaluate(lstsq(d, bias=false), d.train).loss < 1e-8"
      ) == "true\n")
  }

  /// A closed-form fit carries its losses computed in Double: they agree
  /// with evaluate on a well-conditioned fit, and stay exact where the
  /// Float32 weights cannot (20 features x^i/i! through 20 points).
  @Test func closedFormLossesAreComputedInDouble() {
    #expect(
      lab(
        "ds = poly_data(n_train=100, n_test=100, seed=10)\nm = lstsq(select(ds, 4), bias=false)\nprint(close(m.train_loss, evaluate(m, select(ds, 4).train).loss, rel=1e-3), close(m.test_loss, evaluate(m, select(ds, 4).test).loss, rel=1e-3), m.train_loss < 0.02)"
      ) == "true true true\n")
    #expect(
      lab(
        "ds = poly_data(n_train=20, n_test=100, seed=10)\nm = lstsq(ds, bias=false)\nprint(m.train_loss < 1e-5, evaluate(m, ds.train).loss > 1)"
      ) == "true true\n")
    #expect(
      lab(
        "m = ridge(dataset(\"diabetes\"), lam=1)\nprint(m.test_loss, m.train_loss > 0)"
      ) == "none true\n")
    #expect(
      errorMessage("linear(2).train_loss", in: labSession())?.contains(
        "train_loss") == true)
  }

  @Test func optimizerDescriptionsUsePyTorchNames() {
    #expect(
      lab("adam()\nsgd(lr=0.5)", in: labSession(width: 100))
        == "Adam(lr=0.001, betas=(0.9, 0.999), eps=1e-08, weight_decay=0, amsgrad=False)\nSGD(lr=0.5, momentum=0, dampening=0, weight_decay=0, nesterov=False)\n"
    )
    #expect(
      errorMessage("adam(betas=[0.9])", in: labSession())
        == "adam: `betas` must be two numbers, as in [0.9, 0.999]")
    #expect(
      errorMessage(
        "fit(linear(2, 2), moons(n=10), optimizer=3)", in: labSession())
        == "fit: `optimizer` must be an optimizer such as sgd(lr=0.1), got a number"
    )
  }
}

@Suite struct OutputBuiltinTests {
  /// Every line of a chart is `width` columns wide (TermPlot's contract).
  @Test(arguments: [
    "plot([1, 0.5, 0.25], labels=[\"loss\"])",
    "scatter([1, 2, 3], [3, 1, 2], groups=[0, 1, 0])",
    "hist([1, 2, 2, 3], bins=3)",
    "contour(fn(x, y) => x**2 + y**2, x=[-1, 1], y=[-1, 1], paths=[[[1, 1], [0, 0]]])",
    "heatmap([[1, 2], [3, 4]])",
    "boundary(linear(2, 2, seed=1), moons(n=40, seed=1))",
    "heatmap(reshape(range(6), [2, 3]))",
    "boundary(linear(4, 2, seed=1), expand(circles(n=40, seed=1), features=[\"x1\", \"x2\", \"x1^2\", \"x2^2\"]))",
  ])
  func chartsFillTheWidth(source: String) {
    let text = lab(source)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
      .dropLast()
    #expect(lines.count == 12, "\(text)")
    #expect(lines.allSatisfy { $0.count == 60 }, "\(text)")
  }

  /// A bar chart with fewer bars than rows shows no blank rows under its
  /// axis: two bars, their axis line and tick labels.
  @Test func barsLeaveNoBlankRows() {
    let text = lab("bars([\"a\", \"b\"], [1, 100], logx=true)")
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
      .dropLast()
    #expect(lines.count == 4, "\(text)")
    #expect(lines.allSatisfy { $0.count == 60 }, "\(text)")
    // The tick labels, from the decade below the smallest bar to 100.
    #expect(
      lines.last.map { $0.contains("0.1 ") && $0.contains(" 100 ") }
        == true, "\(text)")
  }

  @Test func tableShowsRowsAndColumns() {
    #expect(
      lab(
        "table([\"lr\", \"loss\"], [[0.01, 0.52], [0.1, 0.21]], best=\"min:1\")"
      ) == """
        ┌────────┬─────────┐
        │     lr │    loss │
        ├────────┼─────────┤
        │ 0.0100 │ 0.5200  │
        │ 0.1000 │ 0.2100* │
        └────────┴─────────┘

        """)
    #expect(
      lab("table([\"n\", \"name\"], columns=[[1, 2], [\"a\", \"b\"]])")
        .contains("│ 2 │ b    │"))
  }

  @Test func chartArgumentsAreChecked() {
    let session = labSession()
    #expect(
      errorMessage("plot()", in: session)
        == "plot: needs at least one series of numbers")
    #expect(
      errorMessage("plot([1, 2], x=[1])", in: session)
        == "plot: x has 1 numbers but series 1 has 2")
    #expect(
      errorMessage("contour(fn(x) => x)", in: session)
        == "contour: `f` must be a function of two arguments, fn(x, y) => …, got a function"
    )
    #expect(
      errorMessage("table([\"a\"], [[1]], best=\"low:0\")", in: session)
        == "table: `best` must be \"min:N\" or \"max:N\" with N a column number from 0"
    )
    #expect(
      errorMessage("bars([\"a\"], [1, 2])", in: session)
        == "bars: 1 labels but 2 values")
  }
}

@Suite struct LessonRequestTests {
  @Test func weightPenaltiesShrinkWeights() {
    let output = lab(
      """
      d = linear_data(seed=1)
      plain = fit(linear(200, seed=1), d, epochs=20, batch=5, optimizer=sgd(lr=0.003), seed=1)
      l2 = fit(linear(200, seed=1), d, epochs=20, batch=5, optimizer=sgd(lr=0.003), l2=3, seed=1)
      l1 = fit(linear(200, seed=1), d, epochs=20, batch=5, optimizer=sgd(lr=0.003), l1=0.1, seed=1)
      print(l2.weight_norm[-1] < plain.weight_norm[-1], l1.weight_norm[-1] < plain.weight_norm[-1])
      """)
    #expect(output == "true true\n")
    #expect(
      errorMessage("fit(linear(2, 2), moons(n=10), l2=-1)", in: labSession())
        == "fit: `l2` and `l1` must be finite numbers ≥ 0")
  }

  @Test func linearTakesAnInitializer() {
    // N(0, 1) weights: ‖w‖ ≈ √1000.
    #expect(
      lab(
        "w = linear(1000, init=\"normal\", std=1, seed=1).layers[0].weight\nround(norm(w) / sqrt(1000), 1)"
      ) == "1\n")
  }

  @Test func reshapeAndPolyFeatures() {
    #expect(
      lab(
        "reshape(range(6), [2, 3]).list\nreshape(range(6), [-1, 2]).shape\npoly_features([0, 1, 2], max_degree=4).list"
      )
        == "[[0, 1, 2], [3, 4, 5]]\n[3, 2]\n[[1, 0, 0, 0], [1, 1, 0.5, 0.166667], [1, 2, 2, 1.33333]]\n"
    )
    #expect(
      errorMessage("reshape(range(6), [4, -1])", in: labSession())
        == "reshape: cannot infer the -1 dimension: 6 values do not divide by 4"
    )
  }

  @Test func standardizeTheTarget() {
    #expect(
      lab(
        "d = standardize(split(dataset(\"diabetes\"), train=0.8, seed=3), target=true)\nround(mean(d.train.y), 6)\nround(std(d.train.y), 6)"
      ) == "0\n1\n")
    #expect(
      errorMessage("standardize(moons(n=10), target=true)", in: labSession())
        == "standardize: target=true needs regression data; class labels cannot be standardized"
    )
  }

  @Test func labelNoiseFlipsTrainingLabelsOnly() {
    let output = lab(
      """
      clean = split(dataset("digits"), train=1000, test=500, seed=4)
      noisy = split(dataset("digits"), train=1000, test=500, label_noise=0.2, seed=4)
      changed = 0
      a = clean.train.y
      b = noisy.train.y
      for i in range(len(a)): if a[i] != b[i]: changed = changed + 1 end end
      print(changed, clean.test.y == noisy.test.y)
      """)
    #expect(output == "200 true\n")
  }

  @Test func crossValidateClosedForms() {
    #expect(
      lab(
        "cv = cross_validate(\"lstsq\", dataset(\"diabetes\"), k=5, seed=1)\nprint(cv.k, len(cv.train_loss), cv.mean > 0)\ncross_validate(\"ridge\", dataset(\"diabetes\"), lam=1e9, seed=1).mean > cv.mean"
      ) == "5 5 true\ntrue\n")
    #expect(
      errorMessage(
        "cross_validate(\"lasso\", dataset(\"diabetes\"))", in: labSession())
        == "cross_validate: `model` must be a model, \"lstsq\" or \"ridge\", got \"lasso\""
    )
  }

  @Test func plotLimitsClipAtTheViewAndCountOutsidePoints() {
    let inside = lab("plot([1, 2, 1e9, 3], ylim=[0, 5])")
    #expect(!inside.contains("1e+09") && !inside.contains("1e9"))
    #expect(inside.contains("1 point outside the view"), "\(inside)")
    #expect(!inside.lowercased().contains("nan"), "\(inside)")
    let scattered = lab(
      "scatter([1, 2, 3, 4], [1, 100, 2, -50], ylim=[0, 10], xlim=[0, 5])")
    #expect(scattered.contains("2 points outside the view"), "\(scattered)")
    #expect(scattered.split(separator: "\n").count == 12, "\(scattered)")
    #expect(!lab("plot([1, 2, 3])").contains("outside the view"))
  }

  /// A matrix is drawn as blocks: a 2 × 2 grid is four uniform quadrants
  /// (bilinear interpolation would blend them), and a diverged cell is ×.
  @Test func heatmapOfRowsDrawsOneBlockPerValue() {
    let text = lab("heatmap([[0, 0], [0, 1]])")
    let lines = text.split(separator: "\n").map(String.init)
    #expect(lines.count == 12, "\(text)")
    // The plot area (left of the colour bar): only full blocks and blanks,
    // and the top-right quadrant filled.
    let area = lines.map { String($0.prefix(48)) }
    #expect(
      area.allSatisfy { line in line.allSatisfy { !"░▒▓".contains($0) } },
      "\(text)")
    #expect(
      area.filter { $0.contains(String(repeating: "█", count: 12)) }.count
        == 5, "\(text)")
    let diverged = lab("heatmap([[1, 2], [3, 0 / 0]])")
    #expect(diverged.contains("×"), "\(diverged)")
    #expect(diverged.contains("1 grid values not finite"), "\(diverged)")
  }
}
