import Foundation
import Media
import Synchronization
import TestSupport
import Testing

struct VideoEncoderTests {
    @Test func encodesH264AACWithExactTimingAndFaststart() throws {
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = try Fixtures.encode(in: dir, metadata: ["comment": "kinora test", "title": "gradient"])
        let p = try Probe.run(url)
        #expect(p.videoCodec == "h264")
        #expect(p.width == 64 && p.height == 64)
        #expect(p.pixFmt == "yuv420p")
        #expect(p.colorSpace == "bt709" && p.colorPrimaries == "bt709" && p.colorTransfer == "bt709" && p.colorRange == "tv")
        #expect(p.fps == 24)
        #expect(p.frameCount == 24)
        #expect(p.audioCodec == "aac")
        #expect(p.sampleRate == 48000)
        #expect(p.channels == 2)
        let duration = try #require(p.duration)
        #expect(abs(duration - 1.0) <= 1.0 / 24, "container duration \(duration) s")
        #expect(abs((p.videoDuration ?? 0) - 1.0) < 1e-6, "video duration \(p.videoDuration ?? -1) s")
        #expect(abs((p.audioDuration ?? 0) - 1.0) <= 1.0 / 24, "audio duration \(p.audioDuration ?? -1) s")
        #expect(p.faststart)
        #expect(p.tags["comment"] == "kinora test" && p.tags["title"] == "gradient")
        let types = try MP4Boxes.topLevel(url).map(\.type)
        #expect(types.first == "ftyp")
        #expect(try #require(types.firstIndex(of: "moov")) < #require(types.firstIndex(of: "mdat")))
        // Only the output is left in the folder (plus the input WAV): no partial files.
        #expect(Fixtures.listing(dir) == ["clip.mp4", "clip.mp4.wav"])
    }

    @Test func soundStaysInSyncAfterAACMuxing() throws {
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = try Fixtures.encode(in: dir)
        let audio = try Decode.audio(url)
        // AAC priming is trimmed by the MP4 edit list: exactly 1 s of stereo comes back (one AAC frame of slack).
        #expect(abs(audio.count / 2 - 48000) <= 1024, "decoded \(audio.count / 2) frames")
        // The 440 Hz sine at 0.25 has RMS 0.177; the click adds a little.
        let sine = Array(audio[0..<(2 * 20000)])
        #expect(abs(TestSupport.rms(sine) - 0.25 / Float(2).squareRoot()) < 0.01)
        // The click written at 0.500 s is still at 0.500 s.
        let onsets = TestSupport.onsets(in: audio, sampleRate: 48000)
        #expect(onsets.count == 1)
        #expect(abs((onsets.first ?? 0) - 0.5) < 0.001, "click at \(onsets)")
    }

    @Test func encodingTwiceGivesIdenticalPicturesAndSound() throws {
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let a = try Fixtures.encode(in: dir, name: "a.mp4", quality: .standard)
        let b = try Fixtures.encode(in: dir, name: "b.mp4", quality: .standard)
        let hashesA = try Decode.frameHashes(a)
        #expect(hashesA.count == 24)
        #expect(Set(hashesA).count == 24, "every frame differs")
        #expect(hashesA == (try Decode.frameHashes(b)))
        let audioA = try Decode.audio(a)
        #expect(!audioA.isEmpty)
        #expect(audioA == (try Decode.audio(b)))
        #expect(try Data(contentsOf: a) == Data(contentsOf: b), "files are bit-identical")
    }

    @Test func silentVideoHasNoAudioTrackAndExactDuration() throws {
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let format = VideoFormat(width: 32, height: 48, fps: 30)
        let url = try Fixtures.encode(in: dir, format: format, frameCount: 45, withAudio: false)
        let p = try Probe.run(url)
        #expect(!p.hasAudio && p.hasVideo)
        #expect(p.frameCount == 45 && p.fps == 30 && p.width == 32 && p.height == 48)
        #expect(abs((p.duration ?? 0) - 1.5) < 1e-6)
    }

    @Test func convertsRGBWithTheBT709Matrix() throws {
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let format = VideoFormat(width: 16, height: 16, fps: 24)
        let url = dir.appendingPathComponent("red.mp4")
        let encoder = try VideoEncoder(settings: EncodeSettings(format: format, frameCount: 2, quality: .high, output: url))
        let red = Fixtures.solid(format, r: 255, g: 0, b: 0)
        try encoder.append(red)
        try encoder.append(red)
        try encoder.finish()
        // Luma of pure red: BT.709 limited range 16 + 219·0.2126 = 62.6 (BT.601 would give 81.5).
        let frame = try #require(try Decode.frames(url, width: 16, height: 16).first)
        #expect(frame.count == 16 * 16 * 3)
        let centre = (8 * 16 + 8) * 3
        #expect(frame[centre] >= 245 && frame[centre + 1] <= 10 && frame[centre + 2] <= 10, "decoded \(frame[centre..<centre + 3])")
        let luma = try decodeLuma(url, pixels: 16 * 16)
        #expect(abs(Double(luma) - 62.6) < 2, "Y = \(luma)")
    }

    /// Mean Y of the first frame, read raw (no colour conversion) with ffmpeg.
    func decodeLuma(_ url: URL, pixels: Int) throws -> Double {
        let p = Process()
        p.executableURL = try FFmpegLocator.ffmpeg()
        p.arguments = ["-loglevel", "error", "-i", url.path, "-frames:v", "1", "-f", "rawvideo", "-pix_fmt", "yuv420p", "-"]
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        let y = data.prefix(pixels)
        return Double(y.reduce(0) { $0 + Int($1) }) / Double(max(1, y.count))
    }

    @Test func reportsProgressPerFrame() throws {
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let format = VideoFormat(width: 16, height: 16, fps: 12)
        let seen = Mutex<[EncodeProgress]>([])
        let encoder = try VideoEncoder(
            settings: EncodeSettings(format: format, frameCount: 3, output: dir.appendingPathComponent("p.mp4")),
            progress: { p in seen.withLock { $0.append(p) } })
        for i in 0..<3 { try encoder.append(Fixtures.movingGradient(format, frame: i)) }
        try encoder.finish()
        #expect(seen.withLock { $0 } == (1...3).map { EncodeProgress(framesWritten: $0, total: 3) })
    }
}
