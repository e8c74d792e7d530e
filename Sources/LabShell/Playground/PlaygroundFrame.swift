import Localization
import TermPlot
import TrainKit

/// Everything one Playground screen shows, read from a run: the frame is a
/// pure function of this and the size.
struct PlaygroundSnapshot {
  var settings: PlaygroundSettings
  var selectedLayer = 0
  /// The neuron shown large in place of the output, or nil.
  var focus: PlaygroundFocus?
  var playing = false
  var epoch = 0
  var trainLosses: [Double] = []
  var testLosses: [Double] = []
  /// Every neuron's output on a `grid`×`grid` sampling of the plane:
  /// `[layer][neuron][row * grid + column]` (layer 0: the features).
  var neurons: [[[Double]]] = []
  var grid = 2
  /// `weights[k][i][j]`: from neuron i of layer k to j of layer k + 1.
  var weights: [[[Double]]] = []
  var trainPoints: [PlaygroundRun.Point] = []
  var testPoints: [PlaygroundRun.Point] = []
  /// A line for the footer (an error, a note).
  var message: String?

  /// The grid the neuron pictures are sampled on.
  static let gridSize = 24

  /// Reads `run` (a forward pass over the grid).
  init(
    run: PlaygroundRun, selectedLayer: Int, playing: Bool,
    message: String? = nil
  ) {
    settings = run.settings
    self.selectedLayer = selectedLayer
    self.playing = playing
    epoch = run.epoch
    trainLosses = run.trainLosses
    testLosses = run.testLosses
    grid = Self.gridSize
    neurons = (try? run.neuronOutputs(grid: grid)) ?? []
    weights = run.weights
    trainPoints = run.trainPoints
    testPoints = run.testPoints
    self.message = message ?? run.failure
  }
}

/// Draws the Playground: a header (epoch, state, losses), the network
/// (features, hidden layers and output, each neuron a small picture of its
/// output over the plane, with each weight between layers as a glyph
/// whose shape gives its sign and size), then the controls with their
/// keys, the output's picture with the training and test points, and the
/// loss curves.
enum PlaygroundFrame {
  /// Rows kept for the controls below the network.
  static let controlRows = 13

  /// The frame: exactly `height` lines of exactly `width` columns.
  static func lines(
    _ snapshot: PlaygroundSnapshot, width: Int, height: Int,
    options: RenderOptions
  ) -> [String] {
    let width = max(width, 20)
    let height = max(height, 8)
    let ascii = options.charset == .ascii
    let style = TextStyle(enabled: options.color)
    let sizes =
      [snapshot.settings.features.count] + snapshot.settings.hidden + [1]
    let tallest = sizes.max() ?? 1
    let pictureRows =
      [3, 2, 1].first { height - 3 - tallest * $0 >= controlRows } ?? 1
    var lines = [header(snapshot, width: width, style: style, ascii: ascii)]
    lines += network(
      snapshot, sizes: sizes, width: width, pictureRows: pictureRows,
      options: options)
    let bottom = max(height - lines.count - 1, 0)
    lines += lowerBand(
      snapshot, width: width, height: bottom, options: options)
    lines.append(footer(snapshot, width: width, style: style, ascii: ascii))
    return Array(lines.prefix(height)).map { line in
      // ASCII frames spell the few Unicode marks of labels in ASCII.
      fit(
        ascii && !options.color
          ? TextWidth.sanitize(line, ascii: true) : line, width, ascii: ascii)
    }
  }

  // MARK: - Header and footer

  /// The header: the longest of `headers` that fits the width (the last
  /// is cut to it).
  static func header(
    _ s: PlaygroundSnapshot, width: Int, style: TextStyle, ascii: Bool
  ) -> String {
    let all = headers(s, style: style, ascii: ascii)
    return all.first { TextWidth.of($0) <= width } ?? all[all.count - 1]
  }

  /// The header's wordings, longest first: the title, the epoch, the state
  /// and both losses; narrower ones drop the title, then shorten the
  /// labels, then the state to its sign (the epoch and both losses stay).
  static func headers(_ s: PlaygroundSnapshot, style: TextStyle, ascii: Bool)
    -> [String]
  {
    let sign = s.playing ? (ascii ? ">" : "▶") : (ascii ? "||" : "❚❚")
    let state =
      s.playing
      ? (ascii ? Message("> training") : Message("▶ training"))
      : (ascii ? Message("|| paused") : Message("❚❚ paused"))
    let train = style.bold(s.trainLosses.last.map(formatLoss) ?? "-")
    let test = style.bold(s.testLosses.last.map(formatLoss) ?? "-")
    let epoch = style.bold(formatEpoch(s.epoch))
    let full = Message(
      "epoch \(epoch)  \(state)  train loss \(train)  test loss \(test)")
    return [
      style.bold("Playground") + "  " + String(full),
      String(full),
      String(Message("epoch \(epoch)  \(state)  train \(train)  test \(test)")),
      String(Message("epoch \(epoch) \(sign) train \(train) test \(test)")),
    ]
  }

