import Dispatch

/// Runs `body` over the rows `0..<height` split into bands on all cores. Each call gets its
/// own rows, so a pass that writes only its rows needs no locks.
enum ParallelRows {
    static func run(_ height: Int, bands: Int = 8, _ body: @Sendable (Range<Int>) -> Void) {
        let n = max(1, min(bands, height))
        DispatchQueue.concurrentPerform(iterations: n) { band in
            body((band * height / n)..<((band + 1) * height / n))
        }
    }
}
