/// Finds where the tile grid sits in a folded accumulator: the cyclic shift that best matches the pilot.
///
/// Every one of the 128×128 shifts is scored by correlating the pilot chips with the accumulator; the
/// score is reported as a z-value against all other shifts (the null distribution of this clip), which
/// also makes it independent of gain and contrast. The best few well-separated peaks become candidates
/// for decoding.
struct WatermarkAlignment {
    struct Peak: Sendable {
        var x: Int
        var y: Int
        /// (score − mean) / standard deviation over the shifts away from the best peak.
        var z: Double
    }

    /// The accumulator summed over a chip's square at every cyclic offset: `chipSums[y·128 + x]` is the chip whose top left is (x, y).
    let chipSums: [Float]
    /// Best shifts first, at least a chip apart.
    let peaks: [Peak]

    init(folded: [Float], candidates: Int) {
        let n = WatermarkTile.size, c = WatermarkTile.chip
        var sums = [Float](repeating: 0, count: n * n)
        for y in 0..<n {
            for x in 0..<n {
                var s: Float = 0
                for dy in 0..<c { for dx in 0..<c { s += folded[((y + dy) % n) * n + (x + dx) % n] } }
                sums[y * n + x] = s
            }
        }
        chipSums = sums
        var scores = [Double](repeating: 0, count: n * n)
        let pilot = WatermarkTile.pilot.map { (y: $0.chip / WatermarkTile.side * c, x: $0.chip % WatermarkTile.side * c, sign: $0.sign) }
        for sy in 0..<n {
            for sx in 0..<n {
                var s: Float = 0
                for p in pilot { s += p.sign * sums[((p.y + sy) % n) * n + (p.x + sx) % n] }
                scores[sy * n + sx] = Double(s)
            }
        }
        peaks = Self.peaks(scores, count: candidates)
    }

    /// Soft channel values at `peak`: each channel bit's chip sum, unwhitened (positive means 1).
    func channel(at peak: Peak) -> [Float] {
        let n = WatermarkTile.size, c = WatermarkTile.chip
        return zip(WatermarkTile.dataChips, WatermarkTile.whitening).map { chip, sign in
            sign * chipSums[((chip / WatermarkTile.side * c + peak.y) % n) * n + (chip % WatermarkTile.side * c + peak.x) % n]
        }
    }

    /// The `count` highest scores, each suppressing the shifts within a chip of it, as z-values
    /// against the shifts more than a chip away from the best one.
    private static func peaks(_ scores: [Double], count: Int) -> [Peak] {
        let n = WatermarkTile.size, reach = WatermarkTile.chip
        func near(_ a: Int, _ b: Int) -> Bool {
            let dx = abs(a % n - b % n), dy = abs(a / n - b / n)
            return min(dx, n - dx) < reach && min(dy, n - dy) < reach
        }
        let best = scores.indices.max { scores[$0] < scores[$1] } ?? 0
        let null = scores.indices.filter { !near($0, best) }.map { scores[$0] }
        let mean = null.reduce(0, +) / Double(null.count)
        let deviation = (null.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(null.count)).squareRoot()
        var taken: [Int] = []
        for index in scores.indices.sorted(by: { scores[$0] > scores[$1] }) where !taken.contains(where: { near($0, index) }) {
            taken.append(index)
            if taken.count == count { break }
        }
        return taken.map { Peak(x: $0 % n, y: $0 / n, z: deviation > 0 ? (scores[$0] - mean) / deviation : 0) }
    }
}
