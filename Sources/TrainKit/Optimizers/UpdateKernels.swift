// The element loops of the update rules, in plain Swift (buffer pointers
// only where a loop writes several arrays at once; see below).
//
// Written for speed: every hyper-parameter is passed in
// as a local constant (reading a class's stored `var` inside a loop costs a
// dynamic exclusivity check per element), and every array the loop writes
// is an `inout` argument that its owner has moved out first, so it is
// uniquely referenced and never copied. The kernels are not inlined: as
// separate functions of `inout` arrays their uniqueness checks are hoisted
// out of the loop. Adam without AMSGrad, the optimizer of the benchmarks,
// runs in `SIMDKernels.adam` (Kernels/) instead, 16 lanes at a time and
// bit-identical. Benchmarks/README.md has what each change measured.
//
// Each kernel also writes `delta[i] = θ_new − θ_old`, the change shown in
// an optimizer's snapshot — except Adam's, which returns θ_new in a new
// array, so that Δθ can be formed from the old and new arrays only when a
// snapshot asks for it (one stream of memory traffic fewer per step).

/// g + λ·θ, elementwise (PyTorch's L2 `weight_decay`), or g itself when λ
/// is 0.
func addingWeightDecay(
  _ weightDecay: Float, to gradient: [Float], of parameter: Parameter
) -> [Float] {
  guard weightDecay != 0 else { return gradient }
  var g = gradient
  let lambda = weightDecay
  let theta = parameter.value.scalars
  for i in g.indices { g[i] += lambda * theta[i] }
  return g
}

/// Moves the parameter's values out of it, so that a kernel updates them in
/// place without a copy when nothing else holds them; `restoreValues(_:to:)`
/// puts them back. (Right after `backward()` the autodiff graph usually
/// still holds the weights, and the first write copies the array once;
/// Adam, the optimizer of the benchmarks, writes a new array instead — see
/// `adamKernel`.)
///
/// The parameter's tensor is empty in between. Optimizer steps are
/// synchronous and `Parameter` is not shared across threads, so nothing can
/// observe that.
func takeValues(of parameter: Parameter) -> [Float] {
  let values = parameter.value.scalars
  parameter.value.scalars = []
  return values
}

/// Puts back values taken with `takeValues(of:)`.
func restoreValues(_ values: [Float], to parameter: Parameter) {
  parameter.value.scalars = values
}

/// `count` zeros: a state buffer before the first step.
func zeros(_ count: Int) -> [Float] { [Float](repeating: 0, count: count) }

/// The SGD update of one parameter.
///
/// b ← g (first step) or μ·b + (1 − τ)·g; direction g + μ·b (Nesterov)
/// or b; θ ← θ − γ·direction. Without momentum, θ ← θ − γ·g.
@inline(never)
func sgdKernel(
  theta: inout [Float], buffer: inout [Float], delta: inout [Float],
  gradient g: [Float],
  learningRate lr: Float, momentum mu: Float, dampening tau: Float,
  nesterov: Bool,
  firstStep: Bool
) {
  if mu == 0 {
    for i in theta.indices {
      let old = theta[i]
      theta[i] = old - lr * g[i]
      delta[i] = theta[i] - old
    }
    return
  }
  for i in theta.indices {
    let b = firstStep ? g[i] : mu * buffer[i] + (1 - tau) * g[i]
    buffer[i] = b
    let direction = nesterov ? g[i] + mu * b : b
    let old = theta[i]
    theta[i] = old - lr * direction
    delta[i] = theta[i] - old
  }
}

/// Adagrad: s ← s + g²; θ ← θ − γ̃ · g / (√s + ε).
@inline(never)
func adagradKernel(
  theta: inout [Float], sum: inout [Float], delta: inout [Float],
  gradient g: [Float],
  rate: Float, epsilon: Float
) {
  for i in theta.indices {
    sum[i] += g[i] * g[i]
    let old = theta[i]
    theta[i] = old - rate * (g[i] / (sum[i].squareRoot() + epsilon))
    delta[i] = theta[i] - old
  }
}

/// RMSprop: v ← α·v + (1 − α)·g²; ḡ ← α·ḡ + (1 − α)·g and ṽ = v − ḡ²
/// when centered; with momentum b ← μ·b + g/(√ṽ + ε) and θ ← θ − γ·b,
/// else θ ← θ − γ·g/(√ṽ + ε).
@inline(never)
func rmspropKernel(
  theta: inout [Float], squareAverage v: inout [Float],
  gradientAverage average: inout [Float],
  buffer: inout [Float], delta: inout [Float], gradient g: [Float],
  learningRate lr: Float, alpha: Float, epsilon: Float, momentum mu: Float,
  centered: Bool
) {
  for i in theta.indices {
    v[i] = alpha * v[i] + (1 - alpha) * g[i] * g[i]
    var variance = v[i]
    if centered {
      average[i] = alpha * average[i] + (1 - alpha) * g[i]
      variance -= average[i] * average[i]
    }
    // v − ḡ² ≥ 0 in exact arithmetic; rounding must not turn it into NaN.
    let denominator = max(variance, 0).squareRoot() + epsilon
    let old = theta[i]
    if mu > 0 {
      buffer[i] = mu * buffer[i] + g[i] / denominator
      theta[i] = old - lr * buffer[i]
    } else {
      theta[i] = old - lr * (g[i] / denominator)
    }
    delta[i] = theta[i] - old
  }
}