  static func footer(
    _ s: PlaygroundSnapshot, width: Int, style: TextStyle, ascii: Bool
  ) -> String {
    // Cleaned before `fit` measures it (an error can quote a path).
    if let message = s.message {
      return style.error(TextFile.visible(message))
    }
    // The keys that are not controls: the longest wording that fits.
    let keys = footerKeys(ascii: ascii)
    return style.dim(
      keys.first { TextWidth.of($0) <= width } ?? keys[keys.count - 1])
  }

  /// The footer's keys, longest first; the last is cut to the width.
  static func footerKeys(ascii: Bool) -> [String] {
    [
      String(
        Message(
          "Space play/pause · s step · r reset · R new data · f/F focus · o discretize · v test points · q quit"
        )),
      String(
        Message(
          "Space play · s step · r reset · R data · f focus · o discrete · v test · q quit"
        )),
    ].map { ascii ? TextWidth.sanitize($0, ascii: true) : $0 }
  }

  /// What the weight glyphs mean, for the network's label row.
  static func weightKey(ascii: Bool) -> String {
    ascii
      ? String(Message("weights +# positive, -= negative"))
      : String(Message("weights ▴▲ +, ▾▼ −"))
  }

  // MARK: - The network

  /// The label row and the neuron rows.
  static func network(
    _ s: PlaygroundSnapshot, sizes: [Int], width: Int, pictureRows: Int,
    options: RenderOptions
  ) -> [String] {
    let ascii = options.charset == .ascii
    let style = TextStyle(enabled: options.color)
    let labels = s.settings.features.map {
      PlaygroundSettings.featureLabel($0, ascii: ascii)
    }
    let labelWidth = labels.map { TextWidth.of($0) }.max() ?? 2
    let rows = (sizes.max() ?? 1) * pictureRows
    // Picture width and gaps: the widest that fits.
    let candidates = [(6, 1), (5, 1), (4, 1), (3, 1), (2, 1), (2, 0), (1, 0)]
    let layout =
      candidates.first { picture, gap in
        networkWidth(sizes, labelWidth, picture, gap) <= width
      } ?? (1, 0)
    let (pictureWidth, gap) = layout
    let space = String(repeating: " ", count: gap)
    var block = Array(repeating: "", count: rows + 1)
    // The features: label, picture.
    let inputWidth = labelWidth + 1 + pictureWidth
    block[0] += pad(style.dim(String(Message("input"))), inputWidth, ascii)
    for row in 0..<rows {
      let (neuron, offset) = (row / pictureRows, row % pictureRows)
      guard neuron < sizes[0] else {
        block[row + 1] += String(repeating: " ", count: inputWidth)
        continue
      }
      let label = offset == 0 ? labels[neuron] : ""
      block[row + 1] +=
        pad(label, labelWidth, ascii)
        + focusMark(s, layer: 0, neuron: neuron, offset: offset, ascii: ascii)
        + picture(
          s, layer: 0, neuron: neuron, row: offset,
          width: pictureWidth, height: pictureRows, options: options)
    }
    // Hidden layers and the output: weights, picture.
    for layer in 1..<sizes.count {
      let sources = sizes[layer - 1]
      let columnWidth = gap + sources + gap + pictureWidth
      let isOutput = layer == sizes.count - 1
      var title = isOutput ? String(Message("out")) : "h\(layer)"
      if !isOutput && layer - 1 == s.selectedLayer {
        title = ascii ? "[\(title)]" : "▸" + title
      }
      block[0] += pad(
        isOutput || layer - 1 != s.selectedLayer
          ? style.dim(title) : style.bold(title),
        columnWidth, ascii)
      for row in 0..<rows {
        let (neuron, offset) = (row / pictureRows, row % pictureRows)
        guard neuron < sizes[layer] else {
          block[row + 1] += String(repeating: " ", count: columnWidth)
          continue
        }
        var glyphs = ""
        for source in 0..<sources {
          let weight =
            offset == 0 && layer - 1 < s.weights.count
              && source < s.weights[layer - 1].count
              && neuron < s.weights[layer - 1][source].count
            ? s.weights[layer - 1][source][neuron] : nil
          glyphs += weight.map { weightGlyph($0, options: options) } ?? " "
        }
        let mark =
          gap > 0
          ? focusMark(
            s, layer: layer, neuron: neuron, offset: offset, ascii: ascii)
          : ""
        block[row + 1] +=
          space + glyphs + mark
          + String(repeating: " ", count: max(gap - TextWidth.of(mark), 0))
          + picture(
            s, layer: layer, neuron: neuron, row: offset,
            width: pictureWidth, height: pictureRows, options: options)
      }
    }
    // What the weight glyphs mean, at the right of the label row.
    let key = style.dim(weightKey(ascii: ascii))
    let used = TextWidth.of(block[0])
    if used + 2 + TextWidth.of(key) <= width {
      block[0] +=
        String(repeating: " ", count: width - used - TextWidth.of(key))
        + key
    }
    return block
  }

