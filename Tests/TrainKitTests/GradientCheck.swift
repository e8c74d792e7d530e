import RealModule
import Testing

@testable import TrainKit

/// Random inputs for gradient checks: uniform in ±[low, high], so that by
/// default no value sits near a kink at 0 (relu, abs, leakyRelu).
func randomInput(
  _ shape: [Int], low: Float = 0.2, high: Float = 1.5, seed: UInt64
) -> Tensor {
  var rng = SeededGenerator(seed: seed)
  let count = shape.reduce(1, *)
  let values = (0..<count).map { _ -> Float in
    let magnitude = rng.nextUniform(low: low, high: high)
    return rng.nextUniform() < 0.5 ? -magnitude : magnitude
  }
  return Tensor(uncheckedShape: shape, scalars: values)
}

/// Checks the gradients autodiff gives for `f` against central finite
/// differences.
///
/// The scalar checked is L = Σ wᵢ·f(inputs)ᵢ with fixed random weights w (so
/// every output element matters with a different weight). The analytic
/// gradient comes from `backward()` through `Parameter.tracked`; the numeric
/// one perturbs each input element by ±`step`, evaluates `f` on plain tensors
/// (no graph), sums L in Double and takes (L₊ − L₋) / 2·step in Double.
/// The two must agree to `relativeTolerance` (with an absolute floor for
/// entries near zero), using RealModule's `isApproximatelyEqual`.
func checkGradients(
  _ inputs: [Tensor],
  step: Float = 1e-2,
  relativeTolerance: Double = 1e-2,
  absoluteTolerance: Double = 2e-3,
  sourceLocation: SourceLocation = #_sourceLocation,
  _ f: ([Tensor]) throws -> Tensor
) throws {
  let parameters = inputs.enumerated().map {
    Parameter(name: "input\($0.offset)", value: $0.element)
  }
  let output = try f(parameters.map(\.tracked))
  var rng = SeededGenerator(seed: 99)
  let weights = (0..<output.count).map { _ in
    Double(rng.nextUniform(low: -1, high: 1))
  }
  let weightTensor = try Tensor(
    shape: output.shape, scalars: weights.map(Float.init))
  let loss = try (output * weightTensor).sum()
  try loss.backward()

  func objective(_ values: [Tensor]) throws -> Double {
    let y = try f(values)
    #expect(
      !y.requiresGradient, "plain inputs must not record a graph",
      sourceLocation: sourceLocation)
    return zip(y.scalars, weights).reduce(0.0) { $0 + Double($1.0) * $1.1 }
  }

  for (index, parameter) in parameters.enumerated() {
    let analytic = try #require(
      parameter.gradient, "no gradient reached input \(index)",
      sourceLocation: sourceLocation)
    #expect(
      analytic.shape == inputs[index].shape, "gradient shape of input \(index)",
      sourceLocation: sourceLocation)
    for element in 0..<inputs[index].count {
      var plus = inputs
      var minus = inputs
      plus[index].scalars[element] += step
      minus[index].scalars[element] -= step
      let numeric =
        (try objective(plus) - objective(minus)) / (2 * Double(step))
      let value = Double(analytic.scalars[element])
      #expect(
        value.isApproximatelyEqual(
          to: numeric, absoluteTolerance: absoluteTolerance,
          relativeTolerance: relativeTolerance),
        "input \(index) element \(element): autodiff \(value), finite differences \(numeric)",
        sourceLocation: sourceLocation)
    }
  }
}

/// Checks the gradients autodiff gives for the parameters of a computation
/// (a layer, a model) against central finite differences, as
/// `checkGradients(_:_:)` does for plain inputs.
///
/// `f` reads every parameter through the context (`context.value(of:)`);
/// it is called once with `recordsGradients` on and then, for each
/// perturbation of a parameter's value in place, with it off. Every call
/// gets a context in training mode with the same seed, so dropout masks are
/// the same in all of them.
func checkParameterGradients(
  _ parameters: [Parameter],
  step: Float = 1e-2,
  relativeTolerance: Double = 1e-2,
  absoluteTolerance: Double = 2e-3,
  sourceLocation: SourceLocation = #_sourceLocation,
  _ f: (inout ForwardContext) throws -> Tensor
) throws {
  func context(recording: Bool) -> ForwardContext {
    ForwardContext(
      isTraining: true, recordsGradients: recording,
      rng: SeededGenerator(seed: 5))
  }
  for parameter in parameters { parameter.zeroGradient() }
  var recording = context(recording: true)
  let output = try f(&recording)
  var rng = SeededGenerator(seed: 98)
  let weights = (0..<output.count).map { _ in
    Double(rng.nextUniform(low: -1, high: 1))
  }
  try (output * Tensor(shape: output.shape, scalars: weights.map(Float.init)))
    .sum().backward()

  func objective() throws -> Double {
    var plain = context(recording: false)
    let y = try f(&plain)
    return zip(y.scalars, weights).reduce(0.0) { $0 + Double($1.0) * $1.1 }
  }

  for parameter in parameters {
    let analytic = try #require(
      parameter.gradient, "no gradient reached \(parameter.name)",
      sourceLocation: sourceLocation)
    for element in 0..<parameter.count {
      let original = parameter.value.scalars[element]
      parameter.value.scalars[element] = original + step
      let plus = try objective()
      parameter.value.scalars[element] = original - step
      let minus = try objective()
      parameter.value.scalars[element] = original
      let numeric = (plus - minus) / (2 * Double(step))
      let value = Double(analytic.scalars[element])
      #expect(
        value.isApproximatelyEqual(
          to: numeric, absoluteTolerance: absoluteTolerance,
          relativeTolerance: relativeTolerance),
        "\(parameter.name) element \(element): autodiff \(value), finite differences \(numeric)",
        sourceLocation: sourceLocation)
    }
  }
}
