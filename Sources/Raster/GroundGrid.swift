import Stage

/// The background (ground and sky) shaded on a coarse grid, one sample every `step` pixels
/// each way, for one band. Both are smooth at that scale (the ground's grain is several pixels
/// wide where it is visible at all), so shading one pixel in sixteen and interpolating saves
/// most of a frame's cost. Where the
/// four samples disagree (the horizon, a shadow's border, the water line, the sun's disc) or
/// the night sky has stars, pixels are shaded in full.
struct GroundGrid {
    /// Colour in xyz and distance in w (`skyDistance` for the sky).
    let samples: UnsafeMutablePointer<SIMD4<Float>>
    /// Per cell (the square between four samples): 1 if it may be interpolated.
    let smooth: UnsafeMutablePointer<UInt8>
    let columns: Int
    let rows: Int
    /// Stars are single pixels: the night sky is never interpolated.
    let interpolatesSky: Bool

    /// Pixels between samples; a power of two.
    static let step = 4
    static let shift = 2
    static func columns(width: Int) -> Int { width / step + 2 }
    static let rowsPerBand = Renderer.bandHeight / step + 1
    static let skyDistance: Float = 1e4

    init(job: ShadeJob, band: Int, rows bandRows: Range<Int>) {
        let w = job.r.iw
        columns = Self.columns(width: w)
        rows = Self.rowsPerBand
        interpolatesSky = !job.lighting.isNight
        samples = job.groundSamples + band * columns * rows
        smooth = job.groundCells + band * columns * rows
        for gy in 0..<rows {
            let y = min(bandRows.lowerBound + Self.step * gy, job.r.ih - 1)
            for gx in 0..<columns {
                let (c, d) = job.background(job.rayDirection(x: min(Self.step * gx, w - 1), y: y))
                samples[gy * columns + gx] = SIMD4(c, d)
            }
        }
        for gy in 0..<(rows - 1) {
            for gx in 0..<(columns - 1) {
                let i = gy * columns + gx
                smooth[i] = Self.agree(samples[i], samples[i + 1], samples[i + columns], samples[i + columns + 1], sky: interpolatesSky) ? 1 : 0
            }
        }
    }

    /// Whether four samples are all ground (or all day sky) and close in colour: no edge between them.
    @inline(__always)
    static func agree(_ a: SIMD4<Float>, _ b: SIMD4<Float>, _ c: SIMD4<Float>, _ d: SIMD4<Float>, sky interpolatesSky: Bool) -> Bool {
        let sky = skyDistance
        let skies = (a.w == sky ? 1 : 0) + (b.w == sky ? 1 : 0) + (c.w == sky ? 1 : 0) + (d.w == sky ? 1 : 0)
        guard skies == 0 || (skies == 4 && interpolatesSky) else { return false }
        let hi = FastMath.lanewiseMax(FastMath.lanewiseMax(a, b), FastMath.lanewiseMax(c, d)), lo = FastMath.lanewiseMin(FastMath.lanewiseMin(a, b), FastMath.lanewiseMin(c, d))
        let spread = SIMD3(hi.x - lo.x, hi.y - lo.y, hi.z - lo.z).max()
        return spread < 0.12 * max(max(hi.x, hi.y, hi.z), 0.05)
    }

    /// Bilinear background at band-relative pixel (x, y), or nil where it must be shaded in full.
    @inline(__always)
    func interpolate(x: Int, y: Int) -> (SIMD3<Float>, Float)? {
        let gx = x >> Self.shift, gy = y >> Self.shift
        let i = gy * columns + gx
        guard smooth[i] != 0 else { return nil }
        let a = samples[i], b = samples[i + 1], c = samples[i + columns], d = samples[i + columns + 1]
        let scale = 1 / Float(Self.step)
        let fx = Float(x & (Self.step - 1)) * scale, fy = Float(y & (Self.step - 1)) * scale
        let top = a + (b - a) * fx, bottom = c + (d - c) * fx
        let v = top + (bottom - top) * fy
        return (SIMD3(v.x, v.y, v.z), v.w)
    }
}
