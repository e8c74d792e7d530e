import RealModule
import Testing

@testable import TrainKit

@Suite struct ClipGradientNormTests {
  @Test func clipsTheGlobalNormAcrossParameters() throws {
    let a = Parameter(name: "a", value: Tensor([0, 0]))
    let b = Parameter(name: "b", value: Tensor([0]))
    a.gradient = Tensor([3, 4])
    b.gradient = Tensor([12])
    let norm = clipGradientNorm([a, b], maxNorm: 6.5)
    #expect(norm == 13)
    // c = 6.5 / (13 + 1e-6); every gradient is multiplied by c.
    let c = 6.5 / (13 + 1e-6)
    let got = a.gradient!.scalars + b.gradient!.scalars
    for (g, e) in zip(got, [3 * c, 4 * c, 12 * c]) {
      #expect(Double(g).isApproximatelyEqual(to: e, relativeTolerance: 1e-6))
    }
    let after = (got.map { Double($0) * Double($0) }.reduce(0, +)).squareRoot()
    #expect(after < 6.5 && after > 6.4999)
  }

  @Test func theEpsilonShrinksANormEqualToTheLimit() {
    let p = Parameter(name: "p", value: Tensor([0]))
    p.gradient = Tensor([1])
    #expect(clipGradientNorm([p], maxNorm: 1) == 1)
    #expect(p.gradient!.scalars == [Float(1 / (1 + 1e-6))])
  }

  @Test func smallGradientsAreLeftUnchanged() {
    let p = Parameter(name: "p", value: Tensor([0, 0]))
    p.gradient = Tensor([0.3, 0.4])
    let norm = clipGradientNorm([p], maxNorm: 1)
    #expect(norm.isApproximatelyEqual(to: 0.5, relativeTolerance: 1e-7))
    #expect(p.gradient!.scalars == [0.3, 0.4])
  }

  @Test func parametersWithoutGradientsAndDuplicatesAreSkipped() {
    let p = Parameter(name: "p", value: Tensor([0, 0]))
    let none = Parameter(name: "none", value: Tensor([0]))
    p.gradient = Tensor([3, 4])
    #expect(clipGradientNorm([p, p, none], maxNorm: 100) == 5)
    #expect(none.gradient == nil)
    #expect(clipGradientNorm([], maxNorm: 1) == 0)
  }

  @Test func nonFiniteGradientsAreLeftForDiagnosis() {
    let p = Parameter(name: "p", value: Tensor([0, 0]))
    p.gradient = Tensor([.nan, 1])
    #expect(clipGradientNorm([p], maxNorm: 1).isNaN)
    #expect(p.gradient!.scalars[1] == 1)
    p.gradient = Tensor([.infinity, 1])
    #expect(clipGradientNorm([p], maxNorm: 1) == .infinity)
    #expect(p.gradient!.scalars == [.infinity, 1])
  }

  @Test func aNegativeLimitZeroesTheGradients() {
    let p = Parameter(name: "p", value: Tensor([0, 0]))
    p.gradient = Tensor([3, 4])
    #expect(clipGradientNorm([p], maxNorm: -1) == 5)
    #expect(p.gradient!.scalars == [0, 0])
  }
}
