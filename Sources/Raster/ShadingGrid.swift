import Stage

/// Shading on a coarse grid, one sample every `step` pixels each way, for one band. Most of a
/// frame is smooth at that scale: open ground, sky, the faces of walls and crates. A pixel
/// whose cell has four samples that see the same thing (the same object's surface, or the
/// ground, or the day sky) and agree in colour is interpolated; every other pixel is shaded
/// in full: silhouettes, small details (eyes, a distant ball), shadow borders, the water line,
/// the sun's disc, the stars.
struct ShadingGrid {
    /// Colour in xyz and distance in w.
    let samples: UnsafeMutablePointer<SIMD4<Float>>
    /// What each sample saw: a surface index, or `ground` / `sky`.
    let seen: UnsafeMutablePointer<Int32>
    /// Per cell (the square right of and below a sample): what its four samples agree on, or `mixed`.
    let cells: UnsafeMutablePointer<Int32>
    let columns: Int
    let rows: Int

    /// Pixels between samples; a power of two.
    static let step = 4
    static let shift = 2
    static func columns(width: Int) -> Int { width / step + 2 }
    static let rowsPerBand = Renderer.bandHeight / step + 1
    static let ground: Int32 = -1
    static let sky: Int32 = -2
    static let mixed: Int32 = -3
    /// The distance recorded for the sky.
    static let skyDistance: Float = 1e4

    init(job: ShadeJob, band: Int, rows bandRows: Range<Int>) {
        let w = job.r.iw
        columns = Self.columns(width: w)
        rows = Self.rowsPerBand
        let offset = band * columns * rows
        samples = job.buffers.gridSamples.baseAddress! + offset
        seen = job.buffers.gridSeen.baseAddress! + offset
        cells = job.buffers.gridCells.baseAddress! + offset
        for gy in 0..<rows {
            let y = min(bandRows.lowerBound + Self.step * gy, job.r.ih - 1)
            for gx in 0..<columns {
                let x = min(Self.step * gx, w - 1)
                let (c, d, what) = job.shadeInFull(pixel: y * w + x, x: x, y: y)
                samples[gy * columns + gx] = SIMD4(c, d)
                seen[gy * columns + gx] = what
            }
        }
        let nightSky = job.lighting.isNight
        for gy in 0..<(rows - 1) {
            // Cells whose far samples were clamped to the image's last row or column are not
            // squares of `step` pixels: shade those in full rather than interpolate wrongly.
            let clampedRow = bandRows.lowerBound + Self.step * (gy + 1) > job.r.ih - 1
            for gx in 0..<(columns - 1) {
                let i = gy * columns + gx
                if clampedRow || Self.step * (gx + 1) > w - 1 {
                    cells[i] = Self.mixed
                    continue
                }
                let what = seen[i]
                let same = seen[i + 1] == what && seen[i + columns] == what && seen[i + columns + 1] == what
                let agree = same && !(nightSky && what == Self.sky)
                    && Self.close(samples[i], samples[i + 1], samples[i + columns], samples[i + columns + 1])
                cells[i] = agree ? what : Self.mixed
            }
        }
    }

    /// Whether four colours are within 12 % of the brightest channel: no edge between them.
    @inline(__always)
    static func close(_ a: SIMD4<Float>, _ b: SIMD4<Float>, _ c: SIMD4<Float>, _ d: SIMD4<Float>) -> Bool {
        let hi = FastMath.lanewiseMax(FastMath.lanewiseMax(a, b), FastMath.lanewiseMax(c, d))
        let lo = FastMath.lanewiseMin(FastMath.lanewiseMin(a, b), FastMath.lanewiseMin(c, d))
        let spread = Swift.max(hi.x - lo.x, hi.y - lo.y, hi.z - lo.z)
        return spread < 0.12 * Swift.max(hi.x, hi.y, hi.z, 0.05)
    }

    /// The interpolated shading of band-relative pixel (x, y), if its cell agrees and the pixel
    /// sees what the cell's samples saw (`what`: its surface index, or `ground` for no object).
    @inline(__always)
    func interpolate(x: Int, y: Int, sees what: Int32) -> (SIMD3<Float>, Float)? {
        let i = (y >> Self.shift) * columns + (x >> Self.shift)
        let cell = cells[i]
        guard cell == what || (what == Self.ground && cell == Self.sky) else { return nil }
        let a = samples[i], b = samples[i + 1], c = samples[i + columns], d = samples[i + columns + 1]
        let scale = 1 / Float(Self.step)
        let fx = Float(x & (Self.step - 1)) * scale, fy = Float(y & (Self.step - 1)) * scale
        let top = a + (b - a) * fx, bottom = c + (d - c) * fx
        let v = top + (bottom - top) * fy
        return (SIMD3(v.x, v.y, v.z), v.w)
    }
}
