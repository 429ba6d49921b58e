import Dispatch
import Foundation

/// Turns Ctrl-C (SIGINT) and SIGTERM into a request the render polls between frames, so it
/// stops cleanly and removes its temporary and partial files instead of dying mid-write.
final class Interrupt: @unchecked Sendable {
    private let lock = NSLock()
    private var flag = false
    private var sources: [any DispatchSourceSignal] = []

    init() {
        for sig in [SIGINT, SIGTERM] {
            signal(sig, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
            source.setEventHandler { [weak self] in self?.request() }
            source.resume()
            sources.append(source)
        }
    }

    var requested: Bool {
        lock.lock()
        defer { lock.unlock() }
        return flag
    }

    private func request() {
        lock.lock()
        flag = true
        lock.unlock()
    }
}
