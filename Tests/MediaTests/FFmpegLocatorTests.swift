import Foundation
import Media
import Testing

struct FFmpegLocatorTests {
    @Test func findsFFmpegAndFFprobeOnPath() throws {
        let env = ["PATH": "/nonexistent:/usr/local/bin:/usr/bin:/bin"]
        #expect(try FFmpegLocator.ffmpeg(environment: env).lastPathComponent == "ffmpeg")
        #expect(try FFmpegLocator.ffprobe(environment: env).lastPathComponent == "ffprobe")
    }

    @Test func overrideWinsOverPath() throws {
        let env = ["PATH": "/nonexistent", "KINORA_FFMPEG": "/usr/bin/ffmpeg", "KINORA_FFPROBE": "/usr/bin/ffprobe"]
        #expect(try FFmpegLocator.ffmpeg(environment: env).path == "/usr/bin/ffmpeg")
        #expect(try FFmpegLocator.ffprobe(environment: env).path == "/usr/bin/ffprobe")
    }

    @Test func missingGivesInstallHint() {
        #expect(throws: MediaError(.ffmpegNotFound, "ffmpeg not found on PATH; install it (scripts/install-deps)")) {
            try FFmpegLocator.ffmpeg(environment: ["PATH": "/nonexistent"])
        }
        #expect(throws: MediaError(.ffmpegNotFound, "ffprobe not found on PATH; install it (scripts/install-deps)")) {
            try FFmpegLocator.ffprobe(environment: [:])
        }
        #expect(throws: MediaError(
            .ffmpegNotFound, "ffmpeg not found at KINORA_FFMPEG=/nonexistent; install it (scripts/install-deps) or fix KINORA_FFMPEG")
        ) {
            try FFmpegLocator.ffmpeg(environment: ["KINORA_FFMPEG": "/nonexistent", "PATH": "/usr/bin"])
        }
        // A folder is not an executable even though it has the x bit.
        #expect(throws: MediaError.self) { try FFmpegLocator.ffmpeg(environment: ["KINORA_FFMPEG": "/usr/bin"]) }
    }

    @Test func probeAndDecodeHonourTheOverrideToo() {
        let env = ["KINORA_FFPROBE": "/nonexistent", "KINORA_FFMPEG": "/nonexistent"]
        let url = URL(fileURLWithPath: "/tmp/whatever.mp4")
        #expect(throws: MediaError.self) { try Probe.run(url, environment: env) }
        #expect(throws: MediaError.self) { try Decode.audio(url, environment: env) }
        #expect(throws: MediaError.self) { try Thumbnail.write(from: url, at: 0, to: URL(fileURLWithPath: "/tmp/t.webp"), environment: env) }
    }
}
