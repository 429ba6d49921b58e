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
    // Resonator state: y[n] = c1·y[n−1] − c2·y[n−2].
    private var c1: ContiguousArray<Float>
    private var c2: ContiguousArray<Float>
    private var y1: ContiguousArray<Float>
    private var y2: ContiguousArray<Float>
    private var noise: NoiseSource
    private var noiseLevel: Float
    private let noiseDecay: Float
    private var noiseFilter: OnePoleLowpass
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
        // Loudness follows √impulse (amplitude ∝ √J, i.e. +3 dB per doubling); 2 N·s reads 0.5.
        let amp = min(0.5 * (impulse / 2).squareRoot(), 1.5) * level

        // Each body rings as the other lets it: a soft partner shortens and quietens the modes.
        var freqs: [Float] = [], decays: [Float] = [], gains: [Float] = []
        for (own, other) in [(a, b), (b, a)] {
            for m in own.modes {
                freqs.append(m.frequency * rng.uniform(0.97, 1.03))
                decays.append(m.decay * (0.2 + 0.8 * other.hardness))
                gains.append(m.gain * (0.25 + 0.75 * other.hardness))
            }
        }
        let totalGain = max(gains.reduce(0, +), 1e-6)
        let count = freqs.count
        c1 = ContiguousArray(repeating: 0, count: count)
        c2 = ContiguousArray(repeating: 0, count: count)
        y1 = ContiguousArray(repeating: 0, count: count)
        y2 = ContiguousArray(repeating: 0, count: count)
        var longest: Float = 0
        for i in 0..<count {
            let w = 2 * Float.pi * min(freqs[i], sampleRate * 0.45) / sampleRate
            let r = exp(-1 / (decays[i] * sampleRate))
            c1[i] = 2 * r * cos(w)
            c2[i] = r * r
            // Seeding y[−1] = 0, y[−2] = −A·sin(w)/r makes the output A·rⁿ⁺¹·sin(w(n+1)): a struck mode.
            let ampMode = amp * gains[i] / totalGain
            y1[i] = 0
            y2[i] = -ampMode * sin(w) / r
            longest = max(longest, decays[i])
        }
        let noiseDecay = max(a.noiseDecay, b.noiseDecay)
        let cutoff = min(a.noiseCutoff, b.noiseCutoff) * (0.6 + 0.4 * min(amp / max(level, 1e-6), 1))
        noiseFilter = OnePoleLowpass(sampleRate: sampleRate, cutoff: cutoff)
        // Low-passed white noise loses power; restore it so soft and bright bursts weigh alike.
        let k = noiseFilter.coefficient
        let makeup = ((2 - k) / k).squareRoot() * 0.6
        noiseLevel = amp * 0.5 * (a.noiseLevel + b.noiseLevel) * makeup
        self.noiseDecay = exp(-1 / (noiseDecay * sampleRate))
        longest = max(longest, noiseDecay)
        noise = NoiseSource(seed: seed, stream: "impact-noise/\(index)")
        air = OnePoleLowpass(sampleRate: sampleRate, cutoff: Spatial.airCutoff(cue.distance))
        let pan = Spatial.panGains(cue.pan)
        let dist = Spatial.distanceGain(cue.distance)
        gainL = pan.left * dist
        gainR = pan.right * dist
        length = Int(longest * 6.9 * sampleRate) + 1
    }

    /// Starts a 5 ms fade so the voice can be dropped without a click.
    mutating func steal(sampleRate: Float) { fadeStep = 1 / (0.005 * sampleRate) }

    /// Adds this voice into a block that starts at absolute frame `blockStart`.
    mutating func render(left: UnsafeMutablePointer<Float>, right: UnsafeMutablePointer<Float>, blockStart: Int, count: Int) {
        let begin = max(startFrame - blockStart, 0)
        guard begin < count else { return }
        let end = min(count, begin + (length - elapsed))
        let modeCount = c1.count
        c1.withUnsafeBufferPointer { c1 in
            c2.withUnsafeBufferPointer { c2 in
                y1.withUnsafeMutableBufferPointer { y1 in
                    y2.withUnsafeMutableBufferPointer { y2 in
                        for n in begin..<end {
                            var s: Float = 0
                            for m in 0..<modeCount {
                                let y = c1[m] * y1[m] - c2[m] * y2[m]
                                y2[m] = y1[m]
                                y1[m] = y
                                s += y
                            }
                            s += noiseFilter.process(noise.white()) * noiseLevel
                            noiseLevel *= noiseDecay
                            s = air.process(s)
                            if fadeStep > 0 {
                                fade = max(fade - fadeStep, 0)
                                s *= fade
                            }
                            left[n] += s * gainL
                            right[n] += s * gainR
                        }
                    }
                }
            }
        }
        elapsed += end - begin
    }
}
