public import Foundation
import Synchronization

/// Streams RGBA frames into an ffmpeg child process that writes an H.264/AAC MP4.
///
/// ```swift
/// let encoder = try VideoEncoder(settings: settings)
/// for frame in frames { try encoder.append(frame) }
/// try encoder.finish()   // output appears only now, atomically
/// ```
/// ffmpeg writes to a hidden temporary file in the output's folder (`.name.partial-<pid>-<n>.mp4`);
/// `finish()` renames it over the output. On any error, on `cancel()` and when the encoder is
/// released unfinished, the temporary file is removed, so a failed encode leaves nothing behind.
/// Frames go straight to ffmpeg's stdin as they come; the video is never held in memory.
public final class VideoEncoder: FrameSink {
    public let settings: EncodeSettings
    public var format: VideoFormat { settings.format }
    /// The file ffmpeg writes until `finish()` renames it to `settings.output`.
    public let temporaryOutput: URL

    private let child: ChildProcess
    private let partial: PartialFile
    private let progress: (@Sendable (EncodeProgress) -> Void)?
    private let state = Mutex(State())
    /// Serializes pipe I/O and waiting for the child (see ``ChildProcess``).
    private let io = Mutex(())

    private struct State {
        enum Phase { case running, finished, cancelled, failed }
        var phase = Phase.running
        var framesWritten = 0
    }

    /// Checks the settings, finds ffmpeg and starts it. Nothing is created on disk if this throws.
    /// - Parameters:
    ///   - environment: where `KINORA_FFMPEG` and `PATH` are looked up.
    ///   - progress: called after each appended frame, on the appending thread.
    public init(
        settings: EncodeSettings,
        environment: [String: String] = ProcessInfo.processInfo.environment,
        progress: (@Sendable (EncodeProgress) -> Void)? = nil
    ) throws {
        try settings.validate()
        let ffmpeg = try FFmpegLocator.ffmpeg(environment: environment)
        let files = FileManager.default
        if let audio = settings.audio, !files.isReadableFile(atPath: audio.path) {
            throw MediaError(.io, "audio \(audio.path): file not found or not readable")
        }
        let partial = try PartialFile(for: settings.output)
        temporaryOutput = partial.temporary
        self.partial = partial
        self.settings = settings
        self.progress = progress
        child = try ChildProcess(
            executable: ffmpeg,
            arguments: FFmpegArguments.encode(settings, temporaryOutput: temporaryOutput),
            feedsInput: true,
            capturesOutput: false
        )
    }

    deinit {
        cancel()
    }

    /// Frames appended so far.
    public var framesWritten: Int { state.withLock { $0.framesWritten } }

    public func append(_ rgba: UnsafeRawBufferPointer) throws {
        try checkFrameSize(rgba)
        let index = try state.withLock { s -> Int in
            try Self.checkRunning(s.phase)
            guard s.framesWritten < settings.frameCount else {
                throw MediaError(.invalidArgument, "frame \(s.framesWritten + 1): the encode was set up for \(settings.frameCount) frames")
            }
            return s.framesWritten
        }
        try io.withLock { _ in
            guard let error = child.write(rgba) else { return }
            if state.withLock({ $0.phase == .cancelled }) { throw MediaError(.cancelled, "encode cancelled") }
            // The child stopped reading: it failed. Report its stderr, not the EPIPE.
            child.closeInput()
            let status = child.waitForExit()
            markFailedAndClean()
            if error == EPIPE {
                throw status == 0
                    ? MediaError(.ffmpegFailed, "ffmpeg stopped reading after \(index) of \(settings.frameCount) frames: \(child.stderrSummary)")
                    : child.failure(status: status)
            }
            throw MediaError(.io, "writing frame \(index + 1) to ffmpeg: \(String(cString: strerror(error)))")
        }
        let written = state.withLock { s -> Int in
            s.framesWritten += 1
            return s.framesWritten
        }
        progress?(EncodeProgress(framesWritten: written, total: settings.frameCount))
    }

    public func finish() throws {
        let written = try state.withLock { s -> Int in
            try Self.checkRunning(s.phase)
            return s.framesWritten
        }
        guard written == settings.frameCount else {
            cancel()
            throw MediaError(.invalidArgument, "finish after \(written) of \(settings.frameCount) frames: append every frame first")
        }
        try io.withLock { _ in
            child.closeInput()
            let status = child.waitForExit()
            if state.withLock({ $0.phase == .cancelled }) { throw MediaError(.cancelled, "encode cancelled") }
            guard status == 0 else {
                markFailedAndClean()
                throw child.failure(status: status)
            }
            // rename(2) replaces the output atomically: readers see the old file or the new one, never a partial one.
            do {
                try partial.commit()
            } catch {
                state.withLock { $0.phase = .failed }
                throw error
            }
            state.withLock { $0.phase = .finished }
        }
    }

    public func cancel() {
        let wasRunning = state.withLock { s -> Bool in
            guard s.phase == .running else { return false }
            s.phase = .cancelled
            return true
        }
        guard wasRunning else { return }
        // Kill first so an append blocked on a full pipe returns EPIPE and releases the I/O lock.
        child.kill()
        io.withLock { _ in
            child.closeInput()
            child.waitForExit()
            partial.discard()
        }
    }

    private func markFailedAndClean() {
        state.withLock { $0.phase = .failed }
        partial.discard()
    }

    private static func checkRunning(_ phase: State.Phase) throws {
        switch phase {
        case .running: return
        case .finished: throw MediaError(.invalidArgument, "encoder already finished")
        case .cancelled: throw MediaError(.cancelled, "encode cancelled")
        case .failed: throw MediaError(.ffmpegFailed, "encoder already failed; start a new one")
        }
    }
}
