public import Foundation

/// Writes one still frame of a video as a WebP or JPEG image (chosen by the output's extension).
public enum Thumbnail {
    /// Extensions accepted, lower case.
    public static let extensions = ["webp", "jpg", "jpeg"]

    /// Grabs the frame shown at `seconds` (frame-accurate) and writes it to `to` via a temporary file.
    /// - Throws: ``MediaError`` for an unknown extension, a time outside the video, or an ffmpeg failure.
    public static func write(
        from video: URL,
        at seconds: Double,
        to output: URL,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws {
        let ext = output.pathExtension.lowercased()
        guard extensions.contains(ext) else {
            throw MediaError(
                .invalidArgument,
                "thumbnail \(output.lastPathComponent): extension '\(output.pathExtension)' not supported; use .webp, .jpg or .jpeg"
            )
        }
        guard seconds.isFinite, seconds >= 0 else {
            throw MediaError(.invalidArgument, "thumbnail time \(seconds) s: must be zero or positive")
        }
        let ffmpeg = try FFmpegLocator.ffmpeg(environment: environment)
        guard FileManager.default.isReadableFile(atPath: video.path) else {
            throw MediaError(.io, "\(video.path): file not found or not readable")
        }
        if let length = try Probe.duration(video, environment: environment), seconds >= length {
            throw MediaError(
                .invalidArgument,
                "thumbnail at \(seconds) s: \(video.lastPathComponent) is only \(String(format: "%.2f", length)) s long"
            )
        }
        let partial = try PartialFile(for: output)
        let encoder: [String] =
            ext == "webp"
            // WebP lossy stores BT.601 limited-range 4:2:0.
            ? ["-vf", "scale=in_color_matrix=bt709:in_range=tv:out_color_matrix=bt601:out_range=tv,format=yuv420p",
               "-c:v", "libwebp", "-quality", "85", "-f", "webp"]
            // JPEG (JFIF) stores BT.601 full-range 4:2:0.
            : ["-vf", "scale=in_color_matrix=bt709:in_range=tv:out_color_matrix=bt601:out_range=pc,format=yuvj420p",
               "-c:v", "mjpeg", "-q:v", "3", "-f", "image2", "-update", "1"]
        let arguments =
            ["-hide_banner", "-loglevel", "error", "-nostdin", "-y",
             // Seeking before -i is fast, and exact when transcoding (frames before `seconds` are decoded and dropped).
             "-ss", FFmpegArguments.time(microseconds: Int((seconds * 1_000_000).rounded())),
             "-i", video.path, "-map", "0:v:0", "-frames:v", "1", "-map_metadata", "-1"]
            + encoder
        try partial.writeImage(ffmpeg: ffmpeg, arguments: arguments,
                               noPicture: "thumbnail at \(seconds) s: \(video.lastPathComponent) has no frame at that time")
    }
}
