/// Folds the high-passed luma of every frame modulo the tile into one small sum per scale hypothesis.
///
/// The mark is static and tiled, so summing all frames and all tiles adds it up coherently while
/// picture content, which is not periodic with the tile, averages out. Per pixel:
/// 1. high-pass: luma minus its 7×7 box mean, which removes offsets (brightness) and smooth content.
///    The small window keeps mostly the chips' edges; on textured test clips it gave a higher pilot
///    peak than 11×11 to 33×33 windows, whose passband lets through more picture content;
/// 2. clip to ±``clip`` levels, so edges cannot outvote thousands of small watermark samples;
/// 3. fold: the pixel's position, rescaled to the embedding size by each hypothesis in ``scales``,
///    picks one of the 128×128 bins.
/// A crop only moves the fold by an unknown cyclic shift, which ``WatermarkAlignment`` finds afterwards.
struct WatermarkAccumulator {
    /// Embedding-size pixels per decoded pixel: as rendered, rescaled to 2/3 (e.g. 1080 → 720 rows), halved.
    static let scales: [Double] = [1, 1.5, 2]  // the fold's inner loop is written for exactly three
    static let clip: Float = 8
    static let radius = 3

    private static let tile = WatermarkTile.size
    private(set) var frames = 0
    /// Per scale: sum of clipped high-passed luma and number of samples in each of the tile's bins.
    private var sums: [[Double]] = Array(repeating: Array(repeating: 0, count: tile * tile), count: scales.count)
    private var counts: [[Double]] = Array(repeating: Array(repeating: 0, count: tile * tile), count: scales.count)
    private var geometry: Geometry?

    /// Adds one frame of 8-bit luma (`width·height` bytes, rows top to bottom).
    mutating func add(luma: UnsafeRawBufferPointer, width: Int, height: Int) {
        precondition(luma.count >= width * height && width > 0 && height > 0, "luma frame smaller than \(width)x\(height)")
        if geometry?.width != width || geometry?.height != height { geometry = Geometry(width: width, height: height) }
        let geometry = geometry!
        let integral = Self.integral(luma.bindMemory(to: UInt8.self).baseAddress!, width: width, height: height)
        let scaleCount = Self.scales.count, binCount = Self.tile * Self.tile
        var partial = [Float](repeating: 0, count: ParallelBands.cores * scaleCount * binCount)
        integral.withUnsafeBufferPointer { integral in
            partial.withUnsafeMutableBufferPointer { partial in
                let ii = SharedPointer(base: UnsafeMutablePointer(mutating: integral.baseAddress!))
                let pixels = SharedPointer(base: UnsafeMutablePointer(mutating: luma.bindMemory(to: UInt8.self).baseAddress!))
                let out = SharedPointer(base: partial.baseAddress!)
                ParallelBands.run(height) { band, rows in
                    geometry.fold(rows, luma: pixels.base, integral: ii.base, into: out.base + band * scaleCount * binCount)
                }
            }
        }
        for s in 0..<scaleCount {
            for b in 0..<binCount {
                var total: Float = 0
                for band in 0..<ParallelBands.cores { total += partial[(band * scaleCount + s) * binCount + b] }
                sums[s][b] += Double(total)
                counts[s][b] += geometry.binCounts[s][b]
            }
        }
        frames += 1
    }

    /// The mean high-passed luma per bin for scale hypothesis `scale`, zero-mean over the bins that
    /// received samples (empty bins, which a downscaled video leaves, stay 0 and do not vote).
    func folded(scale: Int) -> [Float] {
        let filled = counts[scale].filter { $0 > 0 }.count
        var means = zip(sums[scale], counts[scale]).map { $1 > 0 ? $0 / $1 : 0 }
        let average = means.reduce(0, +) / Double(max(1, filled))
        for b in means.indices where counts[scale][b] > 0 { means[b] -= average }
        return means.map { Float($0) }
    }

