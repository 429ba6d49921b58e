import Foundation
import Testing
@testable import Sound

struct LoudnessTests {
    static func sine(_ hz: Double, amplitude: Double, seconds: Double, channels: (Bool, Bool), phase: Double = 0) -> [Float] {
        let n = Int(seconds * 48_000)
        var out = [Float](repeating: 0, count: 2 * n)
        for i in 0..<n {
            let x = Float(amplitude * sin(2 * Double.pi * hz * Double(i) / 48_000 + phase))
            if channels.0 { out[2 * i] = x }
            if channels.1 { out[2 * i + 1] = x }
        }
        return out
    }

    /// BS.1770-4 §2.1 calibration: a 0 dBFS 997 Hz sine in one channel reads −3.01 LKFS, because the
    /// K-weighting gain at 997 Hz (+0.691 dB) cancels the −0.691 offset and the sine's mean square is ½.
    /// So −20 dBFS in both channels reads −20.0 LUFS and in one channel −23.01 LUFS.
    @Test func calibrationSines() {
        let both = Loudness.integrated(stereo: Self.sine(997, amplitude: 0.1, seconds: 3, channels: (true, true)), sampleRate: 48_000)
        #expect(abs(both - -20.0) < 0.1, "both channels: \(both)")
        let one = Loudness.integrated(stereo: Self.sine(997, amplitude: 0.1, seconds: 3, channels: (true, false)), sampleRate: 48_000)
        #expect(abs(one - -23.01) < 0.1, "one channel: \(one)")
        let full = Loudness.integrated(stereo: Self.sine(997, amplitude: 1, seconds: 2, channels: (true, false)), sampleRate: 48_000)
        #expect(abs(full - -3.01) < 0.1, "0 dBFS one channel: \(full)")
    }

    /// K-weighting: the RLB high-pass takes a 30 Hz tone down by several dB, the shelf lifts 5 kHz by ~+3.5 dB.
    @Test func kWeightingShape() {
        let low = Loudness.integrated(stereo: Self.sine(30, amplitude: 0.1, seconds: 2, channels: (true, true)), sampleRate: 48_000)
        let high = Loudness.integrated(stereo: Self.sine(5000, amplitude: 0.1, seconds: 2, channels: (true, true)), sampleRate: 48_000)
        #expect(low < -22 && low > -30, "30 Hz: \(low)")
        #expect(high > -17.5 && high < -15.5, "5 kHz: \(high)")
    }

    /// The relative gate drops passages more than 10 LU under the programme, unlike a plain average.
    @Test func relativeGateIgnoresQuietPassage() {
        let loud = Self.sine(997, amplitude: 0.1, seconds: 2, channels: (true, true))
        let quiet = Self.sine(997, amplitude: 0.1 / 316, seconds: 2, channels: (true, true))  // −50 dB
        let gated = Loudness.integrated(stereo: loud + quiet, sampleRate: 48_000)
        // 400 ms blocks every 100 ms: 17 all loud, 3 straddling (¾, ½, ¼ loud) pass the gate at ≈ −33 LUFS;
        // the 17 quiet ones do not. Expected −20 + 10·log10(18.5 / 20) = −20.34 (the plain average is −23).
        #expect(abs(gated - -20.339) < 0.05, "gated: \(gated)")
        #expect(Loudness.integrated(stereo: [Float](repeating: 0, count: 96_000), sampleRate: 48_000) == -.infinity)
    }

    /// A 12 kHz sine sampled at 45° phase has sample peaks 3 dB under its true peak.
    @Test func truePeakFindsIntersamplePeaks() {
        let x = Self.sine(12_000, amplitude: 0.5, seconds: 0.5, channels: (true, true), phase: Double.pi / 4)
        let samplePeak = 20 * log10(Double(x.map(abs).max()!))
        let tp = Loudness.truePeak(stereo: x)
        #expect(abs(samplePeak - -9.03) < 0.05)
        #expect(abs(tp - -6.02) < 0.3, "true peak \(tp)")
    }

    @Test func limiterHoldsTruePeakCeiling() {
        var limiter = TruePeakLimiter(sampleRate: 48_000, ceilingDB: -1.5)
        // +6 dBFS, 11 kHz: far over the ceiling, with intersample peaks.
        var l = (0..<9_600).map { Float(2 * sin(2 * Double.pi * 11_000 * Double($0) / 48_000 + 0.3)) }
        var r = l
        l.withUnsafeMutableBufferPointer { lp in
            r.withUnsafeMutableBufferPointer { rp in limiter.process(left: lp.baseAddress!, right: rp.baseAddress!, count: lp.count) }
        }
        var stereo = [Float]()
        for i in 0..<l.count { stereo += [l[i], r[i]] }
        let tp = Loudness.truePeak(stereo: stereo)
        #expect(tp <= -1.0, "true peak after limiting \(tp) dBTP")
        #expect(tp > -3.0, "not over-limited: \(tp) dBTP")
    }

    @Test func limiterPassesQuietAudioUnchangedButDelayed() {
        var limiter = TruePeakLimiter(sampleRate: 48_000, ceilingDB: -1.5)
        let input = (0..<4_800).map { $0 < 1_000 ? Float(0) : Float(0.5 * sin(Double($0) * 0.05)) }
        var l = input, r = input
        l.withUnsafeMutableBufferPointer { lp in
            r.withUnsafeMutableBufferPointer { rp in limiter.process(left: lp.baseAddress!, right: rp.baseAddress!, count: lp.count) }
        }
        let d = limiter.latency
        #expect(d > 0 && d < 96, "latency \(d) frames")
        #expect(l[0..<(1_000 + d)].allSatisfy { $0 == 0 }, "nothing before the delayed onset")
        #expect((1_000..<(4_800 - d)).allSatisfy { l[$0 + d] == input[$0] }, "gain is exactly 1 under the ceiling")
    }
}
