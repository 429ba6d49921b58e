public import Foundation

/// A grid of small frames taken evenly through a video, as one JPEG: what players show when
/// scrubbing, and the `spritesheet` variant of the Videos API.
public enum Spritesheet {
    /// Writes `columns × rows` frames, each `tileWidth` pixels wide, to `output` (a .jpg) via a temporary file.
    public static func write(
        from video: URL, to output: URL, columns: Int = 5, rows: Int = 5, tileWidth: Int = 128,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws {
        guard columns > 0, rows > 0, tileWidth >= 16 else { throw MediaError(.invalidArgument, "spritesheet: columns, rows and tile width must be positive") }
        let ffmpeg = try FFmpegLocator.ffmpeg(environment: environment)
        guard let length = try Probe.duration(video, environment: environment), length > 0 else {
            throw MediaError(.invalidArgument, "spritesheet: \(video.lastPathComponent) has no duration")
        }
        let partial = try PartialFile(for: output)
        let rate = Double(columns * rows) / length
        let arguments = [
            "-hide_banner", "-loglevel", "error", "-nostdin", "-y", "-i", video.path, "-map", "0:v:0",
            "-vf", "fps=\(rate),scale=\(tileWidth):-2:in_color_matrix=bt709:in_range=tv:out_color_matrix=bt601:out_range=pc,tile=\(columns)x\(rows),format=yuvj420p",
            "-frames:v", "1", "-c:v", "mjpeg", "-q:v", "4", "-f", "image2", "-update", "1",
        ]
        try partial.writeImage(ffmpeg: ffmpeg, arguments: arguments, noPicture: "spritesheet: no frame could be decoded from \(video.lastPathComponent)")
    }
}
