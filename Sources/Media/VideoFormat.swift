/// Frame size in pixels and frame rate in frames per second of a video.
public struct VideoFormat: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Width in pixels.
    public var width: Int
    /// Height in pixels.
    public var height: Int
    /// Frames per second.
    public var fps: Int

    public init(width: Int, height: Int, fps: Int) {
        self.width = width
        self.height = height
        self.fps = fps
    }

    /// Vertical 9:16 at 30 fps, the default for short videos.
    public static let portrait720 = VideoFormat(width: 720, height: 1280, fps: 30)

    /// Bytes in one RGBA frame (4 bytes per pixel, rows top to bottom, no padding).
    public var rgbaFrameByteCount: Int { width * height * 4 }

    /// `WxH@FPS`, e.g. `720x1280@30`.
    public var description: String { "\(width)x\(height)@\(fps)" }

    /// Parses a size written `WIDTHxHEIGHT`, e.g. `"720x1280"`; does not check the limits (see ``validate()``).
    public static func parseSize(_ s: String) throws -> (Int, Int) {
        let parts = s.lowercased().split(separator: "x", omittingEmptySubsequences: false)
        guard parts.count == 2, let w = Int(parts[0]), let h = Int(parts[1]), w > 0, h > 0 else {
            throw MediaError(.invalidFormat, "size \"\(s)\": expected WIDTHxHEIGHT in pixels, e.g. 720x1280")
        }
        return (w, h)
    }
}
