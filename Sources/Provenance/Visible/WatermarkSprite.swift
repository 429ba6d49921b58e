/// The mark drawn once: a round play-button logo beside lines of pixel text, as coverage
/// values for the light fill and for the dark halo that keeps it legible on bright skies.
struct WatermarkSprite: Sendable {
    let width: Int
    let height: Int
    private let fill: [Float]
    private let shade: [Float]

    init(lines: [String], scale s: Int) {
        let pad = 2 * s
        let lineHeight = (PixelFont.height + 3) * s
        let textHeight = lines.count * lineHeight - 3 * s
        let logo = max(textHeight, PixelFont.height * s)
        let textWidth = (lines.map(\.count).max() ?? 0) * PixelFont.advance * s
        width = pad + logo + 3 * s + textWidth + pad
        height = pad + logo + pad
        var fill = [Float](repeating: 0, count: width * height)

        // Logo: a disc with a play triangle cut out, 4×4 supersampled for smooth edges.
        let r = Float(logo) / 2, cx = Float(pad) + r, cy = Float(pad) + r
        for y in pad..<pad + logo {
            for x in pad..<pad + logo {
                var covered: Float = 0
                for sy in 0..<4 {
                    for sx in 0..<4 {
                        let px = Float(x) + (Float(sx) + 0.5) / 4 - cx, py = Float(y) + (Float(sy) + 0.5) / 4 - cy
                        let inDisc = px * px + py * py <= r * r
                        let inTriangle = px > -0.3 * r && px < 0.45 * r && abs(py) < (0.45 * r - px) * 0.66
                        if inDisc && !inTriangle { covered += 1 }
                    }
                }
                fill[y * width + x] = covered / 16
            }
        }
        // Text, left-aligned after the logo, centred vertically on it.
        let textX = pad + logo + 3 * s
        let textY = pad + (logo - textHeight) / 2
        for (line, text) in lines.enumerated() {
            for (column, character) in text.enumerated() {
                for (row, bits) in PixelFont.rows(character).enumerated() {
                    for bit in 0..<PixelFont.width where bits & (1 << (PixelFont.width - 1 - bit)) != 0 {
                        let gx = textX + (column * PixelFont.advance + bit) * s
                        let gy = textY + line * lineHeight + row * s
                        for dy in 0..<s { for dx in 0..<s { fill[(gy + dy) * width + gx + dx] = 1 } }
                    }
                }
            }
        }
        self.fill = fill
        shade = Self.halo(fill, width: width, height: height, radius: max(1, s / 2 + 1))
    }

    func coverage(_ x: Int, _ y: Int) -> (shade: Float, fill: Float) {
        (shade[y * width + x], fill[y * width + x])
    }

    /// The fill grown by `radius` pixels (a square dilation), for a dark outline.
    private static func halo(_ fill: [Float], width: Int, height: Int, radius: Int) -> [Float] {
        var out = [Float](repeating: 0, count: fill.count)
        for y in 0..<height {
            for x in 0..<width {
                var m: Float = 0
                for dy in -radius...radius {
                    let yy = y + dy
                    guard yy >= 0, yy < height else { continue }
                    for dx in -radius...radius {
                        let xx = x + dx
                        if xx >= 0, xx < width { m = max(m, fill[yy * width + xx]) }
                    }
                }
                out[y * width + x] = m
            }
        }
        return out
    }
}
