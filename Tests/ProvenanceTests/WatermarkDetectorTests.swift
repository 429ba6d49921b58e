import Foundation
import Testing
import TestSupport
@testable import Provenance

@Suite struct WatermarkDetectorTests {
    typealias Clip = WatermarkTestClip

    @Test func readsTheExactPayloadFromCleanFrames() {
        let result = WatermarkDetector.detect(frames: (0..<Clip.frameCount).lazy.map { Clip.luma($0, marked: true) })
        #expect(result.found)
        #expect(result.payload == Clip.payload)
        #expect(result.channelAgreement > 0.95)
        #expect(result.confidence > 0.999_999)
        #expect(result.scale == 1 && result.shiftX == 0 && result.shiftY == 0)
    }

    @Test func findsNothingInCleanUnmarkedFrames() {
        let result = WatermarkDetector.detect(frames: (0..<Clip.frameCount).lazy.map { Clip.luma($0, marked: false) })
        #expect(!result.found)
        #expect(result.payload == nil)
        #expect(result.confidence < 0.5)
    }

    static let attacks: [WatermarkAttack] = [
        .reencode(crf: 28), .downscale, .crop, .frameRate, .brightnessContrast, WatermarkAttack(name: "excerpt1s", excerpt: 0.25...1.25),
    ]

    @Test(arguments: attacks) func survives(_ attack: WatermarkAttack) throws {
        let dir = try TestSupport.temporaryDirectory(prefix: "kinora-watermark")
        defer { try? FileManager.default.removeItem(at: dir) }
        let master = dir.appendingPathComponent("marked.mp4"), attacked = dir.appendingPathComponent("attacked.mp4")
        try Clip.write(marked: true, to: master)
        try attack.apply(input: master, output: attacked)
        let result = try WatermarkDetector.detect(video: attacked)
        #expect(result.found, "\(attack.name): \(result)")
        #expect(result.payload == Clip.payload)
    }

    @Test func reportsUnmarkedVideosAsUnmarked() throws {
        let dir = try TestSupport.temporaryDirectory(prefix: "kinora-watermark")
        defer { try? FileManager.default.removeItem(at: dir) }
        let plain = dir.appendingPathComponent("plain.mp4"), downscaled = dir.appendingPathComponent("downscaled.mp4")
        try Clip.write(marked: false, to: plain)
        try WatermarkAttack.downscale.apply(input: plain, output: downscaled)
        for url in [plain, downscaled] {
            let result = try WatermarkDetector.detect(video: url)
            #expect(!result.found, "\(url.lastPathComponent): \(result)")
            #expect(result.confidence < 0.5)
        }
    }

    @Test func explainsWhyAFileIsNotAVideo() throws {
        let dir = try TestSupport.temporaryDirectory(prefix: "kinora-watermark")
        defer { try? FileManager.default.removeItem(at: dir) }
        let garbage = dir.appendingPathComponent("notes.mp4")
        try Data("this is not a video".utf8).write(to: garbage)
        let error = #expect(throws: WatermarkError.self) { try WatermarkDetector.detect(video: garbage) }
        #expect(error?.message.contains("notes.mp4: cannot read video frames") == true, "\(String(describing: error))")
        #expect(throws: WatermarkError.self) { try WatermarkDetector.detect(video: dir.appendingPathComponent("missing.mp4")) }
    }

    @Test func handlesFramesSmallerThanATile() {
        let frames = (0..<3).map { t in LumaFrame(width: 10, height: 6, luma: (0..<60).map { UInt8(($0 * 7 + t) % 256) }) }
        let result = WatermarkDetector.detect(frames: frames)
        #expect(!result.found)
        #expect(result.framesUsed == 3)
        #expect(!WatermarkDetector.detect(frames: [LumaFrame]()).found)
    }

    @Test func boundsFalsePositivesBelowOneInAMillion() {
        #expect(WatermarkDetector.falsePositiveBound <= 1e-6)
    }
}
