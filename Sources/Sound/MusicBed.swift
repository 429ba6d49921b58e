import Foundation
import Geometry
import Storyboard

/// A small generated score: a four-bar chord loop in a key drawn from the seed, with pad, bass and
/// (by mood) plucked arpeggios, a soft shaker or low drums. It cadences to the tonic on the last
/// bar and fades out over the final seconds. Bars are composed one at a time as playback reaches
/// them, so memory does not grow with length.
struct MusicBed: Sendable {
    struct Chord: Sendable {
        /// Semitones above the tonic.
        var root: Int
        var minor: Bool
    }

    let mood: MusicMood
    private let sampleRate: Float
    private let seed: UInt64
    private let tonic: Int  // MIDI note of the bass tonic
    private let progression: [Chord]
    private let barSeconds: Double
    private let bars: Int
    private let totalFrames: Int
    private let fadeFrames: Int
    private var nextBar = 0
    private var rng: SeededRandom
    private var voices: [MusicVoice] = []
    /// Overall level: the bed sits about 14 dB under dialogue before ducking, so impacts and
    /// footsteps stay clearly audible over it.
    private static let level: Float = 0.25

    init(mood: MusicMood, tempo: Float, seconds: Double, seed: UInt64, sampleRate: Float) {
        self.mood = mood
        self.sampleRate = sampleRate
        self.seed = seed
        var rng = SeededRandom(seed: seed, stream: "music")
        tonic = 33 + Int(rng.next() % 12)
        let maj = { (r: Int) in Chord(root: r, minor: false) }
        let min = { (r: Int) in Chord(root: r, minor: true) }
        let options: [[Chord]]
        switch mood {
        case .upbeat: options = [[maj(0), maj(7), min(9), maj(5)], [maj(0), maj(5), maj(7), maj(5)]]
        case .calm: options = [[maj(0), min(9), maj(5), maj(7)], [maj(0), min(4), maj(5), maj(0)]]
        case .tense: options = [[min(0), maj(8), min(5), maj(7)], [min(0), min(0), maj(8), maj(7)]]
        case .epic: options = [[min(0), maj(8), maj(3), maj(10)], [min(0), maj(10), maj(8), maj(7)]]
        case .none: options = [[maj(0)]]
        }
        progression = options[Int(rng.next() % UInt64(options.count))]
        let bpm = Double(Swift.min(Swift.max(tempo.isFinite ? tempo : 96, 50), 200))
        barSeconds = 4 * 60 / bpm
        bars = Swift.max(1, Int((seconds / barSeconds).rounded(.up)))
        totalFrames = Int((seconds * Double(sampleRate)).rounded())
        fadeFrames = Swift.max(1, Int(Swift.min(2.0, 0.3 * seconds) * Double(sampleRate)))
        self.rng = rng
        voices.reserveCapacity(48)
    }

    private func frame(bar: Int, beat: Double) -> Int {
        Int(((Double(bar) + beat / 4) * barSeconds * Double(sampleRate)).rounded())
    }

    private func hz(_ midi: Int) -> Float { 440 * pow(2, Float(midi - 69) / 12) }

    /// The chord of a bar: the loop, with a dominant before the end and the tonic on the last bar.
    private func chord(bar: Int) -> Chord {
        let last = bars - 1
        if bar == last { return progression[0] }
        if bar == last - 1 && bars >= 4 { return Chord(root: 7, minor: false) }
        return progression[bar % progression.count]
    }

