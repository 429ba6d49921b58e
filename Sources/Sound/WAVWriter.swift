import Foundation

/// Streams interleaved 32-bit float stereo frames into a WAV file whose length is known up front,
/// so the header is written once and every block goes straight to disk.
final class WAVWriter {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private(set) var framesWritten = 0
    let frames: Int

    init(url: URL, sampleRate: Int, channels: Int, frames: Int) throws {
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw SoundtrackError("cannot create \(url.path)")
        }
        handle = try FileHandle(forWritingTo: url)
        self.frames = frames
        try handle.write(contentsOf: Self.header(sampleRate: sampleRate, channels: channels, frames: frames))
    }

    /// A WAVE_FORMAT_IEEE_FLOAT header (fmt with cbSize 0, a fact chunk, then data).
    static func header(sampleRate: Int, channels: Int, frames: Int) -> Data {
        let blockAlign = channels * 4
        let dataBytes = frames * blockAlign
        var d = Data()
        func u32(_ v: Int) { withUnsafeBytes(of: UInt32(truncatingIfNeeded: v).littleEndian) { d.append(contentsOf: $0) } }
        func u16(_ v: Int) { withUnsafeBytes(of: UInt16(truncatingIfNeeded: v).littleEndian) { d.append(contentsOf: $0) } }
        d.append(contentsOf: Array("RIFF".utf8))
        u32(4 + 26 + 12 + 8 + dataBytes)
        d.append(contentsOf: Array("WAVE".utf8))
        d.append(contentsOf: Array("fmt ".utf8))
        u32(18)
        u16(3)
        u16(channels)
        u32(sampleRate)
        u32(sampleRate * blockAlign)
        u16(blockAlign)
        u16(32)
        u16(0)
        d.append(contentsOf: Array("fact".utf8))
        u32(4)
        u32(frames)
        d.append(contentsOf: Array("data".utf8))
        u32(dataBytes)
        return d
    }

    /// Appends `count` frames of left/right (never more than the header promised).
    func write(left: UnsafePointer<Float>, right: UnsafePointer<Float>, count: Int) throws {
        let n = min(count, frames - framesWritten)
        guard n > 0 else { return }
        buffer.removeAll(keepingCapacity: true)
        buffer.reserveCapacity(n * 8)
        for i in 0..<n {
            let l = left[i].bitPattern.littleEndian, r = right[i].bitPattern.littleEndian
            buffer.append(UInt8(truncatingIfNeeded: l))
            buffer.append(UInt8(truncatingIfNeeded: l >> 8))
            buffer.append(UInt8(truncatingIfNeeded: l >> 16))
            buffer.append(UInt8(truncatingIfNeeded: l >> 24))
            buffer.append(UInt8(truncatingIfNeeded: r))
            buffer.append(UInt8(truncatingIfNeeded: r >> 8))
            buffer.append(UInt8(truncatingIfNeeded: r >> 16))
            buffer.append(UInt8(truncatingIfNeeded: r >> 24))
        }
        try buffer.withUnsafeBytes { try handle.write(contentsOf: Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: $0.baseAddress!), count: $0.count, deallocator: .none)) }
        framesWritten += n
    }

    func close() throws { try handle.close() }
}
