import Foundation

/// A 4096-point sine table read with linear interpolation: far cheaper than `sin` per sample,
/// with spurs near −130 dB.
enum SineTable {
    static let size = 4096
    static let table: [Float] = (0...size).map { (i: Int) -> Float in
        let x: Double = 2 * Double.pi * Double(i) / Double(size)
        return Float(Foundation.sin(x))
    }

    /// sin(2π · phase) for phase in [0, 1).
    @inline(__always) static func sin(_ phase: Float, _ t: UnsafeBufferPointer<Float>) -> Float {
        let x = phase * Float(size)
        let i = Int(x)
        let f = x - Float(i)
        return t[i] + f * (t[i + 1] - t[i])
    }
}

/// Phase accumulator with a band-limited (polyBLEP) sawtooth and a table sine.
struct Oscillator: Sendable {
    let sampleRate: Float
    var phase: Float = 0
    var increment: Float = 0

    init(sampleRate: Float, frequency: Float = 440, phase: Float = 0) {
        self.sampleRate = sampleRate
        self.phase = phase
        setFrequency(frequency)
    }

    @inline(__always) mutating func setFrequency(_ hz: Float) {
        let x = hz / sampleRate
        increment = x < 0 ? 0 : (x > 0.49 ? 0.49 : x)
    }

    @inline(__always) mutating func advance() {
        phase += increment
        if phase >= 1 { phase -= 1 }
    }

    @inline(__always) mutating func sine(_ table: UnsafeBufferPointer<Float>) -> Float {
        let y = SineTable.sin(phase, table)
        advance()
        return y
    }

    /// Sawtooth from −1 to 1 with its jump smoothed by a polynomial BLEP (no audible aliasing).
    @inline(__always) mutating func saw() -> Float {
        var y = 2 * phase - 1
        let dt = increment
        if phase < dt {
            let t = phase / dt
            y -= t + t - t * t - 1
        } else if phase > 1 - dt {
            let t = (phase - 1) / dt
            y -= t * t + t + t + 1
        }
        advance()
        return y
    }
}
