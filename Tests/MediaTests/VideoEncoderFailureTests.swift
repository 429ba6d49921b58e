import Foundation
import Media
import TestSupport
import Testing

/// Failed, cancelled and misused encodes leave nothing behind and say what went wrong.
struct VideoEncoderFailureTests {
    let format = VideoFormat(width: 64, height: 64, fps: 24)

    @Test func missingOutputFolderFailsBeforeStarting() throws {
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let output = dir.appendingPathComponent("nope/clip.mp4")
        let error = try #require(throws: MediaError.self) {
            try VideoEncoder(settings: EncodeSettings(format: format, frameCount: 2, output: output))
        }
        #expect(error.code == .io)
        #expect(error.description == "output \(output.path): folder \(dir.path)/nope does not exist")
        #expect(Fixtures.listing(dir).isEmpty)
    }

    @Test func missingFFmpegIsReportedBeforeAnyFileExists() throws {
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let settings = EncodeSettings(format: format, frameCount: 2, output: dir.appendingPathComponent("clip.mp4"))
        let overridden = try #require(throws: MediaError.self) {
            try VideoEncoder(settings: settings, environment: ["KINORA_FFMPEG": "/nonexistent", "PATH": "/usr/bin"])
        }
        #expect(overridden.code == .ffmpegNotFound)
        #expect(overridden.description == "ffmpeg not found at KINORA_FFMPEG=/nonexistent; install it (scripts/install-deps) or fix KINORA_FFMPEG")
        let noPath = try #require(throws: MediaError.self) {
            try VideoEncoder(settings: settings, environment: ["PATH": dir.path])
        }
        #expect(noPath.description == "ffmpeg not found on PATH; install it (scripts/install-deps)")
        #expect(Fixtures.listing(dir).isEmpty)
    }

    @Test func invalidFormatFailsBeforeStarting() throws {
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let settings = EncodeSettings(
            format: VideoFormat(width: 63, height: 64, fps: 24), frameCount: 2, output: dir.appendingPathComponent("x.mp4"))
        #expect(throws: MediaError(.invalidFormat, "size 63x64: width and height must be even (H.264 4:2:0)")) {
            try VideoEncoder(settings: settings)
        }
        #expect(Fixtures.listing(dir).isEmpty)
    }

    @Test func ffmpegFailureReportsItsStderrAndLeavesNoFile() throws {
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let bogus = dir.appendingPathComponent("bogus.wav")
        try Data("this is not a WAV file".utf8).write(to: bogus)
        let output = dir.appendingPathComponent("clip.mp4")
        let encoder = try VideoEncoder(settings: EncodeSettings(format: format, frameCount: 240, audio: bogus, output: output))
        // ffmpeg exits while probing the WAV; appends fail (EPIPE) or finish() sees the exit status.
        let error = try #require(throws: MediaError.self) {
            for i in 0..<240 { try encoder.append(Fixtures.movingGradient(format, frame: i)) }
            try encoder.finish()
        }
        #expect(error.code == .ffmpegFailed)
        #expect(error.description.hasPrefix("ffmpeg failed (exit "), "\(error)")
        #expect(error.description.contains("bogus.wav"), "\(error)")
        #expect(!error.description.contains("\n"))
        #expect(Fixtures.listing(dir) == ["bogus.wav"])
    }

    @Test func cancelMidwayRemovesThePartialFile() throws {
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let output = dir.appendingPathComponent("clip.mp4")
        let encoder = try VideoEncoder(settings: EncodeSettings(format: format, frameCount: 48, output: output))
        for i in 0..<24 { try encoder.append(Fixtures.movingGradient(format, frame: i)) }
        // 24 frames are far more than a pipe buffers, so ffmpeg is already writing its hidden partial file.
        let during = Fixtures.listing(dir)
        #expect(during.count == 1 && during[0].hasPrefix(".clip.mp4.partial-") && during[0].hasSuffix(".mp4"), "\(during)")
        #expect(encoder.temporaryOutput.lastPathComponent == during.first)
        encoder.cancel()
        encoder.cancel()  // twice is harmless
        #expect(Fixtures.listing(dir).isEmpty)
        #expect(throws: MediaError(.cancelled, "encode cancelled")) { try encoder.append(Fixtures.movingGradient(format, frame: 0)) }
        #expect(throws: MediaError(.cancelled, "encode cancelled")) { try encoder.finish() }
        #expect(Fixtures.listing(dir).isEmpty)
    }

    @Test func releasingAnUnfinishedEncoderRemovesThePartialFile() throws {
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        do {
            let encoder = try VideoEncoder(settings: EncodeSettings(format: format, frameCount: 10, output: dir.appendingPathComponent("c.mp4")))
            try encoder.append(Fixtures.movingGradient(format, frame: 0))
            #expect(Fixtures.listing(dir).count <= 1)
        }
        #expect(Fixtures.listing(dir).isEmpty)
    }

    @Test func wrongFrameSizeTooManyAndTooFewFramesAreRejected() throws {
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let output = dir.appendingPathComponent("clip.mp4")
        let encoder = try VideoEncoder(settings: EncodeSettings(format: format, frameCount: 2, output: output))
        #expect(throws: MediaError(.invalidArgument, "frame of 100 bytes: expected 16384 (64x64 RGBA)")) {
            try encoder.append([UInt8](repeating: 0, count: 100))
        }
        try encoder.append(Fixtures.movingGradient(format, frame: 0))
        #expect(throws: MediaError(.invalidArgument, "finish after 1 of 2 frames: append every frame first")) { try encoder.finish() }
        #expect(Fixtures.listing(dir).isEmpty)

        let full = try VideoEncoder(settings: EncodeSettings(format: format, frameCount: 1, output: output))
        try full.append(Fixtures.movingGradient(format, frame: 0))
        #expect(throws: MediaError(.invalidArgument, "frame 2: the encode was set up for 1 frames")) {
            try full.append(Fixtures.movingGradient(format, frame: 1))
        }
        try full.finish()
        #expect(Fixtures.listing(dir) == ["clip.mp4"])
        #expect(throws: MediaError(.invalidArgument, "encoder already finished")) { try full.finish() }
    }

    @Test func finishReplacesAnExistingOutputAtomically() throws {
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let output = dir.appendingPathComponent("clip.mp4")
        try Data("old".utf8).write(to: output)
        try Fixtures.encode(in: dir, name: "clip.mp4", frameCount: 2, withAudio: false)
        #expect(try Probe.run(output).frameCount == 2)
        #expect(Fixtures.listing(dir) == ["clip.mp4"])
    }
}
