/// Where rendered frames go: the real ``VideoEncoder`` or the in-memory ``MemoryFrameSink`` for tests.
///
/// Frames are RGBA, 8 bits per channel, rows top to bottom without padding
/// (`format.width * format.height * 4` bytes). Call `append` once per frame in order, then `finish()`;
/// call `cancel()` to abandon the output.
///
/// - Important: `append` and `finish` must be called from one thread at a time;
///   `cancel()` may be called from any thread, also while an `append` is blocked.
public protocol FrameSink: AnyObject, Sendable {
    /// Size and rate of the frames this sink expects.
    var format: VideoFormat { get }
    /// Takes one frame; throws if its size is wrong or the sink failed.
    func append(_ rgba: UnsafeRawBufferPointer) throws
    /// Completes the output; throws if it could not be completed (then nothing is left behind).
    func finish() throws
    /// Abandons the output and removes anything written so far. Safe to call at any time, also twice.
    func cancel()
}

extension FrameSink {
    /// Appends a frame held in an array.
    public func append(_ rgba: [UInt8]) throws {
        try rgba.withUnsafeBytes { try append($0) }
    }

    /// Checks a buffer holds exactly one RGBA frame of `format`.
    func checkFrameSize(_ rgba: UnsafeRawBufferPointer) throws {
        guard rgba.count == format.rgbaFrameByteCount else {
            throw MediaError(
                .invalidArgument,
                "frame of \(rgba.count) bytes: expected \(format.rgbaFrameByteCount) (\(format.width)x\(format.height) RGBA)"
            )
        }
    }
}