  /// `▸` (ASCII `>`) before the focused neuron's picture, on its first
  /// row; a space elsewhere.
  static func focusMark(
    _ s: PlaygroundSnapshot, layer: Int, neuron: Int, offset: Int, ascii: Bool
  ) -> String {
    s.focus == PlaygroundFocus(layer: layer, neuron: neuron) && offset == 0
      ? (ascii ? ">" : "▸") : " "
  }

  static func networkWidth(
    _ sizes: [Int], _ labelWidth: Int, _ picture: Int, _ gap: Int
  ) -> Int {
    labelWidth + 1 + picture
      + sizes.dropLast().reduce(0) { $0 + 2 * gap + $1 + picture }
  }

  /// One row of a neuron's picture.
  static func picture(
    _ s: PlaygroundSnapshot, layer: Int, neuron: Int, row: Int, width: Int,
    height: Int, options: RenderOptions
  ) -> String {
    guard layer < s.neurons.count, neuron < s.neurons[layer].count else {
      return String(repeating: "?", count: width)
    }
    let values = s.neurons[layer][neuron]
    let n = s.grid
    let field = Field(
      x: PlaygroundRun.extent, y: PlaygroundRun.extent,
      values: (0..<n).map { Array(values[($0 * n)..<($0 * n + n)]) })
    let lines = Swatch(
      field: field, range: pictureRange(s, layer: layer, values: values)
    ).render(
      width: width, height: height, options: options
    ).split(separator: "\n", omittingEmptySubsequences: false)
    return row < lines.count ? String(lines[row]) : ""
  }

  /// The values at the ends of a neuron's shades: features on their own
  /// scale (symmetric about 0), tanh neurons and the output on −1 … 1 (the
  /// Playground's scale), other activations on their own.
  static func pictureRange(
    _ s: PlaygroundSnapshot, layer: Int, values: [Double]
  ) -> ClosedRange<Double> {
    if layer > 0
      && (s.settings.activation == .tanh || layer == s.neurons.count - 1)
    {
      return -1...1
    }
    let bound = max(
      abs(values.min() ?? -1), abs(values.max() ?? 1), 1e-9)
    return -bound...bound
  }

  /// A weight as one glyph: its shape gives the sign, its size the
  /// magnitude (below 0.1, 0.1 to 1, above 1); colour repeats the sign.
  static func weightGlyph(_ weight: Double, options: RenderOptions) -> String {
    let ascii = options.charset == .ascii
    let size = abs(weight)
    let glyph: String
    if !(size >= 0.1) {
      glyph = ascii ? "." : "·"
    } else if weight > 0 {
      glyph = size < 1 ? (ascii ? "+" : "▴") : (ascii ? "#" : "▲")
    } else {
      glyph = size < 1 ? (ascii ? "-" : "▾") : (ascii ? "=" : "▼")
    }
    guard options.color, size >= 0.1 else { return glyph }
    return Swatch.colorCode(fraction: weight > 0 ? 1 : 0) + glyph + "\u{1B}[0m"
  }

  // MARK: - Controls, output and losses

  static func lowerBand(
    _ s: PlaygroundSnapshot, width: Int, height: Int, options: RenderOptions
  ) -> [String] {
    guard height > 0 else { return [] }
    let ascii = options.charset == .ascii
    let style = TextStyle(enabled: options.color)
    let controls = s.settings.controlLines(
      selectedLayer: s.selectedLayer, ascii: ascii)
    let keyWidth = controls.map { TextWidth.of($0.keys) }.max() ?? 3
    let nameWidth = controls.map { TextWidth.of($0.name) }.max() ?? 8
    let valueWidth = 14
    let controlWidth = min(keyWidth + 1 + nameWidth + 1 + valueWidth, width)
    var left = controls.prefix(height).map { control in
      pad(
        style.code(pad(control.keys, keyWidth, ascii)) + " "
          + pad(control.name, nameWidth, ascii) + " "
          + style.bold(control.value),
        controlWidth, ascii)
    }
    if controls.count > height, let last = left.indices.last {
      left[last] = pad(ascii ? "..." : "…", controlWidth, ascii)
    }
    left += Array(
      repeating: String(repeating: " ", count: controlWidth),
      count: max(0, height - left.count))
    let rest = width - controlWidth - 1
    guard rest >= 20 else { return left.map { $0 + " " } }
    let plotWidth = min(max(rest * 11 / 20, 20), rest)
    let curveWidth = rest - plotWidth
    let output = outputChart(s, ascii: ascii).render(
      width: plotWidth, height: height, options: options
    ).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    var curve: [String] = []
    if curveWidth >= 12 {
      let epochs = s.trainLosses.indices.map(Double.init)
      curve = LinePlot(
        title: String(Message("loss")), xLabel: String(Message("epoch")),
        series: [
          Series(name: String(Message("train")), y: s.trainLosses, x: epochs),
          Series(name: String(Message("test")), y: s.testLosses, x: epochs),
        ],
        yRange: 0...max(s.trainLosses.max() ?? 1, s.testLosses.max() ?? 1, 1e-6)
      ).render(width: curveWidth, height: height, options: options)
        .split(separator: "\n", omittingEmptySubsequences: false).map(
          String.init)
    }
    return (0..<height).map { row in
      left[row] + " " + (row < output.count ? output[row] : "")
        + (row < curve.count ? curve[row] : "")
    }
  }

