import Foundation

/// Streaming ITU-R BS.1770-4 integrated loudness of a stereo signal.
///
/// K-weighting (a +4 dB high shelf above ~1.7 kHz, then the RLB high-pass at 38 Hz; the
/// coefficients are derived for any rate and equal the standard's tables at 48 kHz), 400 ms
/// blocks every 100 ms, an absolute gate at −70 LUFS and a relative gate 10 LU below the
/// gated mean. Blocks are kept in a fixed 0.02 LU histogram (with exact power sums per bin),
/// so memory stays constant however long the programme is.
public struct LoudnessMeter: Sendable {
    public let sampleRate: Int
    private var shelf: [Biquad]
    private var highpass: [Biquad]
    private let stepLength: Int
    private var stepFill = 0
    private var stepSum = 0.0
    /// Summed mean-square power (both channels) of the last four 100 ms steps.
    private var recent: (Double, Double, Double, Double) = (0, 0, 0, 0)
    private var steps = 0
    private var totalPower = 0.0
    private var totalFrames = 0
    private static let binWidth = 0.02
    private static let floor = -70.0
    private var counts: [Int]
    private var sums: [Double]

    public init(sampleRate: Int) {
        self.sampleRate = sampleRate
        let fs = Double(sampleRate)
        // Stage 1: high shelf (BS.1770 pre-filter).
        var k = tan(Double.pi * 1681.974450955533 / fs)
        let q1 = 0.7071752369554196
        let vh = pow(10, 3.999843853973347 / 20)
        let vb = pow(vh, 0.4996667741545416)
        var a0 = 1 + k / q1 + k * k
        let shelf = Biquad(
            b0: (vh + vb * k / q1 + k * k) / a0, b1: 2 * (k * k - vh) / a0, b2: (vh - vb * k / q1 + k * k) / a0,
            a1: 2 * (k * k - 1) / a0, a2: (1 - k / q1 + k * k) / a0)
        // Stage 2: RLB high-pass.
        k = tan(Double.pi * 38.13547087602444 / fs)
        let q2 = 0.5003270373238773
        a0 = 1 + k / q2 + k * k
        let hp = Biquad(b0: 1, b1: -2, b2: 1, a1: 2 * (k * k - 1) / a0, a2: (1 - k / q2 + k * k) / a0)
        self.shelf = [shelf, shelf]
        highpass = [hp, hp]
        stepLength = max(1, Int((fs / 10).rounded()))
        let bins = Int(100 / Self.binWidth)
        counts = [Int](repeating: 0, count: bins)
        sums = [Double](repeating: 0, count: bins)
    }

    /// Feeds `count` frames of left and right.
    public mutating func process(left: UnsafePointer<Float>, right: UnsafePointer<Float>, count: Int) {
        for n in 0..<count {
            let l = highpass[0].process(shelf[0].process(Double(left[n])))
            let r = highpass[1].process(shelf[1].process(Double(right[n])))
            stepSum += l * l + r * r
            stepFill += 1
            totalFrames += 1
            if stepFill == stepLength { closeStep() }
        }
    }

    private mutating func closeStep() {
        recent = (recent.1, recent.2, recent.3, stepSum / Double(stepLength))
        totalPower += stepSum
        stepSum = 0
        stepFill = 0
        steps += 1
        guard steps >= 4 else { return }
        let z = (recent.0 + recent.1 + recent.2 + recent.3) / 4
        guard z > 0 else { return }
        let l = -0.691 + 10 * log10(z)
        guard l > Self.floor else { return }
        let bin = min(Int((l - Self.floor) / Self.binWidth), counts.count - 1)
        counts[bin] += 1
        sums[bin] += z
    }

    /// Ungated loudness of everything fed so far (LUFS): a fallback for programmes shorter than a
    /// 400 ms block or entirely under the gate; `-infinity` for digital silence.
    public var ungated: Double {
        let power = totalPower + stepSum
        guard totalFrames > 0, power > 0 else { return -.infinity }
        return -0.691 + 10 * log10(power / Double(totalFrames))
    }

    /// Gated integrated loudness in LUFS; `-infinity` when no 400 ms block rises above −70 LUFS.
    public var integrated: Double {
        var n = 0
        var s = 0.0
        for i in counts.indices where counts[i] > 0 {
            n += counts[i]
            s += sums[i]
        }
        guard n > 0 else { return -.infinity }
        let relativeGate = -0.691 + 10 * log10(s / Double(n)) - 10
        n = 0
        s = 0
        for i in counts.indices where counts[i] > 0 {
            let centre = Self.floor + (Double(i) + 0.5) * Self.binWidth
            if centre > relativeGate {
                n += counts[i]
                s += sums[i]
            }
        }
        guard n > 0 else { return -.infinity }
        return -0.691 + 10 * log10(s / Double(n))
    }
}

/// One-call loudness and peak measurements.
public enum Loudness {
    /// BS.1770-4 integrated loudness (LUFS) of interleaved stereo; `-infinity` for silence.
    public static func integrated(stereo interleaved: [Float], sampleRate: Int) -> Double {
        let frames = interleaved.count / 2
        var left = [Float](repeating: 0, count: frames)
        var right = [Float](repeating: 0, count: frames)
        for i in 0..<frames {
            left[i] = interleaved[2 * i]
            right[i] = interleaved[2 * i + 1]
        }
        var meter = LoudnessMeter(sampleRate: sampleRate)
        meter.process(left: left, right: right, count: frames)
        return meter.integrated
    }

    /// 4× oversampled true peak (dBTP) of interleaved stereo; `-infinity` for silence.
    public static func truePeak(stereo interleaved: [Float]) -> Double {
        let frames = interleaved.count / 2
        var left = [Float](repeating: 0, count: frames)
        var right = [Float](repeating: 0, count: frames)
        for i in 0..<frames {
            left[i] = interleaved[2 * i]
            right[i] = interleaved[2 * i + 1]
        }
        var meter = TruePeakMeter()
        meter.process(left: left, right: right, count: frames)
        meter.finish()
        return meter.peakDB
    }
}
