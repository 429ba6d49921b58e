public import Foundation

extension Decode {
    /// Streams the luma plane of the first `maxFrames` frames of the first video stream, one frame at a time,
    /// at the stream's own size, so memory stays at one frame however long the video is.
    ///
    /// ffmpeg writes YUV4MPEG2 in `gray` (full range 0…255): one header line with the size, then
    /// `FRAME` + `width·height` bytes per frame, so no probe is needed to learn the size.
    /// - Parameter body: gets width, height and the frame's bytes (rows top to bottom, valid only during the call).
    /// - Returns: the number of frames read.
    /// - Throws: ``MediaError`` when the file is missing or ffmpeg cannot decode it (with ffmpeg's own message).
    @discardableResult
    public static func lumaFrames(
        _ url: URL,
        maxFrames: Int,
        environment: [String: String] = ProcessInfo.processInfo.environment,
        _ body: (_ width: Int, _ height: Int, _ luma: UnsafeRawBufferPointer) throws -> Void
    ) throws -> Int {
        guard maxFrames > 0 else { throw MediaError(.invalidArgument, "maxFrames \(maxFrames): must be positive") }
        guard FileManager.default.isReadableFile(atPath: url.path) else {
            throw MediaError(.io, "\(url.path): file not found or not readable")
        }
        let child = try ChildProcess(
            executable: try FFmpegLocator.ffmpeg(environment: environment),
            arguments: [
                "-hide_banner", "-loglevel", "error", "-nostdin",
                "-i", url.path, "-map", "0:v:0", "-frames:v", "\(maxFrames)",
                // One output frame per decoded frame: no duplicates or drops to fit a constant rate.
                "-fps_mode", "passthrough",
                "-f", "yuv4mpegpipe", "-pix_fmt", "gray", "-",
            ],
            feedsInput: false,
            capturesOutput: true
        )
        var count = 0
        do {
            if let header = readLine(child) {
                let (width, height) = try size(fromY4MHeader: header, file: url)
                var frame = [UInt8](repeating: 0, count: width * height)
                while readLine(child) != nil {
                    let got = frame.withUnsafeMutableBytes { child.readOutput(into: $0) }
                    guard got == frame.count else { break }
                    try frame.withUnsafeBytes { try body(width, height, $0) }
                    count += 1
                }
            }
        } catch {
            child.kill()
            child.waitForExit()
            throw error
        }
        let status = child.waitForExit()
        guard status == 0 else { throw child.failure(status: status) }
        guard count > 0 else { throw MediaError(.malformed, "\(url.lastPathComponent): no video frames") }
        return count
    }

    /// One `\n`-terminated line of the Y4M stream (header or `FRAME` marker), nil at end of stream.
    private static func readLine(_ child: ChildProcess) -> String? {
        var line: [UInt8] = []
        var byte: UInt8 = 0
        while line.count < 4096 {
            let n = withUnsafeMutableBytes(of: &byte) { child.readOutput(into: $0) }
            if n == 0 { return nil }
            if byte == 0x0A { return String(decoding: line, as: UTF8.self) }
            line.append(byte)
        }
        return nil
    }

    /// `YUV4MPEG2 W720 H1280 F24:1 … Cmono` → (720, 1280).
    private static func size(fromY4MHeader header: String, file: URL) throws -> (Int, Int) {
        let fields = header.split(separator: " ")
        let width = fields.first { $0.hasPrefix("W") }.flatMap { Int($0.dropFirst()) } ?? 0
        let height = fields.first { $0.hasPrefix("H") }.flatMap { Int($0.dropFirst()) } ?? 0
        guard fields.first == "YUV4MPEG2", width > 0, height > 0 else {
            throw MediaError(.malformed, "\(file.lastPathComponent): unexpected frame stream header \"\(header.prefix(80))\"")
        }
        return (width, height)
    }
}
