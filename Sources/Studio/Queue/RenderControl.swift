import Foundation

/// Shared between a render thread and the tasks that watch it: progress out, cancellation in.
final class RenderControl: @unchecked Sendable {
    private let lock = NSLock()
    private var cancelled = false
    private var finished = false
    private var percent = 0
    private var framesPerSecond: Double?

    var isCancelled: Bool { lock.withLock { cancelled } }
    var isFinished: Bool { lock.withLock { finished } }
    var progress: Int { lock.withLock { percent } }

    func cancel() { lock.withLock { cancelled = true } }
    func finish() { lock.withLock { finished = true } }
    var fps: Double? { lock.withLock { framesPerSecond } }

    func report(_ p: Int) { lock.withLock { percent = max(percent, min(p, 99)) } }
    func report(fps: Double) { lock.withLock { framesPerSecond = fps } }
}
