extension Catalog {
  /// The Chinese of TermPlot's messages (chart footnotes).
  static let termPlot: [String: String] = [
    "1 point outside the view":
      "1 个点在视图之外",
    "1 point {1} 0 omitted (log scale)":
      "省略了 1 个 {1} 0 的点（对数坐标）",
    "bad edges: automatic bins used":
      "分箱边界无效：改用自动分箱",
    "blank":
      "留空",
    "grey ×":
      "灰色 ×",
    "no data":
      "没有数据",
    "no finite values":
      "没有有限的值",
    "series {1}":
      "系列 {1}",
    "x range ignored (empty or not finite)":
      "x 范围为空或不是有限的数，已忽略",
    "y range ignored (empty or not finite)":
      "y 范围为空或不是有限的数，已忽略",
    "{1} grid values not finite ({2})":
      "{1} 个网格值不是有限的数（{2}）",
    "{1} omitted":
      "省略了 {1}",
    "{1} points outside the view":
      "{1} 个点在视图之外",
    "{1} points {2} 0 omitted (log scale)":
      "省略了 {1} 个 {2} 0 的点（对数坐标）",
    "loss":
      "损失",
    "accuracy":
      "精度",
  ]
}
