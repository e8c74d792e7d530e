/// A chart: drawn at the size of the output that shows it.
struct ChartObject: LessonObject {
  /// The chart.
  var chart: any ChartDrawing

  var typeName: String { "chart" }
  var summary: String { "chart" }

  func render(_ context: RenderContext) -> String {
    chart.draw(width: context.width, height: context.height, context: context)
  }
}

/// Anything that draws itself as text; TermPlot charts and tables conform.
protocol ChartDrawing {
  /// The drawing, `width` columns wide and at most `height` rows high.
  func draw(width: Int, height: Int, context: RenderContext) -> String
}
