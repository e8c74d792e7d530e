import RealModule

/// A seedable pseudo-random generator: xoshiro256** (Blackman & Vigna, 2018),
/// seeded through SplitMix64.
///
/// Every random draw in TrainKit — data, initial weights, dropout masks,
/// shuffles — goes through a `SeededGenerator` passed in explicitly with
/// `using: &rng`, so the same seed gives the same numbers on every run and on
/// every thread count.
///
///     var rng = SeededGenerator(seed: 42)
///     let bits = rng.next()         // a UInt64
///     let u = rng.nextUniform()     // a Float in [0, 1)
///     let z = rng.nextNormal()      // a Float from N(0, 1)
///
/// Not a goal: cryptographic quality.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
  private var s0: UInt64
  private var s1: UInt64
  private var s2: UInt64
  private var s3: UInt64
  /// The second deviate of the last Box–Muller pair, not yet handed out.
  private var spareNormal: Double?

  /// The seed this generator was created with.
  public let seed: UInt64

  /// Creates a generator whose whole sequence is fixed by `seed`.
  public init(seed: UInt64) {
    self.seed = seed
    var state = seed
    func splitMix() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
    s0 = splitMix()
    s1 = splitMix()
    s2 = splitMix()
    s3 = splitMix()
  }

  /// The next 64 random bits.
  public mutating func next() -> UInt64 {
    let product = s1 &* 5
    let result = ((product << 7) | (product >> 57)) &* 9
    let t = s1 << 17
    s2 ^= s0
    s3 ^= s1
    s1 ^= s2
    s0 ^= s3
    s2 ^= t
    s3 = (s3 << 45) | (s3 >> 19)
    return result
  }

  /// A uniform `Double` in [0, 1) with 53 random bits.
  public mutating func nextUniformDouble() -> Double {
    Double(next() >> 11) * 0x1.0p-53
  }

  /// A uniform `Float` in [0, 1) with 24 random bits.
  public mutating func nextUniform() -> Float {
    Float(next() >> 40) * 0x1.0p-24
  }

  /// A uniform `Float` in [low, high).
  public mutating func nextUniform(low: Float, high: Float) -> Float {
    low + (high - low) * nextUniform()
  }

  /// A standard normal deviate N(0, 1) in `Double`, by the Box–Muller
  /// transform (both deviates of each pair are used, in order).
  public mutating func nextNormalDouble() -> Double {
    if let spare = spareNormal {
      spareNormal = nil
      return spare
    }
    var u1 = nextUniformDouble()
    while u1 <= 0 { u1 = nextUniformDouble() }
    let u2 = nextUniformDouble()
    let radius = (-2 * Double.log(u1)).squareRoot()
    let theta = 2 * Double.pi * u2
    spareNormal = radius * Double.sin(theta)
    return radius * Double.cos(theta)
  }

  /// A normal deviate with the given mean and standard deviation.
  public mutating func nextNormal(mean: Float = 0, std: Float = 1) -> Float {
    mean + std * Float(nextNormalDouble())
  }

  /// A uniform integer in `0..<upperBound`, or 0 when `upperBound <= 0`.
  public mutating func nextInt(below upperBound: Int) -> Int {
    guard upperBound > 0 else { return 0 }
    return Int(next(upperBound: UInt64(upperBound)))
  }

  /// An independent generator for a sub-task (one per fold, one per data
  /// set), seeded from this generator's next output.
  public mutating func split() -> SeededGenerator {
    SeededGenerator(seed: next())
  }
}
