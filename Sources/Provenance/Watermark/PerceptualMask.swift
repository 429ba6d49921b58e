/// How strongly each 8×8 block of a frame may be marked: ±1 luma level on flat areas and gradients,
/// up to ±3 where texture hides it, capped per frame so PSNR-Y never drops below 42 dB.
///
/// Activity is the mean absolute difference between neighbouring R, G and B values: to the right on
/// even rows, and down from each even row to the next, 16 bytes at a time. The mask needs a coarse
/// texture estimate, not every pixel pair, and this keeps it within the ~2 ms per 720×1280 frame
/// the embedder may cost. A smooth gradient changes by at most a level or two per
/// pixel, so it stays at ±1, below the visibility of banding-free 8-bit video; texture, edges and
/// noise take the stronger marks that survive heavy compression.
struct PerceptualMask {
    static let block = 8
    /// Mean squared luma change allowed per frame: 10·log10(255² / 3.6) = 42.6 dB.
    static let maxMeanSquare = 3.6
    /// Activity (mean |Δ| per channel and neighbour pair) from which a block gets level 2, and level 3.
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
                    var sums = [SIMD16<UInt16>](repeating: .zero, count: columns)
                    var local = [Int](repeating: 0, count: 4)
                    for by in blockRows {
                        let y0 = by * Self.block, y1 = min(height, y0 + Self.block)
                        Self.activity(UnsafeMutableRawPointer(frame.base), width: width, height: height, rows: y0..<y1, into: &sums)
                        for bx in 0..<columns {
                            let level = Self.level(Int(sums[bx].wrappedSum()))
                            out.base[by * columns + bx] = level
                            local[Int(level)] += (min(width, (bx + 1) * Self.block) - bx * Self.block) * (y1 - y0)
                        }
                    }
                    for level in 1...3 { histogram.base[band * 4 + level] = local[level] }
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

    /// Sums, per block column, |Δ| to the right neighbour and to the pixel below over the row pairs of `rows`.
    private static func activity(_ rgba: UnsafeMutableRawPointer, width: Int, height: Int, rows: Range<Int>, into sums: inout [SIMD16<UInt16>]) {
        let chunks = width / 4
        let colour = SIMD16<UInt8>(255, 255, 255, 0, 255, 255, 255, 0, 255, 255, 255, 0, 255, 255, 255, 0)
        for i in sums.indices { sums[i] = .zero }
        for y in stride(from: rows.lowerBound, to: rows.upperBound - 1, by: 2) {
            let row = rgba + y * width * 4, below = row + width * 4
            for k in 0..<chunks {
                let a = row.loadUnaligned(fromByteOffset: k * 16, as: SIMD16<UInt8>.self)
                let b = below.loadUnaligned(fromByteOffset: k * 16, as: SIMD16<UInt8>.self)
                // The chunk shifted one pixel right; the last chunk of a row has no right neighbour to read.
                let c = k + 1 < chunks ? row.loadUnaligned(fromByteOffset: k * 16 + 4, as: SIMD16<UInt8>.self) : a
                let vertical = (pointwiseMax(a, b) &- pointwiseMin(a, b)) & colour
                let horizontal = (pointwiseMax(a, c) &- pointwiseMin(a, c)) & colour
                sums[k * 4 / block] &+= SIMD16<UInt16>(truncatingIfNeeded: vertical) &+ SIMD16<UInt16>(truncatingIfNeeded: horizontal)
            }
        }
    }

    /// Level from a block's summed differences: 4 row pairs × 8 pixels × 3 channels × 2 directions = 192 of them.
    private static func level(_ sum: Int) -> UInt8 {
        sum >= thresholds.1 * 192 ? 3 : sum >= thresholds.0 * 192 ? 2 : 1
    }
}
