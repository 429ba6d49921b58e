import Dispatch
import Foundation
import Geometry

/// Painting with brush strokes: the image is repainted with short oriented strokes, one per
/// cell of a grid fixed to the canvas. Each stroke takes the colour under its centre, runs
/// along the shapes (across the local gradient) and is jittered by a hash of its cell, so a
/// still scene keeps the same strokes in every frame.
enum BrushStrokes {
    struct Brush {
        /// Grid step between stroke centres, and the stroke's half length and half width, pixels.
        var cell: Int, length: Float, width: Float
        /// How far each stroke's colour wanders (broken colour), 0…1.
        var colourJitter: Float
        /// Curl added to the stroke direction, radians (swirls).
        var curl: Float
        /// Impasto: light catching the ridge of thick paint.
        var impasto: Float

        static let oil = Brush(cell: 9, length: 12, width: 4, colourJitter: 0.05, curl: 0.3, impasto: 0.22)
        static let impressionist = Brush(cell: 11, length: 20, width: 4.5, colourJitter: 0.16, curl: 1.2, impasto: 0.1)
    }

    static func apply(_ r: Renderer, _ brush: Brush) {
        let w = r.iw, h = r.ih
        let b = r.buffers
        UnsafeMutableRawBufferPointer(b.scratch).copyMemory(from: UnsafeRawBufferPointer(b.pixels))
        let src = b.scratch, dst = b.pixels
        // Scale the brush with the image, so a style looks the same at any size.
        let scale = Float(max(w, h)) / 1280
        let cell = max(2, Int((Float(brush.cell) * scale).rounded()))
        let halfLength = brush.length * scale, halfWidth = max(brush.width * scale, 1)
        let reach = Int(halfLength + halfWidth) + 1
        let source = SendableBuffer(UnsafeBufferPointer(src)), target = SendablePointer(dst.baseAddress!)
        // Strokes overlap their neighbours. Bands of stroke rows at least two reaches tall are
        // painted even bands first, then odd ones: bands painted at the same time never touch,
        // and the order of overlaps is fixed, so frames are deterministic.
        let bandRows = max(2 * reach + 1, 48) / cell * cell + cell
        let bands = (h + bandRows - 1) / bandRows
        for parity in 0..<2 {
            DispatchQueue.concurrentPerform(iterations: (bands + 1 - parity) / 2) { k in
                let band = 2 * k + parity
                let src = source.buffer, dst = target.pointer
                @inline(__always) func luma(_ x: Int, _ y: Int) -> Float {
                    let o = (min(max(y, 0), h - 1) * w + min(max(x, 0), w - 1)) * 4
                    return Float(src[o]) * 0.3 + Float(src[o + 1]) * 0.59 + Float(src[o + 2]) * 0.11
                }
                var cy = band * bandRows + cell / 2
                while cy < min((band + 1) * bandRows, h) {
                    var cx = cell / 2
                    while cx < w {
                        let jitter = Noise.hash(Int32(truncatingIfNeeded: cx), Int32(truncatingIfNeeded: cy))
                        let jitterY = Noise.hash(Int32(truncatingIfNeeded: cy), Int32(truncatingIfNeeded: cx))
                        let px = min(max(cx + Int((jitter - 0.5) * Float(cell)), 0), w - 1)
                        let py = min(max(cy + Int((jitterY - 0.5) * Float(cell)), 0), h - 1)
                        // Along the shapes: perpendicular to the brightness gradient, plus a curl.
                        let gx = luma(px + 2, py) - luma(px - 2, py), gy = luma(px, py + 2) - luma(px, py - 2)
                        let angle = atan2(gx, -gy) + brush.curl * (Noise.value(Float(px) / 40, Float(py) / 40) - 0.5)
                        let dir = SIMD2<Float>(cos(angle), sin(angle))
                        let o = (py * w + px) * 4
                        let shift = (jitter - 0.5) * 2 * brush.colourJitter * 255
                        let colour = SIMD3<Float>(Float(src[o]) + shift, Float(src[o + 1]) - shift * 0.5, Float(src[o + 2]) + shift * 0.3)
                        // The ellipse's own bounding box, not the square of its reach.
                        let ex = Int((halfLength * abs(dir.x) + halfWidth * abs(dir.y)).rounded(.up))
                        let ey = Int((halfLength * abs(dir.y) + halfWidth * abs(dir.x)).rounded(.up))
                        for y in max(py - ey, 0)...min(py + ey, h - 1) {
                            for x in max(px - ex, 0)...min(px + ex, w - 1) {
                                let d = SIMD2(Float(x - px), Float(y - py))
                                let along = (d * dir).sum(), across = d.x * dir.y - d.y * dir.x
                                let e = (along * along) / (halfLength * halfLength) + (across * across) / (halfWidth * halfWidth)
                                guard e <= 1 else { continue }
                                // The ridge of the stroke catches light on its upper side.
                                let ridge = 1 + brush.impasto * (0.5 - across / halfWidth * 0.5) * (1 - e)
                                let q = (y * w + x) * 4
                                dst[q] = UInt8(clamp(colour.x * ridge, 0, 255))
                                dst[q + 1] = UInt8(clamp(colour.y * ridge, 0, 255))
                                dst[q + 2] = UInt8(clamp(colour.z * ridge, 0, 255))
                            }
                        }
                        cx += cell
                    }
                    cy += cell
                }
            }
        }
    }
}
