import Foundation
import Media
import TestSupport
import Testing

/// Encode speed at the product format; opt-in, run alone in a release build:
/// `KINORA_BENCH=1 swift test -c release --no-parallel --filter EncoderBenchmarkTests`.
struct EncoderBenchmarkTests {
    /// A rendered-looking frame: sky gradient, a checker floor receding to a horizon, and a shaded ball moving across.
    static func scene(_ px: UnsafeMutableBufferPointer<UInt8>, _ format: VideoFormat, frame f: Int) {
        let w = format.width, h = format.height, horizon = h * 2 / 5
        let cx = 100 + 3 * f, cy = horizon + 300 + Int(120 * sin(Double(f) / 9)), r = 110
        for y in 0..<h {
            for x in 0..<w {
                let i = (y * w + x) * 4
                var c: (Int, Int, Int)
                if y < horizon {
                    c = (90 + y * 100 / horizon, 140 + y * 80 / horizon, 235)
                } else {
                    let depth = y - horizon + 1
                    let u = (x - w / 2) * 64 / depth + 4 * f, v = 20_000 / depth
                    let dark = (u >> 4 ^ v >> 2) & 1 == 0
                    let fog = min(255, depth)
                    c = dark ? (60 * fog / 255, 110 * fog / 255, 50 * fog / 255) : (120 * fog / 255, 170 * fog / 255, 90 * fog / 255)
                }
                let dx = x - cx, dy = y - cy
                if dx * dx + dy * dy < r * r {
                    let shade = max(40, 255 - ((dx + 40) * (dx + 40) + (dy + 40) * (dy + 40)) / 90)
                    c = (shade, shade * 30 / 255, shade * 40 / 255)
                }
                px[i] = UInt8(clamping: c.0)
                px[i + 1] = UInt8(clamping: c.1)
                px[i + 2] = UInt8(clamping: c.2)
            }
        }
    }

    @Test(.enabled(if: ProcessInfo.processInfo.environment["KINORA_BENCH"] != nil), arguments: EncodeQuality.allCases)
    func encodes720x1280(quality: EncodeQuality) throws {
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let format = VideoFormat.portrait720
        let frames = 150
        let output = dir.appendingPathComponent("b.mp4")
        // Render 50 distinct frames up front (cycled 3 times) so only piping and encoding are timed.
        let distinct = 50
        var rendered = [UInt8](repeating: 255, count: format.rgbaFrameByteCount * distinct)
        rendered.withUnsafeMutableBufferPointer { all in
            for f in 0..<distinct {
                let slice = UnsafeMutableBufferPointer(rebasing: all[(f * format.rgbaFrameByteCount)..<((f + 1) * format.rgbaFrameByteCount)])
                Self.scene(slice, format, frame: f)
            }
        }
        let start = Date()
        let encoder = try VideoEncoder(settings: EncodeSettings(format: format, frameCount: frames, quality: quality, output: output))
        try rendered.withUnsafeBytes { all in
            for f in 0..<frames {
                let k = f % distinct
                try encoder.append(UnsafeRawBufferPointer(rebasing: all[(k * format.rgbaFrameByteCount)..<((k + 1) * format.rgbaFrameByteCount)]))
            }
        }
        try encoder.finish()
        let seconds = Date().timeIntervalSince(start)
        let size = (try FileManager.default.attributesOfItem(atPath: output.path)[.size] as? NSNumber)?.intValue ?? 0
        print("BENCH \(quality) (\(quality.x264Preset) crf \(quality.crf)) 720x1280: \(String(format: "%.1f", Double(frames) / seconds)) fps, "
            + "\(size * 8 / 5 / 1000) kb/s at 30 fps")
        #expect(try Probe.run(output).frameCount == frames)
    }
}
