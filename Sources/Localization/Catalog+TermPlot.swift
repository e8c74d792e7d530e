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
    "curve {1}":
      "曲线 {1}",
    "series {1}":
      "系列 {1}",
    "x range ignored (empty or not finite)":
      "x 范围为空或不是有限的数，已忽略",
    "y range ignored (empty or not finite)":
      "y 范围为空或不是有限的数，已忽略",
    "{1} grid values not finite ({2})":
      "{1} 个网格值不是有限的数（{2}）",
    "{1} NaN":
      "{1} 个 NaN",
    "{1} ±∞":
      "{1} 个 ±∞",
    "{1} +-Inf":
      "{1} 个 +-Inf",
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
    // The demo's charts (Gallery).
    "Contours with two optimizers":
      "两种优化算法的等高线",
    "Decision boundary: p(class 1)":
      "决策边界：p(类别 1)",
    "Final loss: learning rate × momentum":
      "最终损失：学习率 × 动量",
    "Gradient norm per layer (sigmoid, 10 layers)":
      "每层的梯度范数（sigmoid，10 层）",
    "Loss 0.1x² + 2y² and gradient descent":
      "损失 0.1x² + 2y² 与梯度下降",
    "Loss on a log scale":
      "对数坐标下的损失",
    "Momentum":
      "动量法",
    "Noisy samples and a degree-5 fit":
      "带噪声的样本与 5 次多项式拟合",
    "Optimizers after 20 epochs":
      "训练 20 轮后的各优化算法",
    "RMSProp (diverged)":
      "RMSProp（发散）",
    "Test accuracy by model":
      "各模型的测试精度",
    "Training and validation loss":
      "训练损失和验证损失",
    "Weights after training":
      "训练后的权重",
    "class 0":
      "类别 0",
    "class 1":
      "类别 1",
    "data":
      "数据",
    "diverged":
      "发散",
    "fit":
      "拟合",
    "gd":
      "梯度下降",
    "grad norm":
      "梯度范数",
    "layer {1}":
      "第 {1} 层",
    "linear":
      "线性模型",
    "mlp + dropout":
      "mlp + 暂退法",
    "mlp + weight decay":
      "mlp + 权重衰减",
    "momentum":
      "动量法",
    "norm":
      "范数",
    "optimizer":
      "优化算法",
    "test acc":
      "测试精度",
    "train loss":
      "训练损失",
    "truth":
      "真实函数",
    "weight":
      "权重",
    // Text the charts and tables write themselves.
    "start":
      "起点",
    "end":
      "终点",
    "path {1}":
      "路径 {1}",
    "1 path point outside the plot":
      "路径上有 1 个点在图外",
    "{1} path points outside the plot":
      "路径上有 {1} 个点在图外",
    "count":
      "频数",
    "1 more row":
      "还有 1 行",
    "{1} more rows":
      "还有 {1} 行",
    "before":
      "之前",
    "now {1}, {2} {3}":
      "现在 {1}，{2} {3}",
    "was":
      "之前",
  ]
}
