import Foundation
import Storyboard
import Testing
@testable import Sound

/// The room sound: its decay time is the one asked for, and places differ as they should.
@Suite struct ReverbTests {
    /// Reverberation time from the impulse response by Schroeder backward integration (T20 × 3).
    static func measuredRT60(_ acoustics: Acoustics, sampleRate: Float = 48000) -> Float {
        var reverb = Reverb(acoustics, sampleRate: sampleRate)
        let count = Int(sampleRate * 3)
        var input = [Float](repeating: 0, count: count)
        input[0] = 1
        var left = [Float](repeating: 0, count: count), right = left
        input.withUnsafeBufferPointer { i in
            left.withUnsafeMutableBufferPointer { l in
                right.withUnsafeMutableBufferPointer { r in reverb.process(i.baseAddress!, left: l.baseAddress!, right: r.baseAddress!, count: count) }
            }
        }
        var energy = [Double](repeating: 0, count: count)
        var tail = 0.0
        for n in stride(from: count - 1, through: 0, by: -1) {
            tail += Double(left[n] * left[n])
            energy[n] = tail
        }
        let db = energy.map { 10 * log10($0 / energy[0]) }
        let t5 = db.firstIndex { $0 <= -5 } ?? 0, t25 = db.firstIndex { $0 <= -25 } ?? count
        return Float(t25 - t5) / sampleRate * 3
    }

    @Test func decayTimeFollowsTheRequestedRT60() {
        for rt60 in [0.4, 0.9, 1.5] as [Float] {
            let measured = Self.measuredRT60(Acoustics(rt60: rt60, wet: 1, preDelay: 0))
            #expect(abs(measured - rt60) / rt60 < 0.25, "asked \(rt60) s, measured \(measured) s")
        }
    }

    @Test func aCourtyardRingsLongerAndLouderThanABeach() {
        let beach = Acoustics(place: .beach), courtyard = Acoustics(place: .courtyard)
        #expect(Self.measuredRT60(courtyard) > 2 * Self.measuredRT60(beach))
        #expect(courtyard.wet > 3 * beach.wet)
    }

    @Test func aDryRoomAddsNothing() {
        var reverb = Reverb(.dry, sampleRate: 48000)
        let input: [Float] = [1, 0.5, -0.25, 0]
        var left: [Float] = [0.1, 0.2, 0.3, 0.4], right = left
        input.withUnsafeBufferPointer { i in
            left.withUnsafeMutableBufferPointer { l in
                right.withUnsafeMutableBufferPointer { r in reverb.process(i.baseAddress!, left: l.baseAddress!, right: r.baseAddress!, count: 4) }
            }
        }
        #expect(left == [0.1, 0.2, 0.3, 0.4] && right == left)
    }
}
