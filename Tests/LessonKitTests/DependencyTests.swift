import Foundation
import Testing

@testable import LessonKit

/// The names a cell reads and writes, the graph over a lesson's cells, and
/// knobs.
@Suite struct DependencyTests {
  let builtins: Set<String> = ["fit", "sgd", "plot", "print", "mlp", "range"]

  func deps(_ source: String) -> CellDependencies {
    CellDependencies(source: source, builtinNames: builtins)
  }

  @Test func readsAreFreeNamesAndWritesAreAssignments() {
    let d = deps(
      "h = fit(mlp([2, width, 2]), data, optimizer=sgd(lr=lr))\nplot(h.train_loss)"
    )
    #expect(d.reads == ["data", "lr", "width"])
    #expect(d.writes == ["h"])
  }

  @Test func aNameAssignedEarlierInTheCellIsNotARead() {
    #expect(deps("x = 1\ny = x + z").reads == ["z"])
    // Read before it is assigned: the outside value is used.
    #expect(deps("x = x + 1").reads == ["x"])
    #expect(deps("x = x + 1").writes == ["x"])
  }

  @Test func functionParametersAreLocalsButTheirBodiesReadFreeNames() {
    let d = deps("f = fn(x, y) => x * k + fn(z) => z + y + m")
    #expect(d.reads == ["k", "m"])
    #expect(d.writes == ["f"])
    // A parameter named like a builtin hides it and is still no read.
    #expect(deps("g = fn(print) => print(q)").reads == ["q"])
  }

  @Test func namesAssignedInLoopsAndBranchesAreTheCellsOwnAfterward() {
    let loop = deps(
      "for i in range(n):\n  t = i + u\n  u = 1\nend\nprint(t, i)")
    #expect(loop.reads == ["n", "u"])
    #expect(loop.writes == ["i", "t", "u"])
    let branches = deps(
      "if c:\n  a = 1\nelif d:\n  b = a\nelse:\n  e = 3\nend\nprint(a, b, e)")
    #expect(branches.reads == ["c", "d"])
    #expect(branches.writes == ["a", "b", "e"])
    #expect(deps("while go:\n  w = w + 1\nend").reads == ["go", "w"])
  }

  @Test func conditionalExpressionsReadAllThreeParts() {
    #expect(deps("y = a if c else b").reads == ["a", "b", "c"])
    #expect(deps("f = fn(n) => 1 if n < 2 else n * f(n - 1)").reads == ["f"])
  }

  @Test func indexAssignmentReadsAndWritesTheList() {
    let d = deps("xs[i] = v")
    #expect(d.reads == ["i", "v", "xs"])
    #expect(d.writes == ["xs"])
  }

  @Test func fitChangesItsModel() {
    #expect(deps("h = fit(net, data)").writes == ["h", "net"])
    #expect(deps("h = fit(data=d, model=m)").writes == ["h", "m"])
    // A user function called fit changes nothing known.
    #expect(deps("fit = fn(a) => a\nfit(q)").writes == ["fit"])
  }

