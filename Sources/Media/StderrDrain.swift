import Foundation
import Synchronization

/// Reads a child's stderr on its own thread until end of file, keeping the last 16 KB for error messages.
final class StderrDrain: Sendable {
    private let text = Mutex<[UInt8]>([])
    private let done = DispatchSemaphore(value: 0)
    private static let keep = 16 * 1024

    func start(reading handle: FileHandle) {
        let thread = Thread { [self] in
            let bytes = ChildProcess.readToEnd(handle.fileDescriptor, keepingLast: Self.keep)
            try? handle.close()
            text.withLock { $0 = bytes }
            done.signal()
        }
        thread.name = "ffmpeg-stderr"
        thread.start()
    }

    /// Blocks until stderr reached end of file (the child exited or closed it).
    func wait() {
        done.wait()
        done.signal()  // let later waits pass straight through
    }

    /// Last few non-empty lines, joined with " | ", at most about 400 characters.
    func summary() -> String {
        let raw = text.withLock { String(decoding: $0, as: UTF8.self) }
        let lines = raw.split(whereSeparator: { $0 == "\n" || $0 == "\r" })
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        var joined = lines.suffix(4).joined(separator: " | ")
        if joined.count > 400 { joined = "…" + joined.suffix(400) }
        return joined
    }
}
