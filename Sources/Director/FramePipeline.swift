import Dispatch
import Foundation
import Media

/// Hands rendered frames to the encoder on a writer thread, so the next frame renders while
/// the pipe to ffmpeg drains. Two frame buffers alternate; at most one write is in flight,
/// so memory stays at two frames whatever the video's length.
final class FramePipeline: @unchecked Sendable {
    private let encoder: any FrameSink
    private let buffers: [UnsafeMutableRawBufferPointer]
    private let writer = DispatchQueue(label: "kinora.frame-writer")
    private let inFlight = DispatchSemaphore(value: 1)
    private let failure = NSLock()
    private var error: (any Error)?
    private var next = 0

    init(encoder: any FrameSink, frameBytes: Int) {
        self.encoder = encoder
        buffers = (0..<2).map { _ in UnsafeMutableRawBufferPointer.allocate(byteCount: frameBytes, alignment: 64) }
    }

    deinit { buffers.forEach { $0.deallocate() } }

    /// Renders into a free buffer with `draw`, then queues it for the encoder.
    /// - Throws: the encoder's error from an earlier frame, as soon as it is known.
    func submit(_ draw: (UnsafeMutableRawBufferPointer) -> Void) throws {
        let index = next
        next = 1 - next
        draw(buffers[index])
        inFlight.wait()
        if let error = takeError() {
            inFlight.signal()
            throw error
        }
        writer.async { [self] in
            do { try encoder.append(UnsafeRawBufferPointer(buffers[index])) } catch { record(error) }
            inFlight.signal()
        }
    }

    /// Queues the previous frame again (a held pose), copying it instead of rendering it.
    func repeatLast() throws {
        let previous = UnsafeRawBufferPointer(buffers[1 - next])
        try submit { $0.copyMemory(from: previous) }
    }

    /// Waits for the last write and finishes the encode.
    func finish() throws {
        inFlight.wait()
        defer { inFlight.signal() }
        if let error = takeError() { throw error }
        try encoder.finish()
    }

    /// Waits for any write in flight, then abandons the encode (its partial file is removed).
    func cancel() {
        inFlight.wait()
        inFlight.signal()
        encoder.cancel()
    }

    private func record(_ e: any Error) {
        failure.lock()
        if error == nil { error = e }
        failure.unlock()
    }

    private func takeError() -> (any Error)? {
        failure.lock()
        defer { failure.unlock() }
        return error
    }
}
