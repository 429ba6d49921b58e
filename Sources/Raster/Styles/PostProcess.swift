import Dispatch
import Foundation
import Geometry
import Storyboard

/// Image-space passes after shading: style looks and edge smoothing. They work
/// on the internal 8-bit image and the per-pixel distance the shading pass left behind.
enum PostProcess {
    static func apply(_ r: Renderer, frame: FrameInput) {
        switch frame.style {
        case .cartoon: outline(r)
        case .noir: noir(r, frame: frame)
        case .pixelArt: pixelate(r)
        case .watercolor: Watercolor.apply(r)
        case .ukiyoE: UkiyoE.apply(r)
        case .claymation: Claymation.grade(r)
        case .anime: Anime.apply(r)
        case .cyberpunk, .surreal: Grade.apply(r, style: frame.style)
        case .oil: BrushStrokes.apply(r, .oil)
        case .impressionist: BrushStrokes.apply(r, .impressionist)
        case .studio: break
        case .cinematic: break
        }
        if r.quality.edgeSmoothing && ![.pixelArt, .watercolor, .oil, .impressionist].contains(frame.style) { smoothEdges(r) }
    }

    /// Dark lines where depth jumps or one object meets another: the ink of a cartoon. Each
    /// pixel compares itself with its four neighbours and darkens only itself, so rows run in
    /// parallel.
    /// - Parameter ink: what is left of a pixel under the line (0 black … 1 no line).
    static func outline(_ r: Renderer, ink keep: Float = 1.0 / 6) {
        let w = r.iw, h = r.ih
        let b = r.buffers
        let d = SendableBuffer(UnsafeBufferPointer(b.depth)), tri = SendableBuffer(UnsafeBufferPointer(b.triangle))
        let px = SendablePointer(b.pixels.baseAddress!)
        r.geometry.triangles.withUnsafeBufferPointer { tris in
            let triangles = SendableBuffer(tris)
            ParallelRows.run(h) { rows in
                let d = d.buffer, tri = tri.buffer, tris = triangles.buffer, p = px.pointer
                @inline(__always) func object(_ i: Int) -> Int32 { tri[i] < 0 ? -1 : tris[Int(tri[i])].surface }
                for y in rows {
                    for x in 0..<w {
                        let i = y * w + x
                        let me = object(i), c = d[i]
                        // Ink goes around objects only, never along the ground or the horizon.
                        @inline(__always) func differs(_ j: Int) -> Bool {
                            let other = object(j)
                            return (me >= 0 || other >= 0) && (other != me || abs(d[j] - c) > 0.06 * min(c, d[j]))
                        }
                        let ink = (x + 1 < w && differs(i + 1)) || (x > 0 && differs(i - 1)) || (y + 1 < h && differs(i + w)) || (y > 0 && differs(i - w))
                        if ink {
                            p[i * 4] = UInt8(Float(p[i * 4]) * keep)
                            p[i * 4 + 1] = UInt8(Float(p[i * 4 + 1]) * keep)
                            p[i * 4 + 2] = UInt8(Float(p[i * 4 + 2]) * keep)
                        }
                    }
                }
            }
        }
    }

    /// Black and white with hard contrast and fine grain. The grain is a hash of the pixel and
    /// the frame index: it dances from frame to frame like film, yet every render is identical.
    static func noir(_ r: Renderer, frame: FrameInput) {
        let w = r.iw
        let px = SendablePointer(r.buffers.pixels.baseAddress!)
        let seed = Int32(truncatingIfNeeded: frame.frameIndex &* 7919)
        ParallelRows.run(r.ih) { rows in
            let p = px.pointer
            for y in rows {
                for x in 0..<w {
                    let o = (y * w + x) * 4
                    let l = (0.2126 * Float(p[o]) + 0.7152 * Float(p[o + 1]) + 0.0722 * Float(p[o + 2])) / 255
                    let grain = (Noise.hash(Int32(truncatingIfNeeded: x) &+ seed, Int32(truncatingIfNeeded: y)) - 0.5) * 0.06
                    let v = UInt8(clamp((smoothstep(0.08, 0.92, l) + grain) * 255, 0, 255))
                    p[o] = v
                    p[o + 1] = v
                    p[o + 2] = v
                }
            }
        }
    }

    /// Big square pixels with a reduced palette: about 160 blocks across at any size.
    static func pixelate(_ r: Renderer) {
        let block = max(2, r.iw / 160)
        let w = r.iw, h = r.ih
        let px = r.buffers.pixels
        var y0 = 0
        while y0 < h {
            var x0 = 0
            while x0 < w {
                var acc = SIMD3<Int>(repeating: 0), n = 0
                for y in y0..<min(y0 + block, h) {
                    for x in x0..<min(x0 + block, w) {
                        let o = (y * w + x) * 4
                        acc &+= SIMD3(Int(px[o]), Int(px[o + 1]), Int(px[o + 2]))
                        n += 1
                    }
                }
                // Six levels per channel, the palette of early home computers.
                let q = (acc / n &* 5 &+ 127) / 255 &* 51
                for y in y0..<min(y0 + block, h) {
                    for x in x0..<min(x0 + block, w) {
                        let o = (y * w + x) * 4
                        px[o] = UInt8(q.x)
                        px[o + 1] = UInt8(q.y)
                        px[o + 2] = UInt8(q.z)
                    }
                }
                x0 += block
            }
            y0 += block
        }
    }

    /// A light edge-aware blur across strong luma steps: cheap anti-aliasing for 1 sample per
    /// pixel. Reads a copy of the image, writes the image, two halves in parallel.
    static func smoothEdges(_ r: Renderer) {
        let w = r.iw, h = r.ih
        let b = r.buffers
        UnsafeMutableRawBufferPointer(b.scratch).copyMemory(from: UnsafeRawBufferPointer(b.pixels))
        let src = SendablePointer(b.scratch.baseAddress!)
        let dst = SendablePointer(b.pixels.baseAddress!)
        let bands = 8
        DispatchQueue.concurrentPerform(iterations: bands) { band in
            let s = src.pointer, d = dst.pointer
            @inline(__always) func luma(_ i: Int) -> Int { Int(s[i * 4]) * 54 + Int(s[i * 4 + 1]) * 183 + Int(s[i * 4 + 2]) * 19 }
            let rows = max(1, band * h / bands)..<min(h - 1, (band + 1) * h / bands)
            for y in rows {
                for x in 1..<(w - 1) {
                    let i = y * w + x
                    // Quick reject on green alone: most pixels sit in smooth regions.
                    let g = 4 * i + 1
                    guard abs(Int(s[g - 4]) - Int(s[g + 4])) > 12 || abs(Int(s[g - 4 * w]) - Int(s[g + 4 * w])) > 12 else { continue }
                    let c = luma(i)
                    let lx = abs(luma(i - 1) - luma(i + 1)), ly = abs(luma(i - w) - luma(i + w))
                    guard max(lx, ly) > 12_000, max(lx, ly) > c / 6 else { continue }
                    // Blend across the edge: along y for a horizontal edge, along x for a vertical one.
                    let (a, b) = ly > lx ? (i - w, i + w) : (i - 1, i + 1)
                    for k in 0..<3 {
                        let centre = 2 * Int(s[i * 4 + k])
                        let sides = Int(s[a * 4 + k]) + Int(s[b * 4 + k])
                        d[i * 4 + k] = UInt8((centre + sides + 2) / 4)
                    }
                }
            }
        }
    }
}

