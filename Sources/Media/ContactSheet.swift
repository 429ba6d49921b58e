public import Foundation

/// Tiles small RGB frames into one PNG so a person (or a reviewer) can look at what was rendered.
public enum ContactSheet {
    /// - Parameters:
    ///   - frames: packed RGB frames (3 bytes per pixel), each `width * height * 3` bytes, e.g. from ``Decode/frames(_:width:height:every:environment:)``.
    ///   - columns: tiles per row; rows follow from the frame count; empty tiles are black.
    ///   - to: a `.png` path, written via a temporary file.
    public static func write(
        frames: [[UInt8]],
        width: Int,
        height: Int,
        columns: Int,
        to output: URL,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws {
        guard !frames.isEmpty, width > 0, height > 0, columns > 0 else {
            throw MediaError(.invalidArgument, "contact sheet: needs at least one frame, a positive size and columns")
        }
        let frameSize = width * height * 3
        if let bad = frames.firstIndex(where: { $0.count != frameSize }) {
            throw MediaError(
                .invalidArgument,
                "contact sheet frame \(bad): \(frames[bad].count) bytes, expected \(frameSize) (\(width)x\(height) RGB)"
            )
        }
        guard output.pathExtension.lowercased() == "png" else {
            throw MediaError(.invalidArgument, "contact sheet \(output.lastPathComponent): must be a .png")
        }
        let ffmpeg = try FFmpegLocator.ffmpeg(environment: environment)
        let partial = try PartialFile(for: output)
        let cols = min(columns, frames.count)
        let rows = (frames.count + cols - 1) / cols
        let child = try ChildProcess(
            executable: ffmpeg,
            arguments: [
                "-hide_banner", "-loglevel", "error", "-nostdin", "-y",
                "-f", "rawvideo", "-pix_fmt", "rgb24", "-s", "\(width)x\(height)", "-r", "1", "-i", "-",
                "-vf", "tile=\(cols)x\(rows):padding=2:margin=2",
                "-frames:v", "1", "-c:v", "png", "-f", "image2", "-update", "1", partial.temporary.path,
            ],
            feedsInput: true,
            capturesOutput: false
        )
        // Fill the last row with black tiles so the tile filter always has a full grid to emit.
        let blank = [UInt8](repeating: 0, count: frameSize)
        var writeFailed = false
        for frame in frames + Array(repeating: blank, count: cols * rows - frames.count) where !writeFailed {
            writeFailed = frame.withUnsafeBytes { child.write($0) } != nil
        }
        child.closeInput()
        let status = child.waitForExit()
        guard status == 0, !writeFailed, partial.temporarySize > 0 else {
            partial.discard()
            throw child.failure(status: status)
        }
        try partial.commit()
    }
}