  @Test func everyExpressionKindIsWalked() {
    let d = deps(
      "print(-a, not b, c.x, d[e], f[g:h], {k: l}, [m], o + p - q, r ** s, t < u < v)"
    )
    #expect(
      d.reads == [
        "a", "b", "c", "d", "e", "f", "g", "h", "l", "m", "o", "p", "q", "r",
        "s", "t", "u", "v",
      ])
  }

  @Test func aCellWithASyntaxErrorIsAnalysedAsFarAsItParsed() {
    let d = deps("a = b +\nc = ")
    #expect(d.writes.contains("a"))
  }

  // MARK: - The graph

  func lesson(_ cells: [String]) throws -> Lesson {
    var text = "# T\n\nSummary.\n\n## Step\n\n"
    for cell in cells { text += "```lab\n\(cell)\n```\n\nProse.\n\n" }
    return try LessonFile.parse(text, path: "t.md")
  }

  @Test func dependentsFollowReachingDefinitions() throws {
    let graph = LessonDependencies(
      lesson: try lesson([
        "lr = 0.1  # knob: learning rate",  // 0
        "h = fit(net, data, optimizer=sgd(lr=lr))",  // 1
        "plot(h.train_loss)",  // 2
        "h = 3",  // 3: hides the h of cell 1
        "print(h)",  // 4
        "print(net)",  // 5: net changed by the fit of cell 1
      ]), builtinNames: Array(builtins))
    #expect(graph.dependents(ofCell: 0) == [1, 2, 5])
    #expect(graph.dependents(ofNames: ["lr"], at: 2) == [1, 2, 5])
    #expect(graph.dependents(ofNames: ["h"], at: 4) == [4])
    #expect(graph.dependents(ofNames: ["h"], at: 2) == [2])
    #expect(graph.cellsDriven(byKnob: "lr", inCell: 0) == [1, 2, 5])
    #expect(graph.cells[0].knobs.map(\.name) == ["lr"])
  }

  @Test func aBuiltinTheLessonAssignsIsAVariable() throws {
    let graph = LessonDependencies(
      lesson: try lesson(["plot = 1", "print(plot)"]),
      builtinNames: Array(builtins))
    #expect(graph.cells[1].dependencies.reads == ["plot"])
    #expect(graph.dependents(ofCell: 0) == [1])
  }

  // MARK: - Knobs

  @Test func knobsAreTrailingCommentsOnTopLevelAssignments() {
    let knobs = LessonKnob.find(
      in: """
        lr = 0.1  # knob: learning rate
        epochs = 40 # knob
        s = "# knob"
        w = 3  # knobby
        for i in range(2):
          k = i  # knob: not top level
        end
        """)
    #expect(
      knobs == [
        LessonKnob(name: "lr", label: "learning rate", value: "0.1", line: 1),
        LessonKnob(name: "epochs", label: "", value: "40", line: 2),
      ])
  }

  @Test func checkReportsAMisplacedKnob() throws {
    let problems = LessonFile.checkCells(
      of: try lesson(["print(1)  # knob: oops"]), builtinNames: ["print"])
    #expect(problems.count == 1)
    #expect(problems.first?.message.contains("`# knob`") == true)
  }

  // MARK: - Goldens: every shipped lesson

  /// The lessons, English and (when present) Chinese.
  static let lessonPaths: [String] = {
    var paths: [String] = []
    for folder in ["Lessons", "Lessons/zh"] {
      let url = repositoryRoot.appendingPathComponent(folder)
      let names =
        (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
      paths += names.filter { $0.hasSuffix(".md") }.sorted().map {
        folder + "/" + $0
      }
    }
    return paths
  }()

  /// Each lesson's cells and the names they read and write.
  ///
  /// `Tests/LessonKitTests/Goldens/dependencies/NN-name.txt` holds them. A
  /// change to a lesson shows its effect on the graph there; regenerate
  /// with `LESSONKIT_UPDATE_DOCS=1 swift test --filter DependencyTests`.
  /// A Chinese lesson (`Lessons/zh/`) runs the same code as its English
  /// original, so it is checked against the English lesson's golden.
  @Test(arguments: lessonPaths)
  func lessonGraphMatchesGolden(path: String) throws {
    let text = try String(
      contentsOf: repositoryRoot.appendingPathComponent(path), encoding: .utf8)
    let lesson = try LessonFile.parse(text, path: path)
    let listing = LessonDependencies(
      lesson: lesson, builtinNames: makeSession().builtinNames
    ).listing
    let golden = repositoryRoot.appendingPathComponent(
      "Tests/LessonKitTests/Goldens/dependencies/"
        + (path as NSString).lastPathComponent.replacingOccurrences(
          of: ".md", with: ".txt"))
    let stored = try? String(contentsOf: golden, encoding: .utf8)
    if stored != listing, !path.hasPrefix("Lessons/zh/"),
      ProcessInfo.processInfo.environment["LESSONKIT_UPDATE_DOCS"] == "1"
    {
      try FileManager.default.createDirectory(
        at: golden.deletingLastPathComponent(),
        withIntermediateDirectories: true)
      try listing.write(to: golden, atomically: true, encoding: .utf8)
      return
    }
    #expect(
      stored == listing,
      "\(golden.path) is stale: run LESSONKIT_UPDATE_DOCS=1 swift test --filter DependencyTests"
    )
  }
}
