public import Foundation

/// Reads back what we encoded, through ffmpeg pipes: audio samples, per-frame hashes, RGB frames.
/// Meant for tests and checks on short clips; everything is returned in memory.
public enum Decode {
    /// The first audio stream as interleaved stereo 32-bit float samples at `sampleRate` hertz.
    public static func audio(
        _ url: URL,
        sampleRate: Int = 48000,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> [Float] {
        let bytes = try ChildProcess.run(try FFmpegLocator.ffmpeg(environment: environment), [
            "-hide_banner", "-loglevel", "error", "-nostdin",
            "-i", url.path, "-map", "0:a:0",
            "-ac", "2", "-ar", "\(sampleRate)", "-c:a", "pcm_f32le", "-f", "f32le", "-",
        ])
        var samples = [Float](repeating: 0, count: bytes.count / 4)
        samples.withUnsafeMutableBytes { out in
            bytes.withUnsafeBytes { out.copyMemory(from: UnsafeRawBufferPointer(rebasing: $0[0..<out.count])) }
        }
        // f32le is little-endian; convert in place on big-endian hosts.
        if UInt32(1).bigEndian == 1 {
            for i in samples.indices { samples[i] = Float(bitPattern: UInt32(littleEndian: samples[i].bitPattern)) }
        }
        return samples
    }

    /// MD5 of each decoded video frame (ffmpeg's `framemd5` muxer), in order: equal lists mean equal pictures.
    public static func frameHashes(
        _ url: URL,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> [String] {
        let bytes = try ChildProcess.run(try FFmpegLocator.ffmpeg(environment: environment), [
            "-hide_banner", "-loglevel", "error", "-nostdin",
            "-i", url.path, "-map", "0:v:0", "-f", "framemd5", "-",
        ])
        return String(decoding: bytes, as: UTF8.self)
            .split(separator: "\n")
            .filter { !$0.hasPrefix("#") }
            .compactMap { line in line.split(separator: ",").last.map { $0.trimmingCharacters(in: .whitespaces) } }
    }

    /// Every `every`-th frame (0, every, 2·every, …) as packed RGB (3 bytes per pixel), scaled to `width`x`height`.
    /// YUV is converted with the matrix and range the stream is tagged with (BT.709 limited for our videos,
    /// BT.601 full range for JPEG), which ffmpeg's scale filter picks up from each frame.
    public static func frames(
        _ url: URL,
        width: Int,
        height: Int,
        every: Int = 1,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> [[UInt8]] {
        guard width > 0, height > 0, every > 0 else {
            throw MediaError(.invalidArgument, "frames \(width)x\(height) every \(every): size and step must be positive")
        }
        let select = every > 1 ? "select='not(mod(n,\(every)))'," : ""
        let bytes = try ChildProcess.run(try FFmpegLocator.ffmpeg(environment: environment), [
            "-hide_banner", "-loglevel", "error", "-nostdin",
            "-i", url.path, "-map", "0:v:0",
            "-vf", "\(select)scale=\(width):\(height),format=rgb24",
            // One output frame per selected input frame (no duplication to keep a constant rate).
            "-fps_mode", "passthrough",
            "-f", "rawvideo", "-pix_fmt", "rgb24", "-",
        ])
        let frameSize = width * height * 3
        return stride(from: 0, to: bytes.count - frameSize + 1, by: frameSize).map { Array(bytes[$0..<$0 + frameSize]) }
    }
}
