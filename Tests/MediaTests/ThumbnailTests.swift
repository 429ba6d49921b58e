import Foundation
import Media
import TestSupport
import Testing

struct ThumbnailTests {
    @Test(arguments: [("thumb.webp", "webp"), ("thumb.jpg", "mjpeg"), ("thumb.JPEG", "mjpeg")])
    func writesAnImageThatProbesAsOne(name: String, codec: String) throws {
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let video = try Fixtures.encode(in: dir, withAudio: false)
        let thumb = dir.appendingPathComponent(name)
        try Thumbnail.write(from: video, at: 0.5, to: thumb)
        let p = try Probe.run(thumb)
        #expect(p.videoCodec == codec)
        #expect(p.width == 64 && p.height == 64)
        #expect(!p.hasAudio && !p.faststart)
        #expect(Fixtures.listing(dir) == ["clip.mp4", name])
    }

    @Test func keepsColoursOfTheFrame() throws {
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let format = VideoFormat(width: 32, height: 32, fps: 24)
        let video = dir.appendingPathComponent("c.mp4")
        let encoder = try VideoEncoder(settings: EncodeSettings(format: format, frameCount: 1, quality: .high, output: video))
        try encoder.append(Fixtures.solid(format, r: 40, g: 160, b: 220))
        try encoder.finish()
        for ext in ["webp", "jpg"] {
            let thumb = dir.appendingPathComponent("t.\(ext)")
            try Thumbnail.write(from: video, at: 0, to: thumb)
            // Decode the image back to RGB (image decoders honour their own colour conventions).
            let pixel = try #require(try Decode.frames(thumb, width: 32, height: 32).first).dropFirst((16 * 32 + 16) * 3).prefix(3)
            let expected = [40, 160, 220]
            let error = zip(pixel, expected).map { abs(Int($0) - $1) }.max() ?? 99
            #expect(error <= 8, "\(ext): \(Array(pixel)) vs \(expected)")
        }
    }

    @Test func rejectsOtherExtensionsAndTimesPastTheEnd() throws {
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let video = try Fixtures.encode(in: dir, withAudio: false)
        #expect(throws: MediaError(.invalidArgument, "thumbnail t.png: extension 'png' not supported; use .webp, .jpg or .jpeg")) {
            try Thumbnail.write(from: video, at: 0, to: dir.appendingPathComponent("t.png"))
        }
        let error = try #require(throws: MediaError.self) {
            try Thumbnail.write(from: video, at: 5, to: dir.appendingPathComponent("t.webp"))
        }
        #expect(error.description == "thumbnail at 5.0 s: clip.mp4 is only 1.00 s long")
        #expect(Fixtures.listing(dir) == ["clip.mp4"])
    }
}
