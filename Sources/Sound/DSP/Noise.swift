import Geometry

/// Seeded white noise in −1…1 (uniform) from `Geometry.SeededRandom`, so every hiss is reproducible.
struct NoiseSource: Sendable {
    private var rng: SeededRandom

    init(seed: UInt64, stream: String) { rng = SeededRandom(seed: seed, stream: stream) }

    @inline(__always) mutating func white() -> Float {
        Float(Int32(truncatingIfNeeded: rng.next() >> 32)) * (1 / 2_147_483_648)
    }

    /// Uniform in [0, 1).
    @inline(__always) mutating func unit() -> Float { rng.unit() }

    mutating func uniform(_ lo: Float, _ hi: Float) -> Float { rng.uniform(lo, hi) }
}
