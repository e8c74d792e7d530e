extension Expr {
  /// The expressions directly inside this one, in source order.
  ///
  /// The one place that knows which cases hold sub-expressions: walks over
  /// the tree (the dependency analysis, `trainlab check`'s call finder) go
  /// through it, so a new kind of expression is added here once. A `fn`
  /// literal's body is a child too; walks that care about its parameters
  /// look for `.function` themselves.
  var children: [Expr] {
    switch self {
    case .number, .string, .bool, .none, .name, .invalid:
      return []
    case .list(let items, _):
      return items
    case .record(let entries, _):
      return entries.map(\.value)
    case .unary(_, let operand, _):
      return [operand]
    case .binary(_, let left, let right, _, _):
      return [left, right]
    case .chain(let first, let links, _):
      return [first] + links.map(\.operand)
    case .member(let base, _, _, _):
      return [base]
    case .index(let base, let index, _):
      return [base, index]
    case .slice(let base, let lower, let upper, _):
      return [base] + [lower, upper].compactMap { $0 }
    case .call(let callee, let arguments, _):
      return [callee] + arguments.map(\.value)
    case .function(_, let body, _):
      return [body]
    case .conditional(let value, let condition, let otherwise, _):
      return [condition, value, otherwise]
    }
  }
}
