extension Catalog {
  /// The Chinese of LessonKit's messages.
  static let lessonKit: [String: String] = [
    "\n  Example:\n":
      "\n  示例：\n",
    "\n  Example: {1}":
      "\n  示例：{1}",
    "  continue (help(\"for\") and so on).":
      "  continue（help(\"for\") 等查看说明）。",
    " (and {1} more problem{2} after it)":
      "（后面还有 {1} 个问题）",
    " (it has {1})":
      "（它有 {1}）",
    " (it takes none)":
      "（它不接受任何参数）",
    " (it takes {1})":
      "（它接受 {1}）",
    "; convert the number with str(x)":
      "；请用 str(x) 转换数字",
    "; did you mean `{1}`?":
      "；你是不是想输入 `{1}`？",
    "; use `len(xs)`":
      "；请用 `len(xs)`",
    "; write `xs = xs + [x]`":
      "；请写 `xs = xs + [x]`",
    "Builtins (help(name) for details and an example):":
      "内置函数（help(name) 查看详细说明和示例）：",
    "Core":
      "核心",
    "Data":
      "数据",
    "Keywords: for, if, elif, else, while, end, fn, and, or, not, break,":
      "关键字：for、if、elif、else、while、end、fn、and、or、not、break、",
    "Models":
      "模型",
    "Numbers and lists":
      "数与列表",
    "Tables and charts":
      "表格与图",
    "Tensors":
      "张量",
    "Training and optimization":
      "训练与优化",
    "X must be a list of rows, one per target in y":
      "X 必须是由行组成的列表，每个 y 中的目标对应一行",
    "`!` is written `not` here":
      "这里的 `!` 要写成 `not`",
    "`&&` is written `and` here":
      "这里的 `&&` 要写成 `and`",
    "`(` after `fn`, as in `fn(x, y) => x + y`":
      "`fn` 后面的 `(`，例如 `fn(x, y) => x + y`",
    "`)` after the parameters of `fn`":
      "`fn` 的参数后面的 `)`",
    "`:` after the key `{1}`, as in `{lr: 0.1}`":
      "键 `{1}` 后面的 `:`，例如 `{lr: 0.1}`",
    "`=>` before the body of `fn`, as in `fn(x) => x**2`":
      "`fn` 的函数体前面的 `=>`，例如 `fn(x) => x**2`",
    "`batch` must be a size or \"full\", got \"{1}\"":
      "`batch` 必须是一个大小或 \"full\"，却得到了 \"{1}\"",
    "`best` must be \"min:N\" or \"max:N\" with N a column number from 0":
      "`best` 必须是 \"min:N\" 或 \"max:N\"，N 是从 0 开始的列号",
    "`betas` must be two numbers, as in [0.9, 0.999]":
      "`betas` 必须是两个数，例如 [0.9, 0.999]",
    "`break` outside a loop":
      "`break` 出现在循环之外",
    "`clip` must be a positive number, got {1}":
      "`clip` 必须是正数，却得到了 {1}",
    "`continue` outside a loop":
      "`continue` 出现在循环之外",
    "`else` and the value to use otherwise, as in `x if x > 0 else 0`":
      "`else` 和条件不成立时使用的值，例如 `x if x > 0 else 0`",
    "`else` must be the last branch of an `if`":
      "`else` 必须是 `if` 的最后一个分支",
    "`end` to close the `{1}` at line {2}":
      "用来结束第 {2} 行 `{1}` 的 `end`",
    "`in` after the loop variable, as in `for x in xs:`":
      "循环变量后面的 `in`，例如 `for x in xs:`",
    "`l2` and `l1` must be finite numbers ≥ 0":
      "`l2` 和 `l1` 必须是 ≥ 0 的有限数",
    "`label_noise` must be in [0, 1)":
      "`label_noise` 必须在 [0, 1) 之内",
    "`lam` must be a finite number ≥ 0":
      "`lam` 必须是 ≥ 0 的有限数",
    "`model` must be a model, \"lstsq\" or \"ridge\", got \"{1}\"":
      "`model` 必须是模型、\"lstsq\" 或 \"ridge\"，却得到了 \"{1}\"",
    "`not` needs true or false, got {1}":
      "`not` 需要 true 或 false，却得到了{1}",
    "`print` is a function here: write `print(x)`":
      "这里的 `print` 是函数：请写 `print(x)`",
    "`raw` is the x column of poly_data; this data set has no feature named x":
      "`raw` 是 poly_data 的 x 列；这个数据集没有名为 x 的特征",
    "`shape` must have between 1 and 8 dimensions":
      "`shape` 必须有 1 到 8 个维度",
    "`shape` needs 1 to 8 dimensions, at most one of them -1":
      "`shape` 需要 1 到 8 个维度，其中至多一个是 -1",
    "`task` must be \"regression\" or \"classification\", got \"{1}\"":
      "`task` 必须是 \"regression\" 或 \"classification\"，却得到了 \"{1}\"",
    "`{1}` is given twice":
      "`{1}` 给出了两次",
    "`{1}` is not differentiable here; use exp, log, sqrt, abs, tanh, sigmoid or relu":
      "`{1}` 在这里不可微；请用 exp、log、sqrt、abs、tanh、sigmoid 或 relu",
    "`{1}` is not part of this language; {2}":
      "`{1}` 不是这门语言的一部分；{2}",
    "`{1}` must be two finite numbers [low, high] with low < high":
      "`{1}` 必须是两个有限数 [low, high]，且 low < high",
    "`{1}` must be {2}, got {3}":
      "`{1}` 必须是{2}，却得到了{3}",
    "`{1}` needs between 2 and 200 sizes, as in [2, 16, 2]":
      "`{1}` 需要 2 到 200 个大小，例如 [2, 16, 2]",
    "`{1}` needs true or false on both sides, got {2}":
      "`{1}` 两边都需要 true 或 false，却得到了{2}",
    "`{1}` to close the `{2}` at {3}":
      "用来结束{3}处 `{2}` 的 `{1}`",
    "`{1}` without a matching `{2}`":
      "`{1}` 没有与之匹配的 `{2}`",
    "`{1}`: {2}":
      "`{1}`：{2}",
    "`{1}{2}` of {3}":
      "{3}的 `{1}{2}`",
    "`||` is written `or` here":
      "这里的 `||` 要写成 `or`",
    "a and b: true when both are true (b is not evaluated when a is false).":
      "a and b：两者都为真时为真（a 为假时不求 b 的值）。",
    "a boolean (true or false)":
      "一个布尔值（true 或 false）",
    "a builtin function":
      "一个内置函数",
    "a column index":
      "一个列号",
    "a condition must be true or false, got {1}":
      "条件必须是 true 或 false，却得到了{1}",
    "a data set":
      "一个数据集",
    "a data set or a split":
      "一个数据集或一个划分",
    "a function":
      "一个函数",
    "a function of two arguments, fn(x, y) => …":
      "一个两个参数的函数，fn(x, y) => …",
    "a function written with fn, such as fn(x, y) => x**2 + y**2":
      "一个用 fn 写的函数，例如 fn(x, y) => x**2 + y**2",
    "a function's body is one expression, written after `=>`":
      "函数体是一个表达式，写在 `=>` 后面",
    "a key (a name or a string) in the record":
      "记录中的一个键（名字或字符串）",
    "a line's xs":
      "某条线的 xs",
    "a line's xs and ys differ in length":
      "某条线的 xs 和 ys 长度不同",
    "a line's ys":
      "某条线的 ys",
    "a list":
      "一个列表",
    "a list has no member `{1}`{2}":
      "列表没有成员 `{1}`{2}",
    "a list of column names":
      "一个列名列表",
    "a list of rows of numbers or a function":
      "一个由数字行组成的列表或一个函数",
    "a list of strings":
      "一个字符串列表",
    "a list, a string or a record":
      "一个列表、字符串或记录",
    "a loop variable name after `for`":
      "`for` 后面的循环变量名",
    "a member name after `.`":
      "`.` 后面的成员名",
    "a model":
      "一个模型",
    "a model, \"lstsq\" or \"ridge\"":
      "一个模型、\"lstsq\" 或 \"ridge\"",
    "a number":
      "一个数",
    "a number, a list of numbers or a tensor":
      "一个数、数字列表或张量",
    "a or b: true when either is true (b is not evaluated when a is true).":
      "a or b：任意一个为真时为真（a 为真时不求 b 的值）。",
    "a parameter name":
      "一个参数名",
    "a record":
      "一个记录",
    "a record is indexed by a string key, got {1}":
      "记录要用字符串键来索引，却得到了{1}",
    "a record key must be a string, got {1}":
      "记录的键必须是字符串，却得到了{1}",
    "a scalar tensor cannot be indexed":
      "标量张量不能索引",
    "a schedule":
      "一个调度器",
    "a schedule such as cosine()":
      "一个调度器，例如 cosine()",
    "a slice bound must be a whole number, got {1}":
      "切片边界必须是整数，却得到了 {1}",
    "a string":
      "一个字符串",
    "a tensor can only be raised to a single number":
      "张量只能以单个数为指数",
    "a tensor has at most 8 dimensions":
      "张量至多有 8 个维度",
    "a tensor holds numbers only, got {1} inside the list":
      "张量只能存放数字，列表中却有{1}",
    "a tensor index must be a whole number between -{1} and {2}":
      "张量索引必须是 -{1} 到 {2} 之间的整数",
    "a tensor of shape {1} is too large: at most {2} elements":
      "形状为 {1} 的张量太大：至多 {2} 个元素",
    "a {1}":
      "一个 {1}",
    "an expression":
      "一个表达式",
    "an index must be a number, got {1}":
      "索引必须是数，却得到了{1}",
    "an index must be a whole number, got {1}":
      "索引必须是整数，却得到了 {1}",
    "an optimizer such as sgd(lr=0.1)":
      "一个优化器，例如 sgd(lr=0.1)",
    "an {1}":
      "一个 {1}",
    "available: {1}":
      "可用的有：{1}",
    "boundary draws 2-D data; this data set has {1} features":
      "boundary 画的是二维数据；这个数据集有 {1} 个特征",
    "break leaves the innermost `for` or `while` loop.":
      "break 跳出最内层的 `for` 或 `while` 循环。",
    "called at {1}:":
      "调用位置 {1}：",
    "can only assign elements of a list or a record; `{1}` is {2}":
      "只能给列表或记录的元素赋值；`{1}` 是{2}",
    "can only assign to a name (`x = …`) or an element (`xs[0] = …`); to compare, write `==`":
      "只能给名字（`x = …`）或元素（`xs[0] = …`）赋值；要比较，请写 `==`",
    "cannot index {1}":
      "不能索引{1}",
    "cannot infer the -1 dimension: {1} values do not divide by {2}":
      "无法推断 -1 那一维：{1} 个值不能被 {2} 整除",
    "cannot loop over a number; to count, write `for i in range(n):`":
      "不能遍历一个数；要计数，请写 `for i in range(n):`",
    "cannot loop over {1}":
      "不能遍历{1}",
    "cannot slice {1}":
      "不能对{1}切片",
    "cannot use `{1}` on {2}":
      "不能对{2}使用 `{1}`",
    "cannot use `{1}` on {2} and {3}{4}":
      "不能对{2}和{3}使用 `{1}`{4}",
    "class labels must be whole numbers from 0 to {1}; item {2} of `y` (`y[{3}]`) is {4}":
      "类别标签必须是 0 到 {1} 的整数；`y` 的第 {2} 项（`y[{3}]`）是 {4}",
    "continue skips to the next round of the innermost loop.":
      "continue 跳到最内层循环的下一轮。",
    "each column must be a list":
      "每一列都必须是列表",
    "each dimension":
      "每个维度",
    "each line must be [xs, ys]":
      "每条线都必须是 [xs, ys]",
    "each path must be a trajectory of minimize with two arguments, or a list of [x, y] points":
      "每条路径都必须是两个参数的 minimize 的轨迹，或由 [x, y] 点组成的列表",
    "each point":
      "每个点",
    "each point must be [x, y]":
      "每个点都必须是 [x, y]",
    "each row":
      "每一行",
    "each row must be a list":
      "每一行都必须是列表",
    "each series":
      "每个序列",
    "each size":
      "每个大小",
    "each value":
      "每个值",
    "each=true needs a function of one argument":
      "each=true 需要一个单参数函数",
    "end closes a `for`, `if` or `while` block.":
      "end 结束一个 `for`、`if` 或 `while` 代码块。",
    "end of input":
      "输入的结尾",
    "end of line":
      "行尾",
    "every row must have the same, non-zero number of values":
      "每一行的值的个数必须相同且不为零",
    "expected a number, a list of numbers or a tensor, got {1}":
      "需要一个数、数字列表或张量，却得到了{1}",
    "expected {1}, found {2}":
      "这里需要{1}，却遇到了{2}",
    "f must return a single number, got {1}":
      "f 必须返回单个数，却得到了{1}",
    "f must take between 1 and 100 arguments":
      "f 必须接受 1 到 100 个参数",
    "f takes {1} argument{2}, but the point has {3} coordinate{4}":
      "f 接受 {1} 个参数，但这个点有 {3} 个坐标",
    "f takes {1} argument{2}, so `start` needs {3} number{4}, got {5}":
      "f 接受 {1} 个参数，所以 `start` 需要 {3} 个数，却得到了 {5}",
    "fn(x, y) => expression\n  A function of its parameters; on tensors its arithmetic is differentiable,\n  so `minimize` can descend it.\n  Example: f = fn(x, y) => 0.1*x**2 + 2*y**2":
      "fn(x, y) => expression\n  一个关于其参数的函数；作用于张量时它的运算可微，\n  所以 `minimize` 可以沿梯度下降它。\n  示例：f = fn(x, y) => 0.1*x**2 + 2*y**2",
    "for x in xs: … end\n  Runs the block once for each item of a list (or range(n), or a record's keys).\n  Example:\n    for lr in [0.01, 0.1]:\n        print(lr)\n    end":
      "for x in xs: … end\n  对列表的每一项（或 range(n)、记录的每个键）运行一次代码块。\n  示例：\n    for lr in [0.01, 0.1]:\n        print(lr)\n    end",
    "functions are written `f = fn(x) => x**2`, one expression that can branch with `a if c else b`":
      "函数写作 `f = fn(x) => x**2`，它是一个表达式，可以用 `a if c else b` 分支",
    "functions are written `fn(x) => x**2`":
      "函数写作 `fn(x) => x**2`",
    "give the rows (a list of lists) or columns=[…]":
      "请给出各行（列表的列表）或 columns=[…]",
    "if condition: … elif condition: … else: … end\n  Runs the first block whose condition is true.\n  Example:\n    if 2 > 1:\n        print(\"yes\")\n    else:\n        print(\"no\")\n    end":
      "if condition: … elif condition: … else: … end\n  运行第一个条件为真的代码块。\n  示例：\n    if 2 > 1:\n        print(\"yes\")\n    else:\n        print(\"no\")\n    end",
    "index {1} is out of range for a tensor with {2} rows":
      "索引 {1} 超出了有 {2} 行的张量的范围",
    "index {1} is out of range: {2}":
      "索引 {1} 超出范围：{2}",
    "invalid text":
      "无法识别的文本",
    "is nan":
      "是 nan",
    "is {1}":
      "是 {1}",
    "is {1}, beyond the ±3.4e38 of a 32-bit float":
      "是 {1}，超出了 32 位浮点数的 ±3.4e38",
    "it is empty":
      "它是空的",
    "item {1} of {2} (`{3}{4}`)":
      "{2}的第 {1} 项（`{3}{4}`）",
    "label noise needs classification data":
      "标签噪声需要分类数据",
    "line {1}, column {2}":
      "第 {1} 行第 {2} 列",
    "malformed number":
      "数字格式不对",
    "malformed number: a number cannot run into letters":
      "数字格式不对：数字后面不能紧跟字母",
    "malformed number: an exponent needs digits, as in `1e-3`":
      "数字格式不对：指数需要数字，例如 `1e-3`",
    "missing `{1}`; the signature is {2}":
      "缺少 `{1}`；签名是 {2}",
    "needs 0 < start < end, both finite":
      "需要 0 < start < end，且两者都是有限数",
    "needs a model with one linear layer, this one has {1}":
      "需要只有一个线性层的模型，这个模型有 {1} 个",
    "needs at least one number":
      "至少需要一个数",
    "needs at least one series of numbers":
      "至少需要一个数字序列",
    "needs between 1 and 2000 features":
      "需要 1 到 2000 个特征",
    "needs one group per point":
      "每个点需要一个分组",
    "needs regression data (numbers as targets)":
      "需要回归数据（目标是数）",
    "nested too deeply: lists, records and functions may nest at most {1} levels":
      "嵌套太深：列表、记录和函数至多嵌套 {1} 层",
    "no column named \"{1}\"{2}":
      "没有名为 \"{1}\" 的列{2}",
    "no data set named \"{1}\"{2} ({3})":
      "没有名为 \"{1}\" 的数据集{2}（{3}）",
    "no help for `{1}`{2}":
      "没有 `{1}` 的帮助{2}",
    "none":
      "空值 none",
    "none were found in {1}":
      "在 {1} 中一个也没找到",
    "not a: true when a is false.":
      "not a：a 为假时为真。",
    "number `{1}`":
      "数 `{1}`",
    "only one-element tensors can be compared with `{1}`":
      "只有单元素张量才能用 `{1}` 比较",
    "out of memory for this session: this value needs {1} more and the variables already hold {2}{3} of the {4} budget; free a variable with `name = none`, or raise the budget (trainlab --memory SIZE, or TRAINLAB_MEMORY=SIZE)":
      "本次会话的内存不够：这个值还需要 {1}，而变量已占用 {4} 预算中的 {2}{3}；用 `name = none` 释放一个变量，或提高预算（trainlab --memory SIZE，或 TRAINLAB_MEMORY=SIZE）",
    "parameter `{1}` is listed twice":
      "参数 `{1}` 列出了两次",
    "plot: x has {1} numbers but series {2} has {3}":
      "plot：x 有 {1} 个数，但序列 {2} 有 {3} 个",
    "recursion too deep: more than {1} nested calls of functions":
      "递归太深：函数嵌套调用超过了 {1} 层",
    "row {1}, column {2} of {3} (`{4}{5}`)":
      "{3}的第 {1} 行第 {2} 列（`{4}{5}`）",
    "start and stop must be finite":
      "start 和 stop 必须是有限数",
    "start and stop must be positive":
      "start 和 stop 必须是正数",
    "start, stop and step must be finite, and step must not be 0":
      "start、stop 和 step 必须是有限数，且 step 不能为 0",
    "string too long: at most {1} characters":
      "字符串太长：至多 {1} 个字符",
    "target=true needs regression data; class labels cannot be standardized":
      "target=true 需要回归数据；类别标签不能标准化",
    "the condition of `… if … else …` must be true or false, got {1}":
      "`… if … else …` 的条件必须是 true 或 false，却得到了{1}",
    "the empty value is written `none`":
      "空值写作 `none`",
    "the exponent of `**` cannot be differentiated; use a number":
      "`**` 的指数不能求导；请用一个数",
    "the function must return a number, got {1}":
      "函数必须返回一个数，却得到了{1}",
    "the list":
      "这个列表",
    "the nested lists are not rectangular (expected shape {1})":
      "嵌套列表不是矩形的（期望的形状是 {1}）",
    "the number":
      "这个数",
    "the record has no key `{1}`{2}":
      "记录没有键 `{1}`{2}",
    "the repetition count":
      "重复次数",
    "the system could not be solved":
      "这个方程组无法求解",
    "the text would be longer than the {1} characters a string may hold":
      "文本会超过字符串能容纳的 {1} 个字符",
    "there is nothing to import, every builtin is always available":
      "不需要 import，所有内置函数随时可用",
    "this `{1}` block needs an `end`":
      "这个 `{1}` 块需要一个 `end`",
    "this cell took more than {1} steps; make the loop shorter":
      "这个单元运行了超过 {1} 步；请把循环改短",
    "this cell would take more than {1} steps (each minibatch or optimizer step counts as one); use fewer epochs or steps":
      "这个单元会运行超过 {1} 步（每个小批量或每次优化器更新算一步）；请减少轮数或步数",
    "this text could not be read":
      "这段文本无法读取",
    "too deeply nested (more than {1} levels of evaluation)":
      "嵌套太深（求值超过 {1} 层）",
    "too deeply nested: at most {1} levels of brackets, operators and blocks":
      "嵌套太深：括号、运算符和块至多 {1} 层",
    "too large: at most {1} elements in a list or string":
      "太大：列表或字符串至多 {1} 个元素",
    "too large: at most {1} elements in a tensor":
      "太大：张量至多 {1} 个元素",
    "too large: at most {1} tensor elements":
      "太大：至多 {1} 个张量元素",
    "too many numbers: at most {1}":
      "数太多：至多 {1} 个",
    "too many rows: at most 10000":
      "行数太多：至多 10000 行",
    "too much work for an exact fit: {1} samples × {2} features":
      "精确求解的工作量太大：{1} 个样本 × {2} 个特征",
    "too much work: {1} multiply-adds (at most 2e+10)":
      "工作量太大：{1} 次乘加（至多 2e+10）",
    "true or false":
      "true 或 false",
    "true or false (a comparison)":
      "true 或 false（一个比较）",
    "unexpected character `{1}`":
      "意外的字符 `{1}`",
    "unexpected {1} after the statement; put each statement on its own line":
      "语句后面出现了意外的{1}；每条语句请单独占一行",
    "unknown activation \"{1}\"{2}; use relu, sigmoid, tanh, leaky_relu, gelu or none":
      "未知的激活函数 \"{1}\"{2}；请用 relu、sigmoid、tanh、leaky_relu、gelu 或 none",
    "unknown init \"{1}\"{2}; use default, normal, xavier, xavier_normal, he, he_uniform or zeros":
      "未知的初始化 \"{1}\"{2}；请用 default、normal、xavier、xavier_normal、he、he_uniform 或 zeros",
    "unknown loss \"{1}\"{2}; use auto, mse, cross_entropy or bce":
      "未知的损失函数 \"{1}\"{2}；请用 auto、mse、cross_entropy 或 bce",
    "unknown name `{1}`: {2}":
      "未知的名字 `{1}`：{2}",
    "unknown name `{1}`{2}":
      "未知的名字 `{1}`{2}",
    "unterminated string: add the closing {1} on the same line":
      "字符串没有结束：请在同一行加上结尾的 {1}",
    "valid indices are 0 to {1}, or -{2} to -1":
      "有效的索引是 0 到 {1}，或 -{2} 到 -1",
    "while condition: … end\n  Repeats the block while the condition is true (Ctrl-C stops it).\n  Example:\n    i = 0\n    while i < 3:\n        i = i + 1\n    end":
      "while condition: … end\n  条件为真时反复运行代码块（Ctrl-C 可以停止）。\n  示例：\n    i = 0\n    while i < 3:\n        i = i + 1\n    end",
    "write `:` after the condition":
      "请在条件后面写 `:`",
    "write `:` after the loop header":
      "请在循环头后面写 `:`",
    "write `elif`":
      "请写 `elif`",
    "write `elif` instead of `else if`":
      "请写 `elif`，而不是 `else if`",
    "x has {1} numbers but y has {2}":
      "x 有 {1} 个数，但 y 有 {2} 个",
    "{1} cannot be called like a function":
      "{1}不能像函数那样调用",
    "{1} has no member `{2}`":
      "{1}没有成员 `{2}`",
    "{1} has no member `{2}`{3}{4}":
      "{1}没有成员 `{2}`{3}{4}",
    "{1} has no parameter `{2}`{3}":
      "{1} 没有参数 `{2}`{3}",
    "{1} has no parameter `{2}`{3}{4}":
      "{1} 没有参数 `{2}`{3}{4}",
    "{1} is missing `{2}`; the signature is {3}":
      "{1} 缺少 `{2}`；签名是 {3}",
    "{1} is missing the argument `{2}`":
      "{1} 缺少参数 `{2}`",
    "{1} labels but {2} values":
      "{1} 个标签，却有 {2} 个值",
    "{1} takes at most {2} positional argument{3}; the signature is {4}":
      "{1} 至多接受 {2} 个位置参数；签名是 {4}",
    "{1} takes {2} argument{3}, got {4}":
      "{1} 接受 {2} 个参数，却得到了 {4} 个",
    "{1} {2}; tensors and data sets hold finite numbers only":
      "{1} {2}；张量和数据集只能存放有限数",
    "{1}, {2}":
      "{1}，{2}",
    "{1}:":
      "{1}：",
    "{1}: {2}":
      "{1}：{2}",
    "{1}{2} must be a list of numbers, but item {3} is {4}":
      "{1}{2} 必须是数字列表，但第 {3} 项是{4}",
    "{1}{2} must be a list of numbers, got {3}":
      "{1}{2} 必须是数字列表，却得到了{3}",
    "{1}{2} must be a whole number, got {3}":
      "{1}{2} 必须是整数，却得到了 {3}",
    "{1}{2} must be between {3} and {4}, got {5}":
      "{1}{2} 必须在 {3} 到 {4} 之间，却得到了 {5}",
    "{1} classes":
      "{1} 类",
    "regression":
      "回归",
    "regression, {1} outputs":
      "回归，{1} 个输出",
    "no epoch":
      "还没有训练",
    "history: {1} epochs, {2}":
      "训练历史：{1} 轮，{2}",
    "stopped by Ctrl-C after epoch {1}":
      "第 {1} 轮后按 Ctrl-C 停止",
    "history ({1} epochs)":
      "训练记录（{1} 轮）",
    "epoch":
      "轮",
    "trajectory: {1} steps, end [{2}], f = {3}":
      "轨迹：{1} 步，终点 [{2}]，f = {3}",
    " (diverged)":
      "（发散）",
    "model {1}: {2} parameters":
      "模型 {1}：{2} 个参数",
    " ({1} features)":
      "（{1} 个特征）",
    "tensor of shape {1}":
      "形状为 {1} 的张量",
    "step":
      "步",
    "decision regions ({1})":
      "决策区域（{1}）",
    "fold {1}":
      "第 {1} 折",
    "train":
      "训练",
    "valid":
      "验证",
    "test":
      "测试",
    "fit {1}":
      "`fit` {1}",
    "train {1}":
      "训练 {1}",
    "valid {1}":
      "验证 {1}",
    "test {1}":
      "测试 {1}",
    "split: {1}":
      "划分：{1}",
    "class {1}":
      "类别 {1}",
    "{1}: ":
      "{1}：",
  ]
}
