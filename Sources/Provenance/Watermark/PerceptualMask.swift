/// How strongly each 8×8 block of a frame may be marked: ±1 luma level on flat areas and gradients,
/// up to ±3 where texture hides it, capped per frame so PSNR-Y never drops below 42 dB.
///
/// Activity is the mean absolute difference between neighbouring green values (green is 72 % of
/// BT.709 luma and saves the luma arithmetic). A smooth gradient changes by at most a level or two
/// per pixel, so it stays at ±1, which is below the visibility threshold of banding-free 8-bit video.
/// Texture, edges and noise take the stronger marks that survive heavy compression.
struct PerceptualMask {
    static let block = 8
    /// Mean squared luma change allowed per frame: 10·log10(255² / 3.6) = 42.6 dB.
    static let maxMeanSquare = 3.6
    /// Activity (mean |Δgreen| per pixel pair) from which a block gets level 2, and level 3.
    static let thresholds: (Int, Int) = (2, 5)

    let columns: Int
    let rows: Int
    /// Level 1…3 per block, row-major, before the frame's cap.
    var levels: [UInt8]
    /// The highest level used in this frame (see ``maxMeanSquare``).
    var cap: UInt8 = 3

    init(width: Int, height: Int) {
        columns = (width + Self.block - 1) / Self.block
        rows = (height + Self.block - 1) / Self.block
        levels = [UInt8](repeating: 1, count: columns * rows)
    }

    /// Measures every block of `rgba` (width·height·4 bytes) and picks the frame's cap.
    mutating func measure(_ rgba: UnsafeRawPointer, width: Int, height: Int) {
        let (columns, rows) = (self.columns, self.rows)
        var counts = [Int](repeating: 0, count: 4 * ParallelBands.cores)
        let frame = SharedPointer(base: UnsafeMutablePointer(mutating: rgba.assumingMemoryBound(to: UInt8.self)))
        levels.withUnsafeMutableBufferPointer { levels in
            counts.withUnsafeMutableBufferPointer { counts in
                let out = SharedPointer(base: levels.baseAddress!), histogram = SharedPointer(base: counts.baseAddress!)
                ParallelBands.run(rows) { band, blockRows in
                    for by in blockRows {
                        let y0 = by * Self.block, y1 = min(height, y0 + Self.block)
                        for bx in 0..<columns {
                            let x0 = bx * Self.block, x1 = min(width, x0 + Self.block)
                            let level = Self.level(frame.base, width: width, x0..<x1, y0..<y1)
                            out.base[by * columns + bx] = level
                            histogram.base[band * 4 + Int(level)] += (x1 - x0) * (y1 - y0)
                        }
                    }
                }
            }
        }
        var pixels = [Int](repeating: 0, count: 4)
        for i in counts.indices { pixels[i % 4] += counts[i] }
        let total = Double(width * height)
        cap = 1
        for candidate in [3, 2] {
            let meanSquare = (1...3).reduce(0.0) { $0 + Double(pixels[$1] * min($1, candidate) * min($1, candidate)) } / total
            if meanSquare <= Self.maxMeanSquare {
                cap = UInt8(candidate)
                break
            }
        }
    }

    /// The level of one block from its mean absolute green difference to the right and below.
    private static func level(_ rgba: UnsafeMutablePointer<UInt8>, width: Int, _ xs: Range<Int>, _ ys: Range<Int>) -> UInt8 {
        var sum = 0
        var pairs = 0
        for y in ys {
            let row = rgba + (y * width) * 4 + 1
            let below = y + 1 < ys.upperBound ? row + width * 4 : nil
            for x in xs {
                let g = Int(row[x * 4])
                if x + 1 < xs.upperBound { sum += abs(Int(row[x * 4 + 4]) - g) }
                if let below { sum += abs(Int(below[x * 4]) - g) }
            }
            pairs += 2 * xs.count
        }
        let activity = sum / max(1, pairs)
        return activity >= thresholds.1 ? 3 : activity >= thresholds.0 ? 2 : 1
    }
}
