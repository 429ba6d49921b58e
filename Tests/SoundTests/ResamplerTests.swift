import Foundation
import Testing
@testable import Sound

struct ResamplerTests {
    /// Goertzel magnitude of `x` at `hz` (amplitude of a sine at that frequency).
    static func amplitude(_ x: ArraySlice<Float>, hz: Double, rate: Double) -> Double {
        let w = 2 * Double.pi * hz / rate
        var s1 = 0.0, s2 = 0.0
        for v in x {
            let s = Double(v) + 2 * cos(w) * s1 - s2
            s2 = s1
            s1 = s
        }
        let power = s1 * s1 + s2 * s2 - 2 * cos(w) * s1 * s2
        return 2 * power.squareRoot() / Double(x.count)
    }

    @Test func upsamplesSpeechRateCleanly() {
        let r = Resampler(inputRate: 22_050, outputRate: 48_000)
        #expect(r.up == 320 && r.down == 147)
        for hz in [440.0, 1000.0, 5000.0] {
            let input = (0..<22_050).map { Float(0.5 * sin(2 * Double.pi * hz * Double($0) / 22_050)) }
            let out = r.process(input)
            #expect(out.count == 48_000)
            let mid = out[4_800..<43_200]
            let a = Self.amplitude(mid, hz: hz, rate: 48_000)
            #expect(abs(a - 0.5) < 0.01, "\(hz) Hz passband amplitude \(a)")
            // The image mirrored about the old Nyquist (22 050 − f) must be gone (< −60 dB).
            let image = Self.amplitude(mid, hz: 22_050 - hz, rate: 48_000)
            #expect(image < 0.5e-3, "\(hz) Hz image \(image)")
        }
    }
}
