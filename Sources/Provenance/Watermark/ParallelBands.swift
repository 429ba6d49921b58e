import Dispatch
import Foundation

/// Runs `body` over `0..<count` split into one contiguous band per core. Each call owns its band,
/// so a pass that writes only its own rows needs no locks. (Provenance does not depend on Raster,
/// whose `ParallelRows` does the same for the renderer.)
enum ParallelBands {
    static let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)

    static func run(_ count: Int, _ body: @Sendable (_ band: Int, _ range: Range<Int>) -> Void) {
        let bands = max(1, min(cores, count))
        if bands == 1 { return body(0, 0..<count) }
        DispatchQueue.concurrentPerform(iterations: bands) { band in
            body(band, (band * count / bands)..<((band + 1) * count / bands))
        }
    }
}

/// A raw address that may cross into the bands of ``ParallelBands``; each band touches only its own bytes.
struct SharedPointer<Pointee>: @unchecked Sendable {
    let base: UnsafeMutablePointer<Pointee>
}
