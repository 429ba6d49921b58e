import Camera
import Dispatch
import Foundation
import Geometry
import Stage
import Storyboard

/// The software rasterizer: a visibility pass per horizontal band (depth, triangle and
/// barycentrics per pixel), then one shading pass per visible pixel, then post effects.
/// Bands run on all cores. Buffers live as long as the renderer, so a video of any length
/// renders in constant memory.
///
/// ```swift
/// let renderer = Renderer(width: 720, height: 1280, quality: .standard)
/// renderer.render(frame, into: rgbaBuffer)   // width × height × 4 bytes
/// ```
/// - Important: one renderer renders one frame at a time; use one per pipeline.
public final class Renderer: @unchecked Sendable {
    public let width: Int
    public let height: Int
    public let quality: RasterQuality
    /// Internal (supersampled) size.
    let iw: Int, ih: Int
    static let bandHeight = 32
    let buffers: FrameBuffers
    var bins: TriangleBins
    var geometry = FrameGeometry()
    let shadow: ShadowMap
    let toneMap = ToneMap()

    public init(width: Int, height: Int, quality: RasterQuality) {
        self.width = width
        self.height = height
        self.quality = quality
        iw = width * quality.supersample
        ih = height * quality.supersample
        bins = TriangleBins(rows: ih, rowsPerBand: Self.bandHeight)
        buffers = FrameBuffers(width: iw, height: ih, bands: bins.count)
        shadow = ShadowMap(size: quality.shadowMapSize)
    }

    /// Renders `frame` as 8-bit sRGB RGBA (alpha 255) into `out`, row 0 at the top.
    public func render(_ input: FrameInput, into out: UnsafeMutableRawBufferPointer) {
        precondition(out.count >= width * height * 4, "output buffer too small")
        let frame = input.style == .studio ? Studio.adapt(input) : input
        let aspect = Float(width) / Float(height)
        let cam = frame.camera
        geometry.build(items: frame.items, clipFromWorld: cam.clipFromWorld(aspect: aspect), width: iw, height: ih)
        let focusDistance = length(cam.target - cam.eye)
        let lightDir = frame.lighting.sunDirection
        shadow.render(items: frame.items, sunDirection: lightDir, focus: cam.target, halfSize: min(max(focusDistance * 1.3, 5), 40))
        bins.fill(geometry.triangles)
        let bands = bins.count
        geometry.withBuffers { mesh in
            toneMap.table.withUnsafeBufferPointer { tone in
                let job = ShadeJob(renderer: self, frame: frame, aspect: aspect, mesh: mesh, toneTable: tone)
                DispatchQueue.concurrentPerform(iterations: bands) { band in job.rasterize(band: band) }
                DispatchQueue.concurrentPerform(iterations: bands) { band in job.shade(band: band) }
            }
        }
        PostProcess.apply(self, frame: frame)
        resolve(into: out)
    }

    /// Copies (and for supersampling, box-filters) the internal image to the output.
    private func resolve(into out: UnsafeMutableRawBufferPointer) {
        let s = quality.supersample
        let src = buffers.pixels
        if s == 1 {
            out.copyMemory(from: UnsafeRawBufferPointer(src))
            return
        }
        let dst = out.bindMemory(to: UInt8.self)
        let norm = UInt32(s * s)
        for y in 0..<height {
            for x in 0..<width {
                var acc = SIMD4<UInt32>(repeating: 0)
                for sy in 0..<s {
                    let row = (y * s + sy) * iw
                    for sx in 0..<s {
                        let k = (row + x * s + sx) * 4
                        acc &+= SIMD4<UInt32>(UInt32(src[k]), UInt32(src[k + 1]), UInt32(src[k + 2]), 0)
                    }
                }
                let o = (y * width + x) * 4
                dst[o] = UInt8(acc.x / norm)
                dst[o + 1] = UInt8(acc.y / norm)
                dst[o + 2] = UInt8(acc.z / norm)
                dst[o + 3] = 255
            }
        }
    }
}
