import Geometry

/// Ukiyo-e, the Japanese woodblock print: shading in two or three flat bands (the toon
/// lighting of `ShadeJob`), colours pulled towards the printer's muted inks, indigo outlines
/// around every object, and warm, fibrous paper.
enum UkiyoE {
    /// Prussian blue, vermilion, ochre, pine green, sumi black, the paper, pale indigo, umber,
    /// two leaf greens and sky blue.
    static let inks: [SIMD3<Float>] = [
        SIMD3(0.16, 0.24, 0.42), SIMD3(0.80, 0.30, 0.20), SIMD3(0.82, 0.64, 0.34),
        SIMD3(0.26, 0.40, 0.30), SIMD3(0.10, 0.09, 0.10), SIMD3(0.93, 0.88, 0.76),
        SIMD3(0.55, 0.66, 0.74), SIMD3(0.62, 0.50, 0.40), SIMD3(0.36, 0.52, 0.26), SIMD3(0.55, 0.64, 0.34),
        SIMD3(0.60, 0.74, 0.86),
    ]

    static func apply(_ r: Renderer) {
        PostProcess.outline(r)
        let w = r.iw, h = r.ih
        let px = SendablePointer(r.buffers.pixels.baseAddress!)
        let grain = SendablePointer(r.buffers.paperGrain().baseAddress!)
        ParallelRows.run(h) { rows in
            let p = px.pointer, g = grain.pointer
            for y in rows {
                for x in 0..<w {
                    let o = (y * w + x) * 4
                    let c = SIMD3(Float(p[o]), Float(p[o + 1]), Float(p[o + 2])) / 255
                    // The nearest ink, mixed back with a little of the original so hues survive.
                    var best = inks[0], bestDistance = Float.infinity
                    for ink in inks {
                        let d = c - ink
                        let distance = (d * d).sum()
                        if distance < bestDistance { bestDistance = distance; best = ink }
                    }
                    let fibre = 0.95 + 0.05 * g[y * w + x]
                    let printed = (best * 0.6 + c * 0.4) * fibre
                    p[o] = UInt8(clamp(printed.x * 255, 0, 255))
                    p[o + 1] = UInt8(clamp(printed.y * 255, 0, 255))
                    p[o + 2] = UInt8(clamp(printed.z * 255, 0, 255))
                }
            }
        }
    }
}
