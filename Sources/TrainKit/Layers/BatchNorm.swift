/// A layer's state that is not trained by gradients but saved and restored
/// with its parameters: batch normalization's running mean and variance
/// (PyTorch calls them buffers).
///
/// A class for the same reason as `Parameter`: a copy of a layer refers to
/// the same state.
public final class Buffer {
  /// The dotted name given by the model, such as `"1.running_mean"`.
  public internal(set) var name: String
  /// The current values.
  public var value: Tensor

  /// Creates a buffer holding `value`.
  public init(name: String, value: Tensor) {
    self.name = name
    self.value = value
  }

  /// A new buffer with the same name and value.
  public func copied() -> Buffer { Buffer(name: name, value: value) }
}

/// Batch normalization over the features of a batch `[n, features]`.
///
/// Ioffe & Szegedy (2015), with the semantics of PyTorch's `BatchNorm1d`:
///
/// - in training, each feature is normalized with the batch's mean μ and
///   biased variance σ² (divided by n): x̂ = (x − μ)/√(σ² + ε), and the
///   output is γ·x̂ + β; the running estimates are updated as
///   r ← (1 − momentum)·r + momentum·(batch value), with the *unbiased*
///   variance (divided by n − 1) for the running variance;
/// - in evaluation, the running mean and variance replace the batch's, so
///   each example's output no longer depends on the rest of the batch.
///
/// γ starts at 1, β at 0, the running mean at 0 and the running variance at
/// 1; momentum 0.1 and ε = 1e-5 as in PyTorch. γ and β are named `gamma` and
/// `beta` (PyTorch: `weight`, `bias`): they scale and shift, and an L2
/// penalty on weights leaves them alone.
///
///     let norm = try BatchNorm(features: 16)
///     var context = ForwardContext.training(using: SeededGenerator(seed: 1))
///     let y = try norm(x, context: &context)   // batch statistics; running ones updated
///     let z = try norm(x)                       // evaluation: running statistics
public struct BatchNorm: Layer {
  /// The scale γ, one per feature.
  public let gamma: Parameter
  /// The shift β, one per feature.
  public let beta: Parameter
  /// The running mean of each feature, used in evaluation.
  public let runningMean: Buffer
  /// The running (unbiased) variance of each feature, used in evaluation.
  public let runningVariance: Buffer
  /// The weight of the newest batch in the running estimates.
  public let momentum: Float
  /// Added to the variance before the square root.
  public let epsilon: Float

  /// The number of features normalized.
  public var features: Int { gamma.count }

  /// A fresh layer: γ = 1, β = 0, running mean 0, running variance 1.
  /// - Throws: `TrainKitError` for fewer than one feature, a momentum outside
  ///   [0, 1] or an ε that is not positive.
  public init(features: Int, momentum: Float = 0.1, epsilon: Float = 1e-5)
    throws
  {
    guard features >= 1 else {
      throw TrainKitError(
        "BatchNorm: needs at least one feature, got \(features)")
    }
    try self.init(
      gamma: Tensor.ones(shape: [features]),
      beta: Tensor.zeros(shape: [features]),
      runningMean: Tensor.zeros(shape: [features]),
      runningVariance: Tensor.ones(shape: [features]),
      momentum: momentum, epsilon: epsilon)
  }

  /// A layer holding the given values (each of shape `[features]`), with
  /// unprefixed names.
  /// - Throws: `TrainKitError` when the shapes differ or are not 1-D, or for
  ///   a momentum outside [0, 1] or an ε that is not positive.
  public init(
    gamma: Tensor, beta: Tensor, runningMean: Tensor, runningVariance: Tensor,
    momentum: Float = 0.1, epsilon: Float = 1e-5
  ) throws {
    let shape = gamma.shape
    guard shape.count == 1,
      [beta.shape, runningMean.shape, runningVariance.shape].allSatisfy({
        $0 == shape
      })
    else {
      throw TrainKitError(
        "BatchNorm: γ, β and the running statistics need one value per feature, got shapes \(describeShape(gamma.shape)), \(describeShape(beta.shape)), \(describeShape(runningMean.shape)), \(describeShape(runningVariance.shape))"
      )
    }
    guard momentum >= 0 && momentum <= 1 else {
      throw TrainKitError(
        "BatchNorm: the momentum must be between 0 and 1, got \(momentum)")
    }
    guard epsilon > 0 else {
      throw TrainKitError("BatchNorm: ε must be positive, got \(epsilon)")
    }
    self.gamma = Parameter(name: "gamma", value: gamma.detached())
    self.beta = Parameter(name: "beta", value: beta.detached())
    self.runningMean = Buffer(
      name: "running_mean", value: runningMean.detached())
    self.runningVariance = Buffer(
      name: "running_var", value: runningVariance.detached())
    self.momentum = momentum
    self.epsilon = epsilon
  }

  private init(
    named gamma: Parameter, beta: Parameter, runningMean: Buffer,
    runningVariance: Buffer, momentum: Float, epsilon: Float
  ) {
    self.gamma = gamma
    self.beta = beta
    self.runningMean = runningMean
    self.runningVariance = runningVariance
    self.momentum = momentum
    self.epsilon = epsilon
  }

