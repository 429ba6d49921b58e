public import Foundation

/// Writes audio as a WAV file (32-bit IEEE float PCM), the form ``VideoEncoder`` takes its soundtrack in.
public enum WAVFile {
    /// - Parameters:
    ///   - interleaved: samples in −1…1, channel by channel within each frame (L R L R … for stereo).
    ///   - channels: 1 or more.
    ///   - sampleRate: hertz.
    public static func write(interleaved: [Float], channels: Int, sampleRate: Int, to url: URL) throws {
        guard channels >= 1, sampleRate >= 1, interleaved.count % channels == 0 else {
            throw MediaError(
                .invalidArgument,
                "WAV \(url.lastPathComponent): \(interleaved.count) samples do not fill \(channels) channels at \(sampleRate) Hz"
            )
        }
        let dataBytes = interleaved.count * 4
        guard dataBytes <= Int(UInt32.max) - 50 else {
            throw MediaError(.invalidArgument, "WAV \(url.lastPathComponent): \(dataBytes) bytes of audio exceed the 4 GB WAV limit")
        }
        var bytes = [UInt8]()
        bytes.reserveCapacity(dataBytes + 58)
        func text(_ s: String) { bytes.append(contentsOf: Array(s.utf8)) }
        func u16(_ v: Int) { bytes.append(contentsOf: [UInt8(v & 0xff), UInt8(v >> 8 & 0xff)]) }
        func u32(_ v: Int) { for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8(v >> shift & 0xff)) } }
        text("RIFF"); u32(4 + 26 + 12 + 8 + dataBytes); text("WAVE")
        // fmt: format 3 = IEEE float; cbSize 0 (non-PCM formats carry it).
        text("fmt "); u32(18); u16(3); u16(channels); u32(sampleRate); u32(sampleRate * channels * 4); u16(channels * 4); u16(32); u16(0)
        // fact: sample frames per channel, required for non-PCM WAV.
        text("fact"); u32(4); u32(interleaved.count / channels)
        text("data"); u32(dataBytes)
        for sample in interleaved { u32(Int(sample.bitPattern.littleEndian)) }
        do {
            try Data(bytes).write(to: url, options: .atomic)
        } catch {
            throw MediaError(.io, "WAV \(url.path): cannot write: \(error.localizedDescription)")
        }
    }
}
