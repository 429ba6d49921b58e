extension VideoFormat {
    /// Largest width or height accepted, in pixels (keeps H.264 level and memory in bounds).
    public static let maximumSide = 1920
    /// Frame rates accepted, in frames per second.
    public static let fpsRange = 12...60

    /// Checks the format before any process or file is created.
    ///
    /// Width and height must be even because H.264 4:2:0 halves the chroma planes in both directions;
    /// each side is 2…1920 pixels; fps is 12…60.
    public func validate() throws {
        if width < 2 || height < 2 {
            throw MediaError(.invalidFormat, "size \(width)x\(height): width and height must be at least 2 pixels")
        }
        if width % 2 != 0 || height % 2 != 0 {
            throw MediaError(.invalidFormat, "size \(width)x\(height): width and height must be even (H.264 4:2:0)")
        }
        if width > Self.maximumSide || height > Self.maximumSide {
            throw MediaError(.invalidFormat, "size \(width)x\(height): at most \(Self.maximumSide) pixels on a side")
        }
        if !Self.fpsRange.contains(fps) {
            throw MediaError(.invalidFormat, "fps \(fps): must be from \(Self.fpsRange.lowerBound) to \(Self.fpsRange.upperBound)")
        }
    }
}
