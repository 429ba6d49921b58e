import Foundation

/// 4× oversampling interpolator for true-peak detection (in the spirit of BS.1770-4 Annex 2):
/// three 12-tap windowed-sinc phases estimate the signal at ¼, ½ and ¾ of each sample interval.
struct TruePeakDetector: Sendable {
    static let taps = 12
    /// Frames between the newest input and the interval whose peaks `push` reports.
    static let latency = 6
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

    private static let ring = 64
    private var left = [Float](repeating: 0, count: 2 * ring)
    private var right = [Float](repeating: 0, count: 2 * ring)
    private var position = 0

    /// Adds one frame; returns the largest |value| of both channels at the ¼, ½, ¾ points between
    /// the frames `latency` and `latency − 1` back.
    @inline(__always) mutating func push(_ l: Float, _ r: Float) -> Float {
        left[position] = l
        left[position + Self.ring] = l
        right[position] = r
        right[position + Self.ring] = r
        let end = position + Self.ring  // index of the newest frame in the doubled ring
        position = (position + 1) & (Self.ring - 1)
        let start = end - (Self.taps - 1)
        var peak: Float = 0
        Self.phases.withUnsafeBufferPointer { h in
            left.withUnsafeBufferPointer { xl in
                right.withUnsafeBufferPointer { xr in
                    for k in 0..<3 {
                        var al: Float = 0
                        var ar: Float = 0
                        for t in 0..<Self.taps {
                            al += h[k * Self.taps + t] * xl[start + t]
                            ar += h[k * Self.taps + t] * xr[start + t]
                        }
                        peak = max(peak, abs(al), abs(ar))
                    }
                }
            }
        }
        return peak
    }
}

/// Running true peak of a stereo stream (sample peaks and intersample peaks).
struct TruePeakMeter: Sendable {
    private var detector = TruePeakDetector()
    private(set) var peak: Float = 0

    mutating func process(left: UnsafePointer<Float>, right: UnsafePointer<Float>, count: Int) {
        for n in 0..<count {
            peak = max(peak, abs(left[n]), abs(right[n]), detector.push(left[n], right[n]))
        }
    }

    /// Flushes the interpolator so the last frames' intersample peaks count.
    mutating func finish() {
        for _ in 0..<TruePeakDetector.latency { peak = max(peak, detector.push(0, 0)) }
    }

    /// Peak in dBTP; `-infinity` for silence.
    var peakDB: Double { peak > 0 ? 20 * log10(Double(peak)) : -.infinity }
}
