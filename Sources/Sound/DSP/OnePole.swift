import Foundation

/// One-pole low-pass (6 dB/octave): cheap smoothing of noise and of distant sounds.
struct OnePoleLowpass: Sendable {
    let sampleRate: Float
    private(set) var coefficient: Float
    private var state: Float = 0

    init(sampleRate: Float, cutoff: Float = 1000) {
        self.sampleRate = sampleRate
        coefficient = 1
        setCutoff(cutoff)
    }

    /// Cutoff in Hz; at or above Nyquist the filter passes everything.
    mutating func setCutoff(_ hz: Float) {
        let x = min(max(hz, 1), sampleRate * 0.49)
        coefficient = 1 - exp(-2 * Float.pi * x / sampleRate)
    }

    @inline(__always) mutating func process(_ x: Float) -> Float {
        state += coefficient * (x - state)
        return state
    }
}
