import Storyboard
import Testing
@testable import Sound

struct ImpactDuckTests {
    func gains(_ cues: [ImpactCue], seconds: Double = 2) -> [Float] {
        let duck = ImpactDuck(cues: cues, sampleRate: 48_000)
        var out = [Float](repeating: 0, count: Int(seconds * 48_000))
        // In blocks, as the mixer calls it, to cover block boundaries.
        var start = 0
        while start < out.count {
            let n = min(4096, out.count - start)
            out.withUnsafeMutableBufferPointer { duck.fill($0.baseAddress! + start, blockStart: start, count: n) }
            start += n
        }
        return out
    }

    @Test func bedsAreDownBeforeTheHitAndBackAfter() {
        let g = gains([ImpactCue(time: 1.0, impulse: 5, materials: [.rubber, .sand])])
        func at(_ t: Double) -> Float { g[Int(t * 48_000)] }
        #expect(at(0.9) == 1)
        #expect(at(0.98) == ImpactDuck.depth, "fully down before the onset, so the hit starts out of a quiet bed")
        #expect(at(1.1) == ImpactDuck.depth)
        #expect(at(1.2) > ImpactDuck.depth && at(1.2) < 1)
        #expect(at(1.5) == 1)
        // Smooth: no step larger than a fader move of 1/720 of the way per sample.
        let steps = zip(g, g.dropFirst()).map { abs($0 - $1) }
        #expect(steps.max()! < 0.002)
    }

    @Test func softTapsDoNotPumpTheBeds() {
        let taps = (0..<20).map { ImpactCue(time: 0.1 * Double($0), impulse: 0.1, materials: [.flesh, .grass]) }
        #expect(gains(taps).allSatisfy { $0 == 1 })
    }
}
