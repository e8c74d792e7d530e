/// Markers, colours and ramps shared by every chart.
enum Glyphs {
  /// Point markers, one per series (cycled beyond the list).
  static func marker(_ index: Int, ascii: Bool) -> Character {
    let set = ascii ? asciiMarkers : unicodeMarkers
    return set[((index % set.count) + set.count) % set.count]
  }

  private static let asciiMarkers: [Character] = [
    "*", "o", "+", "x", "#", "@", "%", "&", "$", "=", "~", "?",
  ]
  private static let unicodeMarkers: [Character] = [
    "●", "■", "▲", "◆", "○", "□", "△", "◇", "✚", "✕", "★", "☆",
  ]
  private static let seriesCodes: [UInt8] = [
    34, 31, 32, 35, 36, 33, 94, 91, 92, 95, 96, 93,
  ]

  /// Markers for trajectories over heat maps and contours, distinct from
  /// every shade and contour glyph.
  ///
  /// Hollow shapes stay visible on dark heat-map shades (`█`).
  static func trajectoryMarker(_ index: Int, ascii: Bool, hollow: Bool = false)
    -> Character
  {
    let set: [Character] =
      ascii
      ? ["o", "x", "v", "&", "$", "?"]
      : hollow
        ? ["○", "□", "△", "◇", "☆", "✕"] : ["●", "■", "▲", "◆", "★", "✚"]
    return set[((index % set.count) + set.count) % set.count]
  }

  /// Series colours: blue, red, green, magenta, cyan, yellow and brights.
  static func ink(_ index: Int) -> Ink {
    let codes = seriesCodes
    return .basic(codes[((index % codes.count) + codes.count) % codes.count])
  }

  /// Colours for paths and points over a heat map: hues absent from the
  /// heat ramp (bright red, white, magenta, …) so they stand out on it.
  static func overlayInk(_ index: Int) -> Ink {
    let codes: [UInt8] = [91, 97, 95, 93, 96, 92]
    return .basic(codes[((index % codes.count) + codes.count) % codes.count])
  }

  /// Shades from low to high for heat maps without colour.
  static func shades(ascii: Bool) -> [Character] {
    ascii
      ? [" ", ".", ":", "-", "=", "+", "*", "#", "%", "@"]
      : [" ", "░", "▒", "▓", "█"]
  }

  /// A viridis-like ramp in the 256-colour palette, dark to light.
  static let heatPalette: [UInt8] = [
    53, 54, 55, 61, 67, 31, 37, 36, 35, 71, 77, 113, 149, 185, 184, 226,
  ]

  /// The colour for a fraction 0…1 of a heat ramp.
  static func heatInk(_ f: Double) -> Ink {
    let n = heatPalette.count
    let i = Int((min(max(f.isFinite ? f : 0, 0), 1) * Double(n - 1)).rounded())
    return .palette(heatPalette[i])
  }

  /// A diverging ramp in the 256-colour palette: orange, through grey, to
  /// blue (TensorFlow Playground's colours for negative and positive).
  static let divergingPalette: [UInt8] = [
    166, 172, 179, 180, 187, 252, 153, 117, 74, 32, 25,
  ]

  /// The colour for a fraction 0…1 of the diverging ramp.
  static func divergingInk(_ f: Double) -> Ink {
    let n = divergingPalette.count
    let i = Int((min(max(f.isFinite ? f : 0, 0), 1) * Double(n - 1)).rounded())
    return .palette(divergingPalette[i])
  }

  /// The colour of a contour level: the middle of the heat ramp, so the
  /// lines stay visible on dark and light terminals alike.
  static func contourInk(_ f: Double) -> Ink {
    heatInk(0.25 + 0.6 * min(max(f.isFinite ? f : 0, 0), 1))
  }

  /// The shade for a fraction 0…1.
  static func shade(_ f: Double, ascii: Bool) -> Character {
    let s = shades(ascii: ascii)
    let i = Int(
      (min(max(f.isFinite ? f : 0, 0), 1) * Double(s.count - 1)).rounded())
    return s[i]
  }

  /// Eighth blocks growing rightward, for horizontal bars.
  static let horizontalEighths: [Character] = [
    " ", "▏", "▎", "▍", "▌", "▋", "▊", "▉", "█",
  ]
  /// Eighth blocks growing upward, for vertical bars and sparklines.
  static let verticalEighths: [Character] = [
    " ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█",
  ]

  /// Heat glyph in colour mode: a full block painted with the ramp.
  static let solid: Character = "█"
}

/// Box-drawing characters for frames and tables.
struct BoxChars {
  let horizontal: Character
  let vertical: Character
  let topLeft: Character
  let topRight: Character
  let bottomLeft: Character
  let bottomRight: Character
  let teeDown: Character
  let teeUp: Character
  let teeRight: Character
  let teeLeft: Character
  let cross: Character
  let tickDown: Character
  let tickLeft: Character

  static let unicode = BoxChars(
    horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐",
    bottomLeft: "└", bottomRight: "┘", teeDown: "┬", teeUp: "┴",
    teeRight: "├", teeLeft: "┤", cross: "┼", tickDown: "┬", tickLeft: "┤")
  static let ascii = BoxChars(
    horizontal: "-", vertical: "|", topLeft: "+", topRight: "+",
    bottomLeft: "+", bottomRight: "+", teeDown: "+", teeUp: "+",
    teeRight: "+", teeLeft: "+", cross: "+", tickDown: "+", tickLeft: "+")

  static func of(ascii: Bool) -> BoxChars { ascii ? .ascii : .unicode }
}
