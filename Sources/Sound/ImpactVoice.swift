import Foundation
import Geometry
import Storyboard

/// One sounding impact: damped two-pole resonators (one per mode) plus a low-passed noise burst,
/// starting exactly on its cue's sample (no pre-delay), panned and attenuated by distance.
struct ImpactVoice: Sendable {
    /// Absolute frame of the onset and how many frames the voice lasts (to −60 dB).
    let startFrame: Int
    let length: Int
    private var elapsed = 0
    // Up to eight resonators side by side in SIMD lanes: y[n] = c1·y[n−1] − c2·y[n−2].
    private var c1 = SIMD8<Float>()
    private var c2 = SIMD8<Float>()
    private var y1 = SIMD8<Float>()
    private var y2 = SIMD8<Float>()
    /// Frames after which the noise burst is below −100 dB and is no longer computed.
    private let noiseLength: Int
    /// The last frames fade linearly to zero so cutting the ring at −60 dB makes no click.
    private let tailStart: Int
    private let tailStep: Float
    private var noise: NoiseSource
    private var noiseLevel: Float
    private let noiseDecay: Float
    private var noiseFilter: OnePoleLowpass
    private var noiseFilter2: OnePoleLowpass
    private var air: OnePoleLowpass
    private let gainL: Float
    private let gainR: Float
    /// Fade applied when the voice is stolen to make room (1 = untouched).
    private var fade: Float = 1
    private var fadeStep: Float = 0

    var isDone: Bool { elapsed >= length || fade <= 0 }
    var isStealable: Bool { fadeStep == 0 }

    /// - Parameters: `level` scales the whole hit (footsteps use less); `seed`/`index` vary it reproducibly.
    init(cue: ImpactCue, startFrame: Int, level: Float, seed: UInt64, index: Int, sampleRate: Float) {
        var rng = SeededRandom(seed: seed, stream: "impact/\(index)")
        self.startFrame = startFrame
        let materials = cue.materials.isEmpty ? [Material.wood] : cue.materials
        let a = materials[0].sound
        let b = materials.count > 1 ? materials[1].sound : a
        let impulse = max(cue.impulse.isFinite ? cue.impulse : 0, 0)
        // Loudness grows with the logarithm of the impulse: about +6 dB from a tap (0.3 N·s) to a
        // slam (20 N·s). A film mix compresses effects this much so that, once the soundtrack is
        // normalized to -14 LUFS under a -1 dBTP ceiling, the loudest hit is not crushed by the
        // limiter while the softest still clears the ambience.
        let amp = (0.3 + 0.3 * log10(1 + impulse)) * level

        // Each body rings as the other lets it: a soft partner shortens and quietens the modes.
        var freqs: [Float] = [], decays: [Float] = [], gains: [Float] = []
        for (own, other) in [(a, b), (b, a)] {
            for m in own.modes {
                freqs.append(m.frequency * rng.uniform(0.97, 1.03))
                decays.append(m.decay * (0.4 + 0.6 * other.hardness))
                gains.append(m.gain * (0.5 + 0.5 * other.hardness))
            }
        }
        // Keep the eight strongest modes (one SIMD8 of resonators).
        let order = gains.indices.sorted { (gains[$0], -$0) > (gains[$1], -$1) }.prefix(8)
        let totalGain = max(order.map { gains[$0] }.reduce(0, +), 1e-6)
        var longest: Float = 0
        for (lane, i) in order.enumerated() {
            let w = 2 * Float.pi * min(freqs[i], sampleRate * 0.45) / sampleRate
            let r = exp(-1 / (decays[i] * sampleRate))
            c1[lane] = 2 * r * cos(w)
            c2[lane] = r * r
            // Seeding y[−1] = 0, y[−2] = −A·sin(w)/r makes the output A·rⁿ⁺¹·sin(w(n+1)): a struck mode.
            y2[lane] = -(amp * gains[i] / totalGain) * sin(w) / r
            longest = max(longest, decays[i])
        }
        let noiseDecay = max(a.noiseDecay, b.noiseDecay)
        let cutoff = min(a.noiseCutoff, b.noiseCutoff) * (0.6 + 0.4 * min(amp / max(level, 1e-6), 1))
        noiseFilter = OnePoleLowpass(sampleRate: sampleRate, cutoff: cutoff)
        noiseFilter2 = OnePoleLowpass(sampleRate: sampleRate, cutoff: cutoff)
        // Low-passed white noise loses power; restore most of it so soft and bright bursts weigh
        // alike (one pole's loss, once: the second pole makes dull bursts a little quieter still).
        let k = noiseFilter.coefficient
        let makeup = ((2 - k) / k).squareRoot() * 0.5
        noiseLevel = amp * 0.5 * (a.noiseLevel + b.noiseLevel) * makeup
        self.noiseDecay = exp(-1 / (noiseDecay * sampleRate))
        noiseLength = Int(noiseDecay * 11.5 * sampleRate)
        longest = max(longest, noiseDecay)
        noise = NoiseSource(seed: seed, stream: "impact-noise/\(index)")
        air = OnePoleLowpass(sampleRate: sampleRate, cutoff: Spatial.airCutoff(cue.distance))
        let pan = Spatial.panGains(cue.pan)
        let dist = Spatial.distanceGain(cue.distance)
        gainL = pan.left * dist
        gainR = pan.right * dist
        length = Int(longest * 6.9 * sampleRate) + 1
        let tail = min(length / 4, Int(0.02 * sampleRate)) + 1
        tailStart = length - tail
        tailStep = 1 / Float(tail)
    }

    /// Starts a 5 ms fade so the voice can be dropped without a click.
    mutating func steal(sampleRate: Float) { fadeStep = 1 / (0.005 * sampleRate) }

    /// Adds this voice into a block that starts at absolute frame `blockStart`.
    mutating func render(left: UnsafeMutablePointer<Float>, right: UnsafeMutablePointer<Float>, blockStart: Int, count: Int) {
        let begin = max(startFrame - blockStart, 0)
        guard begin < count else { return }
        let end = min(count, begin + (length - elapsed))
        let noiseEnd = min(end, begin + max(noiseLength - elapsed, 0))
        for n in begin..<end {
            let y = c1 * y1 - c2 * y2
            y2 = y1
            y1 = y
            var s = y.sum()
            if n < noiseEnd {
                s += noiseFilter2.process(noiseFilter.process(noise.white())) * noiseLevel
                noiseLevel *= noiseDecay
            }
            s = air.process(s)
            if fadeStep > 0 {
                fade = fade > fadeStep ? fade - fadeStep : 0
                s *= fade
            }
            let age = elapsed + n - begin
            if age >= tailStart { s *= Float(length - age) * tailStep }
            left[n] += s * gainL
            right[n] += s * gainR
        }
        elapsed += end - begin
    }
}