/// Adadelta: v ← ρ·v + (1 − ρ)·g²; Δx ← √(u + ε)/√(v + ε)·g;
/// u ← ρ·u + (1 − ρ)·Δx²; θ ← θ − γ·Δx.
@inline(never)
func adadeltaKernel(
  theta: inout [Float], squareAverage v: inout [Float],
  accumulatedDelta u: inout [Float],
  step dx: inout [Float], delta: inout [Float], gradient g: [Float],
  learningRate lr: Float, rho: Float, epsilon: Float
) {
  for i in theta.indices {
    v[i] = rho * v[i] + (1 - rho) * g[i] * g[i]
    let std = (v[i] + epsilon).squareRoot()
    let x = (u[i] + epsilon).squareRoot() / std * g[i]
    u[i] = rho * u[i] + (1 - rho) * x * x
    dx[i] = x
    let old = theta[i]
    theta[i] = old - lr * x
    delta[i] = theta[i] - old
  }
}

/// Adam / AdamW: θ ← θ·shrink (AdamW's decoupled decay; 1 for Adam);
/// m ← β₁·m + (1 − β₁)·g; v ← β₂·v + (1 − β₂)·g²; v_max ← max(v_max, v)
/// with AMSGrad; θ ← θ − stepSize · m / (√v̂′ / √(1 − β₂ᵗ) + ε), where
/// stepSize = γ/(1 − β₁ᵗ), as PyTorch computes it.
///
/// Returns the new θ in a new array and leaves `theta` as it was. During a
/// training step the old values are still held by the autodiff graph (the
/// matmul pullbacks keep the weights), so updating them in place would copy
/// the whole array first; writing the result elsewhere reads and writes
/// each element once, and the caller keeps the old array for Δθ.
@inline(never)
func adamKernel(
  theta: [Float], m: inout [Float], v: inout [Float], vMax: inout [Float],
  gradient g: [Float], shrink: Float, stepSize: Float,
  correction2Root: Float, beta1: Float, beta2: Float, epsilon: Float,
  amsgrad: Bool, reusing spare: consuming [Float] = []
) -> [Float] {
  let n = theta.count
  // Every array has n elements (the caller's invariant); checked here so
  // that the raw loops can never run past one.
  precondition(
    m.count == n && v.count == n && g.count == n
      && (!amsgrad || vMax.count == n))
  if !amsgrad {
    func run(_ out: UnsafeMutableBufferPointer<Float>) {
      theta.withUnsafeBufferPointer { pt in
        m.withUnsafeMutableBufferPointer { pm in
          v.withUnsafeMutableBufferPointer { pv in
            g.withUnsafeBufferPointer { pg in
              guard let t = pt.baseAddress, let o = out.baseAddress,
                let mm = pm.baseAddress, let vv = pv.baseAddress,
                let gg = pg.baseAddress
              else { return }
              SIMDKernels.adam(
                count: n, source: t, theta: o, m: mm, v: vv, gradient: gg,
                shrink: shrink, stepSize: stepSize,
                correction2Root: correction2Root, beta1: beta1, beta2: beta2,
                epsilon: epsilon)
            }
          }
        }
      }
    }
    // θ from two steps back, which the caller no longer needs: written
    // over instead of allocating (and faulting in) a new array each step.
    // Were it still shared (a lesson kept that tensor), the write would
    // copy it first, so θ itself is never the buffer written.
    if spare.count == n {
      spare.withUnsafeMutableBufferPointer { run($0) }
      return spare
    }
    return [Float](unsafeUninitializedCapacity: n) { out, initialized in
      run(out)
      initialized = n
    }
  }
  var result = theta
  for i in result.indices {
    let shrunk = result[i] * shrink
    m[i] = beta1 * m[i] + (1 - beta1) * g[i]
    v[i] = beta2 * v[i] + (1 - beta2) * g[i] * g[i]
    vMax[i] = max(vMax[i], v[i])
    let denominator = vMax[i].squareRoot() / correction2Root + epsilon
    result[i] = shrunk - stepSize * (m[i] / denominator)
  }
  return result
}
