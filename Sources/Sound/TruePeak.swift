import Foundation

/// 4× oversampling interpolator for true-peak detection (in the spirit of BS.1770-4 Annex 2):
/// three 12-tap windowed-sinc phases estimate the signal at ¼, ½ and ¾ of each sample interval.
struct TruePeakDetector: Sendable {
    static let taps = 12
    /// Frames between the newest input and the interval whose peaks `push` reports.
    static let latency = 6
    /// The three phases, 12 taps each, one after another.
    static let phases: [Float] = {
        var table = [Float]()
        for k in 1...3 {
            var row = [Double]()
            for t in 0..<taps {
                let d = Double(t - 5) - Double(k) / 4
                let x = 0.92 * d
                let sinc = sin(Double.pi * x) / (Double.pi * x)
                let w = 0.42 + 0.5 * cos(Double.pi * d / 6.5) + 0.08 * cos(2 * Double.pi * d / 6.5)
                row.append(sinc * w)
            }
            let sum = row.reduce(0, +)
            table += row.map { Float($0 / sum) }
        }
        return table
    }()

    /// The largest Σ|h| of a phase: no interpolated value can exceed it times the window's peak.
    static let bound: Float = (0..<3).map { k in phases[(k * taps)..<((k + 1) * taps)].map(abs).reduce(0, +) }.max()! * 1.0001

    private static let ring = 64
    // Doubled rings so the last 12 frames are always contiguous.
    private var left = [Float](repeating: 0, count: 2 * ring)
    private var right = [Float](repeating: 0, count: 2 * ring)
    private var position = 0

    /// Adds one frame and returns the largest |value| of both channels at the ¼, ½, ¾ points between
    /// the frames `latency` and `latency − 1` back, or, when even the worst case stays at or under
    /// `threshold`, a cheap upper bound that is itself ≤ `threshold` (callers only compare with it).
    @inline(__always) mutating func push(_ l: Float, _ r: Float, threshold: Float) -> Float {
        left[position] = l
        left[position + Self.ring] = l
        right[position] = r
        right[position + Self.ring] = r
        let end = position + Self.ring  // index of the newest frame in the doubled ring
        position = (position + 1) & (Self.ring - 1)
        let start = end - (Self.taps - 1)
        return left.withUnsafeBufferPointer { xl in
            right.withUnsafeBufferPointer { xr in
                var m: Float = 0
                for t in start...end {
                    let a = xl[t].magnitude, b = xr[t].magnitude
                    if a > m { m = a }
                    if b > m { m = b }
                }
                let limit = m * Self.bound
                if limit <= threshold { return limit }
                return Self.phases.withUnsafeBufferPointer { h in
                    var peak: Float = 0
                    for k in 0..<3 {
                        var al: Float = 0, ar: Float = 0
                        for t in 0..<Self.taps {
                            al += h[k * Self.taps + t] * xl[start + t]
                            ar += h[k * Self.taps + t] * xr[start + t]
                        }
                        if al.magnitude > peak { peak = al.magnitude }
                        if ar.magnitude > peak { peak = ar.magnitude }
                    }
                    return peak
                }
            }
        }
    }
}

/// Running true peak of a stereo stream (sample peaks and intersample peaks).
struct TruePeakMeter: Sendable {
    private var detector = TruePeakDetector()
    private(set) var peak: Float = 0

    mutating func process(left: UnsafePointer<Float>, right: UnsafePointer<Float>, count: Int) {
        for n in 0..<count {
            let l = left[n].magnitude, r = right[n].magnitude
            if l > peak { peak = l }
            if r > peak { peak = r }
            let i = detector.push(left[n], right[n], threshold: peak)
            if i > peak { peak = i }
        }
    }

    /// Flushes the interpolator so the last frames' intersample peaks count.
    mutating func finish() {
        for _ in 0..<TruePeakDetector.latency { peak = max(peak, detector.push(0, 0, threshold: peak)) }
    }

    /// Peak in dBTP; `-infinity` for silence.
    var peakDB: Double { peak > 0 ? 20 * log10(Double(peak)) : -.infinity }
}
