import Testing

@testable import LessonKit

/// The tree of an expression as a compact S-expression, for exact checks.
func sexpr(_ expr: Expr) -> String {
  switch expr {
  case .number(let value, _): return formatNumber(value)
  case .string(let text, _): return "'\(text)'"
  case .bool(let flag, _): return flag ? "true" : "false"
  case .none: return "none"
  case .name(let name, _): return name
  case .list(let items, _):
    return "[" + items.map(sexpr).joined(separator: " ") + "]"
  case .record(let entries, _):
    return "{"
      + entries.map { "\($0.key):\(sexpr($0.value))" }.joined(separator: " ")
      + "}"
  case .unary(let op, let operand, _):
    return "(\(op.rawValue) \(sexpr(operand)))"
  case .binary(let op, let a, let b, _, _):
    return "(\(op.rawValue) \(sexpr(a)) \(sexpr(b)))"
  case .chain(let first, let links, _):
    // Shown as the left-nested tree it stands for.
    return links.reduce(sexpr(first)) {
      "(\($1.op.rawValue) \($0) \(sexpr($1.operand)))"
    }
  case .member(let base, let name, _, _): return "(. \(sexpr(base)) \(name))"
  case .index(let base, let index, _):
    return "(at \(sexpr(base)) \(sexpr(index)))"
  case .slice(let base, let lower, let upper, _):
    return
      "(slice \(sexpr(base)) \(lower.map(sexpr) ?? "_") \(upper.map(sexpr) ?? "_"))"
  case .call(let callee, let arguments, _):
    let parts = arguments.map {
      ($0.label.map { "\($0)=" } ?? "") + sexpr($0.value)
    }
    return "(call \(sexpr(callee))\(parts.map { " " + $0 }.joined()))"
  case .function(let parameters, let body, _):
    return "(fn (\(parameters.joined(separator: " "))) \(sexpr(body)))"
  case .conditional(let value, let condition, let otherwise, _):
    return "(? \(sexpr(condition)) \(sexpr(value)) \(sexpr(otherwise)))"
  case .invalid: return "<invalid>"
  }
}

func sexpr(_ statement: Stmt) -> String {
  func block(_ statements: [Stmt]) -> String {
    "[" + statements.map(sexpr).joined(separator: "; ") + "]"
  }
  switch statement {
  case .expression(let expr): return sexpr(expr)
  case .assign(let name, _, let value): return "(= \(name) \(sexpr(value)))"
  case .assignIndex(let name, _, let index, let value):
    return "(=[] \(name) \(sexpr(index)) \(sexpr(value)))"
  case .forLoop(let name, _, let iterable, let body, _):
    return "(for \(name) \(sexpr(iterable)) \(block(body)))"
  case .ifChain(let branches, let elseBody, _):
    let parts = branches.map { "\(sexpr($0.condition)) \(block($0.body))" }
    return
      "(if \(parts.joined(separator: " "))\(elseBody.map { " else " + block($0) } ?? ""))"
  case .whileLoop(let condition, let body, _):
    return "(while \(sexpr(condition)) \(block(body)))"
  case .breakLoop: return "break"
  case .continueLoop: return "continue"
  }
}

/// Parses `source`, returning the statements as S-expressions and the
/// diagnostics' messages.
func parse(_ source: String) -> (trees: [String], diagnostics: [String]) {
  var parser = Parser(source)
  let program = parser.parseProgram()
  return (program.statements.map(sexpr), program.diagnostics.map(\.message))
}

