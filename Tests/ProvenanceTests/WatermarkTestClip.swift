import Foundation
import Media
import Provenance

/// A synthetic stand-in for a rendered shot, 720x1280 (the default render size), 1.5 s at 24 fps:
/// a still, textured set (a diagonal gradient, smooth blobs, grain), a band of it that slides
/// sideways (a moving gradient), and two moving shapes. The set is built once; frames are made on
/// the fly from it, so no test holds the clip in memory.
enum WatermarkTestClip {
    static let width = 720
    static let height = 1280
    static let fps = 24
    static let frameCount = 36
    static let payload = WatermarkPayload(issuer: 42, videoID: 0x12_3456_789A, aiGenerated: true)
    static let watermark = InvisibleWatermark(payload: payload, width: width, height: height)

    /// Frame `t` as RGBA, marked or not.
    static func frame(_ t: Int, marked: Bool) -> [UInt8] {
        var rgba = background
        let rowBytes = width * 4, shift = (3 * t % width) * 4
        for y in 200..<360 {
            let row = y * rowBytes
            rgba.replaceSubrange(row..<row + rowBytes, with: background[row + shift..<row + rowBytes] + background[row..<row + shift])
        }
        let circle = (x: 160 + 8 * t, y: 500 + 4 * t, r: 100)
        for y in circle.y - circle.r..<circle.y + circle.r {
            for x in circle.x - circle.r..<circle.x + circle.r
            where (x - circle.x) * (x - circle.x) + (y - circle.y) * (y - circle.y) < circle.r * circle.r {
                paint(&rgba, x, y, 200 + Double((x + y) % 16))
            }
        }
        for y in 800..<940 {
            for x in 500 - 2 * t..<660 - 2 * t { paint(&rgba, x, y, 30 + Double(hash(x, y, 0) % 5)) }
        }
        if marked { rgba.withUnsafeMutableBytes { watermark.embed(rgba: $0) } }
        return rgba
    }

    /// The still set: gradient, blobs of value noise about 23 pixels across, and ±1 grain.
    private static let background: [UInt8] = {
        var rgba = [UInt8](repeating: 255, count: width * height * 4)
        for y in 0..<height {
            for x in 0..<width {
                let blob = 28 * smoothNoise(Double(x) / 23, Double(y) / 23)
                paint(&rgba, x, y, 40 + 150 * Double(x + y) / Double(width + height) + blob + Double(hash(x, y, 1) % 3) - 1)
            }
        }
        return rgba
    }()

    /// Sets a pixel to a warm grey of luma-ish value `v`.
    private static func paint(_ rgba: inout [UInt8], _ x: Int, _ y: Int, _ v: Double) {
        let i = (y * width + x) * 4
        rgba[i] = clamp(v * 1.05 + 10)
        rgba[i + 1] = clamp(v)
        rgba[i + 2] = clamp(v * 0.8 + 20)
    }

    /// Frame `t`'s BT.709 luma, for detecting in memory.
    static func luma(_ t: Int, marked: Bool) -> LumaFrame {
        LumaFrame(width: width, height: height, rgb: frame(t, marked: marked), bytesPerPixel: 4)
    }

    /// Encodes the clip the way the Director does (standard quality) into `url`.
    static func write(marked: Bool, to url: URL) throws {
        let format = VideoFormat(width: width, height: height, fps: fps)
        let encoder = try VideoEncoder(settings: EncodeSettings(format: format, frameCount: frameCount, output: url))
        for t in 0..<frameCount { try encoder.append(frame(t, marked: marked)) }
        try encoder.finish()
    }

    private static func clamp(_ v: Double) -> UInt8 { UInt8(max(0, min(255, v.rounded()))) }

    private static func hash(_ x: Int, _ y: Int, _ t: Int) -> UInt32 {
        var h = UInt32(truncatingIfNeeded: x &* 374_761_393 &+ y &* 668_265_263 &+ t &* 1_274_126_177)
        h = (h ^ (h >> 13)) &* 1_274_126_177
        return h ^ (h >> 16)
    }

    /// Bilinear value noise in −1…1 on a unit lattice.
    private static func smoothNoise(_ x: Double, _ y: Double) -> Double {
        let (x0, y0) = (Int(x.rounded(.down)), Int(y.rounded(.down)))
        let (fx, fy) = (x - Double(x0), y - Double(y0))
        func lattice(_ i: Int, _ j: Int) -> Double { Double(hash(i, j, 7) % 1000) / 500 - 1 }
        let top = lattice(x0, y0) * (1 - fx) + lattice(x0 + 1, y0) * fx
        let bottom = lattice(x0, y0 + 1) * (1 - fx) + lattice(x0 + 1, y0 + 1) * fx
        return top * (1 - fy) + bottom * fy
    }
}
