import Foundation
import Media
import Provenance

/// A textured synthetic clip for the watermark tests: a moving diagonal gradient, drifting smooth
/// blobs, per-frame grain and two moving shapes, at 360x640, 2 s at 24 fps. Built once per test process.
struct WatermarkTestClip: Sendable {
    static let width = 360
    static let height = 640
    static let fps = 24
    static let frameCount = 48
    static let payload = WatermarkPayload(issuer: 42, videoID: 0x12_3456_789A, aiGenerated: true)
    static let shared = WatermarkTestClip()

    /// RGBA frames without and with the watermark.
    let plain: [[UInt8]]
    let marked: [[UInt8]]

    private init() {
        plain = (0..<Self.frameCount).map { Self.frame($0) }
        let mark = InvisibleWatermark(payload: Self.payload, width: Self.width, height: Self.height)
        marked = plain.map { frame in
            var copy = frame
            copy.withUnsafeMutableBytes { mark.embed(rgba: $0) }
            return copy
        }
    }

    /// Encodes `frames` the way the Director does (standard quality) into `url`.
    static func write(_ frames: [[UInt8]], to url: URL) throws {
        let format = VideoFormat(width: width, height: height, fps: fps)
        let encoder = try VideoEncoder(settings: EncodeSettings(format: format, frameCount: frames.count, output: url))
        for frame in frames { try encoder.append(frame) }
        try encoder.finish()
    }

    private static func frame(_ t: Int) -> [UInt8] {
        var rgba = [UInt8](repeating: 255, count: width * height * 4)
        let circle = (x: 80.0 + 4.0 * Double(t), y: 200.0 + 2.0 * Double(t), r: 50.0)
        for y in 0..<height {
            for x in 0..<width {
                let blob = 28 * smoothNoise(Double(x + 2 * t) / 23, Double(y + t) / 23)
                let grain = Double(hash(x, y, t) % 9) - 4
                var base = 40 + 150 * Double(x + y + 3 * t) / Double(width + height) + blob + grain
                let dx = Double(x) - circle.x, dy = Double(y) - circle.y
                if dx * dx + dy * dy < circle.r * circle.r { base = 220 - blob / 2 }
                if (250..<330).contains(x - t), (400..<470).contains(y) { base = 30 + grain }
                let i = (y * width + x) * 4
                rgba[i] = clamp(base * 1.05 + 10)
                rgba[i + 1] = clamp(base)
                rgba[i + 2] = clamp(base * 0.8 + 20)
            }
        }
        return rgba
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
