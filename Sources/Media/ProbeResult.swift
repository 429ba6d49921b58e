/// What ffprobe says about a media file: the first video and first audio stream and the container.
/// Fields are nil when the stream (or the value) is absent.
public struct ProbeResult: Codable, Sendable, Equatable {
    /// ffmpeg codec name, e.g. `h264`, `webp`, `mjpeg`.
    public var videoCodec: String?
    public var width: Int?
    public var height: Int?
    /// e.g. `yuv420p`.
    public var pixFmt: String?
    /// Frames per second from `r_frame_rate`.
    public var fps: Double?
    /// Decoded frame count (`-count_frames`), or the container's `nb_frames` if counting gave nothing.
    public var frameCount: Int?
    /// Video stream duration in seconds.
    public var videoDuration: Double?
    /// Colour matrix, primaries, transfer and range tags, e.g. `bt709`, `tv`.
    public var colorSpace: String?
    public var colorPrimaries: String?
    public var colorTransfer: String?
    public var colorRange: String?
    /// e.g. `aac`.
    public var audioCodec: String?
    /// Hertz.
    public var sampleRate: Int?
    public var channels: Int?
    /// Audio stream duration in seconds.
    public var audioDuration: Double?
    /// Container names as ffprobe lists them, e.g. `mov,mp4,m4a,3gp,3g2,mj2`.
    public var formatName: String
    /// Container duration in seconds.
    public var duration: Double?
    /// Container tags (e.g. `title`, `comment`, `encoder`).
    public var tags: [String: String]
    /// True when `moov` precedes `mdat` (MP4 files only; false otherwise).
    public var faststart: Bool

    public init(
        videoCodec: String? = nil, width: Int? = nil, height: Int? = nil, pixFmt: String? = nil, fps: Double? = nil,
        frameCount: Int? = nil, videoDuration: Double? = nil, colorSpace: String? = nil, colorPrimaries: String? = nil,
        colorTransfer: String? = nil, colorRange: String? = nil, audioCodec: String? = nil, sampleRate: Int? = nil,
        channels: Int? = nil, audioDuration: Double? = nil, formatName: String, duration: Double? = nil,
        tags: [String: String] = [:], faststart: Bool = false
    ) {
        self.videoCodec = videoCodec
        self.width = width
        self.height = height
        self.pixFmt = pixFmt
        self.fps = fps
        self.frameCount = frameCount
        self.videoDuration = videoDuration
        self.colorSpace = colorSpace
        self.colorPrimaries = colorPrimaries
        self.colorTransfer = colorTransfer
        self.colorRange = colorRange
        self.audioCodec = audioCodec
        self.sampleRate = sampleRate
        self.channels = channels
        self.audioDuration = audioDuration
        self.formatName = formatName
        self.duration = duration
        self.tags = tags
        self.faststart = faststart
    }

    /// True when ffprobe found a video stream.
    public var hasVideo: Bool { videoCodec != nil }
    /// True when ffprobe found an audio stream.
    public var hasAudio: Bool { audioCodec != nil }
}
