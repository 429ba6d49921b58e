public import Foundation

/// Everything one encode needs: what the frames are, how many, how well to encode them,
/// the sound to mux and where the result goes.
public struct EncodeSettings: Sendable {
    public var format: VideoFormat
    /// Exact number of frames that will be appended; the video lasts `frameCount / fps` seconds.
    public var frameCount: Int
    public var quality: EncodeQuality
    /// A WAV file to mux as AAC 48 kHz stereo, or nil for a silent video (no audio track).
    public var audio: URL?
    /// The `.mp4` to write; it appears only when the encode succeeds.
    public var output: URL
    /// Container tags such as `title` or `comment`; written in key order so output is deterministic.
    public var metadata: [String: String]

    public init(
        format: VideoFormat,
        frameCount: Int,
        quality: EncodeQuality = .standard,
        audio: URL? = nil,
        output: URL,
        metadata: [String: String] = [:]
    ) {
        self.format = format
        self.frameCount = frameCount
        self.quality = quality
        self.audio = audio
        self.output = output
        self.metadata = metadata
    }

    /// Duration of the video in seconds.
    public var duration: Double { Double(frameCount) / Double(format.fps) }

    /// Checks format and frame count; throws a one-line ``MediaError``.
    public func validate() throws {
        try format.validate()
        if frameCount < 1 {
            throw MediaError(.invalidArgument, "frameCount \(frameCount): must be at least 1")
        }
    }
}
