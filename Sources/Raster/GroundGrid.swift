/// The ground shaded on a half-resolution grid for one band: the ground is smooth at the
/// scale of two pixels (its fine grain fades out a few metres away), so shading one pixel in
/// four and interpolating saves most of the frame's cost. Pixels next to the horizon or to
/// the sky fall back to full-resolution shading.
struct GroundGrid {
    /// Colour in xyz and distance in w; w < 0 marks a sample that is not ground.
    let samples: UnsafeMutablePointer<SIMD4<Float>>
    let columns: Int
    let rows: Int

    static func columns(width: Int) -> Int { width / 2 + 2 }
    static let rowsPerBand = Renderer.bandHeight / 2 + 1

    init(job: ShadeJob, band: Int, rows bandRows: Range<Int>) {
        let w = job.r.iw
        columns = Self.columns(width: w)
        rows = Self.rowsPerBand
        samples = job.groundSamples + band * columns * rows
        for gy in 0..<rows {
            let y = min(bandRows.lowerBound + 2 * gy, job.r.ih - 1)
            for gx in 0..<columns {
                let dir = job.rayDirection(x: min(2 * gx, w - 1), y: y)
                let groundT: Float = dir.y < -1e-4 ? -job.eye.y / dir.y : .infinity
                if groundT < FrameGeometry.farGround {
                    let (c, d) = job.groundSample(dir: dir, groundT: groundT)
                    samples[gy * columns + gx] = SIMD4(c, d)
                } else {
                    samples[gy * columns + gx] = SIMD4(0, 0, 0, -1)
                }
            }
        }
    }

    /// Bilinear ground at band-relative pixel (x, y), or nil where a neighbour is not ground.
    @inline(__always)
    func interpolate(x: Int, y: Int) -> (SIMD3<Float>, Float)? {
        let gx = x >> 1, gy = y >> 1
        let i = gy * columns + gx
        let a = samples[i], b = samples[i + 1], c = samples[i + columns], d = samples[i + columns + 1]
        guard min(min(a.w, b.w), min(c.w, d.w)) >= 0 else { return nil }
        // A sharp edge between the samples (a shadow's border, the water line) is shaded in full.
        let hi = SIMD3(max(max(a.x, b.x), max(c.x, d.x)), max(max(a.y, b.y), max(c.y, d.y)), max(max(a.z, b.z), max(c.z, d.z)))
        let lo = SIMD3(min(min(a.x, b.x), min(c.x, d.x)), min(min(a.y, b.y), min(c.y, d.y)), min(min(a.z, b.z), min(c.z, d.z)))
        guard (hi - lo).max() < 0.12 * max(hi.max(), 0.05) else { return nil }
        let fx: Float = x & 1 == 0 ? 0 : 0.5, fy: Float = y & 1 == 0 ? 0 : 0.5
        let top = a + (b - a) * fx, bottom = c + (d - c) * fx
        let v = top + (bottom - top) * fy
        return (SIMD3(v.x, v.y, v.z), v.w)
    }
}
