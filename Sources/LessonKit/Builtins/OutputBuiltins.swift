import Localization
import TermPlot
import TrainKit

/// A TermPlot chart drawn at the size asked.
struct TermPlotDrawing: ChartDrawing {
  /// The chart.
  var chart: any Chart

  func draw(width: Int, height: Int, context: RenderContext) -> String {
    ShownChart(chart: chart, size: RenderSize(width: width, height: height))
      .text(options: context.renderOptions)
  }
}

/// Output: `table`, `plot`, `scatter`, `bars`, `hist`, `contour`, `heatmap`, `boundary`.
enum OutputBuiltins {
  static let labelParameters: [BuiltinParameter] = [
    .optional("title", ""), .optional("xlabel", ""),
    .optional("ylabel", ""),
  ]

  static var all: [Builtin] {
    [
      Builtin(
        name: "table", category: "output",
        parameters: [
          .required("header"), .optional("rows"),
          .optional("columns"), .optional("title", ""),
          .optional("digits", 4), .optional("best"),
        ],
        purpose:
          "A table from a header and rows (lists of numbers or text), or from columns=[list1, list2, …].",
        example:
          "table([\"lr\", \"loss\"], [[0.01, 0.52], [0.1, 0.21]], best=\"min:1\")\ntable([\"epoch\", \"loss\"], columns=[[1, 2, 3], [0.9, 0.5, 0.3]])",
        notes:
          "best=\"min:1\" or \"max:1\" highlights the best value of column 1 (counting from 0).\nThe numbers of a column share one format and line up on the decimal point: digits= significant digits for the largest (the smallest keeps at least two), scientific when they are four or more decades apart. Text in a column of numbers (a \"mean\" row) is set flush right with them.",
        zh: BuiltinText(
          purpose: "由表头和若干行（数值或文本的列表）构成的表格，或由columns=[list1, list2, …]构成。",
          notes:
            "best=\"min:1\"或\"max:1\"突出显示第1列（从0数起）中最好的值。\n同一列的数共用一种格式，并按小数点对齐：digits=是最大值的有效数字位数（最小值至少保留两位），各数相差四个或更多数量级时改用科学计数法。数值列中的文本（如\"mean\"行）与数字一起右对齐。"
        )
      ) { arguments in
        try table(arguments)
      },
      Builtin(
        name: "plot", category: "output",
        parameters: [
          .variadic("series"), .optional("x"),
          .optional("labels", .value(.list([]))), .optional("logy", false),
          .optional("logx", false), .optional("xlim"),
          .optional("ylim"),
        ] + labelParameters,
        purpose:
          "A line plot of one or more series of numbers against x (default 1, 2, 3, …: epochs).",
        example:
          "plot([1, 0.5, 0.3, 0.2], [1, 0.7, 0.6, 0.6], labels=[\"train\", \"test\"], title=\"loss\", xlabel=\"epoch\")",
        notes:
          "xlim=[low, high] and ylim=[low, high] set the view: lines leave it at its edge and the points outside are counted in a footnote (a diverging curve stays readable).\nplot(h) with the history of a fit draws its training chart: the losses, the accuracies, and a 2-D classifier's decision regions, as a live fit leaves them on a terminal.",
        zh: BuiltinText(
          purpose: "一个或多个数列对x的折线图（x默认为1, 2, 3, …：即轮数）。",
          notes:
            "xlim=[low, high]和ylim=[low, high]设定视图：曲线在视图边缘离开，视图之外的点数记在脚注中（发散的曲线依然可读）。\nplot(h)用一次fit的训练历史画出它的训练图：损失、精度，以及二维分类器的决策区域，与终端上实时训练最后留下的图相同。"
        )
      ) { arguments in
        if arguments.rest.count == 1,
          case .object(let history as HistoryObject) = arguments.rest[0].value
        {
          return chart(history.chart)
        }
        let x = arguments.value("x") == nil ? nil : try arguments.numbers("x")
        let labels = try DataBuiltins.strings(arguments, "labels", [])
        let series = try arguments.rest.enumerated().map { index, entry in
          let y = try arguments.interpreter.numbers(
            from: entry.value, describing: "each series", at: entry.range,
            builtin: "plot")
          if let x, x.count != y.count {
            throw RuntimeError(
              "plot: x has \(x.count) numbers but series \(index + 1) has \(y.count)",
              at: entry.range)
          }
          return Series(
            name: index < labels.count ? labels[index] : "", y: y,
            x: x ?? (0..<y.count).map { Double($0 + 1) })
        }
        guard !series.isEmpty else {
          throw arguments.error("needs at least one series of numbers")
        }
        return chart(
          LinePlot(
            title: try text(arguments, "title"),
            xLabel: try text(arguments, "xlabel"),
            yLabel: try text(arguments, "ylabel"),
            series: series,
            xScale: try arguments.bool("logx") ? .log10 : .linear,
            yScale: try arguments.bool("logy") ? .log10 : .linear,
            xRange: try limit(arguments, "xlim"),
            yRange: try limit(arguments, "ylim")))
      },
      Builtin(
        name: "scatter", category: "output",
        parameters: [
          .required("x"), .required("y"), .optional("groups"),
          .optional("labels", .value(.list([]))),
          .optional("lines", .value(.list([]))),
          .optional("line_labels", .value(.list([]))),
          .optional("xlim"),
          .optional("ylim"),
        ] + labelParameters,
        purpose:
          "Points (x, y), one marker per group; lines=[[xs, ys], …] draws curves over them (fitted models).",
        example:
          "scatter([1, 2, 3, 4], [1, 4, 9, 16], lines=[[[1, 4], [1, 16]]], line_labels=[\"chord\"])",
        notes:
          "xlim=[low, high] and ylim=[low, high] set the view: lines leave it at its edge and the points outside are counted in a footnote.",
        zh: BuiltinText(
          purpose: "点(x, y)，每组用一种标记；lines=[[xs, ys], …]在上面画出曲线（拟合出的模型）。",
          notes: "xlim=[low, high]和ylim=[low, high]设定视图：曲线在视图边缘离开，视图之外的点数记在脚注中。"
        )
      ) { arguments in
        let x = try arguments.numbers("x")
        let y = try arguments.numbers("y")
        guard x.count == y.count else {
          throw arguments.error(
            "y", "x has \(x.count) numbers but y has \(y.count)")
        }
        let labels = try DataBuiltins.strings(arguments, "labels", [])
        var series: [Series] = []
        if arguments.value("groups") != nil {
          let groups = try arguments.numbers("groups")
          guard groups.count == x.count else {
            throw arguments.error("groups", "needs one group per point")
          }
          for (index, group) in Array(Set(groups)).sorted().enumerated() {
            let members = groups.indices.filter { groups[$0] == group }
            series.append(
              Series(
                name: index < labels.count
                  ? labels[index]
                  : String(Message("class \(formatNumber(group))")),
                y: members.map { y[$0] },
                x: members.map { x[$0] }))
          }
        } else {
          series = [Series(name: labels.first ?? "", y: y, x: x)]
        }
        let lineLabels = try DataBuiltins.strings(arguments, "line_labels", [])
        var lines: [Series] = []
        if case .list(let items)? = arguments.value("lines") {
          for (index, item) in items.enumerated() {
            guard case .list(let pair) = item, pair.count == 2 else {
              throw arguments.error("lines", "each line must be [xs, ys]")
            }
            let range = arguments.range(of: "lines")
            let xs = try arguments.interpreter.numbers(
              from: pair[0], describing: "a line's xs", at: range,
              builtin: "scatter")
            let ys = try arguments.interpreter.numbers(
              from: pair[1], describing: "a line's ys", at: range,
              builtin: "scatter")
            guard xs.count == ys.count else {
              throw arguments.error(
                "lines", "a line's xs and ys differ in length")
            }
            lines.append(
              Series(
                name: index < lineLabels.count ? lineLabels[index] : "", y: ys,
                x: xs))
          }
        }
        return chart(
          ScatterPlot(
            title: try text(arguments, "title"),
            xLabel: try text(arguments, "xlabel"),
            yLabel: try text(arguments, "ylabel"),
            series: series, lines: lines,
            xRange: try limit(arguments, "xlim"),
            yRange: try limit(arguments, "ylim")))
      },
      Builtin(
        name: "bars", category: "output",
        parameters: [
          .required("labels"), .required("values"), .optional("logx", false),
          .optional("title", ""),
          .optional("xlabel", ""),
        ],
        purpose:
          "A horizontal bar chart (for example gradient norms per layer, with logx=true).",
        example: "bars([\"layer 1\", \"layer 2\"], [0.01, 2.5], logx=true)",
        notes:
          "On a log axis the bars start a decade below the smallest value, so the smallest bar still has a length.",
        zh: BuiltinText(
          purpose: "水平条形图（例如各层的梯度范数，配合logx=true）。",
          notes: "在对数轴上，条形从最小值再往下一个数量级处开始，因此最短的条形也有长度。")
      ) { arguments in
        let values = try arguments.numbers("values")
        let labels: [String]
        if case .list(let items) = try arguments.required("labels") {
          labels = items.map { arguments.interpreter.describe($0) }
        } else {
          throw arguments.typeError(
            "labels", expected: "a list", got: try arguments.required("labels"))
        }
        guard labels.count == values.count else {
          throw arguments.error(
            "values", "\(labels.count) labels but \(values.count) values")
        }
        return chart(
          BarChart(
            title: try text(arguments, "title"),
            xLabel: try text(arguments, "xlabel"), labels: labels,
            values: values,
            scale: try arguments.bool("logx") ? .log10 : .linear))
      },
      Builtin(
        name: "hist", category: "output",
        parameters: [
          .required("values"), .optional("bins", 20),
          .optional("title", ""), .optional("xlabel", ""),
        ],
        purpose: "A histogram of a list of numbers (or a tensor's values).",
        example: "hist([1, 2, 2, 3, 3, 3, 4], bins=4)",
        zh: BuiltinText(purpose: "一列数（或一个张量的值）的直方图。")
      ) { arguments in
        var values: [Double]
        if case .object(let object as TensorObject)? = arguments.value("values")
        {
          values = object.tensor.scalars.map(Double.init)
        } else {
          values = try arguments.numbers("values")
        }
        values = Array(
          values.prefix(arguments.interpreter.options.limits.collectionSize))
        return chart(
          Histogram(
            title: try text(arguments, "title"),
            xLabel: try text(arguments, "xlabel"), values: values,
            bins: .count(try arguments.int("bins", in: 1...200))))
      },
      Builtin(
        name: "contour", category: "output",
        parameters: [
          .required("f"),
          .optional("x", .value(.list([.number(-6), .number(6)]))),
          .optional("y", .value(.list([.number(-3), .number(3)]))),
          .optional("paths", .value(.list([]))),
          .optional("labels", .value(.list([]))), .optional("levels"),
        ] + labelParameters,
        purpose:
          "A contour map of a function of two arguments, with optimizer trajectories drawn on top.",
        example:
          "f = fn(x1, x2) => 0.1*x1**2 + 2*x2**2\nt = minimize(f, start=[-5, -2], optimizer=sgd(lr=0.4), steps=10)\ncontour(f, paths=[t], labels=[\"sgd\"])",
        zh: BuiltinText(purpose: "二元函数的等高线图，上面画出优化器的轨迹。")
      ) { arguments in
        let (field, trajectories) = try fieldAndPaths(arguments)
        let levels =
          arguments.value("levels") == nil
          ? nil : try arguments.numbers("levels")
        return chart(
          ContourPlot(
            title: try text(arguments, "title"),
            xLabel: try text(arguments, "xlabel"),
            yLabel: try text(arguments, "ylabel"),
            field: field, levels: levels, trajectories: trajectories))
      },
      Builtin(
        name: "heatmap", category: "output",
        parameters: [
          .required("data"), .optional("x"), .optional("y"),
          .optional("paths", .value(.list([]))),
          .optional("labels", .value(.list([]))),
        ] + labelParameters,
        purpose:
          "A heat map of a list of rows (a grid of numbers), or of a function of two arguments over x and y.",
        example:
          "heatmap([[1, 2, 3], [2, 4, 6], [3, 6, 9]], x=[0.001, 0.1], y=[0, 0.9], xlabel=\"lr\", ylabel=\"momentum\")",
        notes:
          "A list of rows is drawn as blocks of equal size, one per value, centred on its coordinate (row 0 at the bottom); a value that is not finite (a diverged run) shows as ×. A function is sampled and drawn smoothly.",
        zh: BuiltinText(
          purpose: "行列表（一个数值网格）的热力图，或二元函数在x和y范围上的热力图。",
          notes:
            "行列表画成大小相等的色块，每个值一块，以其坐标为中心（第0行在最下面）；非有限的值（发散的运行）显示为×。函数则经过采样后平滑地画出。"
        )
      ) { arguments in
        let field: Field
        var trajectories: [Trajectory] = []
        if case .function = try arguments.required("data") {
          (field, trajectories) = try fieldAndPaths(
            arguments, functionName: "data")
        } else {
          var data = try arguments.required("data")
          if case .object(let object as TensorObject) = data,
            object.tensor.rank == 2
          {
            data = TensorObject.nestedValue(object.tensor)
          }
          guard case .list(let rows) = data, !rows.isEmpty else {
            throw arguments.typeError(
              "data", expected: "a list of rows of numbers or a function",
              got: try arguments.required("data"))
          }
          let grid = try rows.map {
            try arguments.interpreter.numbers(
              from: $0, describing: "each row", at: arguments.range(of: "data"),
              builtin: "heatmap")
          }
          guard let width = grid.first?.count, width > 0,
            grid.allSatisfy({ $0.count == width })
          else {
            throw arguments.error(
              "data", "every row must have the same, non-zero number of values")
          }
          let x = try range(
            arguments, "x", whenAbsent: [0, Double(max(width - 1, 1))])
          let y = try range(
            arguments, "y", whenAbsent: [0, Double(max(grid.count - 1, 1))])
          field = Field(
            x: x, y: y, values: grid, interpolation: .nearest)
        }
        return chart(
          HeatMap(
            title: try text(arguments, "title"),
            xLabel: try text(arguments, "xlabel"),
            yLabel: try text(arguments, "ylabel"),
            field: field, trajectories: trajectories))
      },
      Builtin(
        name: "boundary", category: "output",
        parameters: [
          .required("model"), .required("data"), .optional("part", "test"),
          .optional("title", ""),
        ],
        purpose:
          "A 2-D classifier's decision regions as a heat map, with the points of data.<part> drawn over it.",
        example:
          "d = moons(n=100, seed=1)\nboundary(mlp([2, 8, 2], seed=1), d)",
        zh: BuiltinText(purpose: "把二维分类器的决策区域画成热力图，并在上面画出data.<part>中的点。")
      ) { arguments in
        try boundary(arguments)
      },
    ]
  }

