import Foundation
import Media
import Testing

struct VideoFormatTests {
    @Test func acceptsEvenSizesAndRatesInRange() throws {
        try VideoFormat(width: 720, height: 1280, fps: 30).validate()
        try VideoFormat(width: 2, height: 1920, fps: 12).validate()
        try VideoFormat(width: 1920, height: 1080, fps: 60).validate()
    }

    @Test(arguments: [
        (VideoFormat(width: 721, height: 1280, fps: 30), "size 721x1280: width and height must be even (H.264 4:2:0)"),
        (VideoFormat(width: 720, height: 1279, fps: 30), "size 720x1279: width and height must be even (H.264 4:2:0)"),
        (VideoFormat(width: 2000, height: 1000, fps: 30), "size 2000x1000: at most 1920 pixels on a side"),
        (VideoFormat(width: 1080, height: 1922, fps: 30), "size 1080x1922: at most 1920 pixels on a side"),
        (VideoFormat(width: 0, height: 64, fps: 30), "size 0x64: width and height must be at least 2 pixels"),
        (VideoFormat(width: 720, height: 1280, fps: 5), "fps 5: must be from 12 to 60"),
        (VideoFormat(width: 720, height: 1280, fps: 61), "fps 61: must be from 12 to 60"),
    ])
    func rejectsWithOneLineMessage(format: VideoFormat, message: String) {
        #expect(throws: MediaError(.invalidFormat, message)) { try format.validate() }
    }

    @Test func parsesSizes() throws {
        #expect(try VideoFormat.parseSize("720x1280") == (720, 1280))
        #expect(try VideoFormat.parseSize("64X48") == (64, 48))
        for bad in ["720", "720x", "x1280", "axb", "720x1280x3", "-2x4", ""] {
            #expect(throws: MediaError.self) { try VideoFormat.parseSize(bad) }
        }
        let error = try #require(throws: MediaError.self) { try VideoFormat.parseSize("720by1280") }
        #expect(error.description == "size \"720by1280\": expected WIDTHxHEIGHT in pixels, e.g. 720x1280")
    }

    @Test func encodeSettingsRejectsZeroFrames() {
        let s = EncodeSettings(format: .portrait720, frameCount: 0, output: URL(fileURLWithPath: "/tmp/x.mp4"))
        #expect(throws: MediaError(.invalidArgument, "frameCount 0: must be at least 1")) { try s.validate() }
    }

    @Test func frameByteCountAndDuration() {
        #expect(VideoFormat.portrait720.rgbaFrameByteCount == 720 * 1280 * 4)
        let s = EncodeSettings(format: .portrait720, frameCount: 45, output: URL(fileURLWithPath: "/tmp/x.mp4"))
        #expect(s.duration == 1.5)
    }
}
