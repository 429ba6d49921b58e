import Foundation
import TestSupport
import Testing

/// The shared onset detector (TestSupport) that sync tests rely on.
struct OnsetDetectorTests {
    /// Deterministic noise in −1…1 (xorshift).
    func noise(_ count: Int, seed: UInt64) -> [Float] {
        var s = seed
        return (0..<count).map { _ in
            s ^= s << 13
            s ^= s >> 7
            s ^= s << 17
            return Float(Double(s >> 11) / Double(1 << 53)) * 2 - 1
        }
    }

    /// Adds a click of the given kind starting exactly at `time` seconds (fractional sample positions allowed).
    func addClick(_ kind: Int, at time: Double, to stereo: inout [Float], sampleRate: Int, seed: UInt64) {
        let start = Int((time * Double(sampleRate)).rounded(.up))
        let burst = noise(sampleRate / 200, seed: seed)
        for n in 0..<(sampleRate / 200) where 2 * (start + n) + 1 < stereo.count {
            let t = Double(n) / Double(sampleRate)
            let v: Float
            switch kind {
            case 0: v = 0.6 * Float(exp(-t / 0.002)) * burst[n]  // noise burst, 2 ms decay
            case 1: v = 0.5 * Float(sin(2 * Double.pi * 2500 * t) * exp(-t / 0.004))  // struck tone at 2.5 kHz
            default: v = n == 0 ? 0.9 : 0  // single-sample tick
            }
            stereo[2 * (start + n)] += v
            stereo[2 * (start + n) + 1] += kind == 1 ? -v : v  // one click in anti-phase: must not cancel out
        }
    }

    @Test func findsClicksAtKnownTimesWithinHalfAMillisecond() {
        let sr = 48000
        var audio = TestSupport.stereoSine(frequency: 110, seconds: 3, sampleRate: sr, amplitude: 0.3)  // loud bass "music"
        let hiss = noise(audio.count, seed: 9)
        for i in audio.indices { audio[i] += 0.003 * hiss[i] }
        let times = [0.1234, 0.40, 0.47, 1.00005, 1.5, 2.2221, 2.9]
        for (k, t) in times.enumerated() { addClick(k % 3, at: t, to: &audio, sampleRate: sr, seed: UInt64(k + 1)) }
        let found = TestSupport.onsets(in: audio, sampleRate: sr)
        #expect(found.count == times.count, "found \(found)")
        for (f, t) in zip(found, times) {
            #expect(abs(f - t) < 0.0005, "expected \(t), found \(f)")
        }
    }

    @Test func refractoryPeriodMergesClicksCloserThan50ms() {
        var audio = [Float](repeating: 0, count: 48000 * 2)
        addClick(0, at: 0.2, to: &audio, sampleRate: 48000, seed: 1)
        addClick(0, at: 0.23, to: &audio, sampleRate: 48000, seed: 2)
        addClick(0, at: 0.6, to: &audio, sampleRate: 48000, seed: 3)
        let found = TestSupport.onsets(in: audio, sampleRate: 48000)
        #expect(found.count == 2)
        #expect(abs(found[0] - 0.2) < 0.0005 && abs(found[1] - 0.6) < 0.0005)
    }

    @Test func ignoresSteadySoundsAndSilence() {
        let sr = 48000
        #expect(TestSupport.onsets(in: [Float](repeating: 0, count: sr * 2), sampleRate: sr).isEmpty)
        // Audio that is already playing at time 0 is not an onset; a steady tone gives none later either.
        var tone = TestSupport.stereoSine(frequency: 3000, seconds: 1, sampleRate: sr, amplitude: 0.5)
        #expect(TestSupport.onsets(in: tone, sampleRate: sr).isEmpty)
        // The same tone starting after 0.3 s of silence has exactly one onset, at its start.
        let delayed = [Float](repeating: 0, count: 2 * 14400) + tone
        let found = TestSupport.onsets(in: delayed, sampleRate: sr)
        #expect(found.count == 1)
        #expect(abs((found.first ?? 0) - 0.3) < 0.0005, "\(found)")
        let hiss = noise(sr * 2, seed: 4)
        for i in tone.indices { tone[i] = 0.0005 * hiss[i] }
        #expect(TestSupport.onsets(in: tone, sampleRate: sr).isEmpty)
    }

    @Test func rmsOfKnownSignals() {
        #expect(TestSupport.rms([]) == 0)
        #expect(TestSupport.rms([0.5, -0.5, 0.5, -0.5]) == 0.5)
        let sine = TestSupport.stereoSine(frequency: 1000, seconds: 1, amplitude: 0.8)
        #expect(abs(TestSupport.rms(sine) - 0.8 / Float(2).squareRoot()) < 1e-4)
        #expect(abs(TestSupport.peak(sine) - 0.8) < 1e-3)
    }
}
