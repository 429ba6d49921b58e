/// A per-pixel colour transform over the whole image on all cores: the shared body of the
/// styles that are grades (anime, claymation, cyberpunk, surreal).
enum ColourMap {
    /// Replaces every pixel's colour `c` (0…1 per channel) by `transform(c)`, clamped.
    static func apply(_ r: Renderer, _ transform: @Sendable (SIMD3<Float>) -> SIMD3<Float>) {
        let w = r.iw
        let px = SendablePointer(r.buffers.pixels.baseAddress!)
        ParallelRows.run(r.ih) { rows in
            let p = px.pointer
            for y in rows {
                for x in 0..<w {
                    let o = (y * w + x) * 4
                    let c = SIMD3(Float(p[o]), Float(p[o + 1]), Float(p[o + 2])) * (1 / 255)
                    let v = transform(c) * 255
                    p[o] = UInt8(min(max(v.x, 0), 255))
                    p[o + 1] = UInt8(min(max(v.y, 0), 255))
                    p[o + 2] = UInt8(min(max(v.z, 0), 255))
                }
            }
        }
    }
}