    /// Summed-area table of `luma` as (width+1)·(height+1) integers with a zero first row and column.
    private static func integral(_ luma: UnsafePointer<UInt8>, width: Int, height: Int) -> [Int32] {
        let stride = width + 1
        var table = [Int32](repeating: 0, count: stride * (height + 1))
        table.withUnsafeMutableBufferPointer { t in
            for y in 0..<height {
                var run: Int32 = 0
                let source = luma + y * width, above = t.baseAddress! + y * stride, row = above + stride
                for x in 0..<width {
                    run &+= Int32(source[x])
                    row[x + 1] = above[x + 1] &+ run
                }
            }
        }
        return table
    }

    /// Everything about the fold that depends only on the frame size, computed once per size.
    private struct Geometry: Sendable {
        let width: Int
        let height: Int
        /// Box window per column and row (integral-table indices) and its reciprocal extent.
        let x0: [Int], x1: [Int], inverseWidth: [Float]
        let y0: [Int], y1: [Int], inverseHeight: [Float]
        /// Per scale: the bin row of each pixel row and the samples per bin per frame.
        let rowBins: [[Int]], binCounts: [[Double]]
        /// The bin columns interleaved per pixel column (three scales side by side) for the inner loop.
        let flatColumnBins: [Int32]

        /// Adds the clipped high-pass of `rows` to `sums` (scale-major, one tile of bins each).
        func fold(
            _ rows: Range<Int>, luma: UnsafeMutablePointer<UInt8>, integral: UnsafeMutablePointer<Int32>, into sums: UnsafeMutablePointer<Float>
        ) {
            let stride = width + 1, binCount = WatermarkTile.size * WatermarkTile.size, clip = WatermarkAccumulator.clip
            x0.withUnsafeBufferPointer { x0 in
                x1.withUnsafeBufferPointer { x1 in
                    inverseWidth.withUnsafeBufferPointer { inverseWidth in
                        flatColumnBins.withUnsafeBufferPointer { columnBins in
                            for y in rows {
                                let top = integral + y0[y] * stride, bottom = integral + y1[y] * stride, row = luma + y * width
                                let rowScale = inverseHeight[y]
                                let r0 = sums + rowBins[0][y] * WatermarkTile.size
                                let r1 = sums + binCount + rowBins[1][y] * WatermarkTile.size
                                let r2 = sums + 2 * binCount + rowBins[2][y] * WatermarkTile.size
                                for x in 0..<width {
                                    let box = bottom[x1[x]] &- bottom[x0[x]] &- top[x1[x]] &+ top[x0[x]]
                                    let mean = Float(box) * rowScale * inverseWidth[x]
                                    let value = min(clip, max(-clip, Float(row[x]) - mean))
                                    r0[Int(columnBins[3 * x])] += value
                                    r1[Int(columnBins[3 * x + 1])] += value
                                    r2[Int(columnBins[3 * x + 2])] += value
                                }
                            }
                        }
                    }
                }
            }
        }

        init(width: Int, height: Int) {
            self.width = width
            self.height = height
            let r = WatermarkAccumulator.radius
            func window(_ n: Int) -> ([Int], [Int], [Float]) {
                let lo = (0..<n).map { max(0, $0 - r) }, hi = (0..<n).map { min(n, $0 + r + 1) }
                return (lo, hi, zip(lo, hi).map { 1 / Float($1 - $0) })
            }
            (x0, x1, inverseWidth) = window(width)
            (y0, y1, inverseHeight) = window(height)
            let tile = WatermarkTile.size
            func bins(_ n: Int, _ scale: Double) -> [Int] { (0..<n).map { Int(((Double($0) + 0.5) * scale).rounded(.down)) % tile } }
            let columnBins = WatermarkAccumulator.scales.map { bins(width, $0) }
            let rowBins = WatermarkAccumulator.scales.map { bins(height, $0) }
            self.rowBins = rowBins
            flatColumnBins = (0..<width * 3).map { Int32(columnBins[$0 % 3][$0 / 3]) }
            binCounts = zip(columnBins, rowBins).map { columns, rows in
                var perColumn = [Double](repeating: 0, count: tile), perRow = perColumn
                for c in columns { perColumn[c] += 1 }
                for r in rows { perRow[r] += 1 }
                return (0..<tile * tile).map { perRow[$0 / tile] * perColumn[$0 % tile] }
            }
        }
    }
}
