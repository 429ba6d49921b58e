import Geometry

/// Claymation's look (its stepped motion is the Director's: poses advance 12 times a second):
/// matte surfaces (see `ShadeJob.matte`), then a warm, slightly richer grade with soft
/// contrast, as under the tungsten lamps of a model set.
enum Claymation {
    static func grade(_ r: Renderer) {
        let w = r.iw, h = r.ih
        let px = SendablePointer(r.buffers.pixels.baseAddress!)
        ParallelRows.run(h) { rows in
            let p = px.pointer
            for y in rows {
                for x in 0..<w {
                    let o = (y * w + x) * 4
                    let c = SIMD3(Float(p[o]), Float(p[o + 1]), Float(p[o + 2])) / 255
                    let grey = (c * SIMD3(0.3, 0.59, 0.11)).sum()
                    var g = SIMD3(repeating: grey) + (c - SIMD3(repeating: grey)) * 1.25   // richer colour
                    g = g * SIMD3(1.04, 1.0, 0.92) + 0.02                                  // warm lamps, lifted blacks
                    g = SIMD3(repeating: 0.5) + (g - 0.5) * 0.92                            // soft contrast
                    p[o] = UInt8(clamp(g.x * 255, 0, 255))
                    p[o + 1] = UInt8(clamp(g.y * 255, 0, 255))
                    p[o + 2] = UInt8(clamp(g.z * 255, 0, 255))
                }
            }
        }
    }
}
