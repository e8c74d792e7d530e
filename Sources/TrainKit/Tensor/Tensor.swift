/// An n-dimensional array of `Float` (32-bit, PyTorch's default) in row-major
/// order, with value semantics.
///
/// Copying a tensor is cheap: the scalars are shared until one copy is
/// mutated (copy-on-write through the underlying array).
///
///     let x = try Tensor(shape: [2, 3], scalars: [1, 2, 3, 4, 5, 6])
///     print(x.shape)   // Prints "[2, 3]"
public struct Tensor: Sendable {
  /// The size of each dimension, outermost first.
  ///
  /// `[]` is a scalar.
  public internal(set) var shape: [Int]
  /// The elements in row-major order; `scalars.count == shape.product`.
  public internal(set) var scalars: [Float]
  /// The autodiff node that produced this tensor, or `nil` for a plain value (a
  /// constant, or any result computed without a tracked input).
  ///
  /// See `GraphNode` and `Parameter.tracked`.
  var node: GraphNode?

  /// The largest number of elements a tensor may hold (2³¹, 8 GiB of
  /// `Float`): anything larger is refused with an error, never attempted.
  public static let maximumElementCount = 1 << 31

  /// Creates a tensor of the given shape from its scalars in row-major order.
  /// - Throws: `TrainKitError` when a dimension is negative, the shape is
  ///   absurdly large, or `scalars.count` differs from the shape's size.
  public init(shape: [Int], scalars: [Float]) throws {
    let count = try Tensor.elementCount(of: shape)
    guard count == scalars.count else {
      throw TrainKitError(
        "a tensor of shape \(describeShape(shape)) needs \(count) values, got \(scalars.count)"
      )
    }
    self.shape = shape
    self.scalars = scalars
    self.node = nil
  }

  /// Creates a tensor without checking; `scalars.count` must equal the product
  /// of `shape`.
  ///
  /// For TrainKit's own operations.
  init(uncheckedShape shape: [Int], scalars: [Float], node: GraphNode? = nil) {
    self.shape = shape
    self.scalars = scalars
    self.node = node
  }

  /// A one-dimensional tensor holding `scalars`.
  public init(_ scalars: [Float]) {
    self.init(uncheckedShape: [scalars.count], scalars: scalars)
  }

  /// A scalar (rank-0) tensor.
  public init(scalar: Float) {
    self.init(uncheckedShape: [], scalars: [scalar])
  }

  /// The number of elements.
  public var count: Int { scalars.count }
  /// The number of dimensions.
  public var rank: Int { shape.count }

  /// The number of elements of `shape`, checked.
  /// - Throws: `TrainKitError` for a negative dimension or more than
  ///   `maximumElementCount` elements.
  public static func elementCount(of shape: [Int]) throws -> Int {
    var count = 1
    for dimension in shape {
      guard dimension >= 0 else {
        throw TrainKitError(
          "shape \(describeShape(shape)) has a negative dimension")
      }
      let (product, overflow) = count.multipliedReportingOverflow(by: dimension)
      guard !overflow, product <= maximumElementCount else {
        throw TrainKitError(
          "shape \(describeShape(shape)) is too large: at most \(maximumElementCount) elements are allowed"
        )
      }
      count = product
    }
    return count
  }
}
