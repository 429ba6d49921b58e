import Foundation
import Geometry
import Storyboard

/// The background bed of a place, synthesized in blocks from seeded noise and a few event voices.
/// Levels sit about 20 dB under dialogue (RMS near −38 dBFS before the final loudness gain).
struct AmbienceSynth: Sendable {
    let ambience: Ambience
    private let sampleRate: Float
    private var noiseL: NoiseSource
    private var noiseR: NoiseSource
    private var rng: SeededRandom
    private var filterL: StateVariableFilter
    private var filterR: StateVariableFilter
    private var lowL: OnePoleLowpass
    private var lowR: OnePoleLowpass
    private var lfoPhases: [Float]
    /// Surf: per channel, position in the current wave and its length, in frames.
    private var wavePos: [Int] = [0, 0]
    private var waveLen: [Int] = [1, 1]
    private var nextEvent = 0
    private var birds: [BirdCall] = []
    private var horns: [Horn] = []
    private var crickets: [Cricket] = []
    private var hum: Oscillator
    private static let control = 32

    init(_ ambience: Ambience, seed: UInt64, sampleRate: Float) {
        self.ambience = ambience
        self.sampleRate = sampleRate
        noiseL = NoiseSource(seed: seed, stream: "ambience/L")
        noiseR = NoiseSource(seed: seed, stream: "ambience/R")
        var rng = SeededRandom(seed: seed, stream: "ambience/events")
        filterL = StateVariableFilter(sampleRate: sampleRate, cutoff: 800)
        filterR = StateVariableFilter(sampleRate: sampleRate, cutoff: 800)
        let lowCut: Float = ambience == .city ? 110 : (ambience == .night ? 300 : 450)
        lowL = OnePoleLowpass(sampleRate: sampleRate, cutoff: lowCut)
        lowR = OnePoleLowpass(sampleRate: sampleRate, cutoff: lowCut)
        lfoPhases = [rng.unit(), rng.unit(), rng.unit(), rng.unit()]
        hum = Oscillator(sampleRate: sampleRate, frequency: 120)
        for c in 0..<2 {
            waveLen[c] = Int(rng.uniform(5, 9) * sampleRate)
            wavePos[c] = Int(rng.unit() * Float(waveLen[c]))
        }
        if ambience == .night {
            for _ in 0..<3 { crickets.append(Cricket(rng: &rng, sampleRate: sampleRate, level: 0.025)) }
        }
        nextEvent = Int(rng.uniform(0.2, 1.5) * sampleRate)
        self.rng = rng
        birds.reserveCapacity(8)
        horns.reserveCapacity(8)
    }

    /// A slow LFO in 0…1 from two detuned sines (gusts, traffic swells); `t` in seconds.
    private func gust(_ t: Float, _ i: Int, rate: Float) -> Float {
        let a = sin(2 * Float.pi * (t * rate + lfoPhases[i]))
        let b = sin(2 * Float.pi * (t * rate * 1.73 + lfoPhases[i + 1]))
        return 0.5 + 0.25 * (a + b)
    }

    /// Surf wave envelope in 0…1: a sine-squared swell over 35 % of the wave, then an exponential wash.
    private mutating func wave(_ c: Int, advance: Int) -> Float {
        wavePos[c] += advance
        if wavePos[c] >= waveLen[c] {
            wavePos[c] -= waveLen[c]
            waveLen[c] = Int(rng.uniform(5, 9) * sampleRate)
        }
        let x = Float(wavePos[c]) / Float(waveLen[c])
        if x < 0.35 {
            let s = sin(Float.pi / 2 * x / 0.35)
            return s * s
        }
        return exp(-(x - 0.35) * 6)
    }

    /// Adds the ambience of frames `blockStart ..< blockStart + count`.
    mutating func render(left: UnsafeMutablePointer<Float>, right: UnsafeMutablePointer<Float>, blockStart: Int, count: Int) {
        guard ambience != .none else { return }
        SineTable.table.withUnsafeBufferPointer { sine in
            var offset = 0
            while offset < count {
                let n = min(Self.control, count - offset)
                renderBed(left: left + offset, right: right + offset, frame: blockStart + offset, count: n, sine: sine)
                offset += n
            }
            renderEvents(left: left, right: right, blockStart: blockStart, count: count, sine: sine)
        }
    }

