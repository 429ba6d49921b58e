import Foundation
import Media
import TestSupport

/// Synthetic inputs for the Media tests.
enum Fixtures {
    /// A diagonal RGB gradient that moves 3 pixels per frame, opaque; different in every frame.
    static func movingGradient(_ format: VideoFormat, frame: Int) -> [UInt8] {
        var rgba = [UInt8](repeating: 255, count: format.rgbaFrameByteCount)
        for y in 0..<format.height {
            for x in 0..<format.width {
                let i = (y * format.width + x) * 4
                rgba[i] = UInt8(truncatingIfNeeded: (x + 3 * frame) * 4)
                rgba[i + 1] = UInt8(truncatingIfNeeded: y * 4)
                rgba[i + 2] = UInt8(truncatingIfNeeded: (x + y) * 2 + frame * 5)
            }
        }
        return rgba
    }

    /// One flat colour.
    static func solid(_ format: VideoFormat, r: UInt8, g: UInt8, b: UInt8) -> [UInt8] {
        var rgba = [UInt8](repeating: 255, count: format.rgbaFrameByteCount)
        for i in stride(from: 0, to: rgba.count, by: 4) {
            rgba[i] = r
            rgba[i + 1] = g
            rgba[i + 2] = b
        }
        return rgba
    }

    /// A stereo 440 Hz sine at amplitude 0.25 with a sharp click (2 ms, 3 kHz burst at 0.8) at `clickAt` seconds.
    static func soundtrack(seconds: Double, clickAt: Double, sampleRate: Int = 48000) -> [Float] {
        var samples = TestSupport.stereoSine(frequency: 440, seconds: seconds, sampleRate: sampleRate, amplitude: 0.25)
        let start = Int((clickAt * Double(sampleRate)).rounded())
        for n in 0..<(sampleRate / 500) where 2 * (start + n) + 1 < samples.count {
            let v = 0.8 * Float(sin(2 * Double.pi * 3000 * Double(n) / Double(sampleRate)))
            samples[2 * (start + n)] += v
            samples[2 * (start + n) + 1] += v
        }
        return samples
    }

    /// Encodes `frameCount` moving-gradient frames (and optionally the soundtrack) into `dir/name`.
    @discardableResult
    static func encode(
        in dir: URL,
        name: String = "clip.mp4",
        format: VideoFormat = VideoFormat(width: 64, height: 64, fps: 24),
        frameCount: Int = 24,
        quality: EncodeQuality = .draft,
        withAudio: Bool = true,
        metadata: [String: String] = [:]
    ) throws -> URL {
        var audio: URL?
        if withAudio {
            let wav = dir.appendingPathComponent("\(name).wav")
            try WAVFile.write(
                interleaved: soundtrack(seconds: Double(frameCount) / Double(format.fps), clickAt: 0.5),
                channels: 2, sampleRate: 48000, to: wav)
            audio = wav
        }
        let output = dir.appendingPathComponent(name)
        let settings = EncodeSettings(
            format: format, frameCount: frameCount, quality: quality, audio: audio, output: output, metadata: metadata)
        let encoder = try VideoEncoder(settings: settings)
        for i in 0..<frameCount {
            try encoder.append(movingGradient(format, frame: i))
        }
        try encoder.finish()
        return output
    }

    /// Names in a folder, hidden files included, sorted.
    static func listing(_ dir: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).sorted()
    }
}
