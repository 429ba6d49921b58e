/// A watermark operation that could not be done, with a one-line message saying why
/// (e.g. the file is not a video ffmpeg can decode).
public struct WatermarkError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
