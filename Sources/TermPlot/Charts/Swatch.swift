/// A field drawn as bare shaded cells, without axes or labels: the small
/// pictures of a network's neurons (as in TensorFlow Playground), many to
/// a screen.
///
/// ```swift
/// let neuron = Field(x: -6...6, y: -6...6, columns: 12, rows: 12) { x, y in tanh(x - y) }
/// Swatch(field: neuron, range: -1...1).render(width: 4, height: 2, options: .color)
/// ```
/// Values are placed on a fixed `range`, so swatches side by side compare.
/// With colour the cells are a diverging ramp (orange below the middle of
/// the range, blue above, as the Playground's); without colour the shades
/// ` ░▒▓█` (ASCII ` .:-=+*#%@`) from low to high.
public struct Swatch: Chart {
  /// The sampled function.
  public var field: Field
  /// The values at the two ends of the ramp.
  public var range: ClosedRange<Double>

  /// Creates a swatch.
  public init(field: Field, range: ClosedRange<Double>) {
    self.field = field
    self.range = range
  }

  /// The escape sequence that sets the colour of a fraction 0…1 of the
  /// swatches' ramp (0: orange, 1: blue), for marks drawn beside them.
  public static func colorCode(fraction: Double) -> String {
    Glyphs.divergingInk(fraction).sgr
  }

  /// Renders exactly `height` lines of `width` cells, one shade per cell,
  /// read at the cell's centre.
  public func render(width: Int, height: Int, options: RenderOptions) -> String
  {
    var grid = TextGrid(width: width, height: height)
    let ascii = options.isASCII
    let span = range.upperBound - range.lowerBound
    for row in 0..<grid.height {
      for column in 0..<grid.width {
        let x =
          field.x.lowerBound + (field.x.upperBound - field.x.lowerBound)
          * (Double(column) + 0.5) / Double(grid.width)
        let y =
          field.y.upperBound - (field.y.upperBound - field.y.lowerBound)
          * (Double(row) + 0.5) / Double(grid.height)
        let z = field.value(x: x, y: y)
        guard z.isFinite else {
          grid.set(ascii ? "!" : "×", row: row, column: column)
          continue
        }
        let f = span > 0 ? (z - range.lowerBound) / span : 0.5
        if options.color {
          grid.set(
            Glyphs.solid, row: row, column: column, ink: Glyphs.divergingInk(f))
        } else {
          grid.set(Glyphs.shade(f, ascii: ascii), row: row, column: column)
        }
      }
    }
    return grid.rendered(color: options.color)
  }
}