@Suite struct ParserTests {
  @Test(arguments: [
    ("1 + 2 * 3", "(+ 1 (* 2 3))"),
    ("(1 + 2) * 3", "(* (+ 1 2) 3)"),
    ("1 - 2 - 3", "(- (- 1 2) 3)"),
    ("8 / 4 / 2", "(/ (/ 8 4) 2)"),
    ("7 % 3 * 2", "(* (% 7 3) 2)"),
    ("2 ** 3 ** 2", "(** 2 (** 3 2))"),
    ("2 ^ 3 ^ 2", "(** 2 (** 3 2))"),
    ("-2 ** 2", "(- (** 2 2))"),
    ("2 ** -1", "(** 2 (- 1))"),
    ("- - x", "(- (- x))"),
    ("+x", "(+ x)"),
    ("a < b", "(< a b)"),
    ("0 < x < 1", "(and (< 0 x) (< x 1))"),
    ("a == b != c", "(and (== a b) (!= b c))"),
    ("a + 1 >= b * 2", "(>= (+ a 1) (* b 2))"),
    ("not a and b or c", "(or (and (not a) b) c)"),
    ("a or b and c", "(or a (and b c))"),
    ("not not a", "(not (not a))"),
    ("h.train_loss[-1]", "(at (. h train_loss) (- 1))"),
    ("xs[1:3]", "(slice xs 1 3)"),
    ("xs[:2]", "(slice xs _ 2)"),
    ("xs[-2:]", "(slice xs (- 2) _)"),
    ("f()", "(call f)"),
    (
      "fit(m, d, epochs=20, optimizer=sgd(lr=0.1))",
      "(call fit m d epochs=20 optimizer=(call sgd lr=0.1))"
    ),
    ("f(1,)", "(call f 1)"),
    ("[1, 'a', [true, none]]", "[1 'a' [true none]]"),
    ("[]", "[]"),
    ("{lr: 0.1, 'epochs': 20}", "{lr:0.1 epochs:20}"),
    ("{}", "{}"),
    (
      "fn(x, y) => 0.1*x**2 + 2*y**2",
      "(fn (x y) (+ (* 0.1 (** x 2)) (* 2 (** y 2))))"
    ),
    ("fn() => 1", "(fn () 1)"),
    ("fn(a) => fn(x) => a * x", "(fn (a) (fn (x) (* a x)))"),
    ("a.b.c(1)[0]", "(at (call (. (. a b) c) 1) 0)"),
    ("data.end", "(. data end)"),
    ("lr_range(m, d, end=10)", "(call lr_range m d end=10)"),
    ("f(\n  1,\n  2\n)", "(call f 1 2)"),
    ("1 +\n 2", "(+ 1 2)"),
    ("a if c else b", "(? c a b)"),
    // Python's precedence: looser than `or`, right-associative.
    ("a or b if c or d else e", "(? (or c d) (or a b) e)"),
    ("a if c else b if d else e", "(? c a (? d b e))"),
    ("x + 1 if x > 0 else -x", "(? (> x 0) (+ x 1) (- x))"),
    (
      "fn(n) => 1 if n <= 1 else n * f(n - 1)",
      "(fn (n) (? (<= n 1) 1 (* n (call f (- n 1)))))"
    ),
    ("a if c else fn(x) => x", "(? c a (fn (x) x))"),
    ("f(a if c else b, k=1)", "(call f (? c a b) k=1)"),
    ("[a if c else b]", "[(? c a b)]"),
  ])
  func expressions(source: String, tree: String) {
    let result = parse(source)
    #expect(result.diagnostics == [])
    #expect(result.trees == [tree])
  }

