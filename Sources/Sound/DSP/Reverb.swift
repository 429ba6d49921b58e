import Foundation

/// A Schroeder–Moorer reverberator (the Freeverb layout): eight damped feedback combs in
/// parallel and four allpass diffusers in series per channel, the right channel's delays
/// offset for width. Comb feedback is set from RT60: g = 10^(−3·delay/RT60).
struct Reverb: Sendable {
    private var left: Channel
    private var right: Channel
    private var preDelay: [Float]
    private var preIndex = 0
    let wet: Float

    /// Freeverb's tunings at 44.1 kHz, scaled to the sample rate.
    private static let combs = [1116, 1188, 1277, 1356, 1422, 1491, 1557, 1617]
    private static let allpasses = [556, 441, 341, 225]
    private static let spread = 23

    init(_ acoustics: Acoustics, sampleRate: Float) {
        let scale = sampleRate / 44100
        func channel(_ offset: Int) -> Channel {
            Channel(combs: Self.combs.map { Int(Float($0 + offset) * scale) }, allpasses: Self.allpasses.map { Int(Float($0 + offset) * scale) },
                    rt60: max(acoustics.rt60, 0.05), sampleRate: sampleRate)
        }
        left = channel(0)
        right = channel(Self.spread)
        preDelay = [Float](repeating: 0, count: max(1, Int(acoustics.preDelay * sampleRate)))
        wet = acoustics.wet
    }

    /// Adds the reverberation of the mono send `input` to `left`/`right`.
    mutating func process(_ input: UnsafePointer<Float>, left l: UnsafeMutablePointer<Float>, right r: UnsafeMutablePointer<Float>, count: Int) {
        guard wet > 0 else { return }
        for n in 0..<count {
            let x = preDelay[preIndex]
            preDelay[preIndex] = input[n]
            preIndex = preIndex + 1 == preDelay.count ? 0 : preIndex + 1
            l[n] += left.process(x) * wet
            r[n] += right.process(x) * wet
        }
    }

    private struct Channel: Sendable {
        var combs: [Comb]
        var allpasses: [Allpass]

        init(combs: [Int], allpasses: [Int], rt60: Float, sampleRate: Float) {
            self.combs = combs.map { Comb(length: $0, feedback: pow(10, -3 * Float($0) / (rt60 * sampleRate))) }
            self.allpasses = allpasses.map { Allpass(length: $0) }
        }

        mutating func process(_ x: Float) -> Float {
            var sum: Float = 0
            for i in combs.indices { sum += combs[i].process(x * 0.125) }
            for i in allpasses.indices { sum = allpasses[i].process(sum) }
            return sum
        }
    }

    /// A feedback comb with a one-pole low-pass in the loop: highs die faster, as in real rooms.
    private struct Comb: Sendable {
        var buffer: [Float]
        var index = 0
        var store: Float = 0
        let feedback: Float
        let damp: Float = 0.25

        init(length: Int, feedback: Float) {
            buffer = [Float](repeating: 0, count: max(1, length))
            self.feedback = feedback
        }

        mutating func process(_ x: Float) -> Float {
            let y = buffer[index]
            store = y * (1 - damp) + store * damp
            buffer[index] = x + store * feedback
            index = index + 1 == buffer.count ? 0 : index + 1
            return y
        }
    }

    private struct Allpass: Sendable {
        var buffer: [Float]
        var index = 0

        init(length: Int) { buffer = [Float](repeating: 0, count: max(1, length)) }

        mutating func process(_ x: Float) -> Float {
            let delayed = buffer[index]
            buffer[index] = x + delayed * 0.5
            index = index + 1 == buffer.count ? 0 : index + 1
            return delayed - x
        }
    }
}
