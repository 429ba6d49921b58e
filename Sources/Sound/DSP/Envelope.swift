import Foundation

/// Attack–decay–sustain–release envelope. The attack is linear and at least 20 ms for music,
/// so no note has a transient that could pass for an impact.
struct Envelope: Sendable {
    enum Stage: Sendable { case idle, attack, decay, sustain, release }

    let sampleRate: Float
    private(set) var stage: Stage = .idle
    private(set) var level: Float = 0
    private var attackStep: Float = 0
    private var decayCoef: Float = 0
    private var releaseCoef: Float = 0
    private var releaseFloor: Float = 0
    private var sustain: Float = 1

    /// Times in seconds; `decay` and `release` are time constants (−8.7 dB each).
    init(sampleRate: Float, attack: Float, decay: Float, sustain: Float, release: Float) {
        self.sampleRate = sampleRate
        attackStep = 1 / max(attack * sampleRate, 1)
        decayCoef = exp(-1 / max(decay * sampleRate, 1))
        releaseCoef = exp(-1 / max(release * sampleRate, 1))
        releaseFloor = (1 - releaseCoef) * 1e-3
        self.sustain = sustain
    }

    mutating func noteOn() { stage = .attack }
    mutating func noteOff() { if stage != .idle { stage = .release } }
    var isDone: Bool { stage == .idle }

    @inline(__always) mutating func next() -> Float {
        switch stage {
        case .idle:
            return 0
        case .attack:
            level += attackStep
            if level >= 1 { level = 1; stage = .decay }
        case .decay:
            level = sustain + (level - sustain) * decayCoef
            if (level - sustain).magnitude < 1e-4 { stage = .sustain }
        case .sustain:
            level = sustain
        case .release:
            // Exponential fall plus a tiny linear one, so the level reaches exactly 0 without a step.
            level = level * releaseCoef - releaseFloor
            if level <= 0 { level = 0; stage = .idle }
        }
        return level
    }
}
