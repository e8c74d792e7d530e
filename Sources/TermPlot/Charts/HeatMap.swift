/// A function on a grid shown as shades (colour on a colour terminal), with
/// a labelled colour bar, optional trajectories and labelled points on top.
///
/// ```swift
/// let field = Field(x: -2...2, y: -2...2) { x, y in x * x + 3 * y * y }
/// HeatMap(title: "loss surface", xLabel: "w₁", yLabel: "w₂", field: field,
///         trajectories: [Trajectory(name: "SGD", x: xs, y: ys)])
///   .render(width: 80, height: 24, options: .color)
/// ```
/// Without colour the shades are ` ░▒▓█` (ASCII ` .:-=+*#%@`). A classifier's
/// decision boundary is a heat map of its probability with each class's
/// data as a ``PointSet``, each in its own marker.
public struct HeatMap: Chart {
  /// The title above the plot.
  public var title: String?
  /// The label under the x axis.
  public var xLabel: String?
  /// The label above the y axis.
  public var yLabel: String?
  /// The sampled function.
  public var field: Field
  /// Paths drawn on top, start and end marked.
  public var trajectories: [Trajectory]
  /// Labelled points drawn on top, each set in its own marker.
  public var points: [PointSet]
  /// The values at the ends of the shades, fixed (the Playground's −1 … 1,
  /// values beyond it clamped); nil: the field's own range.
  public var valueRange: ClosedRange<Double>?
  /// The diverging ramp of ``Swatch`` (orange, grey, blue, as TensorFlow
  /// Playground's) in place of the sequential one; without colour the
  /// shades are the same either way.
  public var diverging: Bool

  /// Creates a heat map.
  public init(
    title: String? = nil, xLabel: String? = nil, yLabel: String? = nil,
    field: Field, trajectories: [Trajectory] = [], points: [PointSet] = [],
    valueRange: ClosedRange<Double>? = nil, diverging: Bool = false
  ) {
    self.title = title
    self.xLabel = xLabel
    self.yLabel = yLabel
    self.field = field
    self.trajectories = trajectories
    self.points = points
    self.valueRange = valueRange
    self.diverging = diverging
  }

  /// Renders the heat map; see ``Chart/render(width:height:options:)``.
  public func render(width: Int, height: Int, options: RenderOptions) -> String
  {
    renderer.render(width: width, height: height, options: options)
  }

  /// The drawing of this map, on the terminal and in SVG alike.
  var renderer: FieldRenderer {
    FieldRenderer(
      title: title, xLabel: xLabel, yLabel: yLabel, field: field,
      trajectories: trajectories, points: points, contourLevels: nil,
      valueRange: valueRange, diverging: diverging)
  }
}

/// Contour lines of a function on a grid, each level labelled on the plot
/// and listed beside it, with optional trajectories on top.
///
/// ```swift
/// ContourPlot(title: "f(x, y) = 0.1x² + 2y²", field: field,
///             trajectories: [Trajectory(name: "momentum", x: xs, y: ys)])
/// ```
/// Lines are braille dots (ASCII: `- / | \` by the direction of the line);
/// trajectories use markers distinct from every line glyph.
public struct ContourPlot: Chart {
  /// The title above the plot.
  public var title: String?
  /// The label under the x axis.
  public var xLabel: String?
  /// The label above the y axis.
  public var yLabel: String?
  /// The sampled function.
  public var field: Field
  /// The contour levels; nil picks 3–7 round values inside the range.
  public var levels: [Double]?
  /// Paths drawn on top, start and end marked.
  public var trajectories: [Trajectory]
  /// Labelled points drawn on top.
  public var points: [PointSet]

  /// Creates a contour plot.
  public init(
    title: String? = nil, xLabel: String? = nil, yLabel: String? = nil,
    field: Field, levels: [Double]? = nil, trajectories: [Trajectory] = [],
    points: [PointSet] = []
  ) {
    self.title = title
    self.xLabel = xLabel
    self.yLabel = yLabel
    self.field = field
    self.levels = levels
    self.trajectories = trajectories
    self.points = points
  }

  /// Renders the contour plot; see ``Chart/render(width:height:options:)``.
  public func render(width: Int, height: Int, options: RenderOptions) -> String
  {
    renderer.render(width: width, height: height, options: options)
  }

  /// The drawing of this plot, on the terminal and in SVG alike.
  var renderer: FieldRenderer {
    FieldRenderer(
      title: title, xLabel: xLabel, yLabel: yLabel, field: field,
      trajectories: trajectories, points: points, contourLevels: .some(levels))
  }
}
