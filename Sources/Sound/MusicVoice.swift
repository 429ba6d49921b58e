import Foundation

/// One note of the score. Every instrument has an attack of at least 20 ms, so nothing in the
/// music has an onset sharp enough to be mistaken for an impact.
struct MusicVoice: Sendable {
    enum Instrument: Sendable { case pad, bass, pluck, shaker, drum }

    let instrument: Instrument
    let startFrame: Int
    /// Frames until note-off; the release tail follows.
    private let held: Int
    private var elapsed = 0
    private var a: Oscillator
    private var b: Oscillator
    private var envelope: Envelope
    private var filter: StateVariableFilter
    private var noise: NoiseSource
    private let frequency: Float
    private let gainL: Float
    private let gainR: Float

    /// - Parameters: frequency in Hz, duration in seconds (until note-off), velocity 0…1, pan −1…1.
    init(_ instrument: Instrument, startFrame: Int, duration: Float, frequency: Float, velocity: Float, pan: Float,
         brightness: Float, seed: UInt64, sampleRate: Float) {
        self.instrument = instrument
        self.startFrame = startFrame
        self.frequency = frequency
        held = max(1, Int(duration * sampleRate))
        let sr = sampleRate
        switch instrument {
        case .pad:
            a = Oscillator(sampleRate: sr, frequency: frequency * 1.003)
            b = Oscillator(sampleRate: sr, frequency: frequency * 0.997, phase: 0.37)
            envelope = Envelope(sampleRate: sr, attack: 0.35, decay: 0.6, sustain: 0.8, release: 0.25)
        case .bass:
            a = Oscillator(sampleRate: sr, frequency: frequency)
            b = Oscillator(sampleRate: sr, frequency: frequency * 2)
            envelope = Envelope(sampleRate: sr, attack: 0.025, decay: 0.35, sustain: 0.55, release: 0.06)
        case .pluck:
            a = Oscillator(sampleRate: sr, frequency: frequency)
            b = Oscillator(sampleRate: sr, frequency: frequency * 2)
            envelope = Envelope(sampleRate: sr, attack: 0.022, decay: 0.22, sustain: 0, release: 0.08)
        case .shaker:
            a = Oscillator(sampleRate: sr, frequency: 1)
            b = Oscillator(sampleRate: sr, frequency: 1)
            envelope = Envelope(sampleRate: sr, attack: 0.02, decay: 0.035, sustain: 0, release: 0.02)
        case .drum:
            a = Oscillator(sampleRate: sr, frequency: frequency)
            b = Oscillator(sampleRate: sr, frequency: frequency * 1.5)
            envelope = Envelope(sampleRate: sr, attack: 0.02, decay: 0.3, sustain: 0, release: 0.1)
        }
        envelope.noteOn()
        filter = StateVariableFilter(sampleRate: sr, cutoff: instrument == .shaker ? 7000 : brightness, q: 0.7)
        noise = NoiseSource(seed: seed, stream: "music/shaker")
        let p = Spatial.panGains(pan)
        gainL = p.left * velocity
        gainR = p.right * velocity
    }

    var isDone: Bool { envelope.isDone }

    mutating func render(left: UnsafeMutablePointer<Float>, right: UnsafeMutablePointer<Float>, blockStart: Int, count: Int, sine: UnsafeBufferPointer<Float>) {
        let begin = max(startFrame - blockStart, 0)
        guard begin < count else { return }
        // One loop per instrument keeps the per-sample work branch-free.
        switch instrument {
        case .pad:
            for n in begin..<count {
                guard let env = gate() else { break }
                emit(filter.process(a.saw() + b.saw()).low * 0.5 * env, left + n, right + n)
            }
        case .bass:
            for n in begin..<count {
                guard let env = gate() else { break }
                emit((a.sine(sine) + 0.25 * b.sine(sine)) * env, left + n, right + n)
            }
        case .pluck:
            for n in begin..<count {
                guard let env = gate() else { break }
                emit((a.sine(sine) + 0.3 * b.sine(sine) * env) * env, left + n, right + n)
            }
        case .shaker:
            for n in begin..<count {
                guard let env = gate() else { break }
                emit(filter.process(noise.white()).high * env, left + n, right + n)
            }
        case .drum:
            for n in begin..<count {
                guard let env = gate() else { break }
                // Pitch falls by a third over the note, like a soft floor tom.
                a.setFrequency(frequency * (0.75 + 0.25 * env))
                emit((a.sine(sine) + 0.2 * b.sine(sine) * env) * env, left + n, right + n)
            }
        }
    }

    /// Advances the note clock and envelope; nil once the release has died away.
    @inline(__always) private mutating func gate() -> Float? {
        if elapsed == held { envelope.noteOff() }
        elapsed += 1
        let env = envelope.next()
        return envelope.isDone ? nil : env
    }

    @inline(__always) private func emit(_ y: Float, _ l: UnsafeMutablePointer<Float>, _ r: UnsafeMutablePointer<Float>) {
        l.pointee += y * gainL
        r.pointee += y * gainR
    }
}
