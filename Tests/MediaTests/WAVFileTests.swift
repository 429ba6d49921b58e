import Foundation
import Media
import TestSupport
import Testing

struct WAVFileTests {
    @Test func writesFloatWAVThatFFmpegReadsBackExactly() throws {
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("tone.wav")
        let samples = TestSupport.stereoSine(frequency: 1000, seconds: 0.1, amplitude: 0.7)
        try WAVFile.write(interleaved: samples, channels: 2, sampleRate: 48000, to: url)
        let size = try #require(try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? NSNumber).intValue
        #expect(size == 58 + samples.count * 4)
        #expect(try Decode.audio(url) == samples)
        let p = try Probe.run(url)
        #expect(p.audioCodec == "pcm_f32le" && p.sampleRate == 48000 && p.channels == 2)
        #expect(throws: MediaError.self) { try WAVFile.write(interleaved: [0, 0, 0], channels: 2, sampleRate: 48000, to: url) }
    }
}
