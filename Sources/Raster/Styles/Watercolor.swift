import Geometry

/// Watercolour: colours become transparent washes on textured paper, flattened into a few
/// tones, and pigment pools (darkens) where one shape meets another. The paper's grain is
/// fixed to the sheet, as on a real painting, so nothing shimmers between frames.
enum Watercolor {
    static func apply(_ r: Renderer) {
        let w = r.iw, h = r.ih
        let b = r.buffers
        UnsafeMutableRawBufferPointer(b.scratch).copyMemory(from: UnsafeRawBufferPointer(b.pixels))
        let src = SendablePointer(b.scratch.baseAddress!), dst = SendablePointer(b.pixels.baseAddress!)
        let grain = SendablePointer(b.paperGrain().baseAddress!)
        ParallelRows.run(h) { rows in
            let s = src.pointer, d = dst.pointer, g = grain.pointer
            @inline(__always) func luma(_ i: Int) -> Float { Float(s[i * 4]) * 0.3 + Float(s[i * 4 + 1]) * 0.59 + Float(s[i * 4 + 2]) * 0.11 }
            for y in rows {
                for x in 0..<w {
                    let i = y * w + x
                    // Pigment pools along edges: darken by the local contrast.
                    let xl = max(x - 1, 0), xr = min(x + 1, w - 1), yu = max(y - 1, 0), yd = min(y + 1, h - 1)
                    let gx = luma(y * w + xr) - luma(y * w + xl), gy = luma(yd * w + x) - luma(yu * w + x)
                    let edge = min((gx * gx + gy * gy).squareRoot() / 90, 1)
                    let paper = 0.93 + 0.07 * g[i]
                    for k in 0..<3 {
                        var c = Float(s[i * 4 + k]) / 255
                        c = c * 0.55 + (c * 5).rounded() / 5 * 0.45   // washes of tone, softly layered
                        c = 1 - (1 - c) * 0.78                    // transparent pigment over white
                        c *= paper * (1 - 0.35 * edge)
                        d[i * 4 + k] = UInt8(clamp(c * 255, 0, 255))
                    }
                }
            }
        }
    }
}