    private mutating func renderBed(left: UnsafeMutablePointer<Float>, right: UnsafeMutablePointer<Float>, frame: Int, count: Int, sine: UnsafeBufferPointer<Float>) {
        let t = Float(frame) / sampleRate
        switch ambience {
        case .surf:
            let wl = wave(0, advance: count), wr = wave(1, advance: count)
            // Waves stay darker than the action's sounds (cutoff ≤ 1.7 kHz) and swell by only 6 dB,
            // so a bounce on the sand is never masked by a breaking wave.
            filterL.set(cutoff: 250 + 1450 * wl, q: 0.6)
            filterR.set(cutoff: 250 + 1450 * wr, q: 0.6)
            let gl = 0.1 * (0.5 + 0.5 * wl), gr = 0.1 * (0.5 + 0.5 * wr)
            for i in 0..<count {
                left[i] += filterL.process(noiseL.white()).low * gl
                right[i] += filterR.process(noiseR.white()).low * gr
            }
        case .meadow, .wind:
            // Soft wind: low-passed noise (12 dB/octave) swelling with gusts; the `wind` ambience adds
            // a resonant band that wanders like wind whistling past edges.
            let isWind = ambience == .wind
            let g = gust(t, 0, rate: isWind ? 0.11 : 0.07)
            let centre: Float = isWind ? 300 + 700 * gust(t, 2, rate: 0.05) : 350 + 500 * g
            filterL.set(cutoff: centre, q: isWind ? 2.5 : 0.6)
            filterR.set(cutoff: centre * 1.07, q: isWind ? 2.5 : 0.6)
            let level: Float = (isWind ? 0.07 : 0.09) * (0.3 + g)
            for i in 0..<count {
                let nl = lowL.process(noiseL.white()), nr = lowR.process(noiseR.white())
                let fl = filterL.process(nl), fr = filterR.process(nr)
                left[i] += (isWind ? fl.band * 2 + 0.5 * nl : fl.low) * level
                right[i] += (isWind ? fr.band * 2 + 0.5 * nr : fr.low) * level
            }
        case .city:
            let swell = gust(t, 0, rate: 0.15)
            filterL.set(cutoff: 420, q: 0.8)
            filterR.set(cutoff: 460, q: 0.8)
            let rumble: Float = 0.2 * (0.6 + 0.4 * swell), hiss: Float = 0.02 * (0.4 + swell)
            for i in 0..<count {
                left[i] += lowL.process(noiseL.white()) * rumble + filterL.process(noiseL.white()).band * hiss
                right[i] += lowR.process(noiseR.white()) * rumble + filterR.process(noiseR.white()).band * hiss
            }
        case .night:
            for i in 0..<count {
                left[i] += lowL.process(noiseL.white()) * 0.05
                right[i] += lowR.process(noiseR.white()) * 0.05
            }
        case .room:
            for i in 0..<count {
                let h = hum.sine(sine) * 0.0025
                left[i] += lowL.process(noiseL.white()) * 0.04 + h
                right[i] += lowR.process(noiseR.white()) * 0.04 + h
            }
        case .none:
            break
        }
    }

    private mutating func renderEvents(left: UnsafeMutablePointer<Float>, right: UnsafeMutablePointer<Float>, blockStart: Int, count: Int, sine: UnsafeBufferPointer<Float>) {
        let end = blockStart + count
        switch ambience {
        case .meadow:
            while nextEvent < end {
                if birds.count < 6 { birds.append(BirdCall(startFrame: nextEvent, rng: &rng, sampleRate: sampleRate, level: 0.03)) }
                nextEvent += Int(rng.uniform(0.6, 3.0) * sampleRate)
            }
            for i in birds.indices { birds[i].render(left: left, right: right, blockStart: blockStart, count: count, sine: sine) }
            birds.removeAll { $0.isDone }
        case .city:
            while nextEvent < end {
                if horns.count < 4 { horns.append(Horn(startFrame: nextEvent, rng: &rng, sampleRate: sampleRate, level: 0.01)) }
                nextEvent += Int(rng.uniform(2.5, 8) * sampleRate)
            }
            for i in horns.indices { horns[i].render(left: left, right: right, blockStart: blockStart, count: count) }
            horns.removeAll { $0.isDone }
        case .night:
            for i in crickets.indices { crickets[i].render(left: left, right: right, count: count, sine: sine) }
        default:
            break
        }
    }
}
