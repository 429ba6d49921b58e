import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An ffmpeg/ffprobe child process with an optional stdin pipe, optional captured stdout,
/// and stderr drained on a background thread so the pipe never fills and blocks the child.
///
/// - Important: `write`, `closeInput`, `readAllOutput` and `waitForExit` must not overlap;
///   callers serialize them (``VideoEncoder`` holds a lock). `kill()` may be called from any thread.
final class ChildProcess: @unchecked Sendable {
    /// Name used in messages ("ffmpeg", "ffprobe").
    let name: String
    private let process = Process()
    private let input: Pipe?
    private let output: Pipe?
    private let errors = StderrDrain()

    /// Writing to a pipe whose reader died raises SIGPIPE, which kills the whole program by default.
    /// Ignoring it process-wide (once) turns that into an EPIPE error we can report with ffmpeg's stderr.
    private static let ignoreSIGPIPE: Void = { _ = signal(SIGPIPE, SIG_IGN) }()

    init(executable: URL, arguments: [String], feedsInput: Bool, capturesOutput: Bool) throws {
        _ = Self.ignoreSIGPIPE
        name = executable.lastPathComponent
        input = feedsInput ? Pipe() : nil
        output = capturesOutput ? Pipe() : nil
        let errorPipe = Pipe()
        process.executableURL = executable
        process.arguments = arguments
        process.standardInput = input ?? FileHandle.nullDevice
        process.standardOutput = output ?? FileHandle.nullDevice
        process.standardError = errorPipe
        do {
            try process.run()
        } catch {
            throw MediaError(.ffmpegNotFound, "could not start \(executable.path): \(error.localizedDescription)")
        }
        errors.start(reading: errorPipe.fileHandleForReading)
    }

    var processIdentifier: Int32 { process.processIdentifier }

    /// Writes all bytes to the child's stdin; returns the `errno` of a failed write (EPIPE when the child has exited).
    func write(_ bytes: UnsafeRawBufferPointer) -> Int32? {
        guard let fd = input?.fileHandleForWriting.fileDescriptor, var base = bytes.baseAddress else { return nil }
        var remaining = bytes.count
        while remaining > 0 {
            #if canImport(Glibc)
            let n = Glibc.write(fd, base, remaining)
            #else
            let n = Darwin.write(fd, base, remaining)
            #endif
            if n < 0 {
                if errno == EINTR { continue }
                return errno
            }
            remaining -= n
            base += n
        }
        return nil
    }

    /// Closes stdin so the child sees end of input. Safe to call twice.
    func closeInput() {
        try? input?.fileHandleForWriting.close()
    }

    /// Reads the child's stdout until end of file.
    func readAllOutput() -> [UInt8] {
        guard let handle = output?.fileHandleForReading else { return [] }
        return ChildProcess.readToEnd(handle.fileDescriptor, keepingLast: nil)
    }

    /// Reads stdout until `buffer` is full or the child closes it; returns the number of bytes read.
    /// For streaming large outputs (decoded frames) without holding them all.
    func readOutput(into buffer: UnsafeMutableRawBufferPointer) -> Int {
        guard let fd = output?.fileHandleForReading.fileDescriptor, let base = buffer.baseAddress else { return 0 }
        var filled = 0
        while filled < buffer.count {
            let n = read(fd, base + filled, buffer.count - filled)
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            filled += n
        }
        return filled
    }

    /// Waits for the child to exit and for its stderr to be fully read; returns the exit status,
    /// or nil if it died from a signal.
    @discardableResult
    func waitForExit() -> Int32? {
        process.waitUntilExit()
        errors.wait()
        return process.terminationReason == .exit ? process.terminationStatus : nil
    }

    /// Kills the child at once (SIGKILL: ffmpeg would otherwise try to finish the file on SIGTERM).
    func kill() {
        let pid = process.processIdentifier
        if pid > 0 {
            #if canImport(Glibc)
            _ = Glibc.kill(pid, SIGKILL)
            #else
            _ = Darwin.kill(pid, SIGKILL)
            #endif
        }
    }

    /// The last few non-empty stderr lines joined into one line.
    var stderrSummary: String { errors.summary() }

    /// `ffmpeg failed (exit 1): <last stderr lines>`; call after ``waitForExit()``.
    func failure(status: Int32?) -> MediaError {
        let how = status.map { "exit \($0)" } ?? "killed by a signal"
        let detail = stderrSummary
        return MediaError(.ffmpegFailed, "\(name) failed (\(how))" + (detail.isEmpty ? "" : ": \(detail)"))
    }

    /// Runs to completion and returns stdout; throws ``failure(status:)`` on a non-zero exit.
    static func run(_ executable: URL, _ arguments: [String]) throws -> [UInt8] {
        let child = try ChildProcess(executable: executable, arguments: arguments, feedsInput: false, capturesOutput: true)
        let bytes = child.readAllOutput()
        let status = child.waitForExit()
        guard status == 0 else { throw child.failure(status: status) }
        return bytes
    }

    /// Reads a descriptor to end of file, optionally keeping only the last `limit` bytes.
    static func readToEnd(_ fd: Int32, keepingLast limit: Int?) -> [UInt8] {
        var result: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            result.append(contentsOf: chunk[0..<n])
            if let limit, result.count > 2 * limit { result.removeFirst(result.count - limit) }
        }
        if let limit, result.count > limit { result.removeFirst(result.count - limit) }
        return result
    }
}
