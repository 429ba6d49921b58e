import Foundation
import Media
import TestSupport
import Testing

struct DecodeTests {
    @Test func framesComeBackCloseToWhatWasEncoded() throws {
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let format = VideoFormat(width: 64, height: 64, fps: 24)
        let url = try Fixtures.encode(in: dir, quality: .high, withAudio: false)
        let frames = try Decode.frames(url, width: 64, height: 64, every: 8)
        #expect(frames.count == 3)  // frames 0, 8, 16
        for (k, frame) in frames.enumerated() {
            let source = Fixtures.movingGradient(format, frame: 8 * k)
            var total = 0
            for p in 0..<(64 * 64) {
                for c in 0..<3 { total += abs(Int(frame[3 * p + c]) - Int(source[4 * p + c])) }
            }
            let meanError = Double(total) / Double(64 * 64 * 3)
            // The gradient wraps (sharp edges) so chroma subsampling costs a few levels; a wrong frame or matrix costs tens.
            #expect(meanError < 6, "frame \(8 * k): mean abs error \(meanError)")
        }
    }

    @Test func contactSheetTilesFramesIntoOnePNG() throws {
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = try Fixtures.encode(in: dir, withAudio: false)
        let frames = try Decode.frames(url, width: 32, height: 32, every: 5)
        #expect(frames.count == 5)  // 0, 5, 10, 15, 20
        let sheet = dir.appendingPathComponent("sheet.png")
        try ContactSheet.write(frames: frames, width: 32, height: 32, columns: 3, to: sheet)
        let p = try Probe.run(sheet)
        #expect(p.videoCodec == "png")
        // 3 columns x 2 rows of 32 px with 2 px margin and padding.
        #expect(p.width == 2 + 3 * 32 + 2 * 2 + 2 && p.height == 2 + 2 * 32 + 2 + 2)
        #expect(throws: MediaError.self) {
            try ContactSheet.write(frames: [[1, 2, 3]], width: 32, height: 32, columns: 3, to: dir.appendingPathComponent("bad.png"))
        }
        #expect(!Fixtures.listing(dir).contains("bad.png"))
    }
}
