/// The minibatches of one pass over a data set (one epoch): a sequence of
/// `(features, targets)` pairs of at most `batchSize` samples each.
///
/// The order is drawn once, when the value is created, so iterating twice
/// gives the same batches; create a new `Minibatches` (with the same,
/// advancing generator) for each epoch. The last batch keeps its real size
/// — 10 samples in batches of 4 give batches of 4, 4 and 2 — so a loss
/// averaged over a batch is averaged over the samples it really holds.
///
///     var rng = SeededGenerator(seed: 1)
///     for (x, y) in try Minibatches(data, batchSize: 32, shuffle: true, using: &rng) {
///       // x: [≤ 32, featureCount], y: [≤ 32] or [≤ 32, outputs]
///     }
public struct Minibatches: Sequence, Sendable {
  /// One batch: features `[b, featureCount]` and targets `[b]` (class
  /// labels) or `[b, outputs]` (regression).
  public typealias Element = (features: Tensor, targets: Tensor)

  /// The data set the batches are cut from.
  public let dataset: Dataset
  /// The largest number of samples per batch.
  public let batchSize: Int
  /// The sample indices of every batch, in order.
  public let batchIndices: [[Int]]

  /// Cuts `dataset` into batches of `batchSize` samples (the last may be
  /// smaller).
  /// - Parameters:
  ///   - dataset: the samples; must not be empty.
  ///   - batchSize: the number of samples per batch, at least 1. A size
  ///     larger than the data set gives one batch of everything.
  ///   - shuffle: visit the samples in a seeded random order (Fisher–Yates)
  ///     instead of in order.
  ///   - rng: the generator used when `shuffle` is true; it advances by one
  ///     permutation.
  /// - Throws: `TrainKitError` for a batch size below 1 or an empty data set.
  public init(
    _ dataset: Dataset, batchSize: Int, shuffle: Bool,
    using rng: inout SeededGenerator
  ) throws {
    guard batchSize >= 1 else {
      throw TrainKitError(
        "\(dataset.name): the batch size must be at least 1, got \(batchSize)")
    }
    guard !dataset.isEmpty else {
      throw TrainKitError(
        "\(dataset.name): cannot make minibatches from an empty data set")
    }
    let order =
      shuffle
      ? seededPermutation(count: dataset.count, using: &rng)
      : Array(0..<dataset.count)
    self.dataset = dataset
    self.batchSize = batchSize
    self.batchIndices = stride(from: 0, to: order.count, by: batchSize).map {
      Array(order[$0..<Swift.min($0 + batchSize, order.count)])
    }
  }

  /// The number of batches: ⌈count / batchSize⌉.
  public var count: Int { batchIndices.count }

  /// The sizes of the batches in order, such as `[4, 4, 2]`.
  public var batchSizes: [Int] { batchIndices.map(\.count) }

  /// Iterates over the batches, gathering each batch's rows as it goes.
  public struct Iterator: IteratorProtocol {
    private let batches: Minibatches
    private var position = 0

    init(_ batches: Minibatches) {
      self.batches = batches
    }

    /// The next batch, or `nil` after the last.
    public mutating func next() -> Element? {
      guard position < batches.batchIndices.count else { return nil }
      let part = batches.dataset.gathering(batches.batchIndices[position])
      position += 1
      return (part.features, part.targets)
    }
  }

  /// An iterator over the batches, in order.
  public func makeIterator() -> Iterator { Iterator(self) }
}
