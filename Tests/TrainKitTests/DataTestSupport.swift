@testable import TrainKit

/// A regression data set whose feature row i is [i, 10·i] and target i, so
/// a test can tell which rows it holds.
func numberedDataset(_ count: Int, name: String = "numbered") throws -> Dataset
{
  try Dataset(
    name: name,
    features: Tensor(
      shape: [count, 2],
      scalars: (0..<count).flatMap { [Float($0), Float(10 * $0)] }),
    targets: Tensor(shape: [count, 1], scalars: (0..<count).map(Float.init)),
    task: .regression(outputs: 1))
}

/// The sample numbers (targets) a numbered data set holds, in order.
func rowNumbers(_ data: Dataset) -> [Int] {
  data.targets.scalars.map { Int($0) }
}