    /// Composes bar `bar` into new voices.
    private mutating func compose(bar: Int) {
        let c = chord(bar: bar)
        let root = tonic + c.root
        let third = c.minor ? 3 : 4
        let beat = Float(barSeconds / 4)
        // Pad voicing: chord tones folded into the octave above middle C's neighbourhood (55…67).
        let padNotes = [root, root + third, root + 7].map { n -> Int in
            var m = n
            while m < 55 { m += 12 }
            while m > 67 { m -= 12 }
            return m
        }
        let brightness: Float
        switch mood {
        case .upbeat: brightness = 2200
        case .calm: brightness = 1100
        case .tense: brightness = 800
        case .epic: brightness = 1600
        case .none: brightness = 1000
        }
        func add(_ i: MusicVoice.Instrument, beatAt: Double, beats: Float, midi: Int, velocity: Float, pan: Float) {
            let start = frame(bar: bar, beat: beatAt)
            guard start < totalFrames else { return }
            let v = velocity * Self.level * rng.uniform(0.9, 1.0)
            voices.append(MusicVoice(i, startFrame: start, duration: beats * beat, frequency: hz(midi), velocity: v, pan: pan,
                                     brightness: brightness, seed: seed &+ UInt64(bar), sampleRate: sampleRate))
        }
        for (k, n) in padNotes.enumerated() {
            add(.pad, beatAt: 0, beats: 4, midi: n, velocity: 0.09, pan: Float(k - 1) * 0.4)
        }
        switch mood {
        case .upbeat:
            for b in 0..<4 { add(.bass, beatAt: Double(b), beats: 0.8, midi: b == 2 ? root + 7 : root, velocity: 0.22, pan: 0) }
            let arp = [root + 24, root + 24 + third, root + 31, root + 24 + third]
            for e in 0..<8 { add(.pluck, beatAt: Double(e) / 2, beats: 0.4, midi: arp[e % 4], velocity: 0.07, pan: e % 2 == 0 ? -0.3 : 0.3) }
            for e in 0..<8 { add(.shaker, beatAt: Double(e) / 2, beats: 0.1, midi: 0, velocity: e % 2 == 1 ? 0.05 : 0.025, pan: 0.2) }
        case .calm:
            add(.bass, beatAt: 0, beats: 3.8, midi: root, velocity: 0.2, pan: 0)
            let arp = [root + 24, root + 31, root + 24 + third + 12, root + 31]
            for q in 0..<4 { add(.pluck, beatAt: Double(q), beats: 0.8, midi: arp[q], velocity: 0.06, pan: q % 2 == 0 ? -0.25 : 0.25) }
        case .tense:
            for e in 0..<8 { add(.bass, beatAt: Double(e) / 2, beats: 0.35, midi: root, velocity: e % 4 == 0 ? 0.22 : 0.15, pan: 0) }
            add(.pad, beatAt: 0, beats: 4, midi: root + 25, velocity: 0.03, pan: 0.5)  // a flat ninth above: unease
        case .epic:
            add(.bass, beatAt: 0, beats: 1.9, midi: root, velocity: 0.22, pan: 0)
            add(.bass, beatAt: 2, beats: 1.9, midi: root, velocity: 0.2, pan: 0)
            add(.pad, beatAt: 0, beats: 4, midi: padNotes[0] + 12, velocity: 0.05, pan: 0)
            for b in [0.0, 2.0, 2.5] { add(.drum, beatAt: b, beats: 0.3, midi: 31, velocity: 0.35, pan: 0) }
        case .none:
            break
        }
    }

    /// Adds the music of frames `blockStart ..< blockStart + count`.
    mutating func render(left: UnsafeMutablePointer<Float>, right: UnsafeMutablePointer<Float>, blockStart: Int, count: Int) {
        guard mood != .none else { return }
        let end = blockStart + count
        while nextBar < bars, frame(bar: nextBar, beat: 0) < end {
            compose(bar: nextBar)
            nextBar += 1
        }
        SineTable.table.withUnsafeBufferPointer { sine in
            for i in voices.indices { voices[i].render(left: left, right: right, blockStart: blockStart, count: count, sine: sine) }
        }
        voices.removeAll { $0.isDone || $0.startFrame >= totalFrames }
        // Fade out over the last seconds (raised cosine) so the score ends with the video.
        let fadeStart = totalFrames - fadeFrames
        if end > fadeStart {
            for n in 0..<count {
                let f = blockStart + n
                guard f >= fadeStart else { continue }
                let x = min(Float(f - fadeStart) / Float(fadeFrames), 1)
                let g = 0.5 + 0.5 * cos(Float.pi * x)
                left[n] *= g
                right[n] *= g
            }
        }
    }
}
