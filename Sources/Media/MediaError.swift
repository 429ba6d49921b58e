/// A media operation that failed, with a one-line message saying what was wrong and what is allowed.
///
/// The `code` lets callers branch (e.g. show an install hint for ``Code/ffmpegNotFound``) without
/// parsing text; new codes can be added without breaking callers.
public struct MediaError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Extensible error kind.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private let name: String
        private init(_ name: String) { self.name = name }
        public var description: String { name }

        /// A size, frame rate or other setting outside what the encoder accepts.
        public static let invalidFormat = Code("invalidFormat")
        /// An argument that does not fit (wrong buffer size, too many frames, unknown extension).
        public static let invalidArgument = Code("invalidArgument")
        /// ffmpeg or ffprobe could not be found.
        public static let ffmpegNotFound = Code("ffmpegNotFound")
        /// ffmpeg or ffprobe ran and failed.
        public static let ffmpegFailed = Code("ffmpegFailed")
        /// Reading or writing a file failed.
        public static let io = Code("io")
        /// The operation was cancelled.
        public static let cancelled = Code("cancelled")
        /// A file that does not have the expected structure (e.g. MP4 boxes, ffprobe JSON).
        public static let malformed = Code("malformed")
    }

    public var code: Code
    /// One line, no trailing newline.
    public var message: String

    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }
}