  @Test func statements() {
    let result = parse(
      """
      lr = 0.1
      xs[0] = 2
      for lr in [0.01, 0.1]:
          print(lr)
      end
      if a: x elif b: y else: z end
      while i < 3
          i = i + 1; break
      end
      continue
      """)
    #expect(result.diagnostics == [])
    #expect(
      result.trees == [
        "(= lr 0.1)", "(=[] xs 0 2)", "(for lr [0.01 0.1] [(call print lr)])",
        "(if a [x] b [y] else [z])", "(while (< i 3) [(= i (+ i 1)); break])",
        "continue",
      ])
  }

  @Test func nestedBlocks() {
    let result = parse(
      "for i in range(3):\n  if i > 1:\n    print(i)\n  end\nend")
    #expect(result.diagnostics == [])
    #expect(
      result.trees == ["(for i (call range 3) [(if (> i 1) [(call print i)])])"]
    )
  }

  @Test func emptyAndBlankCells() {
    #expect(parse("").trees == [])
    #expect(parse("\n\n# nothing\n;;").trees == [])
    #expect(parse("for x in xs: end").trees == ["(for x xs [])"])
  }

  @Test(arguments: [
    ("x = (1 +", "expected an expression, found end of input"),
    (
      "f(1, 2",
      "expected `)` to close the `(` at line 1, column 2, found end of input"
    ),
    (
      "[1, 2",
      "expected `]` to close the `[` at line 1, column 1, found end of input"
    ),
    ("for x in xs:\nprint(x)", "this `for` block needs an `end`"),
    ("if x:\n1", "this `if` block needs an `end`"),
    ("while x:", "this `while` block needs an `end`"),
    ("end", "`end` without a matching `for`, `if` or `while`"),
    ("else:", "`else` without a matching `if`"),
    (
      "for 1 in xs: end",
      "expected a loop variable name after `for`, found number `1`"
    ),
    (
      "for x xs: end",
      "expected `in` after the loop variable, as in `for x in xs:`, found `xs`"
    ),
    (
      "1 = x",
      "can only assign to a name (`x = …`) or an element (`xs[0] = …`); to compare, write `==`"
    ),
    (
      "x = 1 2",
      "unexpected number `2` after the statement; put each statement on its own line"
    ),
    (
      "fn x => x",
      "expected `(` after `fn`, as in `fn(x, y) => x + y`, found `x`"
    ),
    (
      "fn(x) x",
      "expected `=>` before the body of `fn`, as in `fn(x) => x**2`, found `x`"
    ),
    ("fn(x, x) => x", "parameter `x` is listed twice"),
    (
      "{lr 0.1}",
      "expected `:` after the key `lr`, as in `{lr: 0.1}`, found number `0.1`"
    ),
    ("a.", "expected a member name after `.`, found end of input"),
    ("if a: x else if b: y end", "write `elif` instead of `else if`"),
    ("x = 'open", "unterminated string: add the closing ' on the same line"),
    ("a && b", "`&&` is written `and` here"),
    (
      "y = a if c",
      "expected `else` and the value to use otherwise, as in `x if x > 0 else 0`, found end of input"
    ),
    (
      "def f(x):",
      "`def` is not part of this language; functions are written `f = fn(x) => x**2`, one expression that can branch with `a if c else b`"
    ),
    (
      "import numpy",
      "`import` is not part of this language; there is nothing to import, every builtin is always available"
    ),
    (
      "from numpy import array",
      "`from` is not part of this language; there is nothing to import, every builtin is always available"
    ),
    (
      "sq = map(lambda x: x * x, xs)",
      "`lambda` is not part of this language; functions are written `fn(x) => x**2`"
    ),
    ("print x", "`print` is a function here: write `print(x)`"),
    ("print 'hi'", "`print` is a function here: write `print(x)`"),
    (
      "f = fn(x) =>\n  return x",
      "`return` is not part of this language; a function's body is one expression, written after `=>`"
    ),
  ])
  func diagnostics(source: String, message: String) {
    #expect(parse(source).diagnostics.first == message)
  }

  @Test func recoveryReportsEachBrokenStatement() {
    let result = parse("x = )\ny = 2\nz = (")
    #expect(result.trees == ["(= x <invalid>)", "(= y 2)", "(= z <invalid>)"])
    #expect(result.diagnostics.count == 3)
  }

  @Test func deepNestingIsRefused() {
    let result = parse(
      String(repeating: "(", count: 10_000) + "1"
        + String(repeating: ")", count: 10_000))
    #expect(
      result.diagnostics == [
        "too deeply nested: at most 48 levels of brackets, operators and blocks"
      ])
    let unary = parse(String(repeating: "-", count: 10_000) + "1")
    #expect(
      unary.diagnostics == [
        "too deeply nested: at most 48 levels of brackets, operators and blocks"
      ])
    let blocks = parse(String(repeating: "if a:\n", count: 100))
    #expect(
      blocks.diagnostics.first
        == "too deeply nested: at most 48 levels of brackets, operators and blocks"
    )
  }

  @Test func flatChainsAreNotNesting() {
    let sum = parse("1" + String(repeating: " + 1", count: 100_000))
    #expect(sum.diagnostics == [])
    #expect(parse("a - b + c").trees == ["(+ (- a b) c)"])
    #expect(
      parse("0 < x <= 1 < y").trees == [
        "(and (and (< 0 x) (<= x 1)) (< 1 y))"
      ])
    #expect(parse("a and b and not c").trees == ["(and (and a b) (not c))"])
  }

  @Test func postfixChainsCountAsNesting() {
    #expect(parse("x" + String(repeating: "[0]", count: 40)).diagnostics == [])
    #expect(
      parse("x" + String(repeating: ".a", count: 100_000)).diagnostics == [
        "too deeply nested: at most 48 levels of brackets, operators and blocks"
      ])
  }

  @Test func nestingJustInsideTheLimitParses() {
    let source =
      String(repeating: "(", count: 40) + "1"
      + String(repeating: ")", count: 40)
    #expect(parse(source).diagnostics == [])
  }

  @Test func diagnosticRangesPointAtTheToken() {
    var parser = Parser("x = 1 +\ny = ]")
    let program = parser.parseProgram()
    // Newlines may follow `+`, so the first problem is the `=` of line 2.
    #expect(
      program.diagnostics.first?.range.start
        == SourceLocation(offset: 10, line: 2, column: 3))
  }
}
