#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension TestSupport {
    /// Root mean square of the samples (all channels together); 0 for an empty array.
    public static func rms(_ samples: [Float]) -> Float {
        guard !samples.isEmpty else { return 0 }
        var sum = 0.0
        for s in samples { sum += Double(s) * Double(s) }
        return Float((sum / Double(samples.count)).squareRoot())
    }

    /// Interleaved stereo through a first-order high-pass at `cutoff` hertz: keeps the band where
    /// speech and impacts live and drops rumble and bass, which plain RMS over-weighs.
    public static func highPassed(_ stereo: [Float], cutoff: Double, sampleRate: Int = 48000) -> [Float] {
        let rc = 1 / (2 * Double.pi * cutoff), dt = 1 / Double(sampleRate)
        let alpha = Float(rc / (rc + dt))
        var out = stereo
        var previousIn: (Float, Float) = (0, 0), previousOut: (Float, Float) = (0, 0)
        for i in stride(from: 0, to: stereo.count - 1, by: 2) {
            let l = alpha * (previousOut.0 + stereo[i] - previousIn.0)
            let r = alpha * (previousOut.1 + stereo[i + 1] - previousIn.1)
            previousIn = (stereo[i], stereo[i + 1])
            previousOut = (l, r)
            out[i] = l
            out[i + 1] = r
        }
        return out
    }

    /// Largest absolute sample value.
    public static func peak(_ samples: [Float]) -> Float {
        samples.reduce(0) { max($0, abs($1)) }
    }

    /// Interleaved stereo sine tone (same on both channels).
    /// - Parameters:
    ///   - frequency: hertz.
    ///   - seconds: length.
    ///   - amplitude: peak, 0…1.
    public static func stereoSine(frequency: Double, seconds: Double, sampleRate: Int = 48000, amplitude: Float = 0.5) -> [Float] {
        let frames = Int((seconds * Double(sampleRate)).rounded())
        var out = [Float](repeating: 0, count: frames * 2)
        let step = 2 * Double.pi * frequency / Double(sampleRate)
        for i in 0..<frames {
            let v = amplitude * Float(sin(step * Double(i)))
            out[2 * i] = v
            out[2 * i + 1] = v
        }
        return out
    }
}