  /// The view interval given as `xlim=` / `ylim=`, or nil when not given.
  static func limit(_ arguments: Arguments, _ name: String) throws
    -> ClosedRange<Double>?
  {
    arguments.value(name) == nil ? nil : try range(arguments, name)
  }

  static func chart(_ chart: any Chart) -> Value {
    .object(
      ChartObject(chart: TermPlotDrawing(chart: chart)))
  }

  static func text(_ arguments: Arguments, _ name: String) throws
    -> String?
  {
    let value = try arguments.value(name) == nil ? "" : arguments.string(name)
    return value.isEmpty ? nil : value
  }

  /// `name` as [low, high]: the argument given, else its default, else
  /// `whenAbsent` (what the caller computes for a `none` default).
  static func range(
    _ arguments: Arguments, _ name: String, whenAbsent: [Double]? = nil
  ) throws -> ClosedRange<Double> {
    var bounds = whenAbsent ?? []
    if arguments.value(name) != nil || whenAbsent == nil {
      bounds = try arguments.numbers(name)
    }
    guard bounds.count == 2, bounds[0].isFinite, bounds[1].isFinite,
      bounds[0] < bounds[1]
    else {
      throw arguments.error(
        name, "`\(name)` must be two finite numbers [low, high] with low < high"
      )
    }
    return bounds[0]...bounds[1]
  }
}
