import Foundation
import Geometry

/// A synthesized bird song: a few rising/falling whistled syllables with sine-squared envelopes.
struct BirdCall: Sendable {
    let startFrame: Int
    let length: Int
    private let syllable: Int
    private let period: Int
    private let base: Float
    private let sweep: Float
    private let gainL: Float
    private let gainR: Float
    private var osc: Oscillator
    private var elapsed = 0

    init(startFrame: Int, rng: inout SeededRandom, sampleRate: Float, level: Float) {
        self.startFrame = startFrame
        let syllables = 2 + Int(rng.next() % 5)
        syllable = Int(rng.uniform(0.05, 0.11) * sampleRate)
        period = syllable + Int(rng.uniform(0.03, 0.08) * sampleRate)
        length = period * syllables
        base = rng.uniform(2600, 4800)
        sweep = rng.uniform(-0.35, 0.45)
        let pan = Spatial.panGains(rng.uniform(-0.8, 0.8))
        let g = level * rng.uniform(0.4, 1)
        gainL = pan.left * g
        gainR = pan.right * g
        osc = Oscillator(sampleRate: sampleRate, frequency: base)
    }

    var isDone: Bool { elapsed >= length }

    mutating func render(left: UnsafeMutablePointer<Float>, right: UnsafeMutablePointer<Float>, blockStart: Int, count: Int, sine: UnsafeBufferPointer<Float>) {
        let begin = max(startFrame - blockStart, 0)
        guard begin < count else { return }
        let end = min(count, begin + length - elapsed)
        for n in begin..<end {
            let pos = elapsed % period
            elapsed += 1
            guard pos < syllable else { continue }
            let x = Float(pos) / Float(syllable)
            let env = sin(Float.pi * x)
            osc.setFrequency(base * (1 + sweep * x))
            let s = osc.sine(sine) * env * env
            left[n] += s * gainL
            right[n] += s * gainR
        }
    }
}

/// A distant car horn: two saw tones a major third apart through a low-pass, 30 ms attack.
struct Horn: Sendable {
    let startFrame: Int
    let length: Int
    private var a: Oscillator
    private var b: Oscillator
    private var filter: OnePoleLowpass
    private var envelope: Envelope
    private let gainL: Float
    private let gainR: Float
    private var elapsed = 0

    init(startFrame: Int, rng: inout SeededRandom, sampleRate: Float, level: Float) {
        self.startFrame = startFrame
        let f = rng.uniform(360, 470)
        a = Oscillator(sampleRate: sampleRate, frequency: f)
        b = Oscillator(sampleRate: sampleRate, frequency: f * 1.26)
        filter = OnePoleLowpass(sampleRate: sampleRate, cutoff: 1400)
        envelope = Envelope(sampleRate: sampleRate, attack: 0.03, decay: 0.2, sustain: 0.8, release: 0.04)
        envelope.noteOn()
        let held = Int(rng.uniform(0.2, 0.7) * sampleRate)
        length = held + Int(0.4 * sampleRate)
        releaseAt = held
        let pan = Spatial.panGains(rng.uniform(-0.9, 0.9))
        let g = level * rng.uniform(0.5, 1)
        gainL = pan.left * g
        gainR = pan.right * g
    }

    private let releaseAt: Int
    var isDone: Bool { elapsed >= length }

    mutating func render(left: UnsafeMutablePointer<Float>, right: UnsafeMutablePointer<Float>, blockStart: Int, count: Int) {
        let begin = max(startFrame - blockStart, 0)
        guard begin < count else { return }
        let end = min(count, begin + length - elapsed)
        for n in begin..<end {
            if elapsed == releaseAt { envelope.noteOff() }
            elapsed += 1
            let s = filter.process(a.saw() + b.saw()) * envelope.next()
            left[n] += s * gainL
            right[n] += s * gainR
        }
    }
}

/// A cricket: trains of 3–4 short soft pulses of a 4–5 kHz tone, repeating every 0.6–1 s.
struct Cricket: Sendable {
    private var osc: Oscillator
    private let pulse: Int
    private let pulsePeriod: Int
    private let pulses: Int
    private let chirpPeriod: Int
    private var position: Int
    private let gainL: Float
    private let gainR: Float

    init(rng: inout SeededRandom, sampleRate: Float, level: Float) {
        osc = Oscillator(sampleRate: sampleRate, frequency: rng.uniform(4200, 5200))
        pulse = Int(0.018 * sampleRate)
        pulsePeriod = Int(0.032 * sampleRate)
        pulses = 3 + Int(rng.next() % 2)
        chirpPeriod = Int(rng.uniform(0.6, 1.0) * sampleRate)
        position = Int(rng.next() % UInt64(chirpPeriod))
        let pan = Spatial.panGains(rng.uniform(-0.9, 0.9))
        let g = level * rng.uniform(0.5, 1)
        gainL = pan.left * g
        gainR = pan.right * g
    }

    mutating func render(left: UnsafeMutablePointer<Float>, right: UnsafeMutablePointer<Float>, count: Int, sine: UnsafeBufferPointer<Float>) {
        for n in 0..<count {
            let p = position
            position = position + 1 == chirpPeriod ? 0 : position + 1
            let inPulse = p % pulsePeriod
            guard p < pulsePeriod * pulses, inPulse < pulse else { continue }
            let env = sin(Float.pi * Float(inPulse) / Float(pulse))
            let s = osc.sine(sine) * env * env
            left[n] += s * gainL
            right[n] += s * gainR
        }
    }
}
