import Foundation

/// Rational polyphase resampler with a Blackman-windowed sinc (32 taps per phase).
///
/// espeak-ng speaks at 22 050 Hz and the soundtrack runs at 48 000 Hz: the ratio is 320/147,
/// so every output sample falls on one of 320 exact sub-sample phases whose filters are
/// precomputed once. The cutoff sits at 90 % of the lower Nyquist frequency so neither
/// imaging (up) nor aliasing (down) gets through.
struct Resampler: Sendable {
    let up: Int
    let down: Int
    let taps: Int
    /// `up` phases × `taps` coefficients, each phase normalized to unit DC gain.
    private let table: [Float]

    init(inputRate: Int, outputRate: Int, taps: Int = 32) {
        precondition(inputRate > 0 && outputRate > 0 && taps % 2 == 0)
        func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }
        let g = gcd(inputRate, outputRate)
        up = outputRate / g
        down = inputRate / g
        self.taps = taps
        let cutoff = 0.9 * min(1.0, Double(outputRate) / Double(inputRate))
        let half = Double(taps / 2)
        var table = [Float](repeating: 0, count: up * taps)
        for p in 0..<up {
            let frac = Double(p) / Double(up)
            var row = [Double](repeating: 0, count: taps)
            for k in 0..<taps {
                // Tap k reads input i + k - (taps/2 - 1); its distance from the output instant i + frac.
                let d = Double(k - (taps / 2 - 1)) - frac
                let x = cutoff * d
                let sinc = abs(x) < 1e-12 ? 1.0 : sin(Double.pi * x) / (Double.pi * x)
                let w = abs(d) >= half ? 0 : 0.42 + 0.5 * cos(Double.pi * d / half) + 0.08 * cos(2 * Double.pi * d / half)
                row[k] = sinc * w
            }
            let sum = row.reduce(0, +)
            for k in 0..<taps { table[p * taps + k] = Float(row[k] / sum) }
        }
        self.table = table
    }

    /// Resamples a whole buffer; the output has `ceil(count · up / down)` samples and the same timing
    /// (output sample n sits at input time n · down / up, no added delay).
    func process(_ input: [Float]) -> [Float] {
        if input.isEmpty { return [] }
        let outCount = (input.count * up + down - 1) / down
        var output = [Float](repeating: 0, count: outCount)
        let offset = taps / 2 - 1
        input.withUnsafeBufferPointer { x in
            table.withUnsafeBufferPointer { h in
                output.withUnsafeMutableBufferPointer { y in
                    for n in 0..<outCount {
                        let pos = n * down
                        let i = pos / up
                        let base = (pos % up) * taps
                        var acc: Float = 0
                        let start = i - offset
                        if start >= 0 && start + taps <= x.count {
                            for k in 0..<taps { acc += h[base + k] * x[start + k] }
                        } else {
                            for k in 0..<taps {
                                let j = start + k
                                if j >= 0 && j < x.count { acc += h[base + k] * x[j] }
                            }
                        }
                        y[n] = acc
                    }
                }
            }
        }
        return output
    }
}
