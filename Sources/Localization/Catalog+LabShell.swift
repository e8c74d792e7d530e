extension Catalog {
  /// The Chinese of LabShell's messages.
  static let labShell: [String: String] = [:]
}
