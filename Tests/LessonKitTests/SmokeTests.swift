import Testing

@testable import LessonKit

@Suite struct SmokeTests {
  @Test func deep() {
    let s = makeSession()
    let inner = String(repeating: "-(1 + ", count: 20) + "f(x)" + String(repeating: ")", count: 20)
    let r = s.run("f = fn(x) => \(inner)\nf(1)", origin: .prompt)
    print(r.error?.message ?? "ok")
    let r2 = s.run(String(repeating: "[", count: 100000), origin: .prompt)
    print(r2.error?.message ?? "ok")
    let r3 = s.run(String(repeating: "-", count: 100000) + "1", origin: .prompt)
    print(r3.error?.message ?? "ok")
    let nest = String(repeating: "(", count: 45) + "1" + String(repeating: ")", count: 45)
    let r4 = s.run("g = fn(x) => \(nest) + g(x)\ng(1)", origin: .prompt)
    print(r4.error?.message ?? "ok")
  }
}
