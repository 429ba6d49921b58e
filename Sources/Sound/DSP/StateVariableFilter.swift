import Foundation

/// Zavalishin's topology-preserving state-variable filter: stable under fast cutoff changes,
/// so wind and surf can sweep it. One call gives low-, band- and high-pass at once.
struct StateVariableFilter: Sendable {
    let sampleRate: Float
    private var g: Float = 0
    private var k: Float = 1
    private var a1: Float = 0
    private var ic1: Float = 0
    private var ic2: Float = 0

    /// - Parameters: cutoff in Hz; q is the resonance (0.5 wide … 10 narrow).
    init(sampleRate: Float, cutoff: Float = 1000, q: Float = 0.707) {
        self.sampleRate = sampleRate
        set(cutoff: cutoff, q: q)
    }

    mutating func set(cutoff: Float, q: Float) {
        let f = min(max(cutoff, 5), sampleRate * 0.45)
        g = tan(Float.pi * f / sampleRate)
        k = 1 / max(q, 0.05)
        a1 = 1 / (1 + g * (g + k))
    }

    /// Returns (low, band, high).
    @inline(__always) mutating func process(_ x: Float) -> (low: Float, band: Float, high: Float) {
        let v3 = x - ic2
        let v1 = a1 * (ic1 + g * v3)
        let v2 = ic2 + g * v1
        ic1 = 2 * v1 - ic1
        ic2 = 2 * v2 - ic2
        return (v2, v1, x - k * v1 - v2)
    }
}