  /// The output over the plane (or the focused neuron's output), with the
  /// points, on the Playground's fixed −1 … 1 orange–blue scale (plain:
  /// the shades from blank at −1 to full at 1); discretized, only the sign.
  static func outputChart(_ s: PlaygroundSnapshot, ascii: Bool) -> HeatMap {
    let n = s.grid
    let layer = s.focus?.layer ?? s.neurons.count - 1
    let neuron = s.focus?.neuron ?? 0
    var values =
      s.neurons.indices.contains(layer)
        && s.neurons[layer].indices.contains(neuron)
      ? s.neurons[layer][neuron] : []
    var range = pictureRange(s, layer: layer, values: values)
    if s.settings.discretize {
      values = values.map { $0 >= 0 ? 1 : -1 }
      range = -1...1
    }
    let field = Field(
      x: PlaygroundRun.extent, y: PlaygroundRun.extent,
      values: values.count == n * n
        ? (0..<n).map { Array(values[($0 * n)..<($0 * n + n)]) } : [])
    var sets: [PointSet] = []
    func add(_ name: String, _ points: [PlaygroundRun.Point]) {
      sets.append(PointSet(name: name, x: points.map(\.x), y: points.map(\.y)))
    }
    let test = s.settings.showTestData ? s.testPoints : []
    let train = String(Message("train"))
    let testName = String(Message("test"))
    if s.settings.problem == .classification {
      let minus = ascii ? " -1" : " −1"
      add(train + " +1", s.trainPoints.filter { $0.label > 0 })
      add(train + minus, s.trainPoints.filter { $0.label <= 0 })
      if !test.isEmpty {
        add(testName + " +1", test.filter { $0.label > 0 })
        add(testName + minus, test.filter { $0.label <= 0 })
      }
    } else {
      add(train, s.trainPoints)
      if !test.isEmpty { add(testName, test) }
    }
    var title = [
      focusName(s, ascii: ascii), s.settings.datasetTitle,
    ]
    if s.settings.discretize { title.append(String(Message("discrete"))) }
    return HeatMap(
      title: title.joined(separator: ascii ? " - " : " · "), field: field,
      points: sets, valueRange: range, diverging: true)
  }

  /// The name of the neuron the large picture shows: `output`, a
  /// feature's label, `h2 neuron 3`.
  static func focusName(_ s: PlaygroundSnapshot, ascii: Bool) -> String {
    guard let focus = s.focus else { return String(Message("output")) }
    if focus.layer == 0 {
      return s.settings.features.indices.contains(focus.neuron)
        ? PlaygroundSettings.featureLabel(
          s.settings.features[focus.neuron], ascii: ascii) : "?"
    }
    return String(Message("h\(focus.layer) neuron \(focus.neuron + 1)"))
  }

  // MARK: - Text

  static func formatLoss(_ value: Double) -> String {
    guard value.isFinite else { return "-" }
    let scaled = Int((value * 1000).rounded())
    let digits = String(scaled % 1000)
    return "\(scaled / 1000)." + String(repeating: "0", count: 3 - digits.count)
      + digits
  }

  /// The epoch as the Playground shows it: six digits, comma-grouped.
  static func formatEpoch(_ epoch: Int) -> String {
    let digits = String(epoch)
    let padded =
      String(repeating: "0", count: max(0, 6 - digits.count)) + digits
    var grouped = ""
    for (index, character) in padded.enumerated() {
      if index > 0 && (padded.count - index) % 3 == 0 { grouped += "," }
      grouped.append(character)
    }
    return grouped
  }

  static func pad(_ text: String, _ width: Int, _ ascii: Bool) -> String {
    TextWidth.pad(text, to: width, alignment: .left, ascii: ascii)
  }

  static func fit(_ text: String, _ width: Int, ascii: Bool) -> String {
    TextWidth.pad(text, to: width, alignment: .left, ascii: ascii)
  }
}
