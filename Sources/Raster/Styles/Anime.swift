import Geometry

/// Anime: two-tone cel shading (in `ShadeJob`), then colours pushed vivid, a deeper blue in
/// the sky, and fine outlines (lighter than the cartoon's ink).
enum Anime {
    static func apply(_ r: Renderer) {
        let w = r.iw, h = r.ih
        let b = r.buffers
        let px = SendablePointer(b.pixels.baseAddress!)
        ParallelRows.run(h) { rows in
            let p = px.pointer
            for y in rows {
                for x in 0..<w {
                    let o = (y * w + x) * 4
                    let c = SIMD3(Float(p[o]), Float(p[o + 1]), Float(p[o + 2])) / 255
                    let grey = (c * SIMD3(0.3, 0.59, 0.11)).sum()
                    var v = SIMD3(repeating: grey) + (c - SIMD3(repeating: grey)) * 1.45
                    // Skies (blue over red) go deeper and cleaner, as in painted backgrounds.
                    if c.z > c.x * 1.15 { v = v * SIMD3(0.85, 0.95, 1.08) }
                    p[o] = UInt8(clamp(v.x * 255, 0, 255))
                    p[o + 1] = UInt8(clamp(v.y * 255, 0, 255))
                    p[o + 2] = UInt8(clamp(v.z * 255, 0, 255))
                }
            }
        }
        PostProcess.outline(r, ink: 0.45)
    }
}
