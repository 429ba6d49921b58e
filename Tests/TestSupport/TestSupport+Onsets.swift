#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension TestSupport {
    /// Tunables of ``onsets(in:sampleRate:parameters:)``; the defaults suit clicks and impacts over music or ambience.
    public struct OnsetParameters: Sendable {
        /// High-pass cutoff in hertz; removes bass and hum so transients stand out.
        public var highPassHz: Double = 1000
        /// Energy window in seconds.
        public var window: Double = 0.001
        /// How far back the reference energy is averaged, in seconds.
        public var lookBack: Double = 0.020
        /// Rise over the reference needed for an onset, in dB.
        public var riseDB: Double = 12
        /// Absolute floor of window energy (mean square of the high-passed signal), in dBFS.
        public var floorDB: Double = -60
        /// No second onset within this many seconds of the last.
        public var refractory: Double = 0.050
        /// The onset time is where the high-passed magnitude first reaches this fraction of the local peak.
        public var peakFraction: Float = 0.3

        public init() {}
    }

    /// Times in seconds of sharp sound onsets (clicks, impacts, plosives) in interleaved stereo audio.
    ///
    /// Both channels are high-passed; energy is taken in 1 ms windows; an onset is a window whose
    /// energy is ≥ 12 dB above the mean of the previous 20 ms and above an absolute floor, at least
    /// 50 ms after the previous onset; the first 20 ms of the signal only serve as reference. Its time is refined to the first sample (linearly interpolated)
    /// whose magnitude reaches a fraction of the peak within the next few milliseconds, giving
    /// sub-millisecond precision for sharp attacks.
    public static func onsets(in stereo: [Float], sampleRate: Int, parameters p: OnsetParameters = OnsetParameters()) -> [Double] {
        let count = stereo.count / 2
        guard count > 0, sampleRate > 0 else { return [] }
        let sr = Double(sampleRate)
        // One-pole high-pass per channel: y[n] = a·(y[n−1] + x[n] − x[n−1]).
        let rc = 1 / (2 * Double.pi * p.highPassHz)
        let a = Float(rc / (rc + 1 / sr))
        var magnitude = [Float](repeating: 0, count: count)
        var energy = [Float](repeating: 0, count: count)
        var yL: Float = 0, yR: Float = 0, xL: Float = stereo[0], xR: Float = stereo[1]
        for i in 0..<count {
            let l = stereo[2 * i], r = stereo[2 * i + 1]
            yL = a * (yL + l - xL)
            yR = a * (yR + r - xR)
            xL = l
            xR = r
            magnitude[i] = max(abs(yL), abs(yR))
            energy[i] = (yL * yL + yR * yR) / 2
        }
        let w = max(1, Int((p.window * sr).rounded()))
        let windows = count / w
        var windowEnergy = [Double](repeating: 0, count: windows)
        for k in 0..<windows {
            var sum = 0.0
            for i in k * w..<(k + 1) * w { sum += Double(energy[i]) }
            windowEnergy[k] = sum / Double(w)
        }
        let back = max(1, Int((p.lookBack / p.window).rounded()))
        let rise = pow(10, p.riseDB / 10)
        let floor = pow(10, p.floorDB / 10)
        let refractoryWindows = Int((p.refractory / p.window).rounded())
        var result: [Double] = []
        var last = Int.min / 2
        var reference = 0.0  // running sum of the previous `back` windows
        for k in 0..<windows {
            defer {
                reference += windowEnergy[k]
                if k >= back { reference -= windowEnergy[k - back] }
            }
            // The first 20 ms only build the reference: audio that simply starts at time 0
            // (music, ambience) is not an onset.
            guard k >= back, k - last >= refractoryWindows else { continue }
            let mean = max(reference, 0) / Double(back)
            let e = windowEnergy[k]
            guard e > floor, e >= rise * mean + 1e-12 else { continue }
            last = k
            result.append(refine(magnitude, from: max(0, (k - 1) * w), peakUntil: min(count, (k + 4) * w), fraction: p.peakFraction) / sr)
        }
        return result
    }

    /// First (interpolated) sample index in `from…` where `m` reaches `fraction` of its peak in `from..<peakUntil`.
    private static func refine(_ m: [Float], from start: Int, peakUntil end: Int, fraction: Float) -> Double {
        var peak: Float = 0
        var peakIndex = start
        for i in start..<end where m[i] > peak {
            peak = m[i]
            peakIndex = i
        }
        let threshold = fraction * peak
        for i in start...peakIndex where m[i] >= threshold {
            guard i > start, m[i] > m[i - 1] else { return Double(i) }
            return Double(i - 1) + Double((threshold - m[i - 1]) / (m[i] - m[i - 1]))
        }
        return Double(peakIndex)
    }
}
