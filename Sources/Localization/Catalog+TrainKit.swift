extension Catalog {
  /// The Chinese of TrainKit's messages.
  static let trainKit: [String: String] = [
    "BatchNorm: expects a batch of shape [n, {1}], got {2}":
      "BatchNorm：期望形状为 [n, {1}] 的小批量，却得到了 {2}",
    "BatchNorm: needs at least one feature, got {1}":
      "BatchNorm：至少需要一个特征，却得到了 {1}",
    "BatchNorm: the momentum must be between 0 and 1, got {1}":
      "BatchNorm：momentum 必须在 0 和 1 之间，却得到了 {1}",
    "BatchNorm: training needs more than one example per batch to estimate a variance, got {1}":
      "BatchNorm：训练时每个小批量至少要有两个样本才能估计方差，却得到了 {1}",
    "BatchNorm: γ, β and the running statistics need one value per feature, got shapes {1}, {2}, {3}, {4}":
      "BatchNorm：γ、β 和移动统计量需要每个特征一个值，却得到了形状 {1}、{2}、{3}、{4}",
    "BatchNorm: ε must be positive, got {1}":
      "BatchNorm：ε 必须是正数，却得到了 {1}",
    "Linear: inputs and outputs must be at least 1, got {1} and {2}":
      "Linear：输入数和输出数至少为 1，却得到了 {1} 和 {2}",
    "Linear: the weight must be a matrix [inputs, outputs], got shape {1}":
      "Linear：权重必须是矩阵 [inputs, outputs]，却得到了形状 {1}",
    "Residual: the body maps shape {1} to {2}; x + f(x) needs them equal":
      "Residual：主体把形状 {1} 变成了 {2}；x + f(x) 要求两者相同",
    "SGD: Nesterov momentum requires a momentum > 0 and zero dampening":
      "SGD：Nesterov 动量要求 momentum > 0 且 dampening 为 0",
    "Tensor(rows:): row {1} has {2} values, expected {3} like row 1":
      "Tensor(rows:)：第 {1} 行有 {2} 个值，应当和第 1 行一样有 {3} 个",
    "a dropout probability must be between 0 and 1, got {1}":
      "暂退概率必须在 0 和 1 之间，却得到了 {1}",
    "a tensor of shape {1} needs {2} indices, got {3}":
      "形状为 {1} 的张量需要 {2} 个索引，却得到了 {3} 个",
    "a tensor of shape {1} needs {2} values, got {3}":
      "形状为 {1} 的张量需要 {2} 个值，却得到了 {3} 个",
    "arange: start, end and step must be finite and step non-zero, got {1}, {2}, {3}":
      "arange：start、end 和 step 必须是有限的数且 step 不为 0，却得到了 {1}、{2}、{3}",
    "argmax(): the tensor of shape {1} is empty":
      "argmax()：形状为 {1} 的张量是空的",
    "argmax(alongAxis:): axis {1} of shape {2} is empty":
      "argmax(alongAxis:)：形状 {2} 的轴 {1} 是空的",
    "at epoch {1}, step {2} (batch {3})":
      "（第 {1} 轮，第 {2} 步，第 {3} 个小批量）",
    "backward(): the loss must be a single number, got a tensor of shape {1}; reduce it first, e.g. with sum() or mean()":
      "backward()：损失必须是单个数，得到的是形状为 {1} 的张量；请先把它归约，例如用 sum() 或 mean()",
    "backward(): this value does not depend on any tracked parameter, so there is no gradient to compute":
      "backward()：这个值不依赖于任何被跟踪的参数，所以没有梯度可算",
    "binary cross-entropy: logits and labels must be [samples] or [samples, 1]; got shapes {1} and {2}":
      "二元交叉熵：logits 和标签必须是 [samples] 或 [samples, 1]；却得到了形状 {1} 和 {2}",
    "binary cross-entropy: no samples":
      "二元交叉熵：没有样本",
    "binary cross-entropy: row {1} has label {2}, expected a value in [0, 1]":
      "二元交叉熵：第 {1} 行的标签是 {2}，应当是 [0, 1] 中的值",
    "blobs: at least one center with at least one coordinate is needed":
      "blobs：至少需要一个中心，且每个中心至少有一个坐标",
    "blobs: center {1} has {2} coordinates, but center 1 has {3}":
      "blobs：中心 {1} 有 {2} 个坐标，但中心 1 有 {3} 个",
    "blobs: the number of classes must be between 1 and 100, got {1}":
      "blobs：类别数必须在 1 和 100 之间，却得到了 {1}",
    "cancelled after {1} steps ({2} epochs completed)":
      "训练 {1} 步后取消（完成了 {2} 轮）",
    "circles: the inner circle's factor must be between 0 and 1 (exclusive), got {1}":
      "circles：内圆的 factor 必须在 0 和 1 之间（不含两端），却得到了 {1}",
    "clamped(min:max:): min {1} must not exceed max {2}":
      "clamped(min:max:)：min {1} 不能大于 max {2}",
    "concatenating(_:alongAxis:): needs at least one tensor":
      "concatenating(_:alongAxis:)：至少需要一个张量",
    "cosine schedule: invalid T_max {1}: it must be at least 1 epoch":
      "余弦调度器：T_max {1} 无效：至少要 1 轮",
    "evaluate: the batch size must be at least 1, got {1}":
      "evaluate：批量大小至少为 1，却得到了 {1}",
    "evaluate: the data set \"{1}\" is empty":
      "evaluate：数据集 \"{1}\" 是空的",
    "extra value":
      "多出的值",
    "fit: clipNorm must be a positive number, got {1}":
      "fit：clipNorm 必须是正数，却得到了 {1}",
    "fit: early stopping needs a patience of at least 1 epoch, got {1}":
      "fit：早停的 patience 至少为 1 轮，却得到了 {1}",
    "fit: the batch size must be at least 1, got {1}":
      "fit：批量大小至少为 1，却得到了 {1}",
    "fit: the model {1} has no trainable parameters":
      "fit：模型 {1} 没有可训练的参数",
    "fit: the number of epochs must be at least 1, got {1}":
      "fit：轮数至少为 1，却得到了 {1}",
    "fit: {1} \"{2}\" is empty":
      "fit：{1} \"{2}\" 是空的",
    "fit: {1} must be a finite number ≥ 0, got {2}":
      "fit：{1} 必须是有限的数且 ≥ 0，却得到了 {2}",
    "gatheringRows(_:): a scalar has no rows":
      "gatheringRows(_:)：标量没有行",
    "gatheringRows(_:): row index {1} is out of range for a tensor with {2} rows":
      "gatheringRows(_:)：行索引 {1} 超出了有 {2} 行的张量的范围",
    "high-dimensional linear data needs at least 1 input, got {1}":
      "高维线性数据至少需要 1 个输入，却得到了 {1}",
    "index {1} is out of range for axis {2} of size {3}":
      "索引 {1} 超出了大小为 {3} 的轴 {2} 的范围",
    "is not a finite number":
      "不是有限的数",
    "is not a number":
      "不是数",
    "item(): needs a tensor with one element, got shape {1}":
      "item()：需要只有一个元素的张量，却得到了形状 {1}",
    "k-fold cross-validation needs at least 2 folds, got {1}":
      "K折交叉验证至少需要 2 折，却得到了 {1}",
    "k-fold cross-validation needs samples, but the data set is empty":
      "K折交叉验证需要样本，但数据集是空的",
    "k-fold cross-validation with {1} folds needs at least {2} samples, got {3}":
      "{1} 折交叉验证至少需要 {2} 个样本，却得到了 {3}",
    "layer {1}: {2}":
      "第 {1} 层：{2}",
    "layerGradientNorms: the data set \"{1}\" is empty":
      "layerGradientNorms：数据集 \"{1}\" 是空的",
    "linear: at least one weight is needed":
      "linear：至少需要一个权重",
    "linear: the weights and the bias must be finite numbers":
      "linear：权重和偏置必须是有限的数",
    "linspace: needs finite bounds and a count of at least 0, got {1}, {2}, {3}":
      "linspace：需要有限的上下界和至少为 0 的个数，却得到了 {1}、{2}、{3}",
    "logSoftmax(alongAxis:): axis {1} of shape {2} is empty":
      "logSoftmax(alongAxis:)：形状 {2} 的轴 {1} 是空的",
    "max(alongAxis:): axis {1} of shape {2} is empty":
      "max(alongAxis:)：形状 {2} 的轴 {1} 是空的",
    "mean squared error: no samples":
      "均方误差：没有样本",
    "mean(): the tensor of shape {1} is empty":
      "mean()：形状为 {1} 的张量是空的",
    "mean(alongAxis:): axis {1} of shape {2} is empty":
      "mean(alongAxis:)：形状 {2} 的轴 {1} 是空的",
    "missing value":
      "缺少值",
    "mlp: needs at least an input and an output size, got {1}":
      "mlp：至少需要输入大小和输出大小，却得到了 {1}",
    "mlp: {1} dropout rates for {2} hidden layers; give one rate, or one per hidden layer":
      "mlp：{2} 个隐藏层给了 {1} 个暂退概率；请给一个概率，或每个隐藏层一个",
    "no kernel set runs on this CPU":
      "这台 CPU 上没有能运行的内核集",
    "normal initializer: std must be finite and ≥ 0, got {1}":
      "normal 初始化：std 必须是有限的数且 ≥ 0，却得到了 {1}",
    "permuted(_:): {1} is not a permutation of the {2} axes of shape {3}":
      "permuted(_:)：{1} 不是形状 {3} 的 {2} 个轴的排列",
    "polynomial: maxDegree must be between 1 and 50, got {1}":
      "polynomial：maxDegree 必须在 1 和 50 之间，却得到了 {1}",
    "predict: features must be a matrix [samples, features], got shape {1}":
      "predict：特征必须是矩阵 [samples, features]，却得到了形状 {1}",
    "predict: the batch size must be at least 1, got {1}":
      "predict：批量大小至少为 1，却得到了 {1}",
    "randomNormal: needs a finite mean and a finite std ≥ 0, got mean {1}, std {2}":
      "randomNormal：需要有限的 mean 和有限且 ≥ 0 的 std，却得到了 mean {1}、std {2}",
    "randomUniform: needs finite bounds with low ≤ high, got {1} and {2}":
      "randomUniform：需要有限的上下界且 low ≤ high，却得到了 {1} 和 {2}",
    "reshaped(to:): cannot reshape a tensor of shape {1} ({2} elements) to {3}":
      "reshaped(to:)：无法把形状为 {1} 的张量（{2} 个元素）变形为 {3}",
    "reshaped(to:): shape {1} may contain at most one -1":
      "reshaped(to:)：形状 {1} 里最多只能有一个 -1",
    "residualMLP: the number of blocks must be at least 0, got {1}":
      "residualMLP：残差块的个数至少为 0，却得到了 {1}",
    "row(_:): a scalar has no rows":
      "row(_:)：标量没有行",
    "row(_:): row {1} is out of range for a tensor with {2} rows":
      "row(_:)：第 {1} 行超出了有 {2} 行的张量的范围",
    "rows(_:): a scalar has no rows":
      "rows(_:)：标量没有行",
    "rows(_:): rows {1}..<{2} are out of range for a tensor with {3} rows":
      "rows(_:)：行 {1}..<{2} 超出了有 {3} 行的张量的范围",
    "shape {1} has a negative dimension":
      "形状 {1} 有负的维度",
    "shape {1} is too large: at most {2} elements are allowed":
      "形状 {1} 太大了：最多允许 {2} 个元素",
    "softmax cross-entropy: logits must be [samples, classes] and labels [samples]; got shapes {1} and {2}":
      "softmax 交叉熵：logits 必须是 [samples, classes]，标签必须是 [samples]；却得到了形状 {1} 和 {2}",
    "softmax cross-entropy: no samples":
      "softmax 交叉熵：没有样本",
    "softmax cross-entropy: row {1} has label {2}, expected a whole number in 0..<{3}":
      "softmax 交叉熵：第 {1} 行的标签是 {2}，应当是 0..<{3} 中的整数",
    "softmax(alongAxis:): axis {1} of shape {2} is empty":
      "softmax(alongAxis:)：形状 {2} 的轴 {1} 是空的",
    "spirals: the number of arms must be between 2 and 10, got {1}":
      "spirals：螺旋臂的条数必须在 2 和 10 之间，却得到了 {1}",
    "standardizer: it was fitted on {1} features, but got features of shape {2}":
      "standardizer：它是在 {1} 个特征上拟合的，但得到的特征形状是 {2}",
    "standardizer: it was fitted on {1} output(s), but got values of shape {2}":
      "standardizer：它是在 {1} 个输出上拟合的，但得到的值形状是 {2}",
    "step schedule: invalid step_size {1}: it must be at least 1 epoch":
      "阶梯调度器：step_size {1} 无效：至少要 1 轮",
    "stopped early after epoch {1}; best epoch {2}":
      "第 {1} 轮后早停；最好的是第 {2} 轮",
    "stopped early after epoch {1}; best epoch {2}, its weights restored":
      "第 {1} 轮后早停；最好的是第 {2} 轮，已恢复它的权重",
    "stopped: {1}":
      "已停止：{1}",
    "the environment variable {1} is {2}, a kernel set that needs {3}, which this CPU lacks; it runs: {4}":
      "环境变量 {1} 的值是 {2}，这个内核集需要 {3}，而这台 CPU 没有；它能运行：{4}",
    "the environment variable {1} is {2}, the kernel set for {3} CPUs; this CPU runs: {4}":
      "环境变量 {1} 的值是 {2}，那是 {3} CPU 的内核集；这台 CPU 能运行：{4}",
    "the environment variable {1} is {2}, which is not a kernel set (this build has: {3}); this CPU runs: {4}":
      "环境变量 {1} 的值是 {2}，这不是内核集（本构建有：{3}）；这台 CPU 能运行：{4}",
    "the gradient of {1} became non-finite {2}":
      "{1} 的梯度变成了非有限值{2}",
    "the loss became {1} {2}":
      "损失变成了 {1}{2}",
    "the test set":
      "测试集",
    "the training set":
      "训练集",
    "the validation set":
      "验证集",
    "the weights of {1} became non-finite after the update {2}":
      "{1} 的权重在更新后变成了非有限值{2}",
    "transposed(): needs a matrix (rank 2), got shape {1}; use permuted(_:) for other ranks":
      "transposed()：需要矩阵（秩为 2），却得到了形状 {1}；其他秩请用 permuted(_:)",
    "uniform initializer: bound must be finite and ≥ 0, got {1}":
      "uniform 初始化：bound 必须是有限的数且 ≥ 0，却得到了 {1}",
    "unknown feature \"{1}\"; the features are {2}":
      "没有特征 \"{1}\"；现有的特征是 {2}",
    "warm-up schedule: invalid warm-up length {1}: it must be at least 1 epoch":
      "预热调度器：预热长度 {1} 无效：至少要 1 轮",
    "{1}: \"{2}\" {3} (column \"{4}\")":
      "{1}：\"{2}\" {3}（列 \"{4}\"）",
    "{1}: a data set needs at least one row with at least one feature":
      "{1}：数据集至少需要一行、每行至少一个特征",
    "{1}: a scalar has no axis {2}":
      "{1}：标量没有轴 {2}",
    "{1}: a {2} fraction of {3} of {4} samples gives no samples":
      "{1}：{4} 个样本按 {2} 比例 {3} 划分得不到任何样本",
    "{1}: at most 10000000 samples can be generated, got {2}":
      "{1}：最多只能生成 10000000 个样本，却得到了 {2}",
    "{1}: axis {2} is out of range for a tensor of shape {3} (rank {4})":
      "{1}：轴 {2} 超出了形状为 {3} 的张量的范围（秩为 {4}）",
    "{1}: cannot fit a standardizer on an empty data set":
      "{1}：无法在空数据集上拟合标准化器",
    "{1}: cannot make minibatches from an empty data set":
      "{1}：无法从空数据集生成小批量",
    "{1}: cannot read the file ({2})":
      "{1}：无法读取文件（{2}）",
    "it is {1}, not a regular file":
      "它是{1}，不是普通文件",
    "it leads outside the folder {1}":
      "它指向文件夹 {1} 之外",
    "it is larger than {1} MB (the most TrainLab reads)":
      "它超过了 {1} MB（TrainLab 最多读取这么大的文件）",
    "a symbolic link": "符号链接",
    "a folder": "文件夹",
    "a FIFO (named pipe)": "命名管道 FIFO",
    "a device": "设备文件",
    "a socket": "套接字",
    "a special file": "特殊文件",
    "{1}: cannot take {2} samples; the number must not be negative":
      "{1}：不能取 {2} 个样本；样本数不能是负数",
    "{1}: choose at least one feature ({2})":
      "{1}：请至少选择一个特征（{2}）",
    "{1}: class labels cannot be standardized; only regression targets can":
      "{1}：类别标签不能标准化；只有回归目标可以",
    "{1}: class labels must have shape {2}, got {3}":
      "{1}：类别标签的形状必须是 {2}，却得到了 {3}",
    "{1}: expected at least 2 columns (features and a target), found 1 (\"{2}\")":
      "{1}：至少需要 2 列（特征和目标），只找到 1 列（\"{2}\"）",
    "{1}: expected input of shape [batch, {2}], got {3}":
      "{1}：期望形状为 [batch, {2}] 的输入，却得到了 {3}",
    "{1}: feature column {2} is out of range for {3} features (valid: 0..<{4})":
      "{1}：特征列 {2} 超出了 {3} 个特征的范围（有效范围：0..<{4}）",
    "{1}: feature maps need a data set with 2 features (x1, x2), but it has {2}":
      "{1}：特征映射需要有 2 个特征（x1, x2）的数据集，但它有 {2} 个",
    "{1}: features must be a matrix [samples, features], got shape {2}":
      "{1}：特征必须是矩阵 [samples, features]，却得到了形状 {2}",
    "invalid {1} {2}: it must be {3}":
      "{1} 的值 {2} 无效：必须{3}",
    "≥ 0": "不小于 0",
    "in [0, 1]": "在 [0, 1] 内",
    "in [0, 1)": "在 [0, 1) 内",
    "a finite number": "是有限数",
    "learning rate (lr)": "学习率 lr",
    "{1}: missing value in column \"{2}\"":
      "{1}：列 \"{2}\" 缺少值",
    "{1}: no column named \"{2}\"; the columns are {3}":
      "{1}：没有名为 \"{2}\" 的列；现有的列是 {3}",
    "{1}: no data rows after the header (line {2})":
      "{1}：表头（第 {2} 行）之后没有数据行",
    "{1}: no feature named \"{2}\"; the features are {3}":
      "{1}：没有名为 \"{2}\" 的特征；现有的特征是 {3}",
    "{1}: regression targets must have shape {2}, got {3}":
      "{1}：回归目标的形状必须是 {2}，却得到了 {3}",
    "{1}: row index {2} is out of range for {3} samples (valid: 0..<{4})":
      "{1}：行索引 {2} 超出了 {3} 个样本的范围（有效范围：0..<{4}）",
    "{1}: row {2} has label {3}, expected a whole number in 0..<{4}":
      "{1}：第 {2} 行的标签是 {3}，应当是 0..<{4} 中的整数",
    "{1}: row {2} has {3} values, but row 1 has {4}":
      "{1}：第 {2} 行有 {3} 个值，但第 1 行有 {4} 个",
    "{1}: row {2} holds a value that is not a finite number":
      "{1}：第 {2} 行有一个值不是有限的数",
    "{1}: rows {2}..<{3} are out of range for {4} samples":
      "{1}：行 {2}..<{3} 超出了 {4} 个样本的范围",
    "{1}: shapes {2} and {3} cannot be broadcast together":
      "{1}：形状 {2} 和 {3} 无法广播到一起",
    "{1}: shapes {2} and {3} do not match":
      "{1}：形状 {2} 和 {3} 不匹配",
    "{1}: target {2} is not a finite number":
      "{1}：第 {2} 个目标值不是有限的数",
    "{1}: target {2} is {3}, not a class label (a whole number from 0 to {4})":
      "{1}：第 {2} 个目标值是 {3}，不是类别标签（0 到 {4} 之间的整数）",
    "{1}: the batch size must be at least 1, got {2}":
      "{1}：批量大小至少为 1，却得到了 {2}",
    "{1}: the feature {2} is listed twice":
      "{1}：特征 {2} 列出了两次",
    "{1}: the file is empty; expected a header row of column names and rows of numbers":
      "{1}：文件是空的；应当有一行列名作为表头，后面是若干行数字",
    "{1}: the fractions add up to {2}, more than 1":
      "{1}：各部分比例之和为 {2}，超过了 1",
    "{1}: the gradient of '{2}' has shape {3} but the parameter has shape {4}":
      "{1}：'{2}' 的梯度形状是 {3}，但参数的形状是 {4}",
    "{1}: the noise must be a finite number ≥ 0, got {2}":
      "{1}：噪声必须是有限的数且 ≥ 0，却得到了 {2}",
    "{1}: the number of samples must not be negative, got {2}":
      "{1}：样本数不能是负数，却得到了 {2}",
    "{1}: the parts ask for {2} + {3} + {4} = {5} samples, but there are only {6}":
      "{1}：各部分共需要 {2} + {3} + {4} = {5} 个样本，但只有 {6} 个",
    "{1}: the standardizer was fitted on {2} regression output(s); this data set's targets do not match":
      "{1}：标准化器是在 {2} 个回归输出上拟合的；这个数据集的目标与之不符",
    "{1}: the train fraction must be more than 0":
      "{1}：train 的比例必须大于 0",
    "{1}: the training part needs at least 1 sample, got {2}":
      "{1}：训练部分至少需要 1 个样本，却得到了 {2}",
    "{1}: the {2} fraction must be between 0 and 1, got {3}":
      "{1}：{2} 的比例必须在 0 和 1 之间，却得到了 {3}",
    "{1}: the {2} size must not be negative, got {3}":
      "{1}：{2} 的大小不能是负数，却得到了 {3}",
    "{1}: {2} feature names for {3} features":
      "{1}：{3} 个特征却有 {2} 个特征名",
    "{1}: {2} rows but {3} targets":
      "{1}：有 {2} 行，却有 {3} 个目标值",
    "{1}: {2} rows of {3} columns is more than the {4} numbers a data set may hold":
      "{1}：{2} 行 {3} 列超过了数据集最多能容纳的 {4} 个数",
    "{1}:1: expected a header row of column names, found the number \"{2}\"; add a first line such as \"x1,x2,y\"":
      "{1}:1：第一行应当是列名组成的表头，却是数 \"{2}\"；请加上一行，例如 \"x1,x2,y\"",
    "{1}:{2}: column {3} of the header has no name":
      "{1}:{2}：表头的第 {3} 列没有名字",
    "{1}:{2}: the column name \"{3}\" appears twice":
      "{1}:{2}：列名 \"{3}\" 出现了两次",
    "{1}:{2}:{3}: class label \"{4}\" is not a whole number from 0 to {5} (column \"{6}\")":
      "{1}:{2}:{3}：类别标签 \"{4}\" 不是 0 到 {5} 之间的整数（列 \"{6}\"）",
    "{1}:{2}:{3}: unexpected text after a closing quote":
      "{1}:{2}:{3}：结束引号后面有多余的文字",
    "{1}:{2}:{3}: unterminated quoted field (a \" is never closed)":
      "{1}:{2}:{3}：带引号的字段没有结束（\" 没有配对）",
    "{1}:{2}:{3}: {4}: this row has {5} field{6} but the header has {7} columns":
      "{1}:{2}:{3}：{4}：这一行有 {5} 个字段，但表头有 {7} 列",
    "epsilon (eps)": "eps",
    "beta1 (betas[0])": "betas[0]",
    "beta2 (betas[1])": "betas[1]",
    "step schedule": "阶梯调度器",
    "exponential schedule": "指数调度器",
    "cosine schedule": "余弦调度器",
  ]
}