  /// Normalizes with the batch's statistics in training (updating the
  /// running ones when the context asks), with the running statistics in
  /// evaluation.
  /// - Throws: `TrainKitError` for an input that is not `[n, features]`, or
  ///   a training batch of one example (its variance is undefined; PyTorch
  ///   refuses it too).
  public func callAsFunction(_ input: Tensor, context: inout ForwardContext)
    throws -> Tensor
  {
    let columns = features
    guard input.rank == 2, input.shape[1] == columns else {
      throw TrainKitError(
        "BatchNorm: expects a batch of shape [n, \(columns)], got \(describeShape(input.shape))"
      )
    }
    let rows = input.shape[0]
    let g = context.value(of: gamma)
    let b = context.value(of: beta)
    guard context.isTraining else {
      // (x − running mean)/√(running var + ε)·γ + β, recorded so that γ and
      // β still get gradients when the context records them.
      let invStd = Tensor(
        uncheckedShape: [columns],
        scalars: runningVariance.value.scalars.map {
          1 / ($0 + epsilon).squareRoot()
        })
      let centered = try input - runningMean.value
      return try centered * invStd * g + b
    }
    guard rows > 1 else {
      throw TrainKitError(
        "BatchNorm: training needs more than one example per batch to estimate a variance, got \(rows)"
      )
    }
    let x = input.scalars
    var mean = [Double](repeating: 0, count: columns)
    for r in 0..<rows {
      for c in 0..<columns { mean[c] += Double(x[r * columns + c]) }
    }
    for c in 0..<columns { mean[c] /= Double(rows) }
    var variance = [Double](repeating: 0, count: columns)
    for r in 0..<rows {
      for c in 0..<columns {
        let d = Double(x[r * columns + c]) - mean[c]
        variance[c] += d * d
      }
    }
    for c in 0..<columns { variance[c] /= Double(rows) }
    let invStd = variance.map { Float(1 / ($0 + Double(epsilon)).squareRoot()) }
    var normalized = [Float](repeating: 0, count: rows * columns)
    var output = [Float](repeating: 0, count: rows * columns)
    let gammas = g.scalars
    let betas = b.scalars
    for r in 0..<rows {
      for c in 0..<columns {
        let i = r * columns + c
        let xhat = Float(Double(x[i]) - mean[c]) * invStd[c]
        normalized[i] = xhat
        output[i] = gammas[c] * xhat + betas[c]
      }
    }
    if context.updatesRunningStatistics {
      let m = Double(momentum)
      let unbiased = Double(rows) / Double(rows - 1)
      runningMean.value = Tensor(
        uncheckedShape: [columns],
        scalars: (0..<columns).map {
          Float((1 - m) * Double(runningMean.value.scalars[$0]) + m * mean[$0])
        })
      runningVariance.value = Tensor(
        uncheckedShape: [columns],
        scalars: (0..<columns).map {
          Float(
            (1 - m) * Double(runningVariance.value.scalars[$0])
              + m * variance[$0] * unbiased)
        })
    }
    let value = Tensor(uncheckedShape: [rows, columns], scalars: output)
    return Tensor.recording(value, inputs: [input, g, b]) { gradient in
      BatchNorm.pullback(
        gradient.scalars, normalized: normalized, invStd: invStd,
        gamma: gammas, rows: rows, columns: columns)
    }
  }

  /// The gradients with respect to x, γ and β of y = γ·x̂ + β with batch
  /// statistics: dβ = Σᵢ gᵢ, dγ = Σᵢ gᵢ·x̂ᵢ and
  /// dx = γ/(n·√(σ² + ε))·(n·g − Σᵢ gᵢ − x̂·Σᵢ gᵢ·x̂ᵢ), per feature.
  private static func pullback(
    _ g: [Float], normalized: [Float], invStd: [Float], gamma: [Float],
    rows: Int, columns: Int
  ) -> [Tensor] {
    var sumG = [Double](repeating: 0, count: columns)
    var sumGX = [Double](repeating: 0, count: columns)
    for r in 0..<rows {
      for c in 0..<columns {
        let i = r * columns + c
        sumG[c] += Double(g[i])
        sumGX[c] += Double(g[i]) * Double(normalized[i])
      }
    }
    let n = Double(rows)
    var dx = [Float](repeating: 0, count: rows * columns)
    for r in 0..<rows {
      for c in 0..<columns {
        let i = r * columns + c
        let factor = Double(gamma[c]) * Double(invStd[c]) / n
        dx[i] = Float(
          factor
            * (n * Double(g[i]) - sumG[c] - Double(normalized[i]) * sumGX[c]))
      }
    }
    return [
      Tensor(uncheckedShape: [rows, columns], scalars: dx),
      Tensor(uncheckedShape: [columns], scalars: sumGX.map { Float($0) }),
      Tensor(uncheckedShape: [columns], scalars: sumG.map { Float($0) }),
    ]
  }

  /// γ and β.
  public var parameters: [Parameter] { [gamma, beta] }

  /// The running mean and variance.
  public var buffers: [Buffer] { [runningMean, runningVariance] }

  /// An independent copy: new parameters and buffers, names and values kept.
  public func copied() -> BatchNorm {
    BatchNorm(
      named: gamma.copied(), beta: beta.copied(),
      runningMean: runningMean.copied(),
      runningVariance: runningVariance.copied(), momentum: momentum,
      epsilon: epsilon)
  }

  /// `BatchNorm(16)`.
  public var description: String { "BatchNorm(\(features))" }
}
