public import Foundation

/// A decoded WAV file: interleaved samples as floats in −1…1 (reads PCM 16/24/32-bit and float32,
/// plain or WAVE_FORMAT_EXTENSIBLE).
public struct WAVFile: Sendable {
    public var sampleRate: Int
    public var channels: Int
    /// Interleaved samples, `frames · channels` of them.
    public var samples: [Float]

    public var frames: Int { channels > 0 ? samples.count / channels : 0 }

    /// The samples of one channel.
    public func channel(_ c: Int) -> [Float] { stride(from: c, to: samples.count, by: channels).map { samples[$0] } }

    public static func read(_ url: URL) throws -> WAVFile {
        let data = try Data(contentsOf: url)
        let bytes = [UInt8](data)
        func u32(_ o: Int) -> Int { Int(bytes[o]) | Int(bytes[o + 1]) << 8 | Int(bytes[o + 2]) << 16 | Int(bytes[o + 3]) << 24 }
        func u16(_ o: Int) -> Int { Int(bytes[o]) | Int(bytes[o + 1]) << 8 }
        guard bytes.count >= 12, Array(bytes[0..<4]) == Array("RIFF".utf8), Array(bytes[8..<12]) == Array("WAVE".utf8) else {
            throw SoundtrackError("\(url.lastPathComponent) is not a RIFF/WAVE file")
        }
        var offset = 12
        var format = 0, channels = 0, rate = 0, bits = 0
        while offset + 8 <= bytes.count {
            let id = String(decoding: bytes[offset..<offset + 4], as: UTF8.self)
            let size = u32(offset + 4)
            let body = offset + 8
            if id == "fmt " {
                format = u16(body)
                channels = u16(body + 2)
                rate = u32(body + 4)
                bits = u16(body + 14)
                if format == 0xFFFE, size >= 26 { format = u16(body + 24) }
            } else if id == "data" {
                guard channels > 0 else { throw SoundtrackError("\(url.lastPathComponent): data chunk before fmt chunk") }
                let end = min(body + size, bytes.count)
                let width = bits / 8
                guard width > 0 else { throw SoundtrackError("\(url.lastPathComponent): bad bit depth \(bits)") }
                var samples = [Float]()
                samples.reserveCapacity((end - body) / width)
                var o = body
                while o + width <= end {
                    switch (format, bits) {
                    case (3, 32): samples.append(Float(bitPattern: UInt32(u32(o))))
                    case (1, 16): samples.append(Float(Int16(truncatingIfNeeded: u16(o))) / 32768)
                    case (1, 24): samples.append(Float(Int32(truncatingIfNeeded: u32(o - 1) & ~0xFF) >> 8) / 8_388_608)
                    case (1, 32): samples.append(Float(Int32(truncatingIfNeeded: u32(o))) / 2_147_483_648)
                    default: throw SoundtrackError("\(url.lastPathComponent): unsupported WAV format \(format) with \(bits) bits")
                    }
                    o += width
                }
                return WAVFile(sampleRate: rate, channels: channels, samples: samples)
            }
            offset = body + size + (size & 1)
        }
        throw SoundtrackError("\(url.lastPathComponent) has no data chunk")
    }
}
