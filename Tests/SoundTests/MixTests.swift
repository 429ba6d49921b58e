import Foundation
import Storyboard
import Testing
@testable import Sound

/// Levels and character of the beds under the action, measured on the raw mix (before normalization).
struct MixTests {
    static let speech: SpokenLine = try! Speech.synthesize("hello there, how are you today", language: "en", voice: Voice(gender: .female, pitch: 60))

    /// Raw mix of a scene, left and right.
    static func raw(_ scene: SoundScene) -> (left: [Float], right: [Float]) {
        var mixer = Mixer(scene: scene, sampleRate: 48_000)
        var left = [Float](repeating: 0, count: mixer.frames), right = left
        var start = 0
        while start < mixer.frames {
            let n = min(Mixer.blockSize, mixer.frames - start)
            left.withUnsafeMutableBufferPointer { l in
                right.withUnsafeMutableBufferPointer { r in
                    mixer.render(left: l.baseAddress! + start, right: r.baseAddress! + start, blockStart: start, count: n)
                }
            }
            start += n
        }
        return (left, right)
    }

    static func dialogueLoudness() -> Double {
        Soundtrack.measure(SoundScene(seconds: 2.5, dialogue: [PlacedLine(line: speech, start: 0.1)]))
    }

    @Test(arguments: [Ambience.surf, .meadow, .city, .wind, .night, .room])
    func ambienceSitsWellUnderDialogue(ambience: Ambience) {
        let lufs = Soundtrack.measure(SoundScene(seconds: 2.5, seed: 4, ambience: ambience))
        let speech = Self.dialogueLoudness()
        print("ambience \(ambience): \(lufs) LUFS, dialogue \(speech) LUFS")
        #expect(lufs.isFinite && lufs > speech - 35, "\(ambience) is audible: \(lufs) LUFS")
        #expect(lufs < speech - 15, "\(ambience) \(lufs) LUFS vs dialogue \(speech) LUFS")
    }

    @Test(arguments: [MusicMood.upbeat, .calm, .tense, .epic])
    func musicIsSoftUnderDialogueWithGentleAttacksAndFade(mood: MusicMood) {
        let scene = SoundScene(seconds: 3, seed: 8, music: mood, tempo: 120)
        let lufs = Soundtrack.measure(scene)
        let speech = Self.dialogueLoudness()
        print("music \(mood): \(lufs) LUFS, dialogue \(speech) LUFS")
        #expect(lufs.isFinite && lufs < speech - 4 && lufs > speech - 25, "\(mood) \(lufs) LUFS vs dialogue \(speech) LUFS")
        let (l, r) = Self.raw(scene)
        let ms = 48
        let rms = stride(from: 0, to: l.count - ms, by: ms).map { s in
            ((s..<(s + ms)).map { l[$0] * l[$0] + r[$0] * r[$0] }.reduce(0, +) / Float(2 * ms)).squareRoot()
        }
        let top = rms.max()!
        // It fades out with the video.
        #expect(rms.suffix(5).allSatisfy { $0 < 0.01 * top }, "\(mood) fades out")
    }

    /// No note may start like an impact: every instrument takes at least ~20 ms to reach its peak
    /// (an impact reaches it in well under a millisecond).
    @Test(arguments: [MusicVoice.Instrument.pad, .bass, .pluck, .shaker, .drum])
    func instrumentsHaveSoftAttacks(instrument: MusicVoice.Instrument) {
        var voice = MusicVoice(instrument, startFrame: 0, duration: 0.5, frequency: 220, velocity: 1, pan: 0, brightness: 2000, seed: 1, sampleRate: 48_000)
        var l = [Float](repeating: 0, count: 48_000), r = l
        l.withUnsafeMutableBufferPointer { lp in
            r.withUnsafeMutableBufferPointer { rp in
                SineTable.table.withUnsafeBufferPointer { voice.render(left: lp.baseAddress!, right: rp.baseAddress!, blockStart: 0, count: 48_000, sine: $0) }
            }
        }
        let peak = l.map(abs).max()!
        let early = l[0..<480].map(abs).max()!
        #expect(peak > 0.01)
        #expect(early < 0.6 * peak, "\(instrument): \(early / peak) of peak within 10 ms")
        #expect(l[0..<48].map(abs).max()! < 0.1 * peak, "\(instrument): nearly silent in its first millisecond")
    }

    @Test func musicDucksUnderALine() {
        // A silent line triggers the duck without adding sound of its own.
        let silent = SpokenLine(samples: [Float](repeating: 0, count: 48_000))
        let plain = SoundScene(seconds: 3, seed: 2, music: .calm, tempo: 100)
        var ducked = plain
        ducked.dialogue = [PlacedLine(line: silent, start: 1)]
        let a = Self.raw(plain), b = Self.raw(ducked)
        func energy(_ x: [Float], _ r: Range<Int>) -> Float { r.map { x[$0] * x[$0] }.reduce(0, +) }
        let during = 60_000..<90_000  // 1.25–1.875 s, well inside the line
        let ratio = 10 * log10(energy(b.left, during) / energy(a.left, during))
        #expect(abs(ratio - -8) < 0.5, "duck \(ratio) dB")
        let before = 0..<30_000
        #expect(energy(b.left, before) == energy(a.left, before), "no duck before the line")
    }

    @Test func noMusicAndNoAmbienceIsSilent() {
        let (l, r) = Self.raw(SoundScene(seconds: 0.5, seed: 3, ambience: .none, music: .none))
        #expect(l.allSatisfy { $0 == 0 } && r.allSatisfy { $0 == 0 })
    }
}
