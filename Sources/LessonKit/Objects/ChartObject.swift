/// A chart: drawn at the terminal's width when shown.
struct ChartObject: LessonObject {
  /// The chart.
  var chart: any ChartDrawing
  /// The rows it wants (tables size themselves).
  var preferredHeight: Int?

  var typeName: String { "chart" }
  var summary: String { "chart" }

  func render(_ context: RenderContext) -> String {
    chart.draw(
      width: context.width, height: preferredHeight ?? context.height,
      context: context)
  }
}

/// Anything that draws itself as text; TermPlot charts and tables conform.
protocol ChartDrawing {
  /// The drawing, `width` columns wide.
  func draw(width: Int, height: Int, context: RenderContext) -> String
}
