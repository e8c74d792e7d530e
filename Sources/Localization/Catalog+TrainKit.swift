extension Catalog {
  /// The Chinese of TrainKit's messages.
  static let trainKit: [String: String] = [:]
}
